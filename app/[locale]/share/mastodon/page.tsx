import type { Metadata } from "next";
import { MastodonShareLink } from "@/components/fediverse/mastodon-share-link";
import { InternalLink } from "@/components/site/internal-link";
import { PageIntro } from "@/components/site/page-intro";
import { PageShell } from "@/components/site/page-shell";
import { getDictionary } from "@/lib/i18n";
import { localeParam } from "@/lib/locale-param";
import { pageMetadata } from "@/lib/metadata";
import { paths } from "@/lib/routes/paths";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = getDictionary(locale).fediverse.sharePage;
  return {
    ...pageMetadata({
      locale,
      title: t.title,
      description: t.description,
      path: paths.mastodonShare,
    }),
    robots: { index: false, follow: true },
  };
}

/** Where the Mastodon share form leads (components/fediverse/mastodon-share.tsx). */
export default async function MastodonSharePage({ params }: Props) {
  const locale = await localeParam(params);
  const t = getDictionary(locale);
  return (
    <PageShell location={{ locale, path: paths.mastodonShare }}>
      <div className="mx-auto max-w-3xl px-5 py-12 font-sans sm:px-8 md:py-16">
        <PageIntro title={t.fediverse.sharePage.title} />
        <p data-without-js>
          {t.fediverse.sharePage.needsJs}{" "}
          <InternalLink href={paths.blog(locale)} className="underline underline-offset-4">
            {t.blog.title}
          </InternalLink>
        </p>
        <div data-needs-js>
          <MastodonShareLink labels={t.fediverse.sharePage} />
        </div>
      </div>
    </PageShell>
  );
}
