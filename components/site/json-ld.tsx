import { serializeJsonLd } from "@/lib/structured-data";

/** Structured data for search engines; a data block, not a script the browser runs. */
export function JsonLd({ data }: { data: unknown }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
