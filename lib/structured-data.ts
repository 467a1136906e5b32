import type { Article } from "@/lib/content";
import { getDictionary } from "@/lib/i18n";
import { mediaUrl } from "@/lib/media";
import { site } from "@/lib/site";
import { absoluteUrl, paths } from "@/lib/routes/paths";
import { xmlSafeText } from "@/lib/xml-safe-text";

// schema.org data for search engines: what the article is, who wrote it, where it sits.

export function blogPostingJsonLd(article: Article) {
  const url = absoluteUrl(paths.article(article.locale, article.slug));
  return {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: article.title,
    description: article.excerpt,
    datePublished: article.date,
    dateModified: article.updated ?? article.date,
    inLanguage: article.locale,
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    image: absoluteUrl(mediaUrl(article.hero.slug, article.hero.fileName)),
    author:
      article.authors.length > 0
        ? article.authors.map((author) => ({
            "@type": "Person",
            name: author.name,
            url: absoluteUrl(paths.author(article.locale, author.id)),
            sameAs: author.links.map((link) => link.url),
          }))
        : [{ "@type": "Organization", name: site.name, url: site.parentUrl }],
    ...(article.tags.length > 0 ? { keywords: article.tags.map((tag) => tag.label) } : {}),
    publisher: {
      "@type": "Organization",
      name: site.name,
      url: site.parentUrl,
      logo: absoluteUrl("/icon.svg"),
    },
    articleSection: article.categories.map((category) => category.labels[article.locale]),
    ...(article.series ? { isPartOf: seriesJsonLd(article), position: article.series.part } : {}),
  };
}

/** The series an article is a part of, as schema.org's CreativeWorkSeries. */
function seriesJsonLd({ locale, series }: Article) {
  if (!series) return undefined;
  return {
    "@type": "CreativeWorkSeries",
    name: series.labels[locale],
    url: absoluteUrl(paths.series(locale, series.id)),
  };
}

export function articleBreadcrumbJsonLd(article: Article) {
  const t = getDictionary(article.locale);
  const trail = [
    { name: t.nav.home, path: paths.home(article.locale) },
    { name: t.nav.blog, path: paths.blog(article.locale) },
    { name: article.title, path: paths.article(article.locale, article.slug) },
  ];
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: trail.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      item: absoluteUrl(item.path),
    })),
  };
}

/**
 * JSON for a <script type="application/ld+json">: `<` is escaped (with `>`, `&` and the two
 * JavaScript line separators), so a title holding `</script>` cannot close the element; a
 * control character or a lone surrogate that got past the content check becomes U+FFFD.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data, (_key, value: unknown) =>
    typeof value === "string" ? xmlSafeText(value) : value,
  )
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
