// Build time and peak memory (resident memory of the whole process tree, sampled every 500 ms
// from /proc) of `npm run build` for N articles generated from the real article into a
// scratch copy of the project. content/ itself is never written.
import { execSync, spawn } from "node:child_process";
import { link, mkdir, readFile, readdir, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { env, root, scratchDir } from "./common.mjs";

const realSlug = "comment-se-faire-un-reseau-pour-trouver-un-premier-stage";
const topics = [
  "stage",
  "alternance",
  "premier emploi",
  "reconversion",
  "réseau",
  "entretien",
  "candidature",
  "meetup",
  "startup",
  "freelance",
];
const places = [
  "Rouen",
  "Lyon",
  "Nantes",
  "Lille",
  "Bordeaux",
  "Metz",
  "Nancy",
  "Rennes",
  "Dijon",
  "Brest",
];

/**
 * Copies the committed project (HEAD, so that editing the work tree during a run changes
 * nothing) without content/blog and the lockfile (see floor.mjs).
 */
export async function copyProject(dir) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  execSync(`git archive --format=tar HEAD | tar -x -C "${dir}"`, { cwd: root });
  for (const skipped of ["content/blog", "package-lock.json", "bench"]) {
    await rm(path.join(dir, skipped), { recursive: true, force: true });
  }
  // lib/fonts.ts names its files by a relative path into node_modules.
  await symlink(path.join(root, "node_modules"), path.join(dir, "node_modules"));
}

/** Writes `count` articles: the real body, a varied title, slug and date, the same images. */
export async function generateArticles(dir, count) {
  const source = path.join(root, "content/blog", realSlug);
  const text = await readFile(path.join(source, "fr.mdx"), "utf8");
  const images = (await readdir(path.join(source, "images"))).filter(
    (name) => name !== "CREDITS.md",
  );
  for (let index = 1; index <= count; index += 1) {
    const topic = topics[index % topics.length];
    const place = places[Math.floor(index / topics.length) % places.length];
    const title = `${topic[0].toUpperCase()}${topic.slice(1)} à ${place} : se faire un réseau, épisode ${index}`;
    // The first keeps the real slug, which content/redirects.yml points to.
    const slug =
      index === 1
        ? realSlug
        : `${topic
            .normalize("NFD")
            .replace(/[^a-z ]/g, "")
            .replace(/ /g, "-")}-${place.toLowerCase()}-${index}`;
    // One a day, going back from 2020: every one published, however many (forward from 2020,
    // the articles past today's date were scheduled, and no page was built for them).
    const day = new Date(Date.UTC(2020, 0, 1) - index * 86_400_000).toISOString().slice(0, 10);
    const article = text
      .replace(/^title: .*$/m, `title: '${title.replace(/'/g, "''")}'`)
      .replace(/^date: .*$/m, `date: ${day}`);
    const articleDir = path.join(dir, "content/blog", slug);
    await mkdir(path.join(articleDir, "images"), { recursive: true });
    await writeFile(path.join(articleDir, "fr.mdx"), article);
    // Hard links: the same bytes, as when authors reuse a picture; see docs/benchmarks.md.
    for (const name of images)
      await link(path.join(source, "images", name), path.join(articleDir, "images", name));
  }
}

/** The resident memory, in bytes, of `pid` and all its descendants. */
export async function treeRss(pid) {
  const parents = new Map();
  const rss = new Map();
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parents.set(Number(entry), Number(fields[1]));
      rss.set(Number(entry), Number(fields[21]) * 4096);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  for (const [candidate, bytes] of rss) {
    for (let at = candidate; at > 1; at = parents.get(at) ?? 0) {
      if (at === pid) {
        total += bytes;
        break;
      }
    }
  }
  return total;
}

/**
 * The steps of `npm run build`, each with what it prints when it is done (every one of them,
 * for a step of several scripts run side by side).
 */
const steps = [
  ["content check", "content:check:"],
  // Side by side (run-p in package.json); the name kept from before the page bodies joined.
  ["media and previews", "media:", "markdown copies:", "preview images:", "page bodies:"],
  ["compile", "Compiled successfully"],
  ["types", "types: no error"],
  ["pages", "✓ Generating static pages"],
  ["search", "search index:"],
  ["hosting files", "hosting files:"],
];

/** Runs `npm run build` in `dir`; returns seconds, peak bytes, its output and each step's seconds. */
async function timedBuild(dir, count) {
  const started = performance.now();
  // --silent: without the script line npm would print first, which holds some of the markers.
  const child = spawn("npm", ["run", "--silent", "build"], {
    cwd: dir,
    env: { ...env, PATH: `${path.join(root, "node_modules/.bin")}:${env.PATH}` },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const doneAt = {};
  const record = (chunk) => {
    output += chunk;
    for (const [name, ...markers] of steps) {
      if (!(name in doneAt) && markers.every((marker) => output.includes(marker))) {
        doneAt[name] = performance.now();
      }
    }
  };
  child.stdout.on("data", record);
  child.stderr.on("data", record);
  let peak = 0;
  // And each step's own peak, to tell which one sets it.
  const stepPeaks = {};
  const sampler = setInterval(async () => {
    const rss = await treeRss(child.pid);
    peak = Math.max(peak, rss);
    const [step] = steps.find(([name]) => !(name in doneAt)) ?? ["after the last step"];
    stepPeaks[step] = Math.max(stepPeaks[step] ?? 0, rss);
  }, 500);
  const code = await new Promise((resolve) => child.on("exit", resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`build of ${count} articles failed:\n${output.slice(-3000)}`);
  let previous = started;
  const stepSeconds = steps.map(([name]) => {
    const end = doneAt[name] ?? previous;
    const step = [name, (end - previous) / 1000];
    previous = end;
    return step;
  });
  const gib = (bytes) => Math.round((bytes / 2 ** 30) * 100) / 100;
  return {
    seconds,
    peakBytes: peak,
    output,
    steps: Object.fromEntries(stepSeconds),
    stepPeaksGiB: Object.fromEntries(Object.entries(stepPeaks).map(([name, b]) => [name, gib(b)])),
  };
}

/**
 * Builds `count` generated articles; returns seconds, peak bytes, pages built and the seconds
 * of each step (from when each one's closing line appeared). With `rebuild`, then edits one
 * article's body and builds again in the same folder, as an author would: `rebuild` holds that
 * second build's figures, with the caches of the first (.next/cache) in place.
 */
export async function measureBuild(count, { rebuild = false } = {}) {
  const dir = path.join(scratchDir, `scale-${count}`);
  await copyProject(dir);
  await generateArticles(dir, count);
  const first = await timedBuild(dir, count);
  const pages = /Generating static pages[^\n]*\((\d+)\/(\d+)\)/.exec(
    first.output
      .replaceAll("\r", "\n")
      .split("\n")
      .filter((l) => l.includes("Generating static pages"))
      .at(-1) ?? "",
  );
  // Each article has its page: fewer pages than articles means some were not published.
  if (pages && Number(pages[2]) < count) {
    throw new Error(`${count} articles generated, only ${pages[2]} pages built`);
  }
  let second;
  if (rebuild) {
    const edited = path.join(dir, "content/blog", realSlug, "fr.mdx");
    await writeFile(edited, `${await readFile(edited, "utf8")}\nUne phrase ajoutée.\n`);
    const build = await timedBuild(dir, count);
    second = { seconds: build.seconds, peakBytes: build.peakBytes, steps: build.steps };
  }
  // BENCH_KEEP=1 leaves the built project in place, to profile one step of it again.
  if (!process.env.BENCH_KEEP) await rm(dir, { recursive: true, force: true });
  return {
    count,
    seconds: first.seconds,
    peakBytes: first.peakBytes,
    staticPages: pages ? Number(pages[2]) : undefined,
    steps: first.steps,
    stepPeaksGiB: first.stepPeaksGiB,
    ...(second ? { rebuild: second } : {}),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const rebuild = args.includes("--rebuild");
  for (const count of args.filter((arg) => arg !== "--rebuild").map(Number))
    console.log(await measureBuild(count, { rebuild }));
}
