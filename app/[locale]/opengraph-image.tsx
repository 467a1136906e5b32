import { OgCard } from "@/components/site/og-card";
import { getDictionary } from "@/lib/i18n";
import { localeParam } from "@/lib/locale-param";
import { renderPreviewImage } from "@/lib/og/render";
import { ogSize } from "@/lib/og/size";

export { generateStaticParams } from "./layout";
export const size = ogSize;
export const contentType = "image/png";

/** The preview of every page that is not an article. */
export default async function SitePreviewImage({
  params,
}: {
  params: Promise<{ locale: string }>;
}) {
  const t = getDictionary(await localeParam(params));
  return renderPreviewImage(<OgCard title={t.home.title} byline={t.home.intro} />);
}
