import { expect, test } from "@playwright/test";

const path = "/fr/blog/comment-se-faire-un-reseau-pour-trouver-un-premier-stage";

/**
 * For every image on the page: its size attributes, and whether the browser downloaded more
 * pixels than it displays (a wrong `sizes` attribute): the candidate it chose must be the
 * smallest of its srcset that covers the displayed width × device pixel ratio.
 */
function imageChoices() {
  return [...document.images].map((img) => {
    const current = new URL(img.currentSrc).pathname;
    const sets = [img, ...(img.parentElement?.querySelectorAll("source") ?? [])].map(
      (element) => (element as HTMLImageElement | HTMLSourceElement).srcset,
    );
    const candidates = (sets.find((set) => set.includes(current)) ?? "")
      .split(",")
      .map((candidate) => candidate.trim().split(/\s+/))
      .map(([url, descriptor]) => ({ url, width: Number(descriptor?.replace("w", "")) }));
    const needed = img.getBoundingClientRect().width * window.devicePixelRatio;
    const widths = candidates.map((candidate) => candidate.width).sort((a, b) => a - b);
    return {
      current,
      chosen: candidates.find((candidate) => candidate.url === current)?.width ?? 0,
      best: widths.find((width) => width >= needed) ?? widths.at(-1) ?? 0,
      hasSize: img.hasAttribute("width") && img.hasAttribute("height"),
    };
  });
}

test.describe("article images", () => {
  test("come as AVIF no larger than displayed, with their size, the hero with a placeholder", async ({
    page,
  }) => {
    await page.goto(path);
    const hero = page.locator("article img").first();
    await expect(hero).toHaveAttribute("fetchpriority", "high");
    expect(await hero.evaluate((img) => getComputedStyle(img).backgroundImage)).toContain(
      "linear-gradient",
    );
    // Bring the lazy figures in, then wait until every image has loaded.
    await page.locator("article img").last().scrollIntoViewIfNeeded();
    await expect
      .poll(() => page.evaluate(() => [...document.images].every((img) => img.complete)))
      .toBe(true);
    const images = await page.evaluate(imageChoices);
    expect(images.length).toBeGreaterThan(1);
    for (const image of images) {
      expect(image.hasSize, image.current).toBe(true);
      expect(image.current, image.current).toMatch(/\.\d+w\.avif$/);
      expect(image.chosen, image.current).toBeLessThanOrEqual(image.best);
    }
  });
});
