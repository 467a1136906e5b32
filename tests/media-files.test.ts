import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ContentImage } from "@/lib/content";
import { writeMediaFiles } from "@/lib/media-files";

// public/media/ as scripts/media.ts writes it: every variant, and on a rebuild only what changed.
let project: string;
let image: ContentImage;

beforeEach(async () => {
  project = await mkdtemp(path.join(tmpdir(), "media-files-"));
  vi.spyOn(process, "cwd").mockReturnValue(project);
  const source = path.join(project, "photo.jpg");
  await sharp({ create: { width: 1000, height: 600, channels: 3, background: "#3a6ea5" } })
    .jpeg()
    .toFile(source);
  image = {
    reference: "images/photo.jpg",
    slug: "an-article",
    fileName: "photo.jpg",
    source,
    width: 1000,
    height: 600,
    format: "jpeg",
  };
});
afterEach(() => vi.restoreAllMocks());

const mediaDir = () => path.join(project, "public", "media", "an-article");

describe("writeMediaFiles", () => {
  it("writes the original and each variant at its width and in its format", async () => {
    const report = await writeMediaFiles([image], path.join(project, "public"));
    const names = (await readdir(mediaDir())).sort();
    expect(report).toEqual({ files: names.length, written: names.length, removed: 0 });
    expect(await readFile(path.join(mediaDir(), "photo.jpg"))).toEqual(
      await readFile(image.source),
    );
    for (const name of names.filter((name) => name !== "photo.jpg")) {
      const [, width, extension] = name.match(/\.(\d+)w\.(\w+)$/) ?? [];
      const metadata = await sharp(path.join(mediaDir(), name)).metadata();
      expect(metadata.width, name).toBe(Number(width));
      expect(metadata.format === "heif" ? "avif" : metadata.format, name).toBe(
        extension === "jpg" ? "jpeg" : extension,
      );
    }
  });

  it("rewrites nothing on a second run, and only a file that differs", async () => {
    const publicDir = path.join(project, "public");
    await writeMediaFiles([image], publicDir);
    const names = await readdir(mediaDir());
    const times = await Promise.all(names.map((name) => stat(path.join(mediaDir(), name))));
    const again = await writeMediaFiles([image], publicDir);
    expect(again.written).toBe(0);
    const timesAgain = await Promise.all(names.map((name) => stat(path.join(mediaDir(), name))));
    expect(timesAgain.map((t) => t.mtimeMs)).toEqual(times.map((t) => t.mtimeMs));

    const damaged = path.join(
      mediaDir(),
      names.find((name) => name.endsWith(".avif"))!,
    );
    const bytes = await readFile(damaged);
    // Replaced by other bytes (public/media/ is generated: a file is replaced, never edited).
    await rm(damaged);
    await writeFile(damaged, Buffer.alloc(bytes.length));
    expect((await writeMediaFiles([image], publicDir)).written).toBe(1);
    expect(await readFile(damaged)).toEqual(bytes);
  });

  it("links each file to its build cache entry, never to the article's own image", async () => {
    await writeMediaFiles([image], path.join(project, "public"));
    const cacheDir = path.join(project, ".next", "cache", "media");
    const cached = new Set(
      await Promise.all(
        (await readdir(cacheDir)).map(async (name) => (await stat(path.join(cacheDir, name))).ino),
      ),
    );
    for (const name of await readdir(mediaDir())) {
      expect(cached.has((await stat(path.join(mediaDir(), name))).ino), name).toBe(true);
    }
    const original = await stat(path.join(mediaDir(), "photo.jpg"));
    expect(original.ino).not.toBe((await stat(image.source)).ino);
  });

  it("removes the files of images that are gone, and their folders", async () => {
    const publicDir = path.join(project, "public");
    const gone = path.join(publicDir, "media", "removed-article");
    await mkdir(gone, { recursive: true });
    await writeFile(path.join(gone, "old.800w.avif"), "old");
    await writeFile(path.join(publicDir, "media", "stray.txt"), "");
    const report = await writeMediaFiles([image], publicDir);
    expect(report.removed).toBe(2);
    expect(await readdir(path.join(publicDir, "media"))).toEqual(["an-article"]);
  });
});
