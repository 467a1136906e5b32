import { describe, expect, it } from "vitest";
import { internedList } from "@/lib/build/interned-list";

describe("internedList", () => {
  it("holds each distinct value once and gives the same index for an equal one", () => {
    const { items, indexOf } = internedList<Record<string, string>>();
    expect(indexOf({ "Cache-Control": "no-cache" })).toBe(0);
    expect(indexOf({ "Content-Type": "text/html" })).toBe(1);
    expect(indexOf({ "Cache-Control": "no-cache" })).toBe(0);
    expect(items).toEqual([{ "Cache-Control": "no-cache" }, { "Content-Type": "text/html" }]);
  });
});
