import { readFileSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Browser tests run against the production build in Debian's Chromium (Playwright's own browser
// download is not available here), twice: on `npm start` (npm run build) and on the static
// export (npm run build:static) served by `serve`, a plain static file server that reads
// neither _headers nor _redirects. `npm run test:e2e` builds both first.
/** The flags every Chromium of this project runs with, shared with `npm run bench`. */
const chromiumFlags = JSON.parse(readFileSync("e2e/chromium-flags.json", "utf8")) as string[];
const port = Number(process.env.E2E_PORT ?? 3210);
const staticPort = Number(process.env.E2E_STATIC_PORT ?? port + 1);
const nodeURL = `http://localhost:${port}`;
const staticURL = `http://localhost:${staticPort}`;
// `npm run build:preview` of tests/fixtures/preview (out-preview/), served like out/.
const previewPort = staticPort + 1;
const previewURL = `http://localhost:${previewPort}`;
// `npm run build:catalogue` (.catalogue/): the imported fixture catalogues, in both modes.
const catalogueNodePort = previewPort + 1;
const catalogueStaticPort = previewPort + 2;
/** A port no server of this config uses, for specs that start a server of their own. */
process.env.E2E_SPARE_PORT ??= String(catalogueStaticPort + 1);
const catalogueNodeURL = `http://localhost:${catalogueNodePort}`;
const catalogueStaticURL = `http://localhost:${catalogueStaticPort}`;
/** E2E_CATALOGUE_ONLY=1 starts only the catalogue's servers, to run its two projects alone. */
const catalogueOnly = process.env.E2E_CATALOGUE_ONLY === "1";

const phone = { ...devices["Pixel 7"], defaultBrowserType: "chromium" as const };
const desktop = { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } };
/** HTTP-level specs run once, without a browser; browser specs run in every browser project. */
const httpSpecs = /http-.*\.spec\.ts/;
/** The preview build's spec runs on its own server only. */
const previewSpec = /preview\.spec\.ts/;
/** The catalogue build's specs run on its own servers only. */
const catalogueSpecs = /(imported-catalogue|catalogue-lists)\.spec\.ts/;
const siteSpecsOnly = [httpSpecs, previewSpec, catalogueSpecs];

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  // One retry in CI: the machine is shared, and a retried test is still reported as flaky.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? "list" : "line",
  use: {
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
      args: chromiumFlags,
    },
  },
  projects: [
    // Tests tagged @static are about what a static host cannot do that the server does.
    {
      name: "phone",
      testIgnore: siteSpecsOnly,
      grepInvert: /@static/,
      use: { ...phone, baseURL: nodeURL },
    },
    {
      name: "desktop",
      testIgnore: siteSpecsOnly,
      grepInvert: /@static/,
      use: { ...desktop, baseURL: nodeURL },
    },
    // Tests tagged @node need the server: redirects, response headers.
    {
      name: "static-phone",
      testIgnore: siteSpecsOnly,
      grepInvert: /@node/,
      use: { ...phone, baseURL: staticURL },
    },
    {
      name: "static-desktop",
      testIgnore: siteSpecsOnly,
      grepInvert: /@node/,
      use: { ...desktop, baseURL: staticURL },
    },
    { name: "http-node", testMatch: /http-node\.spec\.ts/, use: { baseURL: nodeURL } },
    { name: "http-static", testMatch: /http-static\.spec\.ts/, use: { baseURL: staticURL } },
    { name: "preview", testMatch: previewSpec, use: { ...desktop, baseURL: previewURL } },
    {
      name: "catalogue-node",
      testMatch: catalogueSpecs,
      grepInvert: /@static/,
      use: { ...desktop, baseURL: catalogueNodeURL },
    },
    {
      name: "catalogue-static",
      testMatch: catalogueSpecs,
      grepInvert: /@node/,
      use: { ...desktop, baseURL: catalogueStaticURL },
    },
  ],
  webServer: [
    {
      command: "node scripts/start.mjs",
      env: { PORT: String(port) },
      url: `${nodeURL}/fr`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `npx --no-install serve out --listen ${staticPort} --no-clipboard`,
      url: `${staticURL}/fr`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `npx --no-install serve out-preview --listen ${previewPort} --no-clipboard`,
      url: `${previewURL}/fr`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      name: "catalogue-node",
      // The Node server run in .catalogue/node/, which holds that build's .next/ and public/.
      command: "node ../../scripts/server.mjs",
      cwd: ".catalogue/node",
      env: { PORT: String(catalogueNodePort) },
      url: `${catalogueNodeURL}/fr`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      name: "catalogue-static",
      // serve.json holds the export's _redirects, which a host that reads them applies.
      command: `npx --no-install serve .catalogue/out --config ../serve.json --listen ${catalogueStaticPort} --no-clipboard`,
      url: `${catalogueStaticURL}/fr`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ].filter((server) => !catalogueOnly || server.name?.startsWith("catalogue")),
});
