import type { Metadata } from "next";
import type { ReactNode } from "react";
import "../globals.css";
import { HydrationSignal } from "@/components/site/hydration-signal";
import { SiteFooter } from "@/components/site/site-footer";
import { earlyTapsScript } from "@/lib/early-taps";
import { serif, serifItalic } from "@/lib/fonts";
import { getDictionary } from "@/lib/i18n";
import { localeParam } from "@/lib/locale-param";
import { previewMetadata } from "@/lib/preview";
import { publishedLocales, site } from "@/lib/site";
import { themeScript } from "@/lib/theme-script";

export const dynamicParams = false;

export function generateStaticParams() {
  return publishedLocales.map((locale) => ({ locale }));
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = getDictionary(locale);
  return {
    metadataBase: new URL(site.url),
    title: { default: `${t.home.title} — ${site.name}`, template: `%s — ${site.name}` },
    description: t.siteDescription,
    applicationName: site.name,
    ...previewMetadata(),
  };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = await localeParam(params);
  const t = getDictionary(locale);
  return (
    // The theme script sets data-theme and data-js on <html> before React hydrates it.
    <html
      lang={t.htmlLang}
      className={`${serif.variable} ${serifItalic.variable}`}
      suppressHydrationWarning
    >
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="flex min-h-dvh flex-col">
        <script dangerouslySetInnerHTML={{ __html: earlyTapsScript }} />
        <a
          href="#main"
          className="sr-only z-10 rounded-md bg-ink px-4 py-2 font-sans text-paper focus:not-sr-only focus:absolute focus:top-3 focus:left-3"
        >
          {t.skipToContent}
        </a>
        {children}
        <SiteFooter locale={locale} />
        <HydrationSignal />
      </body>
    </html>
  );
}
