import { describe, expect, it } from "vitest";
import { checkContent, formatProblem } from "@/lib/content";
import { mastodonShareRedirect, mastodonShareTarget, parseInstance } from "@/lib/fediverse/share";
import { makeContentRoot, readFixture } from "./content-fixture";

// Fediverse handles in content/authors/<id>.yml and the `discussion:` URL of the frontmatter,
// through the content check; then the Mastodon share form's target.

const author = (lines: string) => ({ "authors/ada.yml": `name: Ada Lovelace\n${lines}` });

async function problemsWith(files: Record<string, string>, articles = {}) {
  const { problems } = await checkContent(await makeContentRoot(articles, files));
  return problems.map(formatProblem);
}

describe("fediverse handles of authors", () => {
  it("accepts a Mastodon handle @user@instance and a Bluesky handle", async () => {
    const root = await makeContentRoot(
      {},
      author('mastodon: "@ada@mastodon.social"\nbluesky: ada.bsky.social\n'),
    );
    const { problems, authors } = await checkContent(root);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(authors.get("ada")).toMatchObject({
      mastodon: "@ada@mastodon.social",
      bluesky: "ada.bsky.social",
    });
  });

  it.each([
    ["ada@mastodon.social", "without the leading @"],
    ["@ada", "without an instance"],
    ["https://mastodon.social/@ada", "a profile URL"],
    ["@ada@mastodon", "an instance that is no host name"],
  ])("refuses the Mastodon handle %j (%s) at its line", async (handle) => {
    expect(
      await problemsWith(author(`role: Engineer\nmastodon: ${JSON.stringify(handle)}\n`)),
    ).toEqual([
      'content/authors/ada.yml:3:1: error: "mastodon" must be a Mastodon handle written @user@instance, e.g. "@rudy@mastodon.social"',
    ]);
  });

  it.each([["@ada.bsky.social"], ["ada"], ["https://bsky.app/profile/ada.bsky.social"]])(
    "refuses the Bluesky handle %j at its line",
    async (handle) => {
      expect(await problemsWith(author(`bluesky: ${JSON.stringify(handle)}\n`))).toEqual([
        'content/authors/ada.yml:2:1: error: "bluesky" must be a Bluesky handle without "@", e.g. "rudy.bsky.social" or "rudy.example.com"',
      ]);
    },
  );
});

describe("the discussion URL of an article", () => {
  const withDiscussion = async (url: string) =>
    (await readFixture("base/content/blog/valid-article/fr.mdx")).replace(
      "authors:\n",
      `discussion: ${url}\nauthors:\n`,
    );

  it.each([
    ["https://mastodon.social/@ada/113456789012345678", "mastodon"],
    ["https://piaille.fr/@ada@mastodon.social/113456789012345678", "mastodon"],
    ["https://bsky.app/profile/ada.bsky.social/post/3kq2abcdxyz2z", "bluesky"],
  ])("tells %s is on %s", async (url, provider) => {
    const root = await makeContentRoot({ discussed: await withDiscussion(url) });
    const { problems, articles } = await checkContent(root);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(articles.find((article) => article.slug === "discussed")?.discussion).toEqual({
      url,
      provider,
    });
  });

  it.each([
    ["https://example.org/forum/thread/12"],
    ["http://mastodon.social/@ada/113456789012345678"],
    ["https://bsky.app/profile/ada.bsky.social"],
    ["not a url"],
  ])("refuses %s at its line", async (url) => {
    expect(await problemsWith({}, { discussed: await withDiscussion(url) })).toEqual([
      'content/blog/discussed/fr.mdx:12:1: error: "discussion" must be the address of a Mastodon post (https://<instance>/@user/123…) or a Bluesky post (https://bsky.app/profile/<handle>/post/<id>)',
    ]);
  });
});

describe("the Mastodon share form's target", () => {
  it("reads the instance as readers type it", () => {
    for (const input of ["mastodon.social", " https://Mastodon.social/ ", "@me@mastodon.social"]) {
      expect(parseInstance(input)).toBe("mastodon.social");
    }
    for (const input of [
      "",
      "mastodon",
      "javascript:alert(1)",
      "a b.social",
      "mastodon.social:8080",
    ]) {
      expect(parseInstance(input)).toBeUndefined();
    }
  });

  it("leads to the instance's share page with the text, or nowhere", () => {
    const text = "Un titre https://blog.example/fr/blog/un-article";
    expect(mastodonShareTarget(new URLSearchParams({ instance: "piaille.fr", text }))).toBe(
      `https://piaille.fr/share?text=${encodeURIComponent(text)}`,
    );
    expect(mastodonShareTarget(new URLSearchParams({ instance: "piaille", text }))).toBeUndefined();
    expect(mastodonShareTarget(new URLSearchParams({ instance: "piaille.fr" }))).toBeUndefined();
  });

  it("is where the Node server redirects the form's page, and no other page", () => {
    const query = new URLSearchParams({ text: "Un titre", instance: "piaille.fr" });
    expect(mastodonShareRedirect("/en/share/mastodon", query)).toBe(
      "https://piaille.fr/share?text=Un%20titre",
    );
    expect(mastodonShareRedirect("/fr/blog", query)).toBeUndefined();
    expect(mastodonShareRedirect("/fr/search", query)).toBeUndefined();
  });
});

describe("an author's profile links", () => {
  it("lead to the profiles the handles name", async () => {
    const { fediverseProfileLinks } = await import("@/lib/fediverse/handles");
    expect(
      fediverseProfileLinks({ mastodon: "@ada@piaille.fr", bluesky: "ada.example.com" }),
    ).toEqual([
      { label: "Mastodon", url: "https://piaille.fr/@ada" },
      { label: "Bluesky", url: "https://bsky.app/profile/ada.example.com" },
    ]);
    expect(fediverseProfileLinks({})).toEqual([]);
  });
});
