import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeContentRoot } from "./content-fixture";

// The copies for assistants and crawlers, through the real content layer on a fixture folder.

const linked = `---
state: published
title: 'Des liens partout'
date: 2021-05-06
categories:
  - entrepreneuriat
heroImage: images/hero.jpg
languages: ['fr']
excerpt: 'Un article qui pointe ailleurs.'
authors:
  - rudy-baer
---

Un lien [vers la liste](/fr/blog), un [ancrage](#une-section),
un [externe](https://example.org/a?b=1) et un [courriel](mailto:a@example.org).

![Une légende.](images/figure.png)

<Figure src="images/figure.png" alt="Une figure." caption="Sa légende." />

[référence]: /fr/blog/valid-article

## Une section

Le texte    garde ses   espaces, ses *accents* et ses « guillemets ».
`;

const site = "http://localhost:3000";

describe("Markdown copies, llms.txt and robots.txt", () => {
  beforeAll(async () => {
    vi.stubEnv("CONTENT_ROOT", await makeContentRoot({ "des-liens": linked }));
    vi.resetModules();
  });

  it("copy the body as written, with every address made absolute", async () => {
    const { getArticle } = await import("@/lib/content");
    const { markdownCopy } = await import("@/lib/assistants/markdown-copy");
    const copy = markdownCopy((await getArticle("fr", "des-liens"))!);
    const [, header = "", body = ""] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(copy) ?? [];
    expect(header).toContain("title: Des liens partout");
    expect(header).toContain(`url: ${site}/fr/blog/des-liens`);
    expect(header).toContain("language: fr");
    expect(header).toContain("date: 2021-05-06");
    expect(header).toContain("- Rudy Baer");
    expect(body).toBe(
      linked
        .split("---\n\n")[1]!
        .replace("(/fr/blog)", `(${site}/fr/blog)`)
        .replace("(#une-section)", `(${site}/fr/blog/des-liens#une-section)`)
        .replace("(images/figure.png)", `(${site}/media/des-liens/figure.png)`)
        .replace('src="images/figure.png"', `src="${site}/media/des-liens/figure.png"`)
        .replace("]: /fr/blog/valid-article", `]: ${site}/fr/blog/valid-article`),
    );
  });

  it("llms.txt names the site and links every article's copy", async () => {
    const { llmsTxt } = await import("@/lib/assistants/llms-txt");
    const text = await llmsTxt();
    expect(text).toMatch(/^# BearStudio\n\n> /);
    expect(text).toContain(
      `- [Des liens partout](${site}/fr/blog/des-liens.md): Un article qui pointe ailleurs.`,
    );
    expect(text).toContain(`(${site}/fr/blog/valid-article.md)`);
    expect(text).toContain("## Articles in English\n\nNo articles yet.");
  });

  it("llms-full.txt holds every copy", async () => {
    const { llmsFullTxt } = await import("@/lib/assistants/llms-txt");
    const text = await llmsFullTxt();
    expect(text).toContain("Le texte    garde ses   espaces");
    expect(text).toContain("title: Un article valide");
  });

  it("robots.txt carries the Content-Signal line and the sitemap", async () => {
    const { robotsTxt } = await import("@/lib/assistants/robots-txt");
    expect(robotsTxt()).toBe(
      `User-agent: *\nContent-Signal: search=yes, ai-input=yes, ai-train=no\nAllow: /\n\nSitemap: ${site}/sitemap.xml\n`,
    );
  });
});
