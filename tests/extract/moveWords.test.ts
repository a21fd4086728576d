// One list of the words that say a figure moved (lexicon.ts), read by every part that needs to know:
// a change's amount is no level, "from" before a move is the earlier value, a move's end has a
// direction. Each sentence here used a verb that one of three older lists knew and another did not.
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/extract/figures/index.ts";
import { directionTo } from "../../src/measure/direction.ts";

function read(sentence: string) {
  return extractFigures(sentence, { date: "2024-10-01" }).map((figure) => ({ text: figure.text, indicator: figure.measure?.indicator, period: figure.period, direction: directionTo(sentence, figure.text) }));
}

describe("verbs of a move, read the same everywhere", () => {
  it("takes the amount after 'dipped by' or 'plunged by' as a change, never the level", () => {
    expect(read("The social worker vacancy rate dipped by 2% in 2024.")[0]).toMatchObject({ text: "2%", indicator: undefined });
    expect(read("Spending on children's services plunged by £40m in 2023.")[0]).toMatchObject({ text: "£40m", indicator: undefined });
  });

  it("reads the figure after 'leapt from' as the earlier value, not the year's", () => {
    const [from, to] = read("The number of children in care leapt from 80,000 to 83,630 in 2024.");
    expect(from).toMatchObject({ text: "80,000", period: undefined });
    expect(to).toMatchObject({ text: "83,630", indicator: "children-looked-after", period: "2024", direction: "up" });
  });

  it("knows which way a slashed budget went", () => {
    expect(read("The early help budget was slashed to £3m in 2024.")[0]).toMatchObject({ text: "£3m", indicator: "budget", direction: "down" });
  });

  it("keeps a noun of change before 'from' apart from a verb: the figure keeps the sentence's period", () => {
    const [, earlier] = read("There were 2,880 children's homes in 2024, an increase from 2,460 after the new rules.");
    expect(earlier).toMatchObject({ text: "2,460", period: "2024" });
  });
});
