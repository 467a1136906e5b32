import { notFound } from "next/navigation";
import { OgCard } from "@/components/site/og-card";
import { getArticle } from "@/lib/content";
import { formatDate } from "@/lib/format-date";
import { localeParam } from "@/lib/locale-param";
import { ogSize, renderPreviewImage } from "@/lib/og/render";
import { site } from "@/lib/site";

export { generateStaticParams } from "./page";
export const size = ogSize;
export const contentType = "image/png";

export default async function ArticlePreviewImage({
  params,
}: {
  params: Promise<{ locale: string; slug: string }>;
}) {
  const locale = await localeParam(params);
  const article = await getArticle(locale, (await params).slug);
  if (!article) notFound();
  return renderPreviewImage(
    <OgCard
      title={article.title}
      kicker={article.categories.map((category) => category.labels[locale]).join(" · ")}
      byline={`${article.authors.map((author) => author.name).join(", ") || site.name} · ${formatDate(article.date, locale)}`}
    />,
  );
}
