import { access, copyFile, mkdir, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parseDocument } from "yaml";
import { deadPathReason, type SiteIndex } from "@/lib/content/site-paths";
import { toSlug } from "@/lib/body/slug";
import { paths } from "@/lib/routes/paths";
import { rewriteBody, type RewrittenBody } from "./body";
import { readCatalogue } from "./detect";
import { mapFrontmatter, type ArticleFields } from "./frontmatter";
import { mdxSyntaxError } from "./mdx-check";
import {
  addToYamlMap,
  articleText,
  existingArticle,
  writeArticle,
  writeIfChanged,
  yamlText,
  type ArticleOutput,
} from "./output";
import type { Catalogue, ImportProblem, Notice, Rewrite, SourceAuthor, SourcePost } from "./types";
import { changedLink, newPathOf, postKey, type NewSite } from "./urls";

// `npm run content:import`: reads a catalogue, plans every article, then writes what it may.

export type ImportOptions = { source: string; out: string; force: boolean };

export type ImportReport = {
  format: Catalogue["format"];
  imported: { file: string; output: string; unchanged: boolean }[];
  skipped: ImportProblem[];
  rewrites: Rewrite[];
  notices: Notice[];
  authorsWritten: string[];
  inventedAuthors: string[];
  categoriesAdded: string[];
  inventedCategories: string[];
  redirectsAdded: number;
  redirectsKnown: number;
  droppedFields: Map<string, number>;
  /** Files of the imported posts' images/ folders that no post uses: not copied. */
  imagesLeft: string[];
};

type Planned = { post: SourcePost; fields: ArticleFields; folder: string; rewrites: Rewrite[] };
type Ready = Planned & { output: ArticleOutput; rewrites: Rewrite[]; notices: Notice[] };

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export async function importCatalogue(options: ImportOptions): Promise<ImportReport> {
  const catalogue = await readCatalogue(options.source);
  const skipped: ImportProblem[] = [...catalogue.problems];
  const droppedFields = new Map<string, number>();

  // 1. Fields: a post whose frontmatter cannot be mapped is skipped before any link is resolved.
  let planned: Planned[] = [];
  for (const post of catalogue.posts) {
    const folder = slugPattern.test(post.key) ? post.key : toSlug(post.key);
    const mapped = mapFrontmatter(post, folder);
    if ("skip" in mapped) {
      skipped.push({ file: post.file, ...mapped.skip });
      continue;
    }
    for (const key of mapped.dropped) droppedFields.set(key, (droppedFields.get(key) ?? 0) + 1);
    planned.push({ post, fields: mapped.fields, folder, rewrites: mapped.rewrites });
  }

  // 2. Bodies, against the set of posts that make it; a post skipped here removes its pages,
  // so the bodies are done again until no link points at a skipped post.
  const existingAuthors = await authorIds(options.out);
  let ready: Ready[] = [];
  for (;;) {
    const blog = newSite(planned, existingAuthors);
    const index = siteIndex(blog, planned);
    const round: Ready[] = [];
    const failed: ImportProblem[] = [];
    for (const plan of planned) {
      const result = await prepareArticle(plan, (href) =>
        changedLink(href, catalogue.oldPaths, blog, index),
      );
      if ("skip" in result) failed.push(result.skip);
      else round.push(result);
    }
    ready = round;
    if (failed.length === 0) break;
    skipped.push(...failed);
    const gone = new Set(failed.map((problem) => problem.file));
    planned = planned.filter((plan) => !gone.has(plan.post.file));
  }

  // 3. Writing: articles (never over a different one without --force), authors, categories, redirects.
  const imported: ImportReport["imported"] = [];
  const written: Ready[] = [];
  for (const article of ready) {
    const existing = await existingArticle(options.out, article.output);
    if (existing === "different" && !options.force) {
      skipped.push({
        file: article.post.file,
        message: `${article.output.file} already exists and differs: pass --force to replace it`,
      });
      continue;
    }
    if (existing !== "same") await writeArticle(options.out, article.output);
    imported.push({
      file: article.post.file,
      output: article.output.file,
      unchanged: existing === "same",
    });
    written.push(article);
  }
  const authors = await writeAuthors(options, catalogue.authors, written, existingAuthors);
  const categories = await writeCategories(options.out, catalogue, written);
  const redirects = await writeRedirects(options.out, catalogue, written, existingAuthors);
  return {
    format: catalogue.format,
    imported,
    skipped,
    rewrites: written.flatMap((article) => [...article.rewrites].sort((a, b) => a.line - b.line)),
    notices: [...catalogue.notices, ...written.flatMap((article) => article.notices)],
    authorsWritten: authors.written,
    inventedAuthors: authors.invented,
    categoriesAdded: categories.added,
    inventedCategories: categories.invented,
    redirectsAdded: redirects.added,
    redirectsKnown: redirects.known,
    droppedFields,
    imagesLeft: await imagesLeftBehind(written),
  };
}

/** The files of each written post's images/ that no written post copies, source-relative. */
async function imagesLeftBehind(written: Ready[]): Promise<string[]> {
  const copied = new Set(
    written.flatMap((article) => article.output.images.map(({ from }) => from)),
  );
  const folders = new Map(written.map(({ post }) => [post.dir, path.posix.dirname(post.file)]));
  const left: string[] = [];
  for (const [dir, relative] of folders) {
    const names = await readdir(path.join(dir, "images")).catch(() => [] as string[]);
    for (const name of names.sort()) {
      if (!copied.has(path.join(dir, "images", name)))
        left.push(path.posix.join(relative, "images", name));
    }
  }
  return left.sort();
}

function newSite(planned: Planned[], existingAuthors: Set<string>): NewSite {
  const posts = new Map<string, string>();
  const markdownCopies = new Map<string, string>();
  for (const { post, fields, folder } of planned) {
    posts.set(postKey(post.key, post.locale), `/${post.locale}/blog/${fields.slug ?? folder}`);
    markdownCopies.set(
      postKey(post.key, post.locale),
      paths.markdownCopy(post.locale, fields.slug ?? folder),
    );
  }
  const categories = new Set(planned.flatMap(({ fields }) => fields.categories));
  const authors = new Set([
    ...existingAuthors,
    ...planned.flatMap(({ fields }) => fields.authors ?? []),
  ]);
  return { posts, markdownCopies, categories, authors };
}

function siteIndex(blog: NewSite, planned: Planned[]): SiteIndex {
  const articles = new Map(
    planned.map(({ post, fields, folder }) => [
      `${post.locale}/${fields.slug ?? folder}`,
      "published" as const,
    ]),
  );
  return { articles, categories: blog.categories, authors: blog.authors };
}

async function prepareArticle(
  plan: Planned,
  changeLink: (href: string) => ReturnType<typeof changedLink>,
): Promise<Ready | { skip: ImportProblem }> {
  const { post, fields, folder } = plan;
  const skip = (line: number | undefined, message: string) => ({
    skip: { file: post.file, line, message },
  });
  let body: RewrittenBody;
  try {
    body = rewriteBody({
      file: post.file,
      format: post.format,
      body: post.body,
      bodyLine: post.bodyLine,
      changeLink,
    });
  } catch (error) {
    const problem = mdxSyntaxError(post.body, post.bodyLine, post.file);
    return skip(problem?.line, problem?.message ?? String(error));
  }
  let format = post.format;
  let text = body.body;
  const rewrites = [...plan.rewrites, ...body.rewrites];
  if (body.needsMdx && format === "md") {
    const error = mdxSyntaxError(text, post.bodyLine, post.file);
    const component = rewrites.find(
      (rewrite) => rewrite.kind === "video" || rewrite.kind === "post-embed",
    );
    if (error) {
      return skip(
        body.sourceLine(error.line),
        `needs a component (line ${component?.line}) so must become .mdx, but does not parse as MDX: ${error.message}`,
      );
    }
    format = "mdx";
    rewrites.push({
      file: post.file,
      line: component?.line ?? post.bodyLine,
      kind: "mdx",
      from: `${post.locale}.md`,
      to: `${post.locale}.mdx`,
    });
    // Now MDX, its raw figures become <Figure> as in any .mdx post.
    const again = rewriteBody({
      file: post.file,
      format: "mdx",
      body: text,
      bodyLine: post.bodyLine,
      changeLink: () => undefined,
    });
    text = again.body;
    rewrites.push(
      ...again.rewrites.map((rewrite) => ({ ...rewrite, line: body.sourceLine(rewrite.line) })),
    );
  }
  const references = [
    { reference: fields.heroImage, line: post.positionOf(["heroImage"]).line },
    ...body.images,
  ];
  const images: ArticleOutput["images"] = [];
  for (const { reference, line } of references) {
    const name = reference.slice("images/".length);
    const from = path.join(post.dir, "images", name);
    const names = await readdir(path.dirname(from)).catch(() => [] as string[]);
    const imagesDir = `${path.posix.dirname(post.file)}/images/`;
    if (!/^images\/[^/\\]+$/.test(reference)) {
      return skip(
        line,
        `image "${reference}" is not a file of ${imagesDir}: save it there and write images/<file>`,
      );
    }
    if (!names.includes(name)) return skip(line, `image "${reference}" not found in ${imagesDir}`);
    const to = path.posix.join("content", "blog", folder, reference);
    if (!images.some((image) => image.to === to)) images.push({ from, to });
  }
  images.sort((a, b) => a.to.localeCompare(b.to));
  const output = {
    file: path.posix.join("content", "blog", folder, `${post.locale}.${format}`),
    text: articleText(fields, text),
    images,
  };
  return { ...plan, output, rewrites, notices: body.notices };
}

async function authorIds(out: string): Promise<Set<string>> {
  const names = await readdir(path.join(out, "content", "authors")).catch(() => [] as string[]);
  return new Set(
    names.filter((name) => /\.ya?ml$/.test(name)).map((name) => name.replace(/\.ya?ml$/, "")),
  );
}

/** Profiles of the posts' authors; one with no profile in the source is named after its id. */
async function writeAuthors(
  options: ImportOptions,
  people: Map<string, SourceAuthor>,
  written: Ready[],
  existing: Set<string>,
) {
  const ids = [...new Set(written.flatMap(({ fields }) => fields.authors ?? []))].sort();
  const result = { written: [] as string[], invented: [] as string[] };
  for (const id of ids) {
    if (existing.has(id) && !options.force) continue;
    const person = people.get(id);
    if (!person && existing.has(id)) continue;
    if (!person) result.invented.push(id);
    const dir = path.join(options.out, "content", "authors");
    let avatar: string | undefined;
    const extension = person?.picture ? path.extname(person.picture).toLowerCase() : "";
    if (
      person?.picture &&
      /^\.(jpe?g|png|webp|avif)$/.test(extension) &&
      (await exists(person.picture))
    ) {
      avatar = `${id}${extension}`;
      await mkdir(dir, { recursive: true });
      await copyFile(person.picture, path.join(dir, avatar));
    }
    const data = {
      name:
        person?.name ??
        id
          .split("-")
          .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
          .join(" "),
      ...(person?.role ? { role: person.role } : {}),
      ...(person?.bio ? { bio: person.bio } : {}),
      ...(avatar ? { avatar } : {}),
      links: person?.links ?? [],
    };
    if (await writeIfChanged(path.join(dir, `${id}.yml`), yamlText(data))) result.written.push(id);
  }
  return result;
}

const categoriesHeader = "# Category id → its label in each language.";
const redirectsHeader = "# Old URL path → new URL path, served as permanent redirects.";

async function writeCategories(out: string, catalogue: Catalogue, written: Ready[]) {
  const ids = [...new Set(written.flatMap(({ fields }) => fields.categories))].sort();
  const file = path.join(out, "content", "categories.yml");
  const known = parseDocument(
    (await readFile(file, "utf8").catch(() => "")) || "{}",
  ).toJS() as Record<string, unknown> | null;
  const invented: string[] = [];
  const entries: [string, unknown][] = [];
  for (const id of ids) {
    if (known && id in known) continue;
    const labels = catalogue.categoryLabels.get(id) ?? {};
    const made = id.charAt(0).toUpperCase() + id.slice(1).replaceAll("-", " ");
    if (!labels.fr || !labels.en) invented.push(id);
    entries.push([id, { fr: labels.fr ?? made, en: labels.en ?? made }]);
  }
  const added = entries.length > 0 ? await addToYamlMap(file, entries, categoriesHeader) : [];
  return { added, invented: invented.filter((id) => added.includes(id)) };
}

async function writeRedirects(
  out: string,
  catalogue: Catalogue,
  written: Ready[],
  existingAuthors: Set<string>,
) {
  const blog = newSite(written, existingAuthors);
  const index = siteIndex(blog, written);
  const entries: [string, unknown][] = [];
  for (const [from, target] of [...catalogue.oldPaths].sort(([a], [b]) => a.localeCompare(b))) {
    const to = newPathOf(target, blog);
    if (!to || to === from) continue;
    // An old address that is also a page of the blog stays the page.
    if (deadPathReason(from, index, true) === undefined) continue;
    entries.push([from, to]);
  }
  const file = path.join(out, "content", "redirects.yml");
  const added = entries.length > 0 ? await addToYamlMap(file, entries, redirectsHeader) : [];
  return { added: added.length, known: entries.length };
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
