// The answers scripts/server.mjs sends without Next.js: every path the build knows (pages, feeds,
// images, public files, /_next/static) and the 404 answer of each language, with the final
// headers of the hosting manifest, an ETag and precompressed bodies, in .next/server-answers.json.
// Each answer is the one proxy.ts and Next.js give (lib/hosting/manifest.ts resolves it); what
// the table leaves out (RSC requests, pages rendered on request, /_next/ paths it does not
// list) still goes to Next.js.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { contentType } from "mime-types";
import type { ResponseHeaders } from "@/lib/hosting/headers";
import { compileManifest, type HostingManifest, type Resolution } from "@/lib/hosting/manifest";
import { maxPathLength, plainPath } from "@/lib/hosting/request-guard";
import { buildAssetPrefix, parsePath } from "@/lib/routes/paths";
import { locales } from "@/lib/site";
import { builtFile, filesUnder, type BuiltPath } from "./build-output";
import { internedList } from "./interned-list";

/** One encoding of a body: its file (relative to the project), size and, for 200s, ETag. */
export type Representation = {
  encoding: "br" | "gzip" | "identity";
  file: string;
  length: number;
  etag?: string;
};

export type Answer = {
  status: number;
  headers: ResponseHeaders;
  /** Best first; the identity one last. None for redirects. */
  bodies: Representation[];
};

export type ServerAnswers = {
  answers: Answer[];
  /** Each known path, as a client sends it (percent-encoded), → its answer. */
  paths: Record<string, number>;
  /** Answers of unknown plain paths by first segment (their language); "" for the others. */
  notFound: Record<string, number>;
  /** Unknown paths that Next.js answers (its own files, pages rendered on request): regexps. */
  toNext: string[];
  /** Paths answered from this table without the request guard of proxy.ts. */
  plainPath: { pattern: string; maxLength: number };
  /** Request headers that make Next.js answer differently (RSC payloads, prefetches). */
  toNextHeaders: string[];
};

/** What Next.js's answers of its app routes vary on (its setVaryHeader), kept on ours. */
const nextVaryHeaders = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
];

/** Types worth compressing: text, scripts, data and SVG (images and fonts are compressed already). */
const compressible = /^(text\/|application\/([a-z.+-]*\+)?(json|xml|javascript)\b|image\/svg\+xml)/;
/** Below this, the headers outweigh what compression saves. */
const compressFrom = 1024;

type Meta = { status?: number; headers?: Record<string, string> };

/**
 * Writes .next/server-answers.json and the compressed bodies in .next/precompressed/; returns
 * how many paths the server answers itself.
 */
export function writeServerAnswers(
  root: string,
  dist: string,
  built: BuiltPath[],
  manifest: HostingManifest,
): number {
  const { resolve, notFound } = compileManifest(manifest);
  const compressedDir = path.join(dist, "precompressed");
  rmSync(compressedDir, { recursive: true, force: true });
  mkdirSync(compressedDir, { recursive: true });
  const relative = (file: string) => path.relative(root, file);

  const { items: answers, indexOf: add } = internedList<Answer>();

  /** The bodies of `file`: compressed ones first when they are worth it. */
  function bodies(file: string, type: string, tagged: boolean): Representation[] {
    const tag = (data: Buffer | string) =>
      tagged
        ? { etag: `"${createHash("sha256").update(data).digest("base64url").slice(0, 27)}"` }
        : {};
    if (!compressible.test(type)) {
      // Images and fonts, most of the bytes of a build: tagged by size and time of writing, as
      // static servers do, rather than read (1.7 GB at 1,000 generated articles).
      const { size, mtimeMs } = statSync(file);
      return [
        { encoding: "identity", file: relative(file), length: size, ...tag(`${size}:${mtimeMs}`) },
      ];
    }
    const bytes = readFileSync(file);
    const identity: Representation = {
      encoding: "identity",
      file: relative(file),
      length: bytes.length,
      ...tag(bytes),
    };
    if (bytes.length < compressFrom) return [identity];
    // Measured on the article (88 KB): brotli 5 takes 3 ms for 15.4 KB, 11 takes 330 ms for 14.0 KB.
    const encoded = {
      br: brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 5,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }),
      // Level 6, zlib's default: a third faster than 9 on the article, 0.4 % larger.
      gzip: gzipSync(bytes, { level: 6 }),
    };
    const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 32);
    return [
      ...Object.entries(encoded)
        .filter(([, data]) => data.length < bytes.length * 0.9)
        .map(([encoding, data]): Representation => {
          const out = path.join(compressedDir, `${hash}.${encoding}`);
          writeFileSync(out, data);
          return {
            encoding: encoding as "br" | "gzip",
            file: relative(out),
            length: data.length,
            ...tag(data),
          };
        }),
      identity,
    ];
  }

  function answer(resolution: Resolution, source: Source | undefined): Answer | undefined {
    if (resolution.type === "redirect") {
      return {
        status: resolution.status,
        headers: { ...resolution.headers, Location: resolution.to },
        bodies: [],
      };
    }
    const page = resolution.type === "not-found" ? pageSource(resolution.page) : source;
    if (!page) return undefined;
    const status = resolution.type === "not-found" ? 404 : 200;
    const type = resolution.headers["Content-Type"] ?? page.type;
    const encoded = bodies(page.file, type, status === 200);
    const vary = [
      ...(page.app ? nextVaryHeaders : []),
      ...(encoded.length > 1 ? ["Accept-Encoding"] : []),
    ];
    return {
      status,
      headers: {
        ...resolution.headers,
        "Content-Type": type,
        ...(vary.length > 0 ? { Vary: vary.join(", ") } : {}),
      },
      bodies: encoded,
    };
  }

  type Source = { file: string; type: string; app: boolean };
  const appDir = path.join(dist, "server", "app");
  const readMeta = (file: string): Meta =>
    existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Meta) : {};

  /** A prerendered page, when Next.js answers it with its HTML and a 200. */
  function pageSource(route: string): Source | undefined {
    const file = path.join(
      appDir,
      builtFile({ path: route, page: true, kind: "html", from: "next" }),
    );
    const meta = readMeta(file.replace(/\.html$/, ".meta"));
    if (!existsSync(file) || (meta.status ?? 200) !== 200) return undefined;
    return { file, type: "text/html; charset=utf-8", app: true };
  }

  function source(entry: BuiltPath): Source | undefined {
    if (entry.page) return pageSource(entry.path);
    if (entry.from === "public") {
      return { file: path.join(root, "public", entry.path), type: typeOf(entry.path), app: false };
    }
    // A route handler's prerendered body, with the type it answered with.
    const file = path.join(appDir, `${entry.path}.body`);
    const meta = readMeta(path.join(appDir, `${entry.path}.meta`));
    if (!existsSync(file) || (meta.status ?? 200) !== 200) return undefined;
    return { file, type: meta.headers?.["content-type"] ?? typeOf(entry.path), app: true };
  }

  const known: [string, Resolution, Source | undefined][] = [
    ...built.map((entry): [string, Resolution, Source | undefined] => [
      entry.path,
      resolve(entry.path),
      source(entry),
    ]),
    ...filesUnder(path.join(dist, "static"), buildAssetPrefix.slice(0, -1)).map(
      (file): [string, Resolution, Source | undefined] => [
        file,
        resolve(file),
        {
          file: path.join(dist, "static", file.slice(buildAssetPrefix.length)),
          type: typeOf(file),
          app: false,
        },
      ],
    ),
    ...manifest.redirects.map(({ from }): [string, Resolution, undefined] => [
      from,
      resolve(from),
      undefined,
    ]),
  ];
  const paths: ServerAnswers["paths"] = {};
  const answeredByQuery: string[] = [];
  for (const [route, resolution, from] of known) {
    // The Mastodon share form's page answers by its query (proxy.ts sends the reader on).
    if (parsePath(route)?.kind === "share") {
      answeredByQuery.push(`^${route.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
      continue;
    }
    const result = answer(resolution, from);
    if (result) paths[new URL(route, "http://localhost").pathname] = add(result);
  }

  const notFoundAnswers: ServerAnswers["notFound"] = {};
  for (const [segment, sample] of [...locales.map((locale) => [locale, `/${locale}`]), ["", "/"]]) {
    const result = answer(notFound(sample ?? "/"), undefined);
    if (!result) throw new Error(`no prerendered 404 page for ${sample}`);
    notFoundAnswers[segment ?? ""] = add(result);
  }

  const table: ServerAnswers = {
    answers,
    paths,
    notFound: notFoundAnswers,
    toNext: ["^/_next/", ...manifest.onRequest, ...answeredByQuery],
    plainPath: { pattern: plainPath.source, maxLength: maxPathLength },
    toNextHeaders: nextVaryHeaders,
  };
  writeFileSync(path.join(dist, "server-answers.json"), JSON.stringify(table));
  return Object.keys(paths).length;
}

function typeOf(file: string): string {
  return contentType(path.basename(file)) || "application/octet-stream";
}
