import type { Metadata } from "next";
import { ArticleList } from "@/components/article-list";
import { PageIntro } from "@/components/page-intro";
import { getArticles } from "@/lib/content";
import { getDictionary } from "@/lib/i18n";
import { localeParam } from "@/lib/locale-param";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = getDictionary(locale);
  return {
    title: t.blog.title,
    description: t.blog.intro,
    alternates: { canonical: `/${locale}/blog` },
  };
}

export default async function BlogIndexPage({ params }: Props) {
  const locale = await localeParam(params);
  const t = getDictionary(locale);
  const articles = await getArticles(locale);
  return (
    <div className="mx-auto max-w-6xl px-5 py-12 sm:px-8 md:py-16">
      <PageIntro title={t.blog.title}>{t.blog.intro}</PageIntro>
      {articles.length > 0 ? (
        <ArticleList articles={articles} />
      ) : (
        <p className="text-lg">{t.blog.empty}</p>
      )}
    </div>
  );
}
