import { site, type Locale } from "@/lib/site";

const formatters = new Map<Locale, Intl.DateTimeFormat>();

/**
 * Formats a calendar date (`YYYY-MM-DD`) for readers, e.g. "19 octobre 2020".
 * Noon UTC keeps the day the same in Europe/Paris whatever the server's time zone.
 */
export function formatDate(isoDate: string, locale: Locale): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: site.timeZone });
    formatters.set(locale, formatter);
  }
  return formatter.format(new Date(`${isoDate}T12:00:00Z`));
}

// Made once: each new Intl.DateTimeFormat costs about 250 µs and native (ICU) memory that the
// garbage collector does not see, and the publication rule asks for today once per article
// per query (docs/benchmarks.md, "Build scaling").
const dayFormatter = new Intl.DateTimeFormat("en-CA", { timeZone: site.timeZone });

/** Today's date in the site's time zone, `YYYY-MM-DD`: the day scheduled articles go live. */
export function isoToday(now = new Date()): string {
  return dayFormatter.format(now);
}
