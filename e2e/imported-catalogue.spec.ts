import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { parseRedirectsFile } from "@/lib/build/static-export";
import {
  catalogueRoot,
  importedPosts,
  importedRedirects,
  plain,
  sourceConstructs,
} from "./catalogue-source";
import { watchPage } from "./console";
import { axeResults, violationLines } from "./axe";

// The fixture catalogues of tests/fixtures/import/ (issue 13), imported and built by
// `npm run build:catalogue`: each imported post's page against its source file, and the
// importer's redirects. Projects catalogue-node (scripts/server.mjs) and catalogue-static (the
// export, served by `serve` with the export's _redirects as its serve.json; it reads no
// _headers); tests tagged @node run on the server only, @static on the export only.

const pathOf = (url: string | null) => new URL(url ?? "", "http://x").pathname;

/**
 * axe's WCAG A and AA rules, target-size included. `disabled`: rules a source breaks in its
 * own body, which the import keeps as written and the content check reports (a skipped
 * heading level is its warning).
 */
async function expectNoAxeViolation(page: Page, disabled: string[]) {
  expect(violationLines(await axeResults(page, { disabled }))).toEqual([]);
}

const texts = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ""))
    .then((values) => values.map(plain));

test.describe("every imported article", () => {
  for (const post of importedPosts()) {
    test(`${post.path} (${post.source}) shows its source whole`, async ({ page }) => {
      const source = sourceConstructs(post.source);
      const watcher = watchPage(page);
      await page.setViewportSize({ width: 320, height: 800 });
      await page.emulateMedia({ colorScheme: "light", reducedMotion: "reduce" });
      const response = await page.goto(post.path);
      expect(response?.status()).toBe(200);
      const body = page.locator(".prose").first();

      expect(await texts(page, ".prose :is(h2, h3, h4, h5, h6)")).toEqual(source.headings);
      const code = await body.locator("pre code").evaluateAll((nodes) =>
        nodes.map((node) => ({
          text: (node.textContent ?? "").trim(),
          tokens: node.querySelectorAll("[class*='token-']").length,
        })),
      );
      expect(code.map((block) => block.text)).toEqual(source.code.map((value) => value.trim()));
      for (const block of code) expect(block.tokens, block.text).toBeGreaterThan(0);
      const tables = await body
        .locator("table")
        .evaluateAll((nodes) =>
          nodes.map((table) =>
            [...table.querySelectorAll("thead th")].map((cell) => cell.textContent ?? ""),
          ),
        );
      expect(tables.map((cells) => cells.map(plain))).toEqual(source.tables);
      await expect(body.locator(".table-scroll table")).toHaveCount(source.tables.length);

      const alts = await body
        .locator("img")
        .evaluateAll((images) => images.map((image) => image.getAttribute("alt") ?? ""));
      expect(alts.map(plain)).toEqual(source.images);
      // Every image of the page, the hero included, is loaded from this site.
      const hero = page.locator("article img").first();
      if (source.heroAlt) await expect(hero).toHaveAttribute("alt", source.heroAlt);
      for (const image of await page.locator("article img").all()) {
        await image.scrollIntoViewIfNeeded();
        await expect(image).toHaveJSProperty("complete", true);
        expect(await image.evaluate((node: HTMLImageElement) => node.naturalWidth)).toBeGreaterThan(
          0,
        );
      }

      // One caption per figure, none inside another; the source's captions are all there.
      await expect(body.locator("figure figure")).toHaveCount(0);
      for (const figure of await body.locator("figure:has(img)").all())
        await expect(figure.locator("figcaption")).toHaveCount(1);
      const captions = await texts(page, ".prose figure:has(img) figcaption");
      for (const caption of source.captions) expect(captions).toContain(caption);

      // Highlighting is classes only: no code block, as served, carries a style attribute.
      // (A hero's placeholder may: its style="" is hashed into the page's CSP.)
      const served = await response!.text();
      const blocks = served.match(/<pre[\s\S]*?<\/pre>/g) ?? [];
      expect(blocks).toHaveLength(source.code.length);
      for (const block of blocks) expect(block).not.toMatch(/<[^>]*\sstyle=/);
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        viewport: document.documentElement.clientWidth,
      }));
      expect(widths.page, "sideways scroll at 320 px").toBeLessThanOrEqual(widths.viewport);

      const colours: string[] = [];
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
        await page.reload();
        if (source.code.length > 0) {
          const token = body.locator("pre code [class*='token-']").first();
          const [tokenColour, codeColour] = await token.evaluate((node) => [
            getComputedStyle(node).color,
            getComputedStyle(node.closest("code")!).color,
          ]);
          expect(tokenColour, `a token stands out, ${colorScheme} theme`).not.toBe(codeColour);
          colours.push(tokenColour!);
        }
        await expectNoAxeViolation(page, source.skipsHeadingLevels ? ["heading-order"] : []);
      }
      if (colours.length === 2) expect(colours[0]).not.toBe(colours[1]);
      await page.waitForLoadState("networkidle");
      watcher.expectClean();
    });
  }
});

test.describe("the importer's redirects", () => {
  const redirects = importedRedirects();

  test("old URLs answer 301 to the new page @node", async ({ request }) => {
    expect(redirects.length).toBeGreaterThan(0);
    for (const [from, to] of redirects) {
      const response = await request.get(from, { maxRedirects: 0 });
      expect(response.status(), from).toBe(301);
      expect(pathOf(response.headers().location ?? null), from).toBe(to);
      expect((await request.get(to)).status(), to).toBe(200);
    }
  });

  test("the export's _redirects carries each as a 301, which a host that reads it answers @static", async ({
    request,
  }) => {
    const file = `${catalogueRoot}/out/_redirects`;
    const rules = parseRedirectsFile(readFileSync(file, "utf8"), file);
    for (const [from, to] of redirects) {
      expect(rules, from).toContainEqual({ from, to, status: 301 });
      // This project's `serve` applies _redirects (scripts/build-catalogue.ts, serve.json).
      const response = await request.get(from, { maxRedirects: 0 });
      expect(response.status(), from).toBe(301);
      expect(pathOf(response.headers().location ?? null), from).toBe(to);
      expect((await request.get(to)).status(), to).toBe(200);
    }
  });
});
