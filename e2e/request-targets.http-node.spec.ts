import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { rawExchange } from "./raw-http";
import { targetCases } from "./request-targets";

// npm start (scripts/server.mjs): every request-target form gets a 4xx with the headers every
// answer carries, as the hosting manifest of the build lists them; never a 5xx.

const port = () => Number(new URL(test.info().project.use.baseURL ?? "").port);
const { headerSets, defaults } = JSON.parse(
  readFileSync(".next/hosting-manifest.json", "utf8"),
) as { headerSets: Record<string, string>[]; defaults: { refused: number } };
const refusal = { headers: headerSets[defaults.refused] ?? {} };

test("every request-target form that is not a path gets a 4xx with the security headers", async () => {
  expect(Object.keys(refusal.headers)).toContain("Content-Security-Policy");
  for (const { name, request } of targetCases) {
    const answer = await rawExchange(port(), request);
    expect(answer.status, name).toBeGreaterThanOrEqual(400);
    expect(answer.status, name).toBeLessThan(500);
    for (const [header, value] of Object.entries(refusal.headers)) {
      if (header === "Cache-Control") continue;
      expect(answer.headers[header.toLowerCase()], `${name}: ${header}`).toBe(value);
    }
    expect(answer.body.toString("latin1"), name).not.toMatch(/<html|"name": "studio-blog"/);
  }
  // The server still answers a plain path afterwards.
  const page = await rawExchange(
    port(),
    "GET /fr HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
  );
  expect(page.status).toBe(200);
});
