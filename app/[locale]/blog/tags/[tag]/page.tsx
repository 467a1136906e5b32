import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/article/article-list";
import { PageShell } from "@/components/site/page-shell";
import { PageIntro } from "@/components/site/page-intro";
import { getListedArticles, getTag, getTags } from "@/lib/content";
import { getDictionary } from "@/lib/i18n";
import { localeParam } from "@/lib/locale-param";
import { pageMetadata } from "@/lib/metadata";
import { publishedLocales } from "@/lib/site";
import { paths } from "@/lib/routes/paths";

// Built like the category page, so that what applies to one (pagination, feeds) applies here.

type Props = { params: Promise<{ locale: string; tag: string }> };

export const dynamicParams = false;

/**
 * The static export refuses a dynamic route with no page, so a site whose articles have no tag
 * yet builds this one instead: it says so, and is in no sitemap and no search index. No tag id
 * can be "_" (ids are slugs).
 */
const noTagYet = { id: "_", label: "…" };

export async function generateStaticParams() {
  const perLocale = await Promise.all(
    publishedLocales.map(async (locale) =>
      (await getTags(locale)).map((tag) => ({ locale, tag: tag.id })),
    ),
  );
  const params = perLocale.flat();
  return params.length > 0
    ? params
    : publishedLocales.map((locale) => ({ locale, tag: noTagYet.id }));
}

async function tagFor(params: Props["params"]) {
  const locale = await localeParam(params);
  const { tag: id } = await params;
  const tags = await getTags(locale);
  const tag = tags.length === 0 && id === noTagYet.id ? noTagYet : await getTag(locale, id);
  if (!tag) notFound();
  const articles = await getListedArticles(locale, { tag: id });
  return { locale, tag, articles };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, tag } = await tagFor(params);
  const t = getDictionary(locale);
  return {
    ...pageMetadata({
      locale,
      title: t.catalogue.tagTitle(tag.label),
      description: t.catalogue.tagDescription(tag.label),
      path: (pathLocale) => paths.tag(pathLocale, tag.id),
    }),
    ...(tag === noTagYet ? { robots: { index: false, follow: true } } : {}),
  };
}

export default async function TagPage({ params }: Props) {
  const { locale, tag, articles } = await tagFor(params);
  const t = getDictionary(locale);
  return (
    <PageShell location={{ locale, path: (pathLocale) => paths.tag(pathLocale, tag.id) }}>
      <div className="mx-auto max-w-6xl px-5 py-12 sm:px-8 md:py-16">
        <PageIntro title={t.catalogue.tagTitle(tag.label)}>
          {t.catalogue.tagDescription(tag.label)}
        </PageIntro>
        {articles.length > 0 ? (
          <ArticleList articles={articles} locale={locale} />
        ) : (
          <p className="text-lg">{t.catalogue.tagEmpty}</p>
        )}
      </div>
    </PageShell>
  );
}
