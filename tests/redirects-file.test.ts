import { describe, expect, it } from "vitest";
import { parseRedirectsFile } from "@/lib/build/static-export";

describe("parseRedirectsFile", () => {
  it("reads each `from to status` line, skipping comments and blank lines", () => {
    const sample = [
      "# Written by hand for this test.",
      "/ /fr 307",
      "",
      "  /blog/old-post   /fr/blog/new-post  301  ",
      "# another comment",
      "/en/* /en/404.html 404",
      "",
    ].join("\n");
    expect(parseRedirectsFile(sample)).toEqual([
      { from: "/", to: "/fr", status: 307 },
      { from: "/blog/old-post", to: "/fr/blog/new-post", status: 301 },
      { from: "/en/*", to: "/en/404.html", status: 404 },
    ]);
  });

  it("reads Windows line endings", () => {
    expect(parseRedirectsFile("/a /b 301\r\n/c /d 307\r\n")).toEqual([
      { from: "/a", to: "/b", status: 301 },
      { from: "/c", to: "/d", status: 307 },
    ]);
  });

  it("names the file and line of a rule it cannot read", () => {
    expect(() => parseRedirectsFile("/ /fr 307\n/old /new\n", "out/_redirects")).toThrow(
      'out/_redirects:2: expected "from to status", got "/old /new"',
    );
    expect(() => parseRedirectsFile("/old /new permanent\n")).toThrow("_redirects:1:");
    // Netlify's conditions are not written by the export: one is an error, not ignored.
    expect(() => parseRedirectsFile("/a /b 301\n/old /new 302 Country=fr\n")).toThrow(
      "_redirects:2:",
    );
  });
});
