import type { Metadata } from "next";
import type { Article } from "@/lib/content";
import { getDictionary } from "@/lib/i18n";
import { ogSize } from "@/lib/og/size";
import type { PageLocation } from "@/lib/page-location";
import { defaultLocale, publishedLocales, site, type Locale } from "@/lib/site";
import { absoluteUrl, paths } from "@/lib/routes/paths";

// The <head> every page shares: canonical URL, language alternates, feeds, Open Graph, Twitter.

const ogLocales: Record<Locale, string> = { fr: "fr_FR", en: "en_US" };

type PageMetadataInput = {
  locale: Locale;
  title: string;
  description: string;
  /** The page's path in a given language. */
  path: (locale: Locale) => string;
  /** Languages the page exists in; every published language by default. */
  languages?: readonly Locale[];
  /** Feeds of the page's own topic, announced before the site's. */
  feeds?: Record<FeedType, { url: string; title: string }[]>;
};

type FeedType = "application/rss+xml" | "application/atom+xml" | "application/feed+json";

export function pageMetadata({
  locale,
  title,
  description,
  path,
  languages = publishedLocales,
  feeds,
}: PageMetadataInput): Metadata {
  const t = getDictionary(locale);
  const alternateLanguages = Object.fromEntries(
    languages.map((language) => [language, absoluteUrl(path(language))]),
  );
  const fallback = languages.includes(defaultLocale) ? defaultLocale : languages[0];
  return {
    title,
    description,
    alternates: {
      canonical: absoluteUrl(path(locale)),
      languages: {
        ...alternateLanguages,
        ...(fallback ? { "x-default": absoluteUrl(path(fallback)) } : {}),
      },
      types: {
        "application/rss+xml": [
          ...(feeds?.["application/rss+xml"] ?? []),
          { url: absoluteUrl(paths.rss(locale)), title: t.feeds.rss },
        ],
        "application/atom+xml": [
          ...(feeds?.["application/atom+xml"] ?? []),
          { url: absoluteUrl(paths.atom(locale)), title: t.feeds.atom },
        ],
        "application/feed+json": [
          ...(feeds?.["application/feed+json"] ?? []),
          { url: absoluteUrl(paths.jsonFeed(locale)), title: t.feeds.json },
        ],
      },
    },
    openGraph: {
      type: "website",
      siteName: site.name,
      title,
      description,
      url: absoluteUrl(path(locale)),
      locale: ogLocales[locale],
      alternateLocale: languages
        .filter((language) => language !== locale)
        .map((language) => ogLocales[language]),
    },
    twitter: { card: "summary_large_image", title, description },
  };
}

/** An article's head: the page's, plus what makes it an article for social networks. */
export function articleMetadata(article: Article, location: PageLocation): Metadata {
  const base = pageMetadata({
    title: article.title,
    description: article.excerpt,
    ...location,
  });
  // An article without authors is signed by the studio.
  const signers = article.authors.map((author) => ({
    name: author.name,
    url: absoluteUrl(paths.author(article.locale, author.id)),
  }));
  if (signers.length === 0) signers.push({ name: site.name, url: site.parentUrl });
  // Written by scripts/preview-images.ts, where the opengraph-image route used to answer.
  const images = [
    {
      url: absoluteUrl(paths.articlePreviewImage(article.locale, article.slug)),
      type: "image/png",
      ...ogSize,
    },
  ];
  return {
    ...base,
    alternates: {
      ...base.alternates,
      types: {
        ...base.alternates?.types,
        "text/markdown": absoluteUrl(paths.markdownCopy(article.locale, article.slug)),
      },
    },
    authors: signers,
    // Mastodon credits the author of a shared link by this tag.
    other: {
      "fediverse:creator": article.authors.flatMap((author) => author.mastodon ?? []),
    },
    openGraph: {
      ...base.openGraph,
      type: "article",
      publishedTime: article.date,
      modifiedTime: article.updated ?? article.date,
      authors: signers.map((signer) => signer.url),
      section: article.categories[0]?.labels[article.locale],
      tags: [
        ...article.categories.map((category) => category.labels[article.locale]),
        ...article.tags.map((tag) => tag.label),
      ],
      images,
    },
    twitter: { ...base.twitter, images },
  };
}
