import type { Metadata } from "next";
import { InternalLink } from "@/components/site/internal-link";
import { PageIntro } from "@/components/site/page-intro";
import { PageShell } from "@/components/site/page-shell";
import { SearchPanel } from "@/components/search/search-panel";
import { getDictionary } from "@/lib/i18n";
import { localeParam } from "@/lib/locale-param";
import { pageMetadata } from "@/lib/metadata";
import { paths } from "@/lib/routes/paths";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = getDictionary(locale);
  return {
    ...pageMetadata({
      locale,
      title: t.search.title,
      description: t.search.description,
      path: paths.search,
    }),
    // A results page holds nothing of its own for search engines.
    robots: { index: false, follow: true },
  };
}

/** The search page (/fr/search, /en/search); the query is in ?q= so a search can be shared. */
export default async function SearchPage({ params }: Props) {
  const locale = await localeParam(params);
  const t = getDictionary(locale);
  return (
    <PageShell location={{ locale, path: paths.search }}>
      <div className="mx-auto max-w-3xl px-5 py-12 sm:px-8 md:py-16">
        <PageIntro title={t.search.title}>{t.search.description}</PageIntro>
        <p data-without-js className="font-sans">
          {t.search.needsJs}{" "}
          <InternalLink href={paths.blog(locale)} className="underline underline-offset-4">
            {t.blog.title}
          </InternalLink>
        </p>
        <div data-needs-js>
          <SearchPanel locale={locale} labels={t.search} syncUrl />
        </div>
      </div>
    </PageShell>
  );
}
