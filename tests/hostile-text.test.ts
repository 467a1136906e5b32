import { createElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { OgCard } from "@/components/site/og-card";
import { checkContent as loadContent } from "@/lib/content";
import { getDictionary } from "@/lib/i18n";
import { formatProblem } from "@/lib/content";
import { previewParts, undrawableFallback } from "@/lib/og/glyph-coverage";
import { renderPreviewImage } from "@/lib/og/render";
import { locales } from "@/lib/site";
import { xmlSafeText } from "@/lib/xml-safe-text";
import { makeContentRoot, readFixture, withoutHeroAltWarning } from "./content-fixture";
import { xmlError } from "./strict-xml";

// The three cases of issue 16, as an author would write them (tests/fixtures/hostile/).

const problemsOf = async (slug: string) => {
  const root = await makeContentRoot({ [slug]: await readFixture(`hostile/${slug}.mdx`) });
  const { problems } = await loadContent(root);
  return withoutHeroAltWarning(problems).map(formatProblem);
};

afterEach(() => vi.unstubAllGlobals());

describe("control characters pasted from a terminal", () => {
  it("are refused at file:line:column, with the fix", async () => {
    const file = "content/blog/control-characters/fr.mdx";
    const fix =
      "which feeds and the sitemap (XML) cannot carry: delete it, or retype the text around it as plain text";
    const esc = `U+001B is a control character (terminal output pasted with its colour codes holds ESC, U+001B), ${fix}`;
    expect(await problemsOf("control-characters")).toEqual([
      `${file}:15:1: error: ${esc}`,
      `${file}:15:11: error: ${esc}`,
      `${file}:15:15: error: U+0008 is a control character (terminal output pasted with its colour codes holds ESC, U+001B), ${fix}`,
      `${file}:15:16: error: U+0007 is a control character (terminal output pasted with its colour codes holds ESC, U+001B), ${fix}`,
    ]);
  });

  it("are refused when a YAML escape writes them, and lone surrogates and noncharacters too", async () => {
    const article = (await readFixture("hostile/lone-regional-indicator.mdx"))
      .replace("title: Un drapeau 🇸 seul", 'title: "Un titre \\e[31m"')
      .replace("excerpt: Un résumé.", 'excerpt: "Moitié \\uD83D d\'emoji \\uFFFE"');
    const root = await makeContentRoot({ escapes: article });
    const lines = (await loadContent(root)).problems.map(formatProblem);
    expect(lines).toEqual([
      expect.stringMatching(
        /^content\/blog\/escapes\/fr\.mdx:3:8: error: U\+001B is a control character/,
      ),
      expect.stringMatching(
        /^content\/blog\/escapes\/fr\.mdx:8:10: error: U\+D83D is half of a character \(a lone surrogate\)/,
      ),
    ]);
  });

  it("never reach a feed: what slips through becomes U+FFFD, and the XML stays well-formed", () => {
    const rss = `<rss><channel><title>${xmlSafeText("a\u001b[0m\u0008\uD800\uFFFEb\tc")}</title></channel></rss>`;
    expect(xmlError(rss)).toBeUndefined();
    expect(xmlError(rss.replace(/\uFFFD/g, "\u001b"))).toMatch(/disallowed character/);
    expect(xmlSafeText("a\u001b\u0085\uD800b😷\t\n\r")).toBe("a\uFFFD\uFFFD\uFFFDb😷\t\n\r");
  });
});

describe("a title the preview fonts cannot draw", () => {
  it("warns at the title's line: the preview shows a fallback", async () => {
    expect(await problemsOf("lone-regional-indicator")).toEqual([
      `content/blog/lone-regional-indicator/fr.mdx:3:1: warning: title: the preview image for social networks cannot draw "🇸" (U+1F1F8): no bundled font or emoji has it, so the preview shows "${undrawableFallback}" instead; the page itself shows the text as written`,
    ]);
  });

  it("is drawn offline: the renderer makes no network request", async () => {
    const fetch = vi.fn(() => {
      throw new Error("preview images must not use the network");
    });
    vi.stubGlobal("fetch", fetch);
    for (const title of [
      "Un drapeau 🇸 seul",
      "日本語のタイトル",
      "﷽ ␡ ␣ (╯°□°）╯︵ ┻━┻",
      "Écrit avant la crise 😷 et après 👩‍💻 !",
    ]) {
      const response = await renderPreviewImage(
        createElement(OgCard, {
          title,
          kicker: "Entrepreneuriat · 🇫🇷 ☃",
          byline: "Rudy Baer · 4 mars 2021",
        }),
      );
      expect(response.headers.get("content-type")).toBe("image/png");
      const png = Buffer.from(await response.arrayBuffer());
      expect(png.subarray(1, 4).toString("latin1"), title).toBe("PNG");
    }
    expect(fetch).not.toHaveBeenCalled();
  });

  it("keeps what the bundled fonts and Twemoji draw, and replaces each run of the rest", () => {
    const shown = (text: string) =>
      previewParts(text)
        .parts.map((part) => ("text" in part ? part.text : `[${part.emoji}]`))
        .join("");
    expect(shown("Un drapeau 🇸 seul")).toBe(`Un drapeau ${undrawableFallback} seul`);
    expect(shown("Le 日本語 😷 🇫🇷 ok")).toBe(`Le ${undrawableFallback} [😷] [🇫🇷] ok`);
    expect(shown("Déjà l’été\u202F!")).toBe("Déjà l’été\u00A0!");
  });

  it("never applies to the site's own preview text", () => {
    for (const locale of locales) {
      const { home } = getDictionary(locale);
      expect(previewParts(home.title).undrawable, locale).toEqual([]);
      expect(previewParts(home.intro).undrawable, locale).toEqual([]);
    }
  });
});
