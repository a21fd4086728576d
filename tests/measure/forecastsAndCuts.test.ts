// A forecast and a cut are not the level a measure stands at: shaped like the care-review trial's two
// wrong SUPPORTED verdicts, in sentences of our own.
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answer/answer.ts";
import { buildArchive } from "../../src/archive/buildArchive.ts";
import { extractFigures } from "../../src/extract/figures/index.ts";
import { articleOf } from "../helpers/articles.ts";

function read(sentence: string) {
  return extractFigures(sentence, { date: "2023-03-01" }).map((figure) => ({ text: figure.text, indicator: figure.measure?.indicator }));
}

describe("a forecast", () => {
  it("measures nothing yet: 'likely to rise to', 'on course to have'", () => {
    const [level, forecast] = read("The number of children in care has grown to 82,000 and is expected to rise to 95,000 over the next decade.");
    expect(level).toMatchObject({ text: "82,000", indicator: "children-looked-after" });
    expect(forecast).toMatchObject({ text: "95,000", indicator: undefined });
    expect(read("We are on course to have 95,000 children in care within a decade.")[0]).toMatchObject({ indicator: undefined });
  });

  it("but 'more likely to have changed their director' weighs a chance, and a level reached is a level", () => {
    expect(read("Councils rated inadequate were more likely to have changed their director: 12 of the 20 did so.")[0]).toMatchObject({ text: "12", indicator: "director-change" });
    expect(read("The number of children in care rose to 83,840 in 2023.")[0]).toMatchObject({ indicator: "children-looked-after" });
  });
});

describe("money cut or raised by an amount", () => {
  it("is a change, not the spending; an overspend 'by' an amount is still the overspend", () => {
    expect(read("Since 2010-11, councils have had to reduce their spending on early help services by £1.7bn.")[0]).toMatchObject({ text: "£1.7bn", indicator: undefined });
    expect(read("Councils cut spending on youth services by £400m in 2019.")[0]).toMatchObject({ indicator: undefined });
    expect(read("The county overspent by £11m in 2023.")[0]).toMatchObject({ indicator: "overspend" });
  });

  it("so neither a cut nor a forecast supports a claim about the level", () => {
    const answer = createAnswerer(
      buildArchive([
        articleOf("review", "Care review", "2023-03-01", "Since 2010-11, councils have had to reduce their spending on early help services by £1.7bn.", "The number of children in care has grown to 82,000 and is expected to rise to 95,000 over the next decade."),
      ]),
    );
    expect(answer("check councils spent £1.7bn on early help services in 2023").verdict).not.toBe("supported");
    expect(answer("check there were 95,000 children in care in 2023").verdict).not.toBe("supported");
  });
});

describe("days of a span of dates", () => {
  it("are no figures: 'on 21 and 22 February', 'from 3 to 5 March', '12-14 June'", () => {
    expect(read("Inspectors carried out the monitoring visit on 21 and 22 February 2024.")).toEqual([]);
    expect(read("The inspection ran from 3 to 5 March 2024.")).toEqual([]);
    expect(read("Inspectors were on site on 12-14 June.")).toEqual([]);
    // Counts joined by "and" stay counts.
    expect(read("Some 21 councils and 22 agencies were inspected.").map((figure) => figure.text)).toEqual(["21", "22"]);
  });
});

describe("a figure asked for, not reported", () => {
  const measureOf = (sentence: string) => extractFigures(sentence, { date: "2025-04-08" })[0]?.measure;

  it("measures nothing: 'calls for funding to rise to £1.9bn', 'urged ministers to spend £400m'", () => {
    expect(measureOf("The charity calls for scaled up funding to £1.9bn over the next decade.")).toBeUndefined();
    expect(measureOf("The committee urged ministers to set a budget of £400m.")).toBeUndefined();
  });

  it("still measures a budget that is reported", () => {
    expect(measureOf("The council's budget was £1.9bn in 2024-25.")?.indicator).toBe("budget");
  });
});
