// Ordinary English words in a question are meant as typed: never "corrected" to a word the archive
// happens to use ("waiting list" read as "waiting last"), never a misspelt council ("waiting" as
// Warrington): a word no article uses is said so plainly (the secure homes trial, hry72).
import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core.ts";
import { isEnglishWord } from "../../src/text/englishWords.ts";
import { fixtureArticle, fixtureCore } from "../helpers/fixtureCore.ts";
import { seedCore } from "../helpers/seedCore.ts";

let fixture: Core;
let seeds: Core;
beforeAll(async () => {
  [fixture, seeds] = await Promise.all([
    fixtureCore("ordinary-words", {
      "beds.md": fixtureArticle("Secure beds", "2022-07-25", "Around 50 children were waiting for a secure bed last week, up from 25 last year."),
    }),
    seedCore(),
  ]);
}, 120_000);

describe("an ordinary word the archive never uses", () => {
  it("is known as a word, and a misspelling is not", () => {
    expect(isEnglishWord("list")).toBe(true);
    expect(isEnglishWord("Waiting")).toBe(true);
    expect(isEnglishWord("inadequte")).toBe(false);
  });

  it("is not corrected to a word the archive uses: the answer says plainly that no article uses it", () => {
    const answer = fixture.answer("children waiting bed list");
    expect(answer.message).not.toContain("as “last”");
    expect(answer.message).toContain("No article uses “list”");
    expect(fixture.answer("children waiting bed").figures.map((figure) => figure.text)).toContain("50");
  });

  it("is named as typed, never in the index's folded form: 'children's homes', not 'childrenshome' (hry74)", () => {
    const answer = fixture.answer("children's homes beds");
    expect(answer.message).toContain("No article uses “children's homes”");
    expect(answer.message).not.toContain("childrenshome");
  });

  it("is no misspelt council: 'waiting' is not Warrington", () => {
    expect(seeds.answer("waiting").judgements ?? []).toEqual([]);
    expect(seeds.answer("Warington").judgements?.[0]?.council).toBe("Warrington");
    // A region is no near miss for a council named after it (hry87).
    expect(seeds.answer("outstanding North East 2024").judgements ?? []).toEqual([]);
    expect(seeds.answer("North East Lincolnshire").judgements?.[0]?.council).toBe("North East Lincolnshire");
  });
});
