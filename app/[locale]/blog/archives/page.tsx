import type { Metadata } from "next";
import { Archives } from "@/components/lists/archives";
import { getArchives } from "@/lib/content";
import { getDictionary } from "@/lib/i18n";
import { localeParam } from "@/lib/locale-param";
import { pageMetadata } from "@/lib/metadata";
import { paths } from "@/lib/routes/paths";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = getDictionary(locale).lists;
  return pageMetadata({
    locale,
    title: t.archives,
    description: t.archivesIntro,
    path: paths.archives,
  });
}

export default async function ArchivesPage({ params }: Props) {
  const locale = await localeParam(params);
  return <Archives locale={locale} years={await getArchives(locale)} />;
}
