import { paths } from "@/lib/urls";
import Link from "next/link";
import { getDictionary } from "@/lib/i18n";
import { site, type Locale } from "@/lib/site";

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = getDictionary(locale);
  return (
    <header className="border-b border-line">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-5 py-4 font-sans sm:px-8">
        <Link href={paths.home(locale)} className="group flex items-baseline gap-2 rounded-sm">
          <span className="font-serif text-2xl font-bold tracking-tight">{site.name}</span>
          <span className="text-sm text-muted group-hover:text-ink">{t.siteTagline}</span>
        </Link>
        <nav aria-label={t.nav.main}>
          <ul className="flex items-center gap-1 text-[0.95rem]">
            <li>
              <Link
                href={paths.blog(locale)}
                className="inline-flex min-h-11 items-center rounded-md px-3 hover:bg-line/60"
              >
                {t.nav.blog}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
