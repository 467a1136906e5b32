import type { ReactNode } from "react";
import satori from "satori";
import sharp from "sharp";
import { cachedBuildStep } from "@/lib/build-cache";
import { ogFonts } from "./fonts";
import { ogSize } from "./size";

// Preview images are drawn by Satori (the engine of next/og) with the bundled fonts only.
// next/og would download a font from Google or an emoji from a CDN for any character its fonts
// lack; here nothing is ever downloaded: previewParts() (./glyph-coverage) has already replaced
// what the bundled fonts and emoji cannot draw, and anything that still asks for more is a bug.

/** Satori's hook for missing glyphs and emoji: refuses, instead of reaching for the network. */
async function refuseDownload(languageCode: string, segment: string): Promise<never> {
  const codes = [...segment].map((c) => `U+${c.codePointAt(0)?.toString(16).toUpperCase()}`);
  throw new Error(
    `preview image: no bundled font or emoji draws "${segment}" (${codes.join(" ")}, ${languageCode}), and preview images never download one: pass the text through previewParts() (lib/og/glyph-coverage.ts)`,
  );
}

/** A preview card drawn as SVG by Satori, offline. */
export function drawPreviewSvg(card: ReactNode): Promise<string> {
  return satori(card, { ...ogSize, fonts: ogFonts(), loadAdditionalAsset: refuseDownload });
}

/**
 * The 1200×630 PNG of a preview card. Drawing it as SVG is quick; rasterizing is the costly
 * part, so the PNG is kept in the build cache under the SVG's bytes (and sharp's version): a
 * rebuild rasterizes only the cards that changed.
 */
export async function renderPreviewPng(card: ReactNode): Promise<Buffer> {
  const svg = Buffer.from(await drawPreviewSvg(card));
  return cachedBuildStep({
    kind: "preview-images",
    extension: "png",
    key: [svg],
    compilerFiles: ["package-lock.json"],
    produce: () => sharp(svg).png().toBuffer(),
    remember: false,
  });
}

/** A preview card's PNG as the response of an opengraph-image route. */
export async function renderPreviewImage(card: ReactNode): Promise<Response> {
  return new Response(new Uint8Array(await renderPreviewPng(card)), {
    headers: {
      "Content-Type": "image/png",
      "Cache-Control": "public, immutable, no-transform, max-age=31536000",
    },
  });
}
