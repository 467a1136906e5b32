import type { Metadata } from "next";
import { InternalLink } from "@/components/site/internal-link";
import { PageIntro } from "@/components/site/page-intro";
import { PageShell } from "@/components/site/page-shell";
import { getListedArticles } from "@/lib/content";
import { getDictionary } from "@/lib/i18n";
import { localeParam } from "@/lib/locale-param";
import { paths } from "@/lib/routes/paths";

// The site's 404 page, prerendered once per language. It is never shown at its own address:
// proxy.ts (next start) and the host's 404 handling (static export: out/404.html) serve it
// with status 404 for any unknown path, in the language of the path.
type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = getDictionary(await localeParam(params));
  return { title: t.notFound.title, robots: { index: false } };
}

export default async function NotFoundPage({ params }: Props) {
  const locale = await localeParam(params);
  const t = getDictionary(locale);
  const latest = (await getListedArticles(locale)).slice(0, 5);
  const link = "font-medium underline decoration-accent underline-offset-4";
  return (
    <PageShell location={{ locale, path: paths.home }}>
      <div className="mx-auto max-w-3xl px-5 py-12 sm:px-8 md:py-16">
        <PageIntro title={t.notFound.title}>{t.notFound.intro}</PageIntro>
        <p className="font-sans text-lg">
          <InternalLink href={paths.home(locale)} className={link}>
            {t.notFound.home}
          </InternalLink>
        </p>
        {latest.length > 0 ? (
          <section className="mt-12 border-t border-line pt-8" aria-labelledby="latest">
            <h2 id="latest" className="mb-5 text-2xl font-bold tracking-tight">
              {t.notFound.latest}
            </h2>
            <ul className="space-y-3 text-lg">
              {latest.map((article) => (
                <li
                  key={article.slug}
                  lang={article.locale === locale ? undefined : article.locale}
                >
                  <InternalLink href={paths.article(article.locale, article.slug)} className={link}>
                    {article.title}
                  </InternalLink>
                </li>
              ))}
            </ul>
            <p className="mt-6 font-sans">
              <InternalLink href={paths.blog(locale)} className={link}>
                {t.home.allArticles} →
              </InternalLink>
            </p>
          </section>
        ) : null}
      </div>
    </PageShell>
  );
}
