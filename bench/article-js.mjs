// Prints the JavaScript an article page loads: every script response of a headless Chromium
// load (after the page is idle), each gzipped at level 9, and the total.
// Usage: serve a production build (e.g. `PORT=3441 npm start`), then
//   node bench/article-js.mjs http://localhost:3441/fr/blog/<slug>
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

const url =
  process.argv[2] ??
  "http://localhost:3441/fr/blog/comment-se-faire-un-reseau-pour-trouver-un-premier-stage";
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});
const page = await browser.newPage();
const scripts = [];
page.on("response", async (response) => {
  if (response.request().resourceType() !== "script") return;
  scripts.push({ url: response.url(), body: await response.body() });
});
await page.goto(url, { waitUntil: "networkidle" });
await browser.close();

let total = 0;
for (const { url: scriptUrl, body } of scripts) {
  const size = gzipSync(body, { level: 9 }).length;
  total += size;
  console.log(`${(size / 1024).toFixed(2).padStart(8)} KiB  ${new URL(scriptUrl).pathname}`);
}
console.log(
  `${(total / 1024).toFixed(2).padStart(8)} KiB  total (gzip -9) of ${scripts.length} scripts`,
);
