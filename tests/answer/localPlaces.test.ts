// A question that names no place wants the country's figure before a council's or a region's;
// one that names a place wants that place's. Articles of our own.
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answer/answer.ts";
import { buildArchive } from "../../src/archive/buildArchive.ts";
import type { Article } from "../../src/types.ts";

function article(id: string, text: string): Article {
  return { source: { id, title: id, date: "2023-07-20" }, file: `${id}.md`, blocks: [{ kind: "paragraph", text }], hash: id };
}

const answer = createAnswerer(
  buildArchive([
    article("kent", "Kent County Council overspent its children's services budget by £42.6m in 2022-23."),
    article("england", "Councils in England overspent their children's services budgets by £1.1bn in 2022-23."),
    article("london", "In London, councils overspent their children's services budgets by £300m in 2022-23."),
  ]),
);

describe("places in a lookup", () => {
  it("leads with the country's figure when the question names no place", () => {
    expect(answer("overspend 2022-23").figures[0]?.text).toBe("£1.1bn");
  });

  it("leads with the place's figure when the question names it", () => {
    expect(answer("overspend London 2022-23").figures[0]?.text).toBe("£300m");
  });
});

describe("a council the question names", () => {
  const councils = createAnswerer(
    buildArchive([
      article("medway", "Medway Council expects to overspend its children's services budget by £11.2m in 2023-24."),
      article("suffolk", "Suffolk's children's services were rated requires improvement in 2024, down from outstanding."),
    ]),
  );

  it("is not answered with another council's figure", () => {
    expect(councils("Suffolk overspend").figures.map((figure) => figure.text)).not.toContain("£11.2m");
    expect(councils("Medway overspend").figures[0]?.text).toBe("£11.2m");
    // Unplaced in its sentence, a figure is the council its article's title names.
    const titled = createAnswerer(
      buildArchive([
        { ...article("placements", "Last year children's services overspent by £9.8m."), source: { id: "placements", title: "Placements push Medway towards an overspend", date: "2023-10-19" } },
        article("suffolk", "Suffolk's children's services were rated requires improvement in 2024, down from outstanding."),
      ]),
    );
    expect(titled("Suffolk overspend").figures.map((figure) => figure.text)).not.toContain("£9.8m");
    expect(titled("Medway overspend").figures[0]?.text).toBe("£9.8m");
    // A sentence that names the council as the question spells it is the council's, whatever the title.
    const named = createAnswerer(buildArchive([{ ...article("round-up", "In Newcastle, councillors overspent by £4.1m."), source: { id: "round-up", title: "York council told to improve", date: "2023-10-19" } }]));
    expect(named("Newcastle overspend").figures[0]?.text).toBe("£4.1m");
  });
});

describe("a claim for a place the year's figures are not for", () => {
  it("says so, instead of listing the claimed year as one the archive has", () => {
    const check = answer("check Surrey overspent its children's services budget by £42.6m in 2022-23");
    expect(check.verdict).toBe("unverified");
    expect(check.message).toContain("its 2022-23 figures are not for Surrey");
    expect(check.message).not.toContain("(it has 2022-23)");
  });
});
