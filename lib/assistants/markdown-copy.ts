import { stringify } from "yaml";
import type { Article } from "@/lib/content";
import { mediaUrl } from "@/lib/media";
import { absoluteUrl, paths } from "@/lib/routes/paths";
import { cachedWrittenAddresses } from "./body-addresses";

// The Markdown copy of an article, served at `<article URL>.md` for assistants and crawlers: a
// short header from its frontmatter, then the body exactly as the author wrote it, except that
// every link and image address becomes absolute, so the copy still works on its own.

/** Where an address written in the body leads, as an absolute URL (or undefined: leave it). */
export function absoluteAddress(address: string, article: Article): string | undefined {
  if (/^[a-z][a-z\d+.-]*:/i.test(address) || address.startsWith("//")) return undefined;
  const image = article.images.get(address);
  if (image) return absoluteUrl(mediaUrl(image.slug, image.fileName));
  if (address.startsWith("#"))
    return `${absoluteUrl(paths.article(article.locale, article.slug))}${address}`;
  if (address.startsWith("/")) return absoluteUrl(address);
  return undefined;
}

/** The body, byte for byte, with its links, images and `src`/`href` attributes made absolute. */
export function bodyWithAbsoluteLinks(article: Article): string {
  const replacements = cachedWrittenAddresses(article.body, article.format).flatMap(
    ({ start, end, address }) => {
      const url = absoluteAddress(address, article);
      return url === undefined ? [] : [{ start, end, text: url }];
    },
  );
  let result = article.body;
  for (const { start, end, text } of replacements.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, start) + text + result.slice(end);
  }
  return result;
}

/** The whole copy: a YAML header of what a reader of the page sees first, then the body. */
export function markdownCopy(article: Article): string {
  const header = {
    title: article.title,
    description: article.excerpt,
    url: absoluteUrl(paths.article(article.locale, article.slug)),
    language: article.locale,
    date: article.date,
    authors: article.authors.map((author) => author.name),
    categories: article.categories.map((category) => category.labels[article.locale]),
    image: absoluteUrl(mediaUrl(article.hero.slug, article.hero.fileName)),
  };
  return `---\n${stringify(header, { lineWidth: 0 })}---\n\n${bodyWithAbsoluteLinks(article).replace(/^\n+/, "")}`;
}
