import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Presses a keyboard shortcut until `dialog` opens. Until the page has hydrated, it has no key
 * handler yet, and a cold server can make that take a moment after `load`.
 */
export async function openWithShortcut(page: Page, key: string, dialog: Locator) {
  await expect(async () => {
    await page.locator("body").press(key);
    await expect(dialog).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}
