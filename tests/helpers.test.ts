import { describe, expect, it } from "vitest";
import { formatDate, isoToday } from "@/lib/format-date";
import { previewParts } from "@/lib/og/glyph-coverage";
import { paginate } from "@/lib/paginate";

describe("paginate", () => {
  const items = Array.from({ length: 25 }, (_, index) => index + 1);
  it.each([
    [1, [1, 12], 3],
    [2, [13, 24], 3],
    [3, [25, 25], 3],
  ])("page %i holds items %j of %i pages", (page, [first, last], pageCount) => {
    const result = paginate(items, page);
    expect(result.items[0]).toBe(first);
    expect(result.items.at(-1)).toBe(last);
    expect(result.pageCount).toBe(pageCount);
  });
  it("gives an empty list one empty page", () => {
    expect(paginate([], 1)).toEqual({ items: [], page: 1, pageCount: 1, total: 0 });
  });
});

describe("dates", () => {
  it.each([
    ["2020-10-19", "fr", "19 octobre 2020"],
    ["2020-10-19", "en", "October 19, 2020"],
    ["2021-01-01", "fr", "1 janvier 2021"],
  ] as const)("%s in %s reads %s", (date, locale, expected) => {
    expect(formatDate(date, locale)).toBe(expected);
  });
  it("takes today in Paris, not in UTC", () => {
    expect(isoToday(new Date("2020-10-18T22:30:00Z"))).toBe("2020-10-19");
    expect(isoToday(new Date("2020-10-18T21:30:00Z"))).toBe("2020-10-18");
  });
});

describe("emoji in preview images", () => {
  it("draws emoji from the bundled Twemoji set, text as text", () => {
    const { parts } = previewParts("Écrit avant la crise 😷 et après 👩‍💻 !");
    expect(parts.map((part) => ("text" in part ? part.text : part.emoji))).toEqual([
      "Écrit avant la crise ",
      "😷",
      " et après ",
      "👩‍💻",
      " !",
    ]);
    for (const part of parts) {
      if ("src" in part) expect(part.src).toMatch(/^data:image\/svg\+xml;base64,/);
    }
  });
});
