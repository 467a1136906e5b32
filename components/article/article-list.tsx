import { ArticleCard } from "@/components/article/article-card";
import type { Article } from "@/lib/content";
import type { Locale } from "@/lib/site";

export function ArticleList({ articles, locale }: { articles: Article[]; locale: Locale }) {
  return (
    <ul className="grid gap-x-8 gap-y-14 sm:grid-cols-2 lg:grid-cols-3">
      {articles.map((article) => (
        <li key={`${article.locale}/${article.slug}`}>
          <ArticleCard article={article} locale={locale} />
        </li>
      ))}
    </ul>
  );
}
