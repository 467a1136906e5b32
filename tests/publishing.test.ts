import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Drafts and scheduled articles, through the real content surface, feeds and sitemap:
// a fixture content folder holds one published, one draft and one future-dated article.

const base = path.join(import.meta.dirname, "fixtures", "base");
const future = "2999-01-01";

async function makeRoot() {
  const root = await mkdtemp(path.join(tmpdir(), "blog-publishing-"));
  await cp(base, root, { recursive: true });
  const valid = await readFile(path.join(base, "content/blog/valid-article/fr.mdx"), "utf8");
  const add = async (slug: string, text: string) => {
    const dir = path.join(root, "content", "blog", slug);
    await cp(path.join(base, "content/blog/valid-article/images"), path.join(dir, "images"), {
      recursive: true,
    });
    await writeFile(path.join(dir, "fr.mdx"), text);
  };
  await add(
    "brouillon",
    valid.replace("state: published", "state: draft").replace("Un article valide", "Brouillon"),
  );
  await add(
    "programme",
    valid.replace("2021-03-04", future).replace("Un article valide", "Programmé"),
  );
  await add(
    "titre-piege",
    valid.replace(
      "title: 'Un article valide'",
      "title: 'Fin du script </script><script>alert(1)</script>'",
    ),
  );
  return root;
}

describe("drafts and scheduled articles in production output", () => {
  beforeAll(async () => {
    vi.stubEnv("CONTENT_ROOT", await makeRoot());
    vi.resetModules();
  });

  it("are left out of the article list", async () => {
    const { getArticles } = await import("@/lib/content");
    const slugs = (await getArticles("fr")).map((article) => article.slug);
    expect(slugs).toEqual(["titre-piege", "valid-article"]);
  });

  it("are left out of the sitemap", async () => {
    const { default: sitemap } = await import("@/app/sitemap");
    const urls = (await sitemap()).map((entry) => entry.url);
    expect(urls).toContain("http://localhost:3000/fr/blog/valid-article");
    expect(urls.filter((url) => /brouillon|programme/.test(url))).toEqual([]);
  });

  it("are left out of the feeds", async () => {
    const { buildFeed } = await import("@/lib/feeds/build-feed");
    const feed = await buildFeed("fr");
    for (const text of [feed.rss2(), feed.atom1(), feed.json1()]) {
      expect(text).toContain("/fr/blog/valid-article");
      expect(text).not.toMatch(/brouillon|programme|Brouillon|Programmé/);
    }
  });

  it("go live on their day", async () => {
    const { isPublished } = await import("@/lib/content");
    expect(isPublished({ state: "published", date: future }, "2998-12-31")).toBe(false);
    expect(isPublished({ state: "published", date: future }, future)).toBe(true);
    expect(isPublished({ state: "draft", date: "2020-01-01" }, future)).toBe(false);
  });
});

describe("structured data", () => {
  it("keeps a title holding </script> inside its script element", async () => {
    const { getArticle } = await import("@/lib/content");
    const { blogPostingJsonLd, serializeJsonLd } = await import("@/lib/structured-data");
    const article = await getArticle("fr", "titre-piege");
    expect(article).toBeDefined();
    const json = serializeJsonLd(blogPostingJsonLd(article!));
    expect(json).not.toMatch(/<|>/);
    expect(JSON.parse(json)).toMatchObject({
      "@type": "BlogPosting",
      headline: "Fin du script </script><script>alert(1)</script>",
      datePublished: "2021-03-04",
      inLanguage: "fr",
      author: [
        {
          "@type": "Person",
          name: "Rudy Baer",
          url: "http://localhost:3000/fr/blog/authors/rudy-baer",
        },
      ],
    });
  });
});

describe("the build mode (lib/content/publication.ts)", () => {
  it("is read from NODE_ENV and BLOG_PREVIEW only", async () => {
    const { buildMode } = await import("@/lib/content/publication");
    expect(buildMode({ NODE_ENV: "production" })).toBe("production");
    expect(buildMode({ NODE_ENV: "production", BLOG_PREVIEW: "0" })).toBe("production");
    expect(buildMode({ NODE_ENV: "production", BLOG_PREVIEW: "1" })).toBe("preview");
    expect(buildMode({ NODE_ENV: "development", BLOG_PREVIEW: "1" })).toBe("development");
  });

  it("keeps drafts and future articles out of a production build, pages and indexes alike", async () => {
    const { isInBuild } = await import("@/lib/content/publication");
    const draft = { state: "draft", date: "2020-01-01" };
    const scheduled = { state: "published", date: future };
    for (const article of [draft, scheduled]) {
      expect(isInBuild(article, "pages", "production")).toBe(false);
      expect(isInBuild(article, "indexes", "production")).toBe(false);
      expect(isInBuild(article, "pages", "preview")).toBe(true);
      expect(isInBuild(article, "indexes", "preview")).toBe(false);
    }
  });
});

describe("a preview build (BLOG_PREVIEW=1)", () => {
  beforeAll(async () => {
    vi.stubEnv("CONTENT_ROOT", await makeRoot());
    vi.stubEnv("BLOG_PREVIEW", "1");
    vi.resetModules();
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("has pages for drafts and future-dated articles", async () => {
    const { getArticles } = await import("@/lib/content");
    const slugs = (await getArticles("fr")).map((article) => article.slug);
    expect(slugs).toEqual(["programme", "brouillon", "titre-piege", "valid-article"]);
  });

  it("marks them with a banner", async () => {
    const { getArticle } = await import("@/lib/content");
    const { PreviewBanner } = await import("@/components/article/preview-banner");
    const { renderToStaticMarkup } = await import("react-dom/server");
    const banner = async (slug: string) => {
      const article = await getArticle("fr", slug);
      if (!article) throw new Error(`${slug} is not in the preview`);
      return renderToStaticMarkup(PreviewBanner({ article }));
    };
    expect(await banner("brouillon")).toContain("Brouillon");
    expect(await banner("programme")).toContain("Programmé le 1 janvier 2999");
    expect(await banner("valid-article")).toBe("");
  });

  it("keeps them out of the sitemap and the feeds", async () => {
    const { default: sitemap } = await import("@/app/sitemap");
    const urls = (await sitemap()).map((entry) => entry.url);
    expect(urls).toContain("http://localhost:3000/fr/blog/valid-article");
    expect(urls.filter((url) => /brouillon|programme/.test(url))).toEqual([]);
    const { buildFeed } = await import("@/lib/feeds/build-feed");
    const feed = await buildFeed("fr");
    for (const text of [feed.rss2(), feed.atom1(), feed.json1()]) {
      expect(text).toContain("/fr/blog/valid-article");
      expect(text).not.toMatch(/brouillon|programme|Brouillon|Programmé/);
    }
  });

  it("is noindex on every page, and robots.txt disallows everything", async () => {
    // app/[locale]/layout.tsx spreads it into every page's metadata (next/font keeps the
    // layout itself out of vitest; the preview build's e2e test reads the pages).
    const { previewMetadata } = await import("@/lib/preview");
    expect(previewMetadata().robots).toEqual({ index: false, follow: false });
    const { robotsTxt } = await import("@/lib/assistants/robots-txt");
    expect(robotsTxt()).toBe("User-agent: *\nDisallow: /\n");
    const { previewRobotsTxt } = await import("@/lib/preview");
    expect(previewRobotsTxt()).toBe("User-agent: *\nDisallow: /\n");
  });
});

describe("a production build", () => {
  it("is indexable, and its robots.txt is the site's own", async () => {
    vi.stubEnv("BLOG_PREVIEW", "");
    vi.resetModules();
    const { previewMetadata } = await import("@/lib/preview");
    expect(previewMetadata()).toEqual({});
    const { robotsTxt } = await import("@/lib/assistants/robots-txt");
    expect(robotsTxt()).toMatch(/^User-agent: \*\nContent-Signal: .*\nAllow: \/\n/);
    const { previewRobotsTxt } = await import("@/lib/preview");
    expect(previewRobotsTxt()).toBeUndefined();
    vi.unstubAllEnvs();
  });
});
