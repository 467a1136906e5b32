import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleEnd } from "@/components/article/article-end";
import { ArticleMeta } from "@/components/article/article-meta";
import { FigureZoom } from "@/components/article/figure-zoom";
import { ClipboardActions } from "@/components/article/clipboard-actions";
import { articlePageBody } from "@/components/mdx/article-body";
import { PreviewBanner } from "@/components/article/preview-banner";
import { ResponsiveImage } from "@/components/article/responsive-image";
import { ShareLinks } from "@/components/article/share-links";
import { DiscussionLink } from "@/components/fediverse/discussion-link";
import { TableOfContents } from "@/components/article/table-of-contents";
import { JsonLd } from "@/components/site/json-ld";
import { PageShell } from "@/components/site/page-shell";
import { SeriesParts } from "@/components/series/series-parts";
import { getArticle, getArticleVersions, getArticles, getSeriesParts } from "@/lib/content";
import { getDictionary } from "@/lib/i18n";
import { localeParam } from "@/lib/locale-param";
import { placeholderBackground } from "@/lib/media";
import { articleMetadata } from "@/lib/metadata";
import { articleLocation } from "@/lib/page-location";
import { publishedLocales } from "@/lib/site";
import { articleBreadcrumbJsonLd, blogPostingJsonLd } from "@/lib/structured-data";

type Props = { params: Promise<{ locale: string; slug: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  const perLocale = await Promise.all(
    publishedLocales.map(async (locale) =>
      (await getArticles(locale)).map((article) => ({ locale, slug: article.slug })),
    ),
  );
  return perLocale.flat();
}

async function articleFor(params: Props["params"]) {
  const locale = await localeParam(params);
  const { slug } = await params;
  const article = await getArticle(locale, slug);
  if (!article) notFound();
  return article;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await articleFor(params);
  return articleMetadata(article, articleLocation(article, await getArticleVersions(article)));
}

export default async function ArticlePage({ params }: Props) {
  const article = await articleFor(params);
  const [{ body, headings }, placeholder] = await Promise.all([
    articlePageBody(article),
    placeholderBackground(article.hero),
  ]);
  const t = getDictionary(article.locale);
  const location = articleLocation(article, await getArticleVersions(article));
  return (
    <PageShell location={location}>
      {/* Search indexes the article alone (scripts/search-index.ts), with its date. */}
      <article className="pb-8" data-pagefind-body data-pagefind-meta={`date:${article.date}`}>
        <JsonLd data={blogPostingJsonLd(article)} />
        <JsonLd data={articleBreadcrumbJsonLd(article)} />
        <div className="mx-auto max-w-5xl px-0 sm:px-8 sm:pt-8">
          <ResponsiveImage
            image={article.hero}
            alt={article.heroAlt}
            sizes="(min-width: 64rem) 60rem, 100vw"
            priority
            placeholder={placeholder}
            className="aspect-[16/9] h-auto w-full bg-line object-cover sm:rounded-xl"
          />
        </div>
        <header className="mx-auto max-w-[42rem] px-5 pt-8 sm:px-0 md:pt-12">
          <PreviewBanner article={article} />
          <h1 className="text-[2.1rem] leading-[1.15] font-bold tracking-tight text-balance md:text-5xl">
            {article.title}
          </h1>
          <div className="mt-5">
            <ArticleMeta article={article} />
          </div>
        </header>
        <div
          data-print="single-column"
          className="mx-auto mt-10 max-w-[42rem] px-5 sm:px-0 xl:grid xl:max-w-7xl xl:grid-cols-[minmax(0,1fr)_42rem_minmax(0,1fr)] xl:px-8"
        >
          <TableOfContents headings={headings} title={t.toc.title} />
          <div className="col-start-2 row-start-1">
            {article.series ? (
              <SeriesParts
                article={article}
                parts={await getSeriesParts(article.locale, article.series.id)}
              />
            ) : null}
            {body}
            <DiscussionLink article={article} />
            <ShareLinks article={article} />
          </div>
        </div>
        <ClipboardActions sectionCopied={t.share.sectionCopied} codeCopied={t.code.copied} />
        <FigureZoom closeLabel={t.figure.close} />
      </article>
      <ArticleEnd article={article} articles={await getArticles(article.locale)} />
    </PageShell>
  );
}
