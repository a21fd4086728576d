import { beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/answer/answer.ts";
import { parseCommand } from "../../src/answer/parseCommand.ts";
import { findConflicts } from "../../src/answer/corroborate.ts";
import { extractArticle } from "../../src/archive/buildArchive.ts";
import type { Core } from "../../src/core.ts";
import type { Answer } from "../../src/types.ts";
import { SOURCE, seedCore } from "../helpers/seedCore.ts";

let core: Core;
beforeAll(async () => {
  core = await seedCore();
});

function onlyCheck(answer: Answer) {
  expect(answer.intent).toBe("check");
  expect(answer.checks).toHaveLength(1);
  return answer.checks![0]!;
}

describe("check <claim>", () => {
  it("contradicts a wrong share and gives the sources' figures, each with its source", () => {
    const answer = core.answer("check one in five councils were rated inadequate in 2013");
    expect(answer.verdict).toBe("contradicted");
    const check = onlyCheck(answer);
    expect(check.claimed.value).toBe(20);
    expect(check.reason).toContain("one in every seven (14.3 %)");
    expect(check.reason).toContain("13%");
    expect(check.reason).toContain("20 local authorities");
    const texts = check.evidence.map((figure) => figure.text);
    expect(texts).toEqual(expect.arrayContaining(["13%", "one in every seven", "20"]));
    for (const figure of check.evidence) expect(figure.source.title).toBeTruthy();
    expect(answer.evidence).toEqual(expect.arrayContaining(check.evidence));
  });

  it("calls a right number for the wrong period a contradiction, naming its period", () => {
    const answer = core.answer("check DCS turnover was 19.7 per cent in 2012-13");
    expect(answer.verdict).toBe("contradicted");
    const check = onlyCheck(answer);
    expect(check.reason).toContain("34.2 per cent");
    expect(check.reason).toContain("19.7 per cent is the figure for 2008-09");
  });

  it("supports the right number for the right period", () => {
    expect(core.answer("check DCS turnover was 34.2 per cent in 2012-13").verdict).toBe("supported");
    expect(core.answer("check 21 councils were rated inadequate in 2016").verdict).toBe("supported");
  });

  it("contradicts a wrong count even when it is close", () => {
    const answer = core.answer("check 22 councils were rated inadequate in 2016");
    expect(answer.verdict).toBe("contradicted");
    expect(onlyCheck(answer).reason).toContain("21");
  });

  it.each([
    ["a fifth vs 20 % and 19.7 per cent", "check DCS turnover was a fifth in 2008-09"],
    // Was "rated good": 80 % good or outstanding does not support a claim about homes rated good alone (see below).
    ["around 80 % vs nearly 80%", "check around 80% of children's homes were rated good or better in 2016"],
    ["four in five vs 80 %", "check four in five children's homes are rated good or better"],
    ["one in seven vs 13%", "check one in seven councils were inadequate in 2013"],
  ])("accepts fair rounding: %s", (_name, claim) => {
    expect(core.answer(claim).verdict).toBe("supported");
  });

  it("leaves a claim about another day of the year than 31 March to the articles (hry127)", () => {
    const check = onlyCheck(core.answer("check 62% of children's homes were rated good at 30 September 2016"));
    expect(check.reason).not.toContain("as at 31 March 2016");
    expect(check.verdict).not.toBe("contradicted");
  });

  it("does not let 'good or better' stand for 'good'", () => {
    // Was unverified: the record's table of all children's homes (62 % good) is now read apart from
    // its secure-homes table, so the record refutes it; the articles' 80 % good or better never supported it.
    const check = onlyCheck(core.answer("check around 80% of children's homes were rated good in 2016"));
    expect(check.verdict).toBe("contradicted");
    expect(check.reason).toContain("1228 of the 1981 children's homes with a grade (62 %) were rated good as at 31 March 2016");
  });

  it("says unverified when nothing in the archive measures the claim", () => {
    // Was "30 councils" and then "30 fostering agencies … outstanding in 2016": the official
    // statistics now count councils and fostering agencies by grade (numberCheck, providerCheck tests).
    const outstanding = core.answer("check 30 supported accommodation providers were rated outstanding in 2016");
    expect(outstanding.verdict).toBe("unverified");
    expect(onlyCheck(outstanding).reason).toContain("Nothing in the archive measures outstanding (as a count of supported accommodation providers)");
    const noFigureForYear = core.answer("check 2016 turnover of DCSs was 50 per cent");
    expect(noFigureForYear.verdict).toBe("unverified");
    expect(onlyCheck(noFigureForYear).reason).toContain("no figure for turnover (as a share of directors of children's services) in 2016 (it has 2008-09, 2012-13, 2013)");
    const unknownThing = core.answer("check 45 per cent of cats are grumpy");
    expect(unknownThing.verdict).toBe("unverified");
    expect(onlyCheck(unknownThing).evidence).toEqual([]);
  });

  // These were "unverified" while the archive held articles only; the official statistics count
  // councils by grade, so a claim about councils is now refuted by the record, never supported by
  // a figure about something else.
  it.each([
    ["80 % of children's homes is not 80 % of councils", "check 80% of councils were rated good in 2016", "contradicted"],
    ["85 % of fostering providers is not 85 % of councils", "check 85% of councils were good in 2016", "contradicted"],
    ["four in 10 councils is not 40 % of children's homes", "check 40% of children's homes were good in 2013", "unverified"],
    // In the present tense: a past-tense claim with no year is about some earlier day the record cannot pick.
    ["three areas of a framework are not three councils", "check 3 councils are inadequate", "contradicted"],
    ["79 councils inspected are not 79 rated inadequate", "check 79 councils are rated inadequate", "contradicted"],
  ])("never supports a claim with figures about something else: %s", (_name, claim, verdict) => {
    const answer = core.answer(claim);
    expect(answer.verdict).toBe(verdict);
    if (verdict === "contradicted") expect(onlyCheck(answer).reason).toMatch(/^The official statistics say \d+ of \d+ councils/);
  });

  it("treats a source's bound as neither confirming nor contradicting", () => {
    const answer = core.answer("check 5,000 inspections were carried out in 2012-13");
    expect(answer.verdict).toBe("unverified");
    expect(onlyCheck(answer).reason).toContain("only a bound: more than 4,500 inspections");
    expect(core.answer("check 4,000 inspections were carried out in 2012-13").verdict).toBe("contradicted");
  });

  it("checks every figure in a pasted paragraph, one verdict each", () => {
    const paragraph =
      "In 2016, a quarter of councils were rated inadequate. DCS turnover was 19.7 per cent in 2012-13. " +
      "Some 30 councils were rated outstanding in 2016.";
    const answer = core.answer(`check ${paragraph}`);
    expect(answer.checks!.map((check) => [check.claimed.text, check.verdict])).toEqual([
      ["a quarter", "supported"],
      ["19.7 per cent", "contradicted"],
      // On 31 March 2016, 65 councils still had judgements on the SLAC scale: the record allows
      // anything from 2 to 67 outstanding councils, so it settles nothing, and no article says.
      ["30", "unverified"],
    ]);
    expect(answer.verdict).toBe("contradicted");
    expect(answer.message).toContain("3 figures checked: 1 contradicted, 1 unverified, 1 supported");
  });

  it("asks for a figure when the claim has none", () => {
    const answer = core.answer("check councils are struggling");
    expect(answer.verdict).toBe("unverified");
    expect(answer.message).toContain("no figure to check");
  });
});

describe("trend <topic>", () => {
  it("gives one row per period, oldest first, with sources and caveats", () => {
    const answer = core.answer("trend inadequate");
    const rows = answer.series!.map((figure) => [figure.period, figure.value]);
    expect(rows).toContainEqual(["2013", 20]);
    expect(rows).toContainEqual(["2016", 21]);
    const periods = answer.series!.map((figure) => figure.period!);
    expect(periods.indexOf("2013")).toBeLessThan(periods.indexOf("2016"));
    expect(new Set(periods).size).toBe(periods.length);
    const row2016 = answer.series!.find((figure) => figure.period === "2016")!;
    expect(row2016.source.id).toBe(SOURCE.ofsted2016);
    expect(row2016.caveat).toContain("a quarter (25 %)");
    expect(answer.message).toContain("2013: 20 local authorities; 2016: 21 departments");
    // The series says how it counts: the councils rated inadequate at each date, not those judged so in a year's inspections.
    expect(answer.message).toMatch(/^inadequate \(as at each date\), 2 periods/);
  });

  it("follows turnover from 2008-09 to 2013", () => {
    const answer = core.answer("trend DCS turnover");
    expect(answer.series![0]).toMatchObject({ period: "2008-09" });
    expect(answer.series!.map((figure) => figure.period)).toContain("2012-13");
    for (const figure of answer.series!) expect(figure.unit).toBe("%");
  });

  it("says so when there is no series", () => {
    expect(core.answer("trend zebras").status).toBe("none");
  });
});

describe("quote <speaker and/or words> [year]", () => {
  const speakers: Array<[query: string, speaker: string, fragment: string]> = [
    ["quote wilshaw", "Wilshaw", ""],
    ["quote Sir Michael", "Sir Michael Wilshaw", ""],
    ["quote Michael Wilshaw leadership volatility", "Wilshaw", "leadership volatility"],
    ["quote debbie jones rigorous", "Debbie Jones", "rigorous"],
    ["quote eleanor schooling caseloads", "Eleanor Schooling", "caseloads"],
    ["quote eleanor schooling grade criteria", "Eleanor Schooling", "grade criteria"],
    ["quote andrew webb", "Andrew Webb", ""],
    ["quote david simmonds", "David Simmonds", ""],
    ["quote nushra mansuri", "Nushra Mansuri", ""],
    ["quote shaun kelly", "Shaun Kelly", ""],
    ["quote jack smith kinship", "Jack Smith", "kinship"],
    ["quote wilshw", "Wilshaw", ""],
  ];

  it.each(speakers)("%s", (query, speaker, fragment) => {
    const answer = core.answer(query);
    expect(answer.status).toBe("found");
    expect(answer.quotes.length).toBeGreaterThan(0);
    for (const quote of answer.quotes) {
      expect(quote.speaker).toContain(speaker);
      expect(quote.source.title).toBeTruthy();
    }
    if (fragment) expect(answer.quotes[0]!.text.toLowerCase()).toContain(fragment);
  });

  it("narrows by year and carries role and date", () => {
    const answer = core.answer("quote wilshaw 2016");
    expect(answer.quotes.length).toBeGreaterThan(0);
    for (const quote of answer.quotes) {
      expect(quote.source.date).toBe("2016-06-28");
      expect(quote.role).toBe("Ofsted’s Chief Inspector");
    }
  });

  it("finds quotes by words alone, and the words narrow", () => {
    const answer = core.answer("quote kinship care");
    expect(answer.quotes.length).toBeGreaterThan(0);
    for (const quote of answer.quotes) {
      expect(quote.speaker).toBe("Jack Smith");
      expect(quote.text.toLowerCase()).toContain("kinship");
    }
  });

  it("says so when nobody said it", () => {
    expect(core.answer("quote wilshaw zebras").status).toBe("none");
  });
});

describe("corroboration and conflicts", () => {
  it("folds the same figure from several articles into one result listing each source", () => {
    // Was the 20 of 2013: CYP Now's 20 are inadequate "on child protection", Ofsted's 20 carry the
    // overall rating, so the measure keeps them apart; the 17 judged inadequate in 2012-13 is one figure.
    const answer = core.answer("how many councils were inadequate in 2012-13");
    const seventeen = answer.figures.find((figure) => figure.value === 17 && figure.unit !== "%")!;
    expect([seventeen.source.id, ...(seventeen.corroboratedBy ?? []).map((source) => source.id)].sort()).toEqual([SOURCE.cypNow2013, SOURCE.oneInSeven2013].sort());
    expect(answer.figures.filter((figure) => figure.value === 17 && figure.unit !== "%")).toHaveLength(1);
  });

  it("never lets an undated article corroborate a dated figure", () => {
    const answer = core.answer("a quarter inadequate");
    const dated = answer.figures.find((figure) => figure.text === "a quarter" && figure.period === "2016")!;
    expect(dated.corroboratedBy ?? []).toEqual([]);
    expect(answer.figures.some((figure) => figure.text === "a quarter" && figure.period === undefined)).toBe(true);
  });

  it("keeps a trend to one group: no children's homes in a trend of councils", () => {
    for (const topic of ["trend good", "trend inadequate"]) {
      const series = core.answer(topic).series ?? [];
      // One measure: the same population and kind of number ("local authorities" and "departments" are both councils).
      expect(new Set(series.map((figure) => `${figure.unit === "%" ? "%" : "count"} ${figure.measure?.population}`)).size, topic).toBe(1);
    }
    // Children's homes have Ofsted's own series: all homes (no kind counted apart), year by year, oldest first.
    const homes = core.answer("trend children's homes").official ?? [];
    expect(new Set(homes.map((figure) => `${figure.measure.population} ${figure.measure.aspect ?? "all"}`))).toEqual(new Set(["childrens-homes all"]));
    expect(homes.map((figure) => figure.period)).toEqual([...homes.map((figure) => figure.period)].sort());
    // No series of one measure for it: said, with what the archive does say (never "nothing matches").
    const outstanding = core.answer("trend outstanding");
    expect(outstanding.series).toBeUndefined();
    expect(outstanding.message).toMatch(/^No trend for “outstanding”: no figures of one measure across periods\. \d+ figures? /);
  });

  it("shows England and UK versions of the same measure side by side", () => {
    // Two articles of our own give one share of councils, one for England and one for the UK.
    const article = (id: string, text: string) => extractArticle({ source: { id, title: id, date: "2019-05-01" }, file: `${id}.md`, blocks: [{ kind: "paragraph", text }], hash: id }).figures;
    const england = article("england", "In 2019, one in five councils in England were rated inadequate.");
    const uk = article("uk", "In 2019, one in five councils in the UK were rated inadequate.");
    const [conflict] = findConflicts([...england, ...uk]);
    expect(conflict?.map((figure) => figure.geography)).toEqual(["England", "UK"]);
    // The Community Care report's England figure is for safeguarding; Ofsted's UK one is overall: two measures.
    expect(core.answer("one in seven councils inadequate").conflicts ?? []).toEqual([]);
  });

  it("says whether a sentence's ratio and count agree arithmetically", () => {
    const figures = core.archive.figures;
    const twoThirds = figures.find((figure) => figure.text === "two thirds")!;
    expect(twoThirds.arithmetic).toEqual({ consistent: true, note: "11 of 17 is 64.7 %; nearly two thirds (66.7 %) agrees within rounding" });
    const oneInSeven = figures.find((figure) => figure.text === "one in every seven")!;
    expect(oneInSeven.arithmetic?.consistent).toBe(true);
    expect(oneInSeven.arithmetic?.note).toContain("agree within rounding");
    const quarter = figures.find((figure) => figure.text === "a quarter" && figure.source.id === SOURCE.ofsted2016)!;
    expect(quarter.arithmetic).toEqual({ consistent: null, note: "21 as a quarter (25 %) implies about 84 in all; the sentence does not give the total" });
  });

  it("reads a bound restated by its exact share as agreeing when the share is on its side", () => {
    const arithmeticOf = (text: string) => extractArticle({ source: { id: "b", title: "b", date: "2019-05-01" }, file: "b.md", blocks: [{ kind: "paragraph", text }], hash: "b" }).figures.map((figure) => figure.arithmetic?.consistent);
    expect(arithmeticOf("More than a third (39%) reported a rise in applications.")).toEqual([true, true]);
    expect(arithmeticOf("Fewer than a quarter (21%) reported a rise in applications.")).toEqual([true, true]);
    expect(arithmeticOf("More than a third (29%) reported a rise in applications.")).toEqual([false, false]);
  });
});

describe("sources and help", () => {
  it("lists every article with its figure and quote counts", () => {
    const answer = core.answer("sources");
    expect(answer.sources).toHaveLength(5);
    const total = answer.sources!.reduce((sum, entry) => sum + entry.figures, 0);
    expect(total).toBe(core.archive.figures.length);
    expect(answer.sources![0]!.source.date).toBe("2016-06-28");
    for (const entry of answer.sources!) expect(entry.quotes).toBeGreaterThan(0);
  });

  it("lists the commands, and every example works", () => {
    const answer = core.answer("help");
    expect(answer.commands).toEqual(COMMANDS);
    for (const command of COMMANDS) {
      const example = core.answer(command.example);
      expect(example.status, command.example).toBe("found");
    }
  });
});

describe("how much text a command reads", () => {
  it("reads a check of up to 20,000 code points whole, and says when a longer one was cut", () => {
    const story = "In 2013, 20 councils were rated inadequate. ".repeat(400);
    const long = parseCommand(`check ${story}`);
    expect(long.ok && [long.command.truncated, Array.from(long.command.topic).length > 17_000]).toEqual([false, true]);
    const longer = parseCommand(`check ${story.repeat(2)}`);
    expect(longer.ok && [longer.command.truncated, Array.from(longer.command.topic).length <= 20_000]).toEqual([true, true]);
  });

  it("still reads any other command only up to 2,000 code points", () => {
    const lookup = parseCommand(`inadequate ${"councils ".repeat(400)}`);
    expect(lookup.ok && [lookup.command.truncated, Array.from(lookup.command.query).length <= 2000]).toEqual([true, true]);
  });
});
