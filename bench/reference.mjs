// The zero-JavaScript reference of issue 14: the article of the static export (out/), served
// as static HTML with its scripts removed (every executable <script>, inline or not, and every
// preload of a script), the rest of out/ beside it as it is. The server gzips text as
// `npm start` does, so that the HTML weighs the same on the simulated network.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse, serialize } from "parse5";
import { startStaticServer } from "./static-server.mjs";

/** Astro's blog template (5.18.2) on this article with its real photo, measured in issue 14. */
export const astroLcpMs = 1280;

const dataTypes = new Set(["application/ld+json", "application/json"]);

function attribute(element, name) {
  return element.attrs?.find((attr) => attr.name === name)?.value;
}

function isScript(node) {
  if (node.tagName === "script") {
    return !dataTypes.has((attribute(node, "type") ?? "").trim().toLowerCase());
  }
  if (node.tagName !== "link") return false;
  const rel = (attribute(node, "rel") ?? "").toLowerCase();
  return rel === "modulepreload" || (rel === "preload" && attribute(node, "as") === "script");
}

function strip(node) {
  const children = node.tagName === "template" ? node.content.childNodes : node.childNodes;
  if (!children) return 0;
  let removed = 0;
  for (const child of [...children]) {
    if (isScript(child)) {
      children.splice(children.indexOf(child), 1);
      removed += 1;
    } else removed += strip(child);
  }
  return removed;
}

/** The page's HTML without anything that runs or fetches a script; throws if there was none. */
export function withoutScripts(html) {
  const document = parse(html);
  const removed = strip(document);
  if (removed === 0) throw new Error("the reference page had no script to remove");
  return { html: serialize(document), removed };
}

/** Serves out/ with `pagePath` replaced by its script-free copy; resolves to a stop function. */
export async function startReference(outDir, pagePath, port) {
  const file = path.join(outDir, `${pagePath}.html`);
  const { html, removed } = withoutScripts(await readFile(file, "utf8"));
  const stop = await startStaticServer(
    { dir: outDir, mounts: {}, overrides: { [pagePath]: html } },
    port,
    { gzip: true },
  );
  return { stop, removed, bytes: Buffer.byteLength(html) };
}
