import { OgCard } from "@/components/site/og-card";
import type { Article } from "@/lib/content";
import { formatDate } from "@/lib/format-date";
import { site } from "@/lib/site";

/** An article's preview card: its categories, its title, its authors and date. */
export function ArticlePreviewCard({ article }: { article: Article }) {
  const { locale } = article;
  return (
    <OgCard
      title={article.title}
      kicker={article.categories.map((category) => category.labels[locale]).join(" · ")}
      byline={`${article.authors.map((author) => author.name).join(", ") || site.name} · ${formatDate(article.date, locale)}`}
    />
  );
}
