// Foster care's own counts, in sentences of our own shaped like the fostering trial's: households
// approved to foster and the carers in them (a stock on 31 March), those approved or deregistered
// in the year (counted apart), and applications to foster. Before the catalogue knew them, 17 of
// the trial's 25 checks came back "I can't tell what it measures".
import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core.ts";
import { extractFigures } from "../../src/extract/figures/index.ts";
import { fixtureArticle, fixtureCore } from "../helpers/fixtureCore.ts";

function read(sentence: string, date = "2023-11-20") {
  return extractFigures(sentence, { date }).map((figure) => ({ text: figure.text, indicator: figure.measure?.indicator, aspect: figure.measure?.aspect, subgroup: figure.measure?.subgroup, period: figure.period, change: figure.change === true }));
}

describe("fostering households and foster carers", () => {
  it("counts the households and carers approved on a day", () => {
    expect(read("At 31 March 2023 there were 42,100 approved fostering households in England.")[0]).toMatchObject({ text: "42,100", indicator: "fostering-households", aspect: undefined });
    expect(read("Overall there were 71,500 foster carers.")[0]).toMatchObject({ indicator: "foster-carers" });
    expect(read("The number of foster carers fell to 70,900 in 2023.")[0]).toMatchObject({ indicator: "foster-carers" });
    // A key-figures list's item is counted by its label.
    expect(read("Fostering households: 42,100")[0]).toMatchObject({ indicator: "fostering-households" });
  });

  it("counts those deregistered or approved in the year apart, with their kind", () => {
    const [left, joined] = read("In 2022-23, 5,010 mainstream fostering households deregistered compared to 3,890 that were approved.");
    expect(left).toMatchObject({ indicator: "fostering-households", aspect: "deregistered in the year", subgroup: "mainstream fostering households", period: "2022-23" });
    expect(joined).toMatchObject({ indicator: "fostering-households", aspect: "approved in the year" });
  });

  it("reads households that 'left foster care in the 12 months to March' as the year's deregistrations (hry71)", () => {
    expect(read("Some 4,690 mainstream fostering households left foster care in the 12 months to March.", "2025-11-20")[0]).toMatchObject({ indicator: "fostering-households", aspect: "deregistered in the year", period: "2024-25" });
    expect(read("Some 4,690 households left in the 12 months to March 2024.")[0]).toMatchObject({ period: "2023-24" });
  });

  it("reads applications to foster, each end of a move dated", () => {
    expect(read("Households applying to foster fell from 8,600 to 8,150 between 2021-22 and 2022-23.")).toMatchObject([
      { text: "8,600", indicator: "fostering-applications", period: "2021-22" },
      { text: "8,150", indicator: "fostering-applications", period: "2022-23" },
    ]);
  });

  it("reads 'a loss of 6,900 fostering households' as a change, no count", () => {
    expect(read("The decline has meant a loss of 6,900 fostering households since 2020.")[0]).toMatchObject({ text: "6,900", change: true, indicator: undefined });
  });

  it("leaves 'the number of children's homes' to children's homes, though fostering counts share 'the number of'", () => {
    const [, homes] = read("There was a 6% increase in the number of children's homes (to 2,950).");
    expect(homes).toMatchObject({ text: "2,950", indicator: "registered" });
  });
});

describe("a claim about fostering", () => {
  let core: Core;
  beforeAll(async () => {
    core = await fixtureCore("fostering", {
      "fostering.md": fixtureArticle(
        "Fostering figures",
        "2023-11-20",
        "In 2022-23, 5,010 mainstream fostering households deregistered compared to 3,890 that were approved.",
        "At 31 March 2023 there were 42,100 approved fostering households in England.",
        "As of March 2023 there were 71,500 approved foster carers, a loss of 650 households over the year.",
      ),
      "earlier.md": fixtureArticle(
        "Fostering a year earlier",
        "2022-11-20",
        "In 2021-22, 5,400 mainstream fostering households deregistered compared to 4,000 that were approved.",
        "At 31 March 2022 there were 43,000 approved fostering households in England.",
        "Independent fostering agencies accounted for 43% of fostering households in 2022.",
      ),
    });
  }, 60_000);

  const verdict = (claim: string) => core.answer(`check ${claim}`).checks![0]!.verdict;

  it("is checked against the same count", () => {
    expect(verdict("5,010 mainstream fostering households deregistered in 2022-23")).toBe("supported");
    expect(verdict("42,100 fostering households were approved in England in March 2023")).not.toBe("contradicted");
    expect(verdict("there were 42,100 fostering households in England in 2023")).toBe("supported");
    expect(verdict("there were 45,000 fostering households in England in 2023")).toBe("contradicted");
  });

  it("never by a neighbouring count: carers are no households, those who left no stock", () => {
    expect(verdict("there were 71,500 fostering households in England in 2023")).not.toBe("supported");
    expect(verdict("5,010 mainstream fostering households were approved in 2022-23")).not.toBe("supported");
    expect(verdict("there were 650 fostering households in England in 2023")).not.toBe("supported");
  });
});

describe("a trend of fostering households", () => {
  let core: Core;
  beforeAll(async () => {
    core = await fixtureCore("fostering-trend", {
      "2023.md": fixtureArticle("Fostering 2023", "2023-11-20", "In 2022-23, 5,010 mainstream fostering households deregistered.", "At 31 March 2023 there were 42,100 approved fostering households in England."),
      "2022.md": fixtureArticle("Fostering 2022", "2022-11-20", "In 2021-22, 5,400 mainstream fostering households deregistered.", "At 31 March 2022 there were 43,000 approved fostering households in England.", "Independent fostering agencies accounted for 43% of fostering households in 2022."),
    });
  }, 60_000);

  const rows = (topic: string) => (core.answer(`trend ${topic}`).series ?? []).map((figure) => figure.text);

  it("chains the way counted apart that the topic names, else the stock only (hry71)", () => {
    expect(rows("deregistrations")).toEqual(["5,400", "5,010"]);
    expect(core.answer("trend deregistrations").message).toMatch(/^fostering households deregistered in the year, 2 periods/);
    expect(rows("fostering households")).toEqual(["43,000", "42,100"]);
  });

  it("never shows counts under a share's heading: 'trend share of fostering households'", () => {
    expect(rows("share of fostering households").every((text) => text.endsWith("%"))).toBe(true);
  });
});
