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

describe("the whole council's money", () => {
  const councils = createAnswerer(
    buildArchive([
      article("stoke", "Stoke-on-Trent City Council overspent its budget by nearly £5 million in 2023-24, largely because of demand for children's services."),
      article("survey", "Councils spent £4.5 billion on children's social care placements in 2022-23, compared with a budget of £3.9 billion – an overspend of £600 million."),
    ]),
  );

  it("is no department's: a council's own budget overspent is the whole, and a claim about its children's services is not supported by it", () => {
    const [whole] = extractFigures("Stoke-on-Trent City Council overspent its budget by nearly £5 million in 2023-24.", { date: "2024-06-01" });
    expect(whole?.measure?.scope).toBe("whole council");
    expect(extractFigures("The department overspent its budget by £6.1m in 2018-19.", { date: "2019-06-01" })[0]?.measure?.scope).toBeUndefined();
    expect(councils("check Stoke-on-Trent's children's services overspent by nearly £5 million in 2023-24").verdict).toBe("unverified");
    expect(councils("check Stoke-on-Trent City Council overspent its budget by nearly £5 million in 2023-24").verdict).toBe("supported");
  });

  it("keeps a part named earlier in the sentence, past the figures between", () => {
    expect(councils("check councils overspent on children's social care by £600 million in 2022-23").verdict).toBe("unverified");
    expect(councils("check councils overspent on children's social care placements by £600 million in 2022-23").verdict).toBe("supported");
  });
});

describe("a whole council's amount and its children's services' part (hry103)", () => {
  const parts = createAnswerer(buildArchive([article("shire", "Councils predicted an overspend of £639m for 2023-24, with £319m accounted for by children's services.")]));

  it("reads the first as the whole council's money and the second as children's services'", () => {
    const [whole, part] = extractFigures("Councils predicted an overspend of £639m for 2023-24, with £319m accounted for by children's services.", { date: "2023-11-09" });
    expect(whole?.measure).toMatchObject({ indicator: "overspend", scope: "whole council" });
    expect(part?.measure).toMatchObject({ indicator: "overspend" });
    expect(part?.measure?.scope).toBeUndefined();
    const [claimedPart, claimedWhole] = extractFigures("Children's services accounted for £319m of a projected £639m overspend in 2023-24.", { claim: true });
    expect(claimedPart?.measure?.scope).toBeUndefined();
    expect(claimedWhole?.measure?.scope).toBe("whole council");
  });

  it("never supports children's services overspending the whole council's amount, nor contradicts a claim that may mean the whole", () => {
    expect(parts("check children's services overspent by £639m in 2023-24").verdict).toBe("contradicted");
    expect(parts("check children's services overspent by £319m in 2023-24").verdict).toBe("supported");
    expect(parts("check councils predicted an overspend of £639m in 2023-24").verdict).toBe("unverified");
    expect(parts("check children's services accounted for £319m of a projected £639m overspend in 2023-24").verdict).toBe("supported");
  });
});

describe("money given for one purpose, or to each of several (hry111)", () => {
  const given = createAnswerer(
    buildArchive([
      article("fostering", "In December 2023, the government announced another £8.5 million of funding for fostering, bringing the total to £36 million."),
      article("pathfinders", "We are also providing up to £5m in capital funding to each pathfinder region to develop new provision."),
    ]),
  );

  it("a purpose named after 'for' makes the amount a part: no other grant's amount contradicts a claim", () => {
    expect(extractFigures("In December 2023, the government announced another £8.5 million of funding for fostering.", { date: "2023-12-20" })[0]?.measure?.subgroup).toBe("for fostering");
    expect(extractFigures("The DfE allocated £21m for councils.", { date: "2023-12-20" })[0]?.measure?.subgroup).toBeUndefined();
    expect(given("check the prevention grant was £270m in 2023").verdict).toBe("unverified");
  });

  it("an amount for each region, or up to a limit, never supports a total", () => {
    expect(given("check the DfE is providing £5m in capital funding in total").verdict).toBe("unverified");
  });
});

describe("spending foreseen, and an amount beside a share of another (hry112)", () => {
  it("a projected or forecast spend is no spending; a forecast overspend is still the overspend", () => {
    const [projected, budgeted, over] = extractFigures("Councils had a projected expenditure of £5.4 billion on placements for 2023/24, compared to a budgeted figure of £4.7 billion – an overspend of approximately £680 million (14 per cent).", { date: "2024-01-10" });
    expect(projected?.measure).toBeUndefined();
    expect(budgeted?.measure?.indicator).toBe("budget");
    expect(over?.measure?.indicator).toBe("overspend");
    expect(extractFigures("Councils are forecast to spend £5.4 billion on placements in 2023/24.", { date: "2024-01-10" })[0]?.measure).toBeUndefined();
    expect(extractFigures("Devon forecast a £19m overspend.", { date: "2024-01-10" })[0]?.measure?.indicator).toBe("overspend");
  });

  it("a change restated in brackets as money is a change too, and an average per place no total", () => {
    const [, restated] = extractFigures("Spending rose by 10% (£300m).", { date: "2024-01-10" });
    expect(restated).toMatchObject({ text: "£300m" });
    expect(restated?.measure).toBeUndefined();
    const [total, perPlace] = extractFigures("Spending on residential care reached £3.1bn in 2023-24 – an average of £318,400 per place.", { date: "2024-01-10" });
    expect(total?.measure?.indicator).toBe("spending");
    expect(perPlace?.measure).toBeUndefined();
  });
});
