import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BlogIndex } from "@/components/article/blog-index";
import { getListedArticles } from "@/lib/content";
import { getDictionary } from "@/lib/i18n";
import { localeParam } from "@/lib/locale-param";
import { pageMetadata } from "@/lib/metadata";
import { paginate } from "@/lib/paginate";
import { publishedLocales } from "@/lib/site";
import { paths } from "@/lib/routes/paths";

type Props = { params: Promise<{ locale: string; page: string }> };

export const dynamicParams = false;

/**
 * Every page of the list. Page 1 is /<locale>/blog; /<locale>/blog/page/1 exists too (a static
 * export refuses a route with no page), unlinked, with /<locale>/blog as its canonical URL.
 */
export async function generateStaticParams() {
  const perLocale = await Promise.all(
    publishedLocales.map(async (locale) => {
      const { pageCount } = paginate(await getListedArticles(locale), 1);
      return Array.from({ length: pageCount }, (_, index) => ({
        locale,
        page: String(index + 1),
      }));
    }),
  );
  return perLocale.flat();
}

async function pageFor(params: Props["params"]) {
  const locale = await localeParam(params);
  const number = Number((await params).page);
  const page = paginate(await getListedArticles(locale), number);
  if (!Number.isInteger(number) || number < 1 || number > page.pageCount) notFound();
  return { locale, page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await pageFor(params);
  const t = getDictionary(locale);
  return {
    ...pageMetadata({
      locale,
      title: t.blog.pageTitle(page.page),
      description: t.blog.intro,
      path: (pathLocale) => paths.blog(pathLocale, page.page),
    }),
    // Only the first page is indexed; the others are for readers browsing back in time.
    robots: { index: false, follow: true },
  };
}

export default async function BlogPage({ params }: Props) {
  const { locale, page } = await pageFor(params);
  return <BlogIndex locale={locale} page={page} />;
}
