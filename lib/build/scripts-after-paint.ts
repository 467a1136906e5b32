// Next.js writes its scripts `async` in <head>, with preloads: on a phone they download beside
// the stylesheet, the fonts and the hero, and run before the first paint. The build's last
// step moves them (lib/build/node-manifest.ts and static-export.ts call this on every page):
// their tags and preloads come out, and one static script at the end of <body> adds them back
// once the browser has painted. Until then a tap is held (lib/early-taps.ts); the body is HTML
// that hydration leaves alone (components/mdx/body-html.ts). Measured in docs/benchmarks.md,
// "Scripts after the first paint".

/**
 * Adds the scripts named in its `data-scripts` once the page has painted: at once when no paint
 * is coming (a hidden tab, a page prerendered by the speculation rules) or when the browser
 * does not report paints. `async`, as Next.js writes them. The same bytes on every page, so the
 * policy allows it by its hash (lib/hosting/csp-hashes.ts).
 */
export const scriptsStarter =
  `{const u=document.currentScript.dataset.scripts.split(" ");let s=false;` +
  `const start=()=>{if(s)return;s=true;for(const src of u){const e=document.createElement("script");e.src=src;e.async=true;document.head.append(e)}};` +
  `if(document.prerendering||document.visibilityState==="hidden"||!PerformanceObserver.supportedEntryTypes?.includes("paint"))start();` +
  `else new PerformanceObserver((l,o)=>{o.disconnect();setTimeout(start)}).observe({type:"paint",buffered:true})}`;

const scriptPreload = /<link rel="preload" as="script"[^>]*\/>/g;
const asyncScript = /<script src="(\/_next\/static\/[^"]+\.js)" async=""><\/script>/g;

/**
 * The page with Next.js's `async` scripts started by scriptsStarter. A page without them (one
 * already moved, or with no script) is returned as it is.
 */
export function scriptsAfterFirstPaint(html: string): string {
  // The whole page, not only <head>: Next.js writes some of its scripts in <body>.
  const sources: string[] = [];
  const moved = html
    .replace(asyncScript, (_, source: string) => {
      sources.push(source);
      return "";
    })
    .replace(scriptPreload, "");
  if (sources.length === 0) return html;
  const end = moved.lastIndexOf("</body>");
  if (end === -1) throw new Error("a page with Next.js scripts has no </body>");
  const starter = `<script data-scripts="${sources.join(" ")}">${scriptsStarter}</script>`;
  return moved.slice(0, end) + starter + moved.slice(end);
}
