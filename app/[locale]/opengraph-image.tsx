import { ImageResponse } from "next/og";
import { OgCard, ogSize } from "@/components/site/og-card";
import { getDictionary } from "@/lib/i18n";
import { localeParam } from "@/lib/locale-param";
import { ogFonts } from "@/lib/og/fonts";

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
  return new ImageResponse(<OgCard title={t.home.title} byline={t.home.intro} />, {
    ...ogSize,
    fonts: ogFonts(),
  });
}
