import { describe, expect, it } from "vitest";
import { GET } from "@/app/speculation-rules.json/route";
import {
  speculationRules,
  speculationRulesHeader,
  speculationRulesPageHeaders,
  speculationRulesPath,
} from "@/lib/speculation-rules";

describe("speculation rules", () => {
  it("are served as the one type browsers accept for a rule set named by the header", async () => {
    const response = GET();
    expect(response.headers.get("content-type")).toBe("application/speculationrules+json");
    expect(await response.json()).toEqual(speculationRules);
  });

  it.each(["prefetch", "prerender"] as const)(
    "%s the site's pages, not its files, on a sign of intent",
    (action) => {
      const [rule] = speculationRules[action];
      expect(rule.eagerness).toBe("moderate");
      expect(rule.where.and).toContainEqual({ href_matches: "/*" });
      expect(rule.where.and).toContainEqual({ not: { href_matches: "/*.*" } });
    },
  );

  it("name the rule set in the page header as a structured-field string", () => {
    expect(speculationRulesPageHeaders).toEqual({
      "Speculation-Rules": `"${speculationRulesPath}"`,
    });
    expect(speculationRulesHeader("/a/rules.json")).toBe('"/a/rules.json"');
  });

  it.each(["rules.json", "https://elsewhere.example/rules.json", '/a"b.json'])(
    "refuse %s, which is not a quotable absolute path",
    (path) => {
      expect(() => speculationRulesHeader(path)).toThrow(/absolute path without quotes/);
    },
  );
});
