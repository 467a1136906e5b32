/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  async redirects() {
    // Temporary: `/` may later pick the reader's language.
    return [{ source: "/", destination: "/fr", permanent: false }];
  },
};

export default nextConfig;
