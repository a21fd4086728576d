import { describe, expect, it } from "vitest";
import { recogniseNumbers } from "../../src/extract/figures/index.ts";
import type { NumberMention } from "../../src/extract/figures/index.ts";

/** [kind, value, text] for each mention, values rounded to 4 places so repeating decimals compare exactly. */
function read(text: string): Array<[NumberMention["kind"], number, string]> {
  return recogniseNumbers(text).map((m) => [m.kind, Math.round(m.value * 1e4) / 1e4, m.text]);
}

describe("recogniseNumbers: digits", () => {
  it("reads thousands separators and decimals", () => {
    expect(read("more than 4,500 inspections and 34.2 of them")).toEqual([["number", 4500, "4,500"], ["number", 34.2, "34.2"]]);
    expect(read("1,234,567 and .08")).toEqual([["number", 1234567, "1,234,567"], ["number", 0.08, ".08"]]);
  });

  it("splits a comma list whose groups are not thousands", () => {
    expect(read("Exercises 22,24,26,31.")).toEqual([["number", 22, "22"], ["number", 24, "24"], ["number", 26, "26"], ["number", 31, "31"]]);
  });

  it("reads digits with scale words", () => {
    expect(read("2 million; 1,674.5 million; 3 hundred and 21")).toEqual([
      ["number", 2e6, "2 million"], ["number", 1674500000, "1,674.5 million"], ["number", 321, "3 hundred and 21"],
    ]);
    expect(read("one million and three hundred")).toEqual([["number", 1000300, "one million and three hundred"]]);
  });

  it("reads negative numbers only where the minus stands apart", () => {
    expect(read(" -9.5 and minus five")).toEqual([["number", -9.5, "-9.5"], ["number", -5, "minus five"]]);
    expect(read("pages 10-12")).toEqual([["range", 10, "10-12"]]);
  });
});

describe("recogniseNumbers: words", () => {
  it("reads spelled-out cardinals", () => {
    expect(read("twenty-one")).toEqual([["number", 21, "twenty-one"]]);
    expect(read("one hundred and five")).toEqual([["number", 105, "one hundred and five"]]);
    expect(read("two  thousand  and  two hundred")).toEqual([["number", 2200, "two  thousand  and  two hundred"]]);
    expect(read("a dozen, half a dozen and three hundred and two dozens")).toEqual([
      ["number", 12, "a dozen"], ["number", 6, "half a dozen"], ["number", 324, "three hundred and two dozens"],
    ]);
  });

  it("splits two numbers written back to back", () => {
    expect(read("3 hundred and 2 hundred")).toEqual([["number", 300, "3 hundred"], ["number", 200, "2 hundred"]]);
    expect(read("4000 3 hundred and 21")).toEqual([["number", 4000, "4000"], ["number", 321, "3 hundred and 21"]]);
  });

  it("reads spoken decimals and mixed numbers", () => {
    expect(read("two hundred point zero three")).toEqual([["number", 200.03, "two hundred point zero three"]]);
    expect(read("five and a half million")).toEqual([["number", 5.5e6, "five and a half million"]]);
    expect(read("one hundred and three quarters")).toEqual([["number", 100.75, "one hundred and three quarters"]]);
  });

  it("never reads ordinals or pronoun 'one' as figures", () => {
    expect(read("the first time, the May 4th meeting, a third consecutive year, the twenty-first century")).toEqual([]);
    expect(read("The one you mentioned; which one do you prefer?")).toEqual([]);
    expect(read("a report, an inspection")).toEqual([]);
  });
});

describe("recogniseNumbers: shares", () => {
  it("reads percentages in every spelling", () => {
    expect(read("34.2 per cent, 13%, 80 %, twenty percent")).toEqual([
      ["percent", 34.2, "34.2 per cent"], ["percent", 13, "13%"], ["percent", 80, "80 %"], ["percent", 20, "twenty percent"],
    ]);
  });

  it("reads ratios as percentages", () => {
    expect(read("one in seven")).toEqual([["ratio", 14.2857, "one in seven"]]);
    expect(read("four in 10")).toEqual([["ratio", 40, "four in 10"]]);
    expect(read("Four out of 5")).toEqual([["ratio", 80, "Four out of 5"]]);
    expect(read("one in every seven")).toEqual([["ratio", 14.2857, "one in every seven"]]);
  });

  it("keeps two counts apart when the first exceeds the second", () => {
    expect(read("I count 12 in six boxes")).toEqual([["number", 12, "12"], ["number", 6, "six"]]);
  });

  it("reads fractions as percentages", () => {
    expect(read("a quarter of them")).toEqual([["fraction", 25, "a quarter"]]);
    expect(read("two thirds and two-thirds")).toEqual([["fraction", 66.6667, "two thirds"], ["fraction", 66.6667, "two-thirds"]]);
    expect(read("a fifth of councils, half of them, a third of areas")).toEqual([
      ["fraction", 20, "a fifth"], ["fraction", 50, "half"], ["fraction", 33.3333, "a third"],
    ]);
    expect(read("3/4 of staff")).toEqual([["fraction", 75, "3/4"]]);
  });
});

describe("recogniseNumbers: ranges", () => {
  it("reads a range across a gap, with its upper qualifier inside the text", () => {
    const [range] = recogniseNumbers("ranging from 7 in some areas, to as high as 34 in others");
    expect(range).toEqual({ kind: "range", value: 7, upper: 34, text: "from 7 in some areas, to as high as 34", start: 8, end: 46 });
  });

  it("reads percentage ranges", () => {
    expect(recogniseNumbers("between 10 and 20 per cent")).toEqual([{ kind: "range", value: 10, upper: 20, text: "between 10 and 20 per cent", start: 0, end: 26 }]);
    expect(recogniseNumbers("10-20%")).toEqual([{ kind: "range", value: 10, upper: 20, text: "10-20%", start: 0, end: 6 }]);
  });

  it("keeps a change between two figures as two figures", () => {
    expect(read("it rose from 17 to 20 per cent")).toEqual([["percent", 17, "17"], ["percent", 20, "20 per cent"]]);
  });
});

describe("recogniseNumbers: things that are not numbers", () => {
  it.each([
    ["years", "in 2013, in July 2012, in 2008/09 and 2012-13, between 2012 and 2013"],
    ["dates", "Tuesday, 28 June 2016 and 12 December, 21 OCT 2013, 5/17/2018"],
    ["times", "Monday to Friday, 8:30am to 6pm"],
    ["phone numbers", "0300 013 0415, 020 7017 2787, 07919 057 359, +1-222-2222/2222"],
    ["codes", "192.168.1.2, SCP-173, Covid-19, the 180ml liquid, 10k"],
    ["links", "http://ift.tt/294LtRv and media@thewhocarestrust.org.uk"],
    ["list numbering", "1. The full report is available"],
  ])("ignores %s", (_kind, text) => {
    expect(recogniseNumbers(text)).toEqual([]);
  });

  it("returns amounts after a currency sign, without the sign, for extractFigures to drop", () => {
    expect(recogniseNumbers("From £15 / month")).toEqual([{ kind: "number", value: 15, text: "15", start: 6, end: 8 }]);
  });
});
