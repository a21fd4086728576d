// An amount of one part of a council's money (its placements, its agency staff) is no evidence about
// the council's or its children's services' whole overspend, nor the reverse. Articles of our own.
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answer/answer.ts";
import { buildArchive } from "../../src/archive/buildArchive.ts";
import { extractFigures } from "../../src/extract/figures/index.ts";
import type { Article } from "../../src/types.ts";

function article(id: string, text: string): Article {
  return { source: { id, title: id, date: "2019-06-12" }, file: `${id}.md`, blocks: [{ kind: "paragraph", text }], hash: id };
}

const answer = createAnswerer(
  buildArchive([
    article(
      "barsetshire",
      "Wiltshire council said its children's services had overspent by £21.4 million in 2018-19. Wiltshire's placements budget was overspent by £4.7 million in 2018-19, and spending on agency social workers was £2.9 million more than budgeted.",
    ),
  ]),
);

describe("the part of a council's money an amount is of", () => {
  it("is read from the amount's clause, and only for a part the catalogue names", () => {
    const [whole] = extractFigures("Wiltshire council said its children's services had overspent by £21.4 million in 2018-19.", { date: "2019-06-12" });
    const [placements] = extractFigures("The placements budget was overspent by £4.7 million in 2018-19.", { date: "2019-06-12" });
    expect(whole?.measure).toMatchObject({ indicator: "overspend" });
    expect(whole?.measure?.scope).toBeUndefined();
    expect(placements?.measure).toMatchObject({ indicator: "overspend", scope: "placements" });
  });

  it("does not support a claim about the whole overspend with a part's amount", () => {
    expect(answer("check Wiltshire overspent by £4.7 million in 2018-19").verdict).not.toBe("supported");
    expect(answer("check Wiltshire's children's services overspent by £4.7 million in 2018-19").verdict).not.toBe("supported");
  });

  it("checks a claim about a part against that part", () => {
    expect(answer("check Wiltshire's placements budget was overspent by £4.7 million in 2018-19").verdict).toBe("supported");
    expect(answer("check Wiltshire overspent on placements by £7.4 million in 2018-19").verdict).toBe("contradicted");
    expect(answer("check Wiltshire overspent by £21.4 million in 2018-19").verdict).toBe("supported");
  });
});
