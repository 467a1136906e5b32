import { execFileSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

// Search on a static host: the prerendered pages and bundles laid out as a static export
// (out/), indexed by scripts/search-index.ts in its export mode (NEXT_OUTPUT=export), served by
// a plain file server with no Next.js behind it.

const root = path.join(import.meta.dirname, "..");
const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".woff2": "font/woff2",
};

async function exportLike(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "blog-static-"));
  const app = path.join(root, ".next/server/app");
  for (const entry of await readdir(app, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const from = path.join(entry.parentPath, entry.name);
    const to = path.join(dir, "out", path.relative(app, from));
    await mkdir(path.dirname(to), { recursive: true });
    await cp(from, to);
  }
  await cp(path.join(root, ".next/static"), path.join(dir, "out/_next/static"), {
    recursive: true,
  });
  execFileSync(
    path.join(root, "node_modules/.bin/tsx"),
    ["--tsconfig", path.join(root, "tsconfig.json"), path.join(root, "scripts/search-index.ts")],
    { cwd: dir, env: { ...process.env, NEXT_OUTPUT: "export" }, stdio: "pipe" },
  );
  return path.join(dir, "out");
}

function serve(dir: string, port: number): Promise<Server> {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    for (const candidate of [pathname, `${pathname}.html`, `${pathname}/index.html`]) {
      const file = path.join(dir, path.normalize(candidate));
      if (!file.startsWith(dir)) break;
      const body = await readFile(file).catch(() => undefined);
      if (!body) continue;
      response.writeHead(200, {
        "content-type": types[path.extname(file)] ?? "application/octet-stream",
      });
      response.end(body);
      return;
    }
    response.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(port, () => resolve(server)));
}

test("search works from the static export's files alone", async ({ page }, testInfo) => {
  const out = await exportLike();
  const served = await readdir(path.join(out, "pagefind"));
  expect(served).toContain("pagefind.js");
  const port = testInfo.project.name === "phone" ? 3442 : 3443;
  const server = await serve(out, port);
  const otherHosts: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).hostname !== "localhost") otherHosts.push(request.url());
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  try {
    await page.goto(`http://localhost:${port}/fr/search?q=stage`);
    const result = page.locator("main ol li").first();
    await expect(result.getByRole("link")).toHaveAttribute(
      "href",
      "/fr/blog/comment-se-faire-un-reseau-pour-trouver-un-premier-stage",
    );
    await expect(result).toContainText("19 octobre 2020");
    await page.locator("h1").click();
    await page.keyboard.press("/");
    await page.getByRole("dialog").getByRole("searchbox").fill("réseau");
    await expect(page.getByRole("dialog").locator("ol li")).toHaveCount(1);
    expect(otherHosts).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    server.close();
    await rm(path.dirname(out), { recursive: true, force: true });
  }
});
