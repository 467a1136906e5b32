// Page weight from a real headless Chromium load at Lighthouse's phone size: every response
// by type (raw and gzip size of its body, bytes on the wire), the fonts, and each image
// against the size it is displayed at.
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { chromeFlags, chromePath } from "./common.mjs";

/** Lighthouse's mobile screen (Moto G Power): what the budgets are judged on. */
export const phone = { width: 412, height: 823, deviceScaleFactor: 1.75 };

const kinds = {
  Document: "html",
  Stylesheet: "css",
  Script: "js",
  Font: "font",
  Image: "image",
};

export async function launch() {
  return chromium.launch({ executablePath: chromePath, args: chromeFlags });
}

/**
 * Loads `url` in a fresh context (empty cache), scrolls to the end so lazy images load as a
 * reader's would, and sums what came over the network.
 */
export async function measurePageWeight(browser, url) {
  const context = await browser.newContext({
    viewport: { width: phone.width, height: phone.height },
    deviceScaleFactor: phone.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const responses = new Map();
  cdp.on("Network.responseReceived", ({ requestId, type, response }) => {
    responses.set(requestId, { url: response.url, type, status: response.status });
  });
  const finished = [];
  cdp.on("Network.loadingFinished", (event) => finished.push(event));
  await page.goto(url, { waitUntil: "networkidle" });
  const loadRequests = finished.length;
  // Read the page to its end, as a reader would, so that lazy images count.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);

  const totals = {};
  const resources = [];
  for (const { requestId, encodedDataLength } of finished) {
    const response = responses.get(requestId);
    if (!response) continue;
    const kind = kinds[response.type] ?? "other";
    let raw = 0;
    let gzip = 0;
    let text = "";
    try {
      const { body, base64Encoded } = await cdp.send("Network.getResponseBody", { requestId });
      const bytes = Buffer.from(body, base64Encoded ? "base64" : "utf8");
      raw = bytes.length;
      gzip = kind === "image" || kind === "font" ? raw : gzipSync(bytes).length;
      if (kind === "css") text = bytes.toString("utf8");
    } catch {
      // A redirect or an empty body has nothing to read.
    }
    const total = (totals[kind] ??= { requests: 0, raw: 0, gzip: 0, transferred: 0 });
    total.requests += 1;
    total.raw += raw;
    total.gzip += gzip;
    total.transferred += encodedDataLength;
    resources.push({ ...response, kind, raw, gzip, transferred: encodedDataLength, text });
  }
  const all = Object.values(totals);
  const sum = (key) => all.reduce((acc, total) => acc + total[key], 0);

  const html = await page.content();
  const images = (await page.evaluate(displayedImages)).map((image) => ({
    ...image,
    bytes: resources.find((resource) => new URL(resource.url).pathname === image.src)?.raw ?? 0,
  }));
  await context.close();

  const css = resources.filter((resource) => resource.kind === "css").map((r) => r.text);
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  const fontFaces = [...css, ...inlineCss].flatMap(
    (text) => text.match(/@font-face\s*{[^}]*}/g) ?? [],
  );
  const fonts = resources.filter((resource) => resource.kind === "font");
  return {
    url,
    totals,
    total: {
      requests: sum("requests"),
      raw: sum("raw"),
      gzip: sum("gzip"),
      transferred: sum("transferred"),
    },
    loadRequests,
    fonts: {
      files: fonts.map((font) => ({ url: font.url, bytes: font.raw })),
      preloaded: fonts.filter(
        (font) =>
          new RegExp(
            `<link[^>]+rel="preload"[^>]+href="${escape(new URL(font.url).pathname)}"[^>]+as="font"`,
          ).test(html) ||
          new RegExp(
            `<link[^>]+rel="preload"[^>]+as="font"[^>]+href="${escape(new URL(font.url).pathname)}"`,
          ).test(html) ||
          new RegExp(
            `<link[^>]+href="${escape(new URL(font.url).pathname)}"[^>]+rel="preload"`,
          ).test(html),
      ).length,
      // next/font adds a metric-adjusted local() fallback face: only faces with files count.
      faces: fontFaces.filter((face) => /url\(/.test(face)).length,
      swap: fontFaces.filter((face) => /url\(/.test(face) && /font-display:\s*swap/.test(face))
        .length,
      subset: fontFaces.filter((face) => /url\(/.test(face) && /unicode-range/.test(face)).length,
    },
    images,
  };
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Runs in the page: each image's downloaded width against the width it needs (displayed
 * CSS width × device pixel ratio), and the smallest candidate of its srcset that would do.
 */
function displayedImages() {
  return [...document.images].map((img) => {
    const needed = Math.ceil(img.getBoundingClientRect().width * window.devicePixelRatio);
    const sets = [
      img.srcset,
      ...[...(img.parentElement?.querySelectorAll("source") ?? [])].map((s) => s.srcset),
    ];
    const set =
      sets.find((srcset) => srcset.includes(new URL(img.currentSrc).pathname)) ?? img.srcset;
    const widths = set
      .split(",")
      .map((candidate) => Number(/(\d+)w\s*$/.exec(candidate.trim())?.[1]))
      .filter(Boolean)
      .sort((a, b) => a - b);
    const current = new URL(img.currentSrc).pathname;
    const chosen = set
      .split(",")
      .map((candidate) => candidate.trim().split(/\s+/))
      .find(([url]) => url === current);
    const downloaded = Number(/(\d+)w/.exec(chosen?.[1] ?? "")?.[1] ?? img.naturalWidth);
    const best = widths.find((width) => width >= needed) ?? widths.at(-1) ?? downloaded;
    return {
      src: current,
      downloadedWidth: downloaded,
      displayedWidth: Math.round(img.getBoundingClientRect().width),
      needed,
      best,
      oversized: downloaded > best,
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const browser = await launch();
  for (const url of process.argv.slice(2)) {
    const result = await measurePageWeight(browser, url);
    console.log(JSON.stringify({ ...result }, null, 2));
  }
  await browser.close();
}
