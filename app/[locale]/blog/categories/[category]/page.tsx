import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/article/article-list";
import { PageShell } from "@/components/site/page-shell";
import { PageIntro } from "@/components/site/page-intro";
import { getCategories, getCategory, getListedArticles } from "@/lib/content";
import { getDictionary } from "@/lib/i18n";
import { localeParam } from "@/lib/locale-param";
import { pageMetadata } from "@/lib/metadata";
import { publishedLocales } from "@/lib/site";
import { paths } from "@/lib/routes/paths";

type Props = { params: Promise<{ locale: string; category: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  const categories = await getCategories();
  return publishedLocales.flatMap((locale) =>
    categories.map((category) => ({ locale, category: category.id })),
  );
}

async function categoryFor(params: Props["params"]) {
  const locale = await localeParam(params);
  const { category: id } = await params;
  const category = await getCategory(id);
  if (!category) notFound();
  const articles = await getListedArticles(locale, { category: id });
  return { locale, category, articles };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, category } = await categoryFor(params);
  const label = category.labels[locale];
  return pageMetadata({
    locale,
    title: label,
    description: getDictionary(locale).category.description(label),
    path: (pathLocale) => paths.category(pathLocale, category.id),
  });
}

export default async function CategoryPage({ params }: Props) {
  const { locale, category, articles } = await categoryFor(params);
  const t = getDictionary(locale);
  const label = category.labels[locale];
  return (
    <PageShell location={{ locale, path: (pathLocale) => paths.category(pathLocale, category.id) }}>
      <div className="mx-auto max-w-6xl px-5 py-12 sm:px-8 md:py-16">
        <PageIntro title={label}>{t.category.description(label)}</PageIntro>
        {articles.length > 0 ? (
          <ArticleList articles={articles} locale={locale} />
        ) : (
          <p className="text-lg">{t.category.empty}</p>
        )}
      </div>
    </PageShell>
  );
}
