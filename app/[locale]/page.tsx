import { ArticleCard } from "@/components/article/article-card";
import { ArticleList } from "@/components/article/article-list";
import { PageShell } from "@/components/site/page-shell";
import { PageIntro } from "@/components/site/page-intro";
import { getListedArticles } from "@/lib/content";
import { getDictionary } from "@/lib/i18n";
import { localeParam } from "@/lib/locale-param";
import type { Metadata } from "next";
import { InternalLink } from "@/components/site/internal-link";
import { pageMetadata } from "@/lib/metadata";
import { site } from "@/lib/site";
import { paths } from "@/lib/routes/paths";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = getDictionary(locale);
  return {
    ...pageMetadata({
      locale,
      title: t.home.title,
      description: t.siteDescription,
      path: paths.home,
    }),
    title: { absolute: `${t.home.title} — ${site.name}` },
  };
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  const t = getDictionary(locale);
  const [featured, ...others] = await getListedArticles(locale);
  return (
    <PageShell location={{ locale, path: paths.home }}>
      <div className="mx-auto max-w-6xl px-5 py-12 sm:px-8 md:py-16">
        <PageIntro title={t.home.title}>{t.home.intro}</PageIntro>
        {featured ? (
          <ArticleCard article={featured} locale={locale} featured />
        ) : (
          <p className="text-lg">{t.blog.empty}</p>
        )}
        {others.length > 0 ? (
          <section className="mt-16 border-t border-line pt-10" aria-labelledby="latest">
            <h2
              id="latest"
              className="mb-8 font-sans text-sm font-semibold tracking-wide text-muted uppercase"
            >
              {t.home.latest}
            </h2>
            <ArticleList articles={others.slice(0, 6)} locale={locale} />
          </section>
        ) : null}
        <p className="mt-14 font-sans">
          <InternalLink
            href={paths.blog(locale)}
            className="font-medium underline decoration-accent underline-offset-4"
          >
            {t.home.allArticles} →
          </InternalLink>
        </p>
      </div>
    </PageShell>
  );
}
