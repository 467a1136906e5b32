import { InternalLink } from "@/components/site/internal-link";
import { SearchDialog } from "@/components/search/search-dialog";
import { ThemeToggle } from "@/components/site/theme-toggle";
import { getDictionary } from "@/lib/i18n";
import { languageLinks, type PageLocation } from "@/lib/page-location";
import { site } from "@/lib/site";
import { paths } from "@/lib/routes/paths";

const navLink =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-3 hover:bg-line/60";

export function SiteHeader({ location }: { location: PageLocation }) {
  const { locale } = location;
  const t = getDictionary(locale);
  return (
    <header className="border-b border-line" data-print="hide">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-5 py-4 font-sans sm:px-8">
        <InternalLink
          href={paths.home(locale)}
          className="group flex items-baseline gap-2 rounded-sm"
        >
          <span className="font-serif text-2xl font-bold tracking-tight">{site.name}</span>
          <span className="text-sm text-muted group-hover:text-ink">{t.siteTagline}</span>
        </InternalLink>
        <nav aria-label={t.nav.main}>
          <ul className="flex items-center gap-1 text-[0.95rem]">
            <li>
              <InternalLink href={paths.blog(locale)} className={navLink}>
                {t.nav.blog}
              </InternalLink>
            </li>
            <li>
              <SearchDialog
                locale={locale}
                href={paths.search(locale)}
                labels={t.search}
                className={navLink}
              />
            </li>
            {languageLinks(location).map((link) => {
              const name = getDictionary(link.locale).languageName;
              return (
                <li key={link.locale}>
                  <InternalLink
                    href={link.href}
                    hrefLang={link.locale}
                    lang={link.locale}
                    className={navLink}
                  >
                    <span
                      aria-hidden="true"
                      className="mr-1.5 text-xs font-semibold uppercase text-muted"
                    >
                      {link.locale}
                    </span>
                    {name}
                  </InternalLink>
                </li>
              );
            })}
            <li>
              <ThemeToggle label={t.theme.toggle} className={navLink} />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
