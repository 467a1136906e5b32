import type { Metadata } from "next";
import { BlogIndex } from "@/components/article/blog-index";
import { getListedArticles } from "@/lib/content";
import { getDictionary } from "@/lib/i18n";
import { localeParam } from "@/lib/locale-param";
import { pageMetadata } from "@/lib/metadata";
import { paginate } from "@/lib/paginate";
import { paths } from "@/lib/routes/paths";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = getDictionary(locale);
  return pageMetadata({ locale, title: t.blog.title, description: t.blog.intro, path: paths.blog });
}

export default async function BlogIndexPage({ params }: Props) {
  const locale = await localeParam(params);
  return <BlogIndex locale={locale} page={paginate(await getListedArticles(locale), 1)} />;
}
