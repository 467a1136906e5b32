import { InternalLink } from "@/components/site/internal-link";
import { getDictionary } from "@/lib/i18n";
import { paths } from "@/lib/routes/paths";
import { site, type Locale } from "@/lib/site";

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = getDictionary(locale);
  return (
    <footer className="mt-24 border-t border-line">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-5 py-10 font-sans text-sm text-muted sm:flex-row sm:items-center sm:justify-between sm:px-8">
        <p>
          © {site.name}. {t.footer.rights}
        </p>
        <InternalLink
          href={paths.feeds(locale)}
          className="underline decoration-line underline-offset-4 hover:text-ink"
        >
          {t.topicFeeds.footer}
        </InternalLink>
        <a
          href={site.parentUrl}
          className="underline decoration-line underline-offset-4 hover:text-ink"
        >
          {t.footer.studio}
        </a>
      </div>
    </footer>
  );
}
