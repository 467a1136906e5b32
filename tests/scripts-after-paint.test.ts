import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { scriptsAfterFirstPaint, scriptsStarter } from "@/lib/build/scripts-after-paint";
import { pagePolicy } from "@/lib/hosting/csp-hashes";

// The build moves Next.js's scripts after the first paint (lib/build/scripts-after-paint.ts).

const built =
  '<!DOCTYPE html><html lang="fr"><head>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>' +
  '<script src="/_next/static/chunks/a.js" async=""></script>' +
  '<script src="/_next/static/chunks/turbopack-b.js" async=""></script>' +
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>' +
  '<link rel="preload" as="image" href="/media/hero.avif"/>' +
  "</head><body><main>Le texte</main>" +
  // Next.js writes some of them in <body>.
  '<script src="/_next/static/chunks/c.js" async=""></script>' +
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>";

describe("scripts after the first paint", () => {
  const moved = scriptsAfterFirstPaint(built);

  it("takes Next.js's async scripts and their preloads out, from <head> and <body>", () => {
    expect(moved).not.toContain('<script src="/_next/static/chunks/a.js" async=""></script>');
    expect(moved).not.toContain('<script src="/_next/static/chunks/c.js" async=""></script>');
    expect(moved).not.toContain('<link rel="preload" as="script"');
    // What is not theirs stays: the legacy bundle modern browsers skip, the image preload.
    expect(moved).toContain('<script src="/_next/static/chunks/polyfills.js" noModule="">');
    expect(moved).toContain('<link rel="preload" as="image" href="/media/hero.avif"/>');
  });

  it("names them, in order, to the starter, last in <body>", () => {
    expect(moved).toContain(
      `<script data-scripts="/_next/static/chunks/a.js /_next/static/chunks/turbopack-b.js /_next/static/chunks/c.js">${scriptsStarter}</script></body></html>`,
    );
  });

  it("leaves a page already moved, or without scripts, as it is", () => {
    expect(scriptsAfterFirstPaint(moved)).toBe(moved);
    const plain = "<html><body><p>x</p></body></html>";
    expect(scriptsAfterFirstPaint(plain)).toBe(plain);
  });

  it("gives a starter the page's policy allows by its hash", () => {
    const hash = `'sha256-${createHash("sha256").update(scriptsStarter).digest("base64")}'`;
    expect(pagePolicy(moved, "fr.html").scripts).toContain(hash);
  });
});
