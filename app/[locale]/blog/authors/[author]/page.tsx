import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/article/article-list";
import { PageShell } from "@/components/site/page-shell";
import { AuthorCard } from "@/components/article/author-card";
import { getAuthor, getAuthors, getListedArticles } from "@/lib/content";
import { getDictionary } from "@/lib/i18n";
import { localeParam } from "@/lib/locale-param";
import { pageMetadata } from "@/lib/metadata";
import { publishedLocales } from "@/lib/site";
import { paths } from "@/lib/routes/paths";

type Props = { params: Promise<{ locale: string; author: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  const authors = await getAuthors();
  return publishedLocales.flatMap((locale) =>
    authors.map((author) => ({ locale, author: author.id })),
  );
}

async function authorFor(params: Props["params"]) {
  const locale = await localeParam(params);
  const { author: id } = await params;
  const author = await getAuthor(id);
  if (!author) notFound();
  const articles = await getListedArticles(locale, { author: id });
  return { locale, author, articles };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, author } = await authorFor(params);
  return pageMetadata({
    locale,
    title: author.name,
    description: getDictionary(locale).author.description(author.name),
    path: (pathLocale) => paths.author(pathLocale, author.id),
  });
}

export default async function AuthorPage({ params }: Props) {
  const { locale, author, articles } = await authorFor(params);
  const t = getDictionary(locale);
  return (
    <PageShell location={{ locale, path: (pathLocale) => paths.author(pathLocale, author.id) }}>
      <div className="mx-auto max-w-6xl px-5 py-12 sm:px-8 md:py-16">
        <div className="mb-14">
          <AuthorCard author={author} />
        </div>
        <h2 className="mb-8 font-sans text-sm font-semibold tracking-wide text-muted uppercase">
          {t.author.articles}
        </h2>
        {articles.length > 0 ? (
          <ArticleList articles={articles} locale={locale} />
        ) : (
          <p className="text-lg">{t.author.empty(author.name)}</p>
        )}
      </div>
    </PageShell>
  );
}
