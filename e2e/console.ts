import { expect, type Page } from "@playwright/test";

/**
 * Collects console errors and warnings (a Content-Security-Policy violation is one), page
 * errors, failed responses and requests to other hosts while a test runs. `documentStatus`
 * is the status expected for the page itself (404 for the not-found page).
 */
export function watchPage(page: Page, { documentStatus = 200 }: { documentStatus?: number } = {}) {
  const problems: string[] = [];
  const documents = new Set<string>();
  page.on("console", (message) => {
    // Chromium logs the page's own expected status (a 404 page) as a failed load.
    if (documents.has(message.location().url) && /status of 404/.test(message.text())) return;
    if (message.type() === "error" || message.type() === "warning") {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on("response", (response) => {
    const expected =
      response.request().isNavigationRequest() && response.request().frame() === page.mainFrame()
        ? documentStatus
        : undefined;
    if (expected !== undefined && response.status() === expected) documents.add(response.url());
    if (response.status() >= 400 && response.status() !== expected) {
      problems.push(`${response.status()} ${response.url()}`);
    }
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["localhost", "127.0.0.1"].includes(url.hostname) && url.protocol !== "data:") {
      problems.push(`request to another host: ${request.url()}`);
    }
  });
  return {
    expectClean: () => expect(problems).toEqual([]),
  };
}
