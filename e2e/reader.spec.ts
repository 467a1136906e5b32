import { expect, test, type Page } from "@playwright/test";
import { watchPage } from "./console";

// The reader's comforts on the article page: contents, sharing, figures, dark mode and print.

const slug = "comment-se-faire-un-reseau-pour-trouver-un-premier-stage";
const path = `/fr/blog/${slug}`;
const sections = [
  "Le CV",
  "Les intervenants extérieurs dans les écoles",
  "Les communautés chaudes de ta région",
  "Comment trouver ces communautés ?",
  "Une piste assez simple : les sponsors !",
  "Slack",
  "Les façons atypiques de candidater",
  "Les events business",
  "Le feedback après un entretien",
];
const isDesktop = (page: Page) => (page.viewportSize()?.width ?? 0) >= 1280;
const toc = (page: Page) => page.getByRole("navigation", { name: "Sommaire" });
const normalise = (text: string) => text.replace(/\s+/g, " ").trim();

test.describe("table of contents", () => {
  test("lists the h2/h3 sections, linking to their anchors, and works without JavaScript", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    // Both layouts are in the HTML; one is displayed.
    const links = page.locator("nav[aria-label='Sommaire']").first().locator("a");
    expect((await links.allTextContents()).map(normalise)).toEqual(sections);
    const headings = page.locator("article .prose :is(h2, h3)");
    const ids = await headings.evaluateAll((elements) => elements.map((element) => element.id));
    expect(
      await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href"))),
    ).toEqual(ids.map((id) => `#${id}`));
    await expect(toc(page)).toHaveCount(1);
    if ((page.viewportSize()?.width ?? 0) < 1280) {
      await toc(page).getByText("Sommaire").click();
      await toc(page).getByRole("link", { name: "Slack" }).click();
      await expect(page).toHaveURL(/#slack$/);
      await expect(page.locator("h2#slack")).toBeInViewport();
    }
    await context.close();
  });

  test("sits beside the text on wide screens and collapses above it on phones", async ({
    page,
  }) => {
    await page.goto(path);
    const nav = toc(page);
    const prose = page.locator("article .prose");
    const navBox = await nav.boundingBox();
    const proseBox = await prose.boundingBox();
    if (!navBox || !proseBox) throw new Error("table of contents or text not displayed");
    if (isDesktop(page)) {
      expect(navBox.x + navBox.width).toBeLessThanOrEqual(proseBox.x);
      await expect(nav).toHaveCSS("position", "sticky");
      await page.locator("h2#slack").scrollIntoViewIfNeeded();
      await expect(nav).toBeInViewport();
    } else {
      expect(navBox.y + navBox.height).toBeLessThanOrEqual(proseBox.y);
      await expect(nav.locator("details")).not.toHaveAttribute("open");
      await expect(nav.getByRole("link", { name: "Slack" })).toBeHidden();
    }
  });

  test("highlights the section being read, without moving anything", async ({ page }) => {
    await page.goto(path);
    const nav = toc(page);
    if (!isDesktop(page)) await nav.getByText("Sommaire").click();
    const link = nav.getByRole("link", { name: "Les events business" });
    const before = await link.boundingBox();
    await page.locator("h2#les-events-business").evaluate((heading) => {
      heading.scrollIntoView({ block: "start" });
    });
    await expect(link).toHaveAttribute("aria-current", "true");
    await expect(nav.locator("[aria-current]")).toHaveCount(1);
    if (isDesktop(page)) {
      const after = await link.boundingBox();
      expect(after?.height).toBe(before?.height);
      expect(after?.width).toBe(before?.width);
    }
    await page
      .locator("h2#le-cv")
      .evaluate((heading) => heading.scrollIntoView({ block: "start" }));
    await expect(nav.getByRole("link", { name: "Le CV" })).toHaveAttribute("aria-current", "true");
    await expect(link).not.toHaveAttribute("aria-current");
  });

  test("is usable with the keyboard alone", async ({ page }) => {
    await page.goto(path);
    const nav = toc(page);
    const first = isDesktop(page) ? nav.getByRole("link").first() : nav.locator("summary");
    await first.focus();
    await expect(first).toBeFocused();
    if (!isDesktop(page)) {
      await page.keyboard.press("Enter");
      await expect(nav.locator("details")).toHaveAttribute("open", "");
      await page.keyboard.press("Tab");
    }
    for (let step = 0; step < 5; step += 1) await page.keyboard.press("Tab");
    const focused = nav.getByRole("link", { name: "Slack" });
    await expect(focused).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#slack$/);
    await expect(page.locator("h2#slack")).toBeInViewport();
  });
});

test.describe("after the article", () => {
  test("offers sharing by plain links, with no request to another host", async ({ page }) => {
    const watcher = watchPage(page);
    await page.goto(path);
    const share = page.getByRole("region", { name: "Partager cet article" });
    const url = encodeURIComponent(`http://localhost:3000${path}`);
    await expect(share.getByRole("link", { name: "Partager sur LinkedIn" })).toHaveAttribute(
      "href",
      `https://www.linkedin.com/sharing/share-offsite/?url=${url}`,
    );
    await expect(share.getByRole("link", { name: "Partager sur X" })).toHaveAttribute(
      "href",
      new RegExp(`^https://x\\.com/intent/post\\?url=${url.replace(/[.%]/g, "\\$&")}&text=Comment`),
    );
    const mail = await share.getByRole("link", { name: "Envoyer par e-mail" }).getAttribute("href");
    expect(mail).toMatch(/^mailto:\?subject=Comment%20se%20faire/);
    expect(decodeURIComponent(mail ?? "")).toContain(`http://localhost:3000${path}`);
    await expect(page.locator("script[src^='http'], iframe")).toHaveCount(0);
    watcher.expectClean();
  });

  test("copies the article's link", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(path);
    const share = page.getByRole("region", { name: "Partager cet article" });
    await share.getByRole("button", { name: "Copier le lien" }).click();
    await expect(share.getByRole("status")).toHaveText("Lien copié");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `http://localhost:3000${path}`,
    );
  });

  test("copies a section's link from its heading", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(path);
    await page.locator("h2#slack a").click();
    await expect(page).toHaveURL(/#slack$/);
    await expect(page.locator("h2#slack")).toHaveAttribute("data-copied", "");
    await expect(
      page.getByRole("status").filter({ hasText: "Lien de la section copié" }),
    ).toHaveCount(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      new RegExp(`${path}#slack$`),
    );
  });

  test("offers the phone's share sheet only where the Web Share API exists", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "share", {
        value: (data: ShareData) => {
          (window as unknown as { shared: ShareData }).shared = data;
          return Promise.resolve();
        },
      });
    });
    await page.goto(path);
    const button = page.getByRole("button", { name: "Partager…" });
    if (isDesktop(page)) {
      await expect(button).toHaveCount(0);
    } else {
      await button.click();
      expect(
        await page.evaluate(() => (window as unknown as { shared: ShareData }).shared),
      ).toEqual({
        title: "Comment se faire un réseau pour trouver un premier stage\u202F?",
        url: `http://localhost:3000${path}`,
      });
    }
  });

  test("leads back to the blog; with a single article there is no previous, next or related one", async ({
    page,
  }) => {
    await page.goto(path);
    await expect(page.getByRole("navigation", { name: "Autres articles" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "À lire aussi" })).toHaveCount(0);
    await page.getByRole("link", { name: "Tous les articles →" }).click();
    await expect(page).toHaveURL(/\/fr\/blog$/);
  });
});

test.describe("figures", () => {
  test("open at full size in a dialog, by click or Enter; Escape closes and focus returns", async ({
    page,
  }) => {
    const watcher = watchPage(page);
    await page.goto(path);
    const link = page.locator("article figure a[data-zoom]");
    await expect(link).toHaveAccessibleName(
      "Trouvez la communauté qui vous ressemble. (Agrandir l’image)",
    );
    await link.scrollIntoViewIfNeeded();
    await link.click();
    const dialog = page.getByRole("dialog", { name: "Trouvez la communauté qui vous ressemble." });
    await expect(dialog).toBeVisible();
    const image = dialog.locator("img");
    await expect(image).toHaveAttribute(
      "src",
      `/media/${slug}/Capture-du-2020-04-01-15-18-21-1024x528.png`,
    );
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1024);
    await expect(dialog.getByRole("button", { name: "Fermer l’image" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(link).toBeFocused();

    await page.keyboard.press("Enter");
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(dialog).toBeHidden();
    await expect(link).toBeFocused();
    watcher.expectClean();
  });

  test("link to the full-size image without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    const href = await page.locator("article figure a[data-zoom]").getAttribute("href");
    const response = await page.request.get(href ?? "");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    await context.close();
  });
});

test.describe("dark mode", () => {
  const background = (page: Page) =>
    page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = "rgb(250, 247, 242)";
  const dark = "rgb(22, 20, 15)";

  test("follows the system preference", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(path);
    expect(await background(page)).toBe(dark);
    await expect(page.getByRole("button", { name: "Thème sombre" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await page.emulateMedia({ colorScheme: "light" });
    expect(await background(page)).toBe(light);
    await expect(page.getByRole("button", { name: "Thème sombre" })).toHaveAttribute(
      "aria-pressed",
      "false",
    );
  });

  test("the toggle is remembered and applied before the first paint", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/fr");
    const toggle = page.getByRole("button", { name: "Thème sombre" });
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(await background(page)).toBe(dark);
    expect(await page.evaluate(() => localStorage.getItem("theme"))).toBe("dark");

    // Record the theme at the moment <body> is parsed: before any paint and any bundle.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { atBody: string }).atBody =
          `${document.documentElement.dataset.theme}|${getComputedStyle(document.documentElement).getPropertyValue("--paper")}`;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(path);
    expect(await page.evaluate(() => (window as unknown as { atBody: string }).atBody)).toBe(
      "dark|#16140f",
    );
    expect(await background(page)).toBe(dark);

    // Choosing the system's own theme forgets the choice.
    await page.getByRole("button", { name: "Thème sombre" }).click();
    expect(await background(page)).toBe(light);
    expect(await page.evaluate(() => localStorage.getItem("theme"))).toBeNull();
  });

  test("the theme script is the same static text on every page", async ({ request }) => {
    const scripts = new Set<string>();
    for (const pagePath of ["/fr", "/en", "/fr/blog", path, "/en/search"]) {
      const html = await (await request.get(pagePath)).text();
      const head = html.slice(0, html.indexOf("</head>"));
      const inline = [...head.matchAll(/<script>([^<]*)<\/script>/g)].map((match) => match[1]);
      expect(inline, pagePath).toHaveLength(1);
      scripts.add(inline[0] ?? "");
    }
    expect(scripts.size).toBe(1);
    expect([...scripts][0]).toContain('localStorage.getItem("theme")');
  });
});

test.describe("print", () => {
  test("prints the article alone, in one column, with link addresses", async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: "print" });
    for (const hidden of [
      page.getByRole("navigation", { name: "Navigation principale" }),
      page.getByRole("region", { name: "Partager cet article" }),
      page.locator("nav[aria-label='Sommaire']").first(),
      page.locator("nav[aria-label='Sommaire']").last(),
      page.locator("body > footer"),
    ]) {
      await expect(hidden).toBeHidden();
    }
    await expect(page.locator("[data-print='single-column']")).toHaveCSS("display", "block");
    const external = page.locator("article .prose a[href^='http']").first();
    const href = await external.getAttribute("href");
    expect(await external.evaluate((a) => getComputedStyle(a, "::after").content)).toBe(
      `" (${href})"`,
    );
    await expect(page.locator("article figure")).toHaveCSS("break-inside", "avoid");
    await expect(page.locator("h1")).toBeVisible();
  });
});
