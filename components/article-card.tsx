import Link from "next/link";
import { ResponsiveImage } from "@/components/responsive-image";
import type { Article } from "@/lib/content";
import { cn } from "@/lib/cn";
import { formatDate } from "@/lib/format-date";
import { getDictionary } from "@/lib/i18n";

type ArticleCardProps = {
  article: Article;
  /** The newest article on the home page: larger, and its image is fetched first. */
  featured?: boolean;
};

/** An article in a list: image, title, date, reading time and excerpt; the title is the link. */
export function ArticleCard({ article, featured = false }: ArticleCardProps) {
  const t = getDictionary(article.locale);
  const href = `/${article.locale}/blog/${article.slug}`;
  return (
    <article
      className={cn(
        "group relative flex flex-col gap-4",
        featured && "md:grid md:grid-cols-5 md:items-center md:gap-10",
      )}
    >
      <div className={cn("overflow-hidden rounded-lg bg-line", featured && "md:col-span-3")}>
        <ResponsiveImage
          image={article.hero}
          alt=""
          sizes={
            featured
              ? "(min-width: 72rem) 42rem, (min-width: 48rem) 60vw, 100vw"
              : "(min-width: 64rem) 22rem, (min-width: 40rem) 50vw, 100vw"
          }
          priority={featured}
          className="aspect-[16/9] h-auto w-full object-cover transition-transform duration-300 group-hover:scale-[1.02] motion-reduce:transition-none"
        />
      </div>
      <div className={cn("flex flex-col gap-2", featured && "md:col-span-2")}>
        <h2
          className={cn(
            "font-semibold tracking-tight",
            featured ? "text-3xl md:text-4xl" : "text-2xl",
          )}
        >
          <Link href={href} className="after:absolute after:inset-0 hover:underline">
            {article.title}
          </Link>
        </h2>
        <p className="font-sans text-sm text-muted">
          <time dateTime={article.date}>{formatDate(article.date, article.locale)}</time> ·{" "}
          {t.article.readingTime(article.readingMinutes)}
        </p>
        <p className="text-lg leading-relaxed">{article.excerpt}</p>
      </div>
    </article>
  );
}
