import { describe, expect, it } from "vitest";
import { typeset, typesetFrench } from "@/lib/body/typography";

const N = "\u202F"; // narrow no-break space
const B = "\u00A0"; // no-break space

describe("French typography", () => {
  it.each([
    ["question mark", "un premier stage ?", `un premier stage${N}?`],
    ["exclamation mark", "les sponsors !", `les sponsors${N}!`],
    ["semicolon", "un ; deux", `un${N}; deux`],
    ["colon", "Le site : Meetup", `Le site${B}: Meetup`],
    ["several spaces", "vraiment  ?", `vraiment${N}?`],
    ["?! together", "DES STAGIAIRES ?!", `DES STAGIAIRES${N}?!`],
    ["guillemets", "« je galère »", `«${N}je galère${N}»`],
    ["ellipsis", "d’autres pistes...", "d’autres pistes…"],
    ["no space before: nothing added", "stage?", "stage?"],
  ])("%s", (_rule, input, expected) => {
    expect(typesetFrench(input)).toBe(expected);
  });

  it.each([
    ["URL", "voir https://example.org/a?b=c:d !", `voir https://example.org/a?b=c:d${N}!`],
    ["www address", "sur www.example.org/?q=1 ?", `sur www.example.org/?q=1${N}?`],
    [
      "e-mail address",
      "écrivez à jean:dupont@example.org ?",
      `écrivez à jean:dupont@example.org${N}?`,
    ],
    ["emoticon :p", "passer pour un con :p", "passer pour un con :p"],
    ["emoticon :p at the end, then a no-break space", `les doigts… :p${B}`, `les doigts… :p${B}`],
    ["emoticon ;)", "pour trouver un job ;).", "pour trouver un job ;)."],
    ["emoticon :-D", "super :-D !", `super :-D${N}!`],
    ["existing narrow no-break space kept", `stage${N}?`, `stage${N}?`],
    ["existing no-break space kept, not doubled", `stage${B}?`, `stage${B}?`],
    ["four dots stay", "et....", "et...."],
  ])("leaves alone: %s", (_case, input, expected) => {
    expect(typesetFrench(input)).toBe(expected);
  });

  it("leaves English untouched", () => {
    expect(typeset("Really ? Yes : no ...", "en")).toBe("Really ? Yes : no ...");
  });
});
