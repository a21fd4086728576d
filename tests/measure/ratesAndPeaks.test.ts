// Shapes from the adoption and children's homes trial, in sentences of our own: a rate whose base is
// named before it, "the same as the year before", an earlier peak compared with, and the indicator
// named afresh after words about a part of it.
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/extract/figures/index.ts";

function read(sentence: string, date = "2021-12-02") {
  return extractFigures(sentence, { date }).map((figure) => ({ text: figure.text, indicator: figure.measure?.indicator, aspect: figure.measure?.aspect, period: figure.period }));
}

describe("a rate per 10,000", () => {
  it("is a rate when its base is named before it, and 'the same as the year before' does not date it", () => {
    expect(read("The rate of children in care per 10,000 children stayed at 68, the same as the year before.")[0]).toMatchObject({ text: "68", indicator: "children-looked-after-rate", period: "2021" });
    // "the year before" after a comparison still dates the figure compared with.
    const [now, then] = read("The rate of children in care was 70 per 10,000, up from 68 per 10,000 the year before.");
    expect(now).toMatchObject({ text: "70", period: "2021" });
    expect(then).toMatchObject({ text: "68", period: "2020" });
  });
});

describe("an earlier peak", () => {
  it("'down from a peak of 5,200 in 2015' counts what the figure it is compared with counts", () => {
    const [latest, peak] = read("The number of children who were adopted fell to 3,400 in the year to March, down from a peak of 5,200 in 2015.");
    expect(latest).toMatchObject({ text: "3,400", indicator: "children-looked-after", aspect: "adopted" });
    expect(peak).toMatchObject({ text: "5,200", indicator: "children-looked-after", aspect: "adopted", period: "2015" });
  });
});

describe("the indicator named afresh", () => {
  it("after words about its starters is the whole count, not the starters", () => {
    expect(read("As the number entering care outnumbered those leaving, the number of looked-after children rose again, to 81,100.")[0]).toMatchObject({ text: "81,100", indicator: "children-looked-after", aspect: undefined });
    expect(read("The number of children starting to be looked after, 31,900, fell.")[0]).toMatchObject({ aspect: "starting to be looked after" });
  });
});

describe("a judgement area as the subject graded", () => {
  it("is the grade's area: 'Help and protection was rated inadequate in 14 councils'", () => {
    expect(read("Help and protection was rated inadequate in 14 councils.", "2025-10-02")[0]).toMatchObject({ text: "14", indicator: "inadequate", aspect: "help-and-protection" });
    expect(read("The impact of leaders was judged outstanding in 44 councils.", "2025-10-02")[0]).toMatchObject({ aspect: "leadership" });
    // Speakers named by their service are no area.
    expect(read("Leaders of children's services said 14 councils were inadequate.", "2025-10-02")[0]?.aspect).toBeUndefined();
  });
});
