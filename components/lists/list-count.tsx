import { getDictionary } from "@/lib/i18n";
import type { Locale } from "@/lib/site";

/** How many articles a list holds, whatever page of it is shown. */
export function ListCount({ locale, count }: { locale: Locale; count: number }) {
  return (
    <p className="mb-8 font-sans text-sm font-semibold tracking-wide text-muted uppercase">
      {getDictionary(locale).lists.count(count)}
    </p>
  );
}
