import { notFound } from "next/navigation";
import { isLocale, publishedLocales, type Locale } from "@/lib/site";

/** The `[locale]` segment of a route, or a 404 for a language the site does not publish. */
export async function localeParam(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale) || !publishedLocales.includes(locale)) notFound();
  return locale;
}
