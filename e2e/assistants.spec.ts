import { expect, test } from "@playwright/test";

// What assistants and crawlers read: each article's Markdown copy, llms.txt and robots.txt, in
// both hosting modes. A plain static server guesses types from file names; `npm start` and
// out/_headers (http-static.spec.ts) give the exact ones.
const slug = "comment-se-faire-un-reseau-pour-trouver-un-premier-stage";
const articlePath = `/fr/blog/${slug}`;
const plainStaticServer = () => test.info().project.name.startsWith("static");

async function getText(
  request: import("@playwright/test").APIRequestContext,
  path: string,
  type: RegExp,
) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  if (!plainStaticServer()) expect(response.headers()["content-type"], path).toMatch(type);
  return response.text();
}

test("an article's Markdown copy is served at its address + .md, linked from its page", async ({
  page,
  request,
}) => {
  const copy = await getText(request, `${articlePath}.md`, /^text\/markdown; charset=utf-8$/i);
  expect(copy).toMatch(
    /^---\ntitle: Comment se faire un réseau pour trouver un premier stage\u202F\?\n/,
  );
  expect(copy).toMatch(new RegExp(`^url: https?://[^/]+${articlePath}$`, "m"));
  // The body as written: its Markdown, not HTML, with absolute addresses.
  expect(copy).toContain("## Le CV");
  expect(copy).toContain(
    "[d’Arnaud Lemercier](https://codedesign.fr/candidature-manque-experience-alternance/)",
  );
  expect(copy).toMatch(
    /\]\(https?:\/\/[^/)]+\/media\/comment-se-faire-un-reseau-pour-trouver-un-premier-stage\/Capture-du-2020-04-01-15-18-21-1024x528\.png/,
  );
  expect(copy).not.toMatch(/\]\(images\//);
  expect(copy).not.toContain("<p>");

  await page.goto(articlePath);
  const link = page.locator('head link[rel="alternate"][type="text/markdown"]');
  await expect(link).toHaveCount(1);
  expect(new URL((await link.getAttribute("href"))!).pathname).toBe(`${articlePath}.md`);
});

test("llms.txt lists the articles' copies; llms-full.txt holds them", async ({ request }) => {
  const index = await getText(request, "/llms.txt", /^text\/plain; charset=utf-8$/i);
  expect(index).toMatch(/^# BearStudio\n\n> /);
  expect(index).toMatch(
    new RegExp(
      `^- \\[Comment se faire un réseau pour trouver un premier stage\u202F\\?\\]\\(https?://[^)]+${articlePath}\\.md\\): `,
      "m",
    ),
  );
  // Every copy it links answers.
  for (const [, url] of index.matchAll(/\]\((https?:\/\/[^)]+\.md)\)/g)) {
    expect((await request.get(new URL(url!).pathname)).status(), url).toBe(200);
  }
  const full = await getText(request, "/llms-full.txt", /^text\/plain; charset=utf-8$/i);
  expect(full).toContain("## Le CV");
});

test("robots.txt says what crawlers may do with the articles", async ({ request }) => {
  const robots = await getText(request, "/robots.txt", /^text\/plain/);
  expect(robots).toMatch(/^Content-Signal: search=yes, ai-input=yes, ai-train=no$/m);
  expect(robots).toMatch(/^User-agent: \*$/m);
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
});
