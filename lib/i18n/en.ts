import type { Dictionary } from "./fr";

// English interface strings, with the same keys as fr.ts.
export const en: Dictionary = {
  htmlLang: "en",
  languageName: "English",
  languageSwitch: "Language",
  inLanguage: { fr: "In French", en: "In English" },
  siteTagline: "The blog",
  siteDescription: "BearStudio’s blog: web development, product, entrepreneurship and studio life.",
  nav: { home: "Home", blog: "Blog", main: "Main navigation" },
  skipToContent: "Skip to content",
  home: {
    title: "The blog",
    intro: "What we learn while designing web products, written by the studio’s team.",
    latest: "Latest articles",
    allArticles: "All articles",
  },
  blog: {
    title: "All articles",
    intro: "Every article on the blog, newest first.",
    empty: "No article is published yet. Come back soon!",
    pageTitle: (page: number) => `All articles, page ${page}`,
  },
  pagination: {
    label: "Article pages",
    previous: "Newer",
    next: "Older",
    page: (page: number) => `Page ${page}`,
  },
  article: {
    readingTime: (minutes: number) => `${minutes} min read`,
    by: "By",
    publishedOn: "Published on",
    categories: "Categories",
    backToBlog: "All articles",
  },
  author: {
    articles: "Articles",
    description: (name: string) => `Articles by ${name} on BearStudio’s blog.`,
    empty: (name: string) => `${name} has not published an article here yet.`,
  },
  category: {
    description: (label: string) => `Articles in ${label}, newest first.`,
    empty: "No article in this category yet.",
  },
  feeds: {
    rss: "BearStudio’s blog (RSS)",
    atom: "BearStudio’s blog (Atom)",
    json: "BearStudio’s blog (JSON Feed)",
    title: "BearStudio’s blog",
    label: "Feeds",
  },
  notFound: {
    title: "Page not found",
    intro: "This address leads to no page of the blog: it may have changed, or hold a typo.",
    home: "Back to the home page",
    latest: "Latest articles",
  },
  callout: { info: "Note", tip: "Tip", warning: "Warning", danger: "Danger" },
  footer: {
    studio: "The studio’s website",
    rights: "All rights reserved.",
  },
};
