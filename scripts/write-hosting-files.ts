// The last step of both builds: walks the build output once (lib/build/build-output.ts) and
// writes everything the hosts read. After `next build` (`npm run build`): the Node server's
// .next/hosting-manifest.json. After `NEXT_OUTPUT=export next build` (`npm run build:static`):
// the meta policies, 404.html, _headers and _redirects of out/.
import path from "node:path";
import { readBuildOutput } from "@/lib/build/build-output";
import { writeNodeManifest } from "@/lib/build/node-manifest";
import { finishExport } from "@/lib/build/static-export";
import { getRedirects } from "@/lib/content";
import { siteRedirects } from "@/lib/hosting/redirects";
import { paths } from "@/lib/routes/paths";
import { defaultLocale } from "@/lib/site";

const exporting = process.env.NEXT_OUTPUT === "export";
const label = exporting ? "build:static" : "hosting files";

async function main() {
  const root = process.cwd();
  const dist = path.join(root, ".next");
  const built = readBuildOutput(root, dist);
  const redirects = siteRedirects(paths.home(defaultLocale), await getRedirects());
  const summary = exporting
    ? finishExport(root, path.join(root, "out"), built, redirects)
    : writeNodeManifest(root, dist, built, redirects);
  console.log(`${label}: ${summary}`);
}

main().catch((error: unknown) => {
  console.error(`${label}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
