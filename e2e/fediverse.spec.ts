import { expect, test, type Page } from "@playwright/test";
import { watchPage } from "./console";

// Sharing on Bluesky and Mastodon from the article page, without JavaScript, and with no
// request to another host before the reader chooses. The Node server redirects the form to
// the reader's instance (@node); a static host's page offers the link, with JavaScript (@static).

const path = "/fr/blog/comment-se-faire-un-reseau-pour-trouver-un-premier-stage";
const articleUrl = `http://localhost:3000${path}`;
const title = "Comment se faire un réseau pour trouver un premier stage\u202F?";
const text = `${title} ${articleUrl}`;
const shareOn = (instance: string) => `https://${instance}/share?text=${encodeURIComponent(text)}`;

/** Answers any request to another host itself, so that no test ever leaves the machine. */
async function stayOffline(page: Page) {
  const away: string[] = [];
  await page.route(/^https:\/\//, async (route) => {
    away.push(route.request().url());
    await route.fulfill({ status: 200, contentType: "text/plain", body: "elsewhere" });
  });
  return away;
}

async function openMastodon(page: Page) {
  const share = page.getByRole("region", { name: "Partager cet article" });
  await share.getByText("Partager sur Mastodon").click();
  return share;
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("shares on Bluesky and on a well-known Mastodon instance by plain links", async ({
    page,
  }) => {
    const watcher = watchPage(page);
    await page.goto(path);
    const share = await openMastodon(page);
    await expect(share.getByRole("link", { name: "Partager sur Bluesky" })).toHaveAttribute(
      "href",
      `https://bsky.app/intent/compose?text=${encodeURIComponent(text)}`,
    );
    for (const instance of ["mastodon.social", "piaille.fr"]) {
      await expect(share.getByRole("link", { name: `Partager sur ${instance}` })).toHaveAttribute(
        "href",
        shareOn(instance),
      );
    }
    await expect(page.locator("script[src^='http'], iframe")).toHaveCount(0);
    watcher.expectClean();
  });

  test("sends the instance the reader types on to its share page @node", async ({ page }) => {
    const away = await stayOffline(page);
    await page.goto(path);
    const share = await openMastodon(page);
    await share.getByLabel("Ou une autre instance").fill("https://Framapiaf.org/");
    // Nothing has left the site before the reader confirms.
    expect(away).toEqual([]);
    await share.getByRole("button", { name: "Continuer" }).click();
    await expect(page).toHaveURL(shareOn("framapiaf.org"));
    expect(away).toEqual([shareOn("framapiaf.org")]);
  });

  test("a static host's page points back to the list when it cannot read the form @static", async ({
    page,
  }) => {
    const away = await stayOffline(page);
    await page.goto(path);
    const share = await openMastodon(page);
    await share.getByLabel("Ou une autre instance").fill("framapiaf.org");
    await share.getByRole("button", { name: "Continuer" }).click();
    await expect(page).toHaveURL(/\/fr\/share\/mastodon\?text=.+&instance=framapiaf\.org$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Partager sur Mastodon");
    await expect(page.getByText("Sans JavaScript, cette page ne peut pas lire")).toBeVisible();
    expect(away).toEqual([]);
  });
});

test.describe("with JavaScript, on a static host", () => {
  test("the share form's page offers the instance's share page to confirm @static", async ({
    page,
  }) => {
    const watcher = watchPage(page);
    await page.goto(path);
    const share = await openMastodon(page);
    await share.getByLabel("Ou une autre instance").fill("@moi@Piaille.fr");
    await share.getByRole("button", { name: "Continuer" }).click();
    const confirm = page.getByRole("link", { name: "Ouvrir piaille.fr pour partager" });
    await expect(confirm).toHaveAttribute("href", shareOn("piaille.fr"));
    await expect(page.getByText("Sans JavaScript")).toBeHidden();
    watcher.expectClean();
  });

  test("refuses what is no instance name @static", async ({ page }) => {
    await page.goto(`/fr/share/mastodon?text=${encodeURIComponent(text)}&instance=piaille`);
    // Next.js's own route announcer is an alert too: the page's is the one with the message.
    await expect(
      page.getByRole("alert").filter({ hasText: "Ce nom d’instance n’est pas valide" }),
    ).toHaveCount(1);
    await expect(page.getByRole("link", { name: /pour partager/ })).toHaveCount(0);
  });
});
