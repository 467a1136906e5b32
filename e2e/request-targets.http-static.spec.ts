import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { rawExchange } from "./raw-http";
import { targetCases } from "./request-targets";

// The static export on a plain static server (`serve`, see playwright.config.ts). The host,
// not this project, answers the request; what the export controls is out/_headers, whose
// catch-all rule gives every path the security headers. `serve` reads no _headers, and answers
// absolute-form like the path it names (RFC 9112 §3.2.2 asks servers to accept it).

const port = () => Number(new URL(test.info().project.use.baseURL ?? "").port);

test("every request-target form gets no 5xx and no file from outside the site", async () => {
  for (const { name, request } of targetCases) {
    const answer = await rawExchange(port(), request);
    const body = answer.body.toString("latin1");
    expect(body, name).not.toContain('"name": "studio-blog"');
    // `serve` closes a CONNECT without an answer: nothing is served.
    if (name.includes("CONNECT") && Number.isNaN(answer.status)) continue;
    expect(answer.status, name).toBeLessThan(500);
    if (name.startsWith("absolute-form"))
      expect([200, 301, 308, 400, 404], name).toContain(answer.status);
    else expect(answer.status, name).toBeGreaterThanOrEqual(400);
  }
});

test("out/_headers gives every path the security headers", () => {
  const headers = readFileSync("out/_headers", "utf8");
  const catchAll = /^\/\*\n((?: {2}.+\n)+)/m.exec(headers)?.[1] ?? "";
  for (const name of [
    "Content-Security-Policy",
    "Strict-Transport-Security",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
    "Permissions-Policy",
  ]) {
    expect(catchAll, name).toMatch(new RegExp(`^  ${name}: \\S`, "m"));
  }
});
