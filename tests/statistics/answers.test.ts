// Council, count, series, provider, check and sources answers from the shipped statistics.
import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core.ts";
import { gradeTally } from "../../src/answer/official/gradeCounts.ts";
import { answerBesideRecord as answerBeside, seedCore } from "../helpers/seedCore.ts";
import type { Article } from "../../src/types.ts";
import { articleOf } from "../helpers/articles.ts";

let core: Core;
beforeAll(async () => {
  core = await seedCore();
}, 120_000);

const answerBesideRecord = (article: Article, question: string) => answerBeside(core, article, question);

const historyOf = (council: string) => core.archive.judgements.filter((judgement) => judgement.council === council).sort((a, b) => a.published.localeCompare(b.published));

describe("a council", () => {
  it.each(["Norfolk", "norfolk children's services", "what is Norfolk's Ofsted rating?", "norflk", "NORFOLK council"])("answers %s with Norfolk's latest judgement, best first", (query) => {
    const answer = core.answer(query);
    const history = historyOf("Norfolk");
    expect(answer.status).toBe("found");
    expect(answer.judgements?.[0]).toEqual(history.at(-1));
    expect(answer.judgements?.[1]).toEqual(history.at(-2));
    expect(answer.judgements?.[0]).toMatchObject({ grade: "good", framework: "ILACS", inspected: "2022-11-07", published: "2023-01-13", url: expect.stringMatching(/^https:\/\/reports\.ofsted\.gov\.uk\//) });
    expect(answer.message).toMatch(/^Norfolk: Good \(ILACS Standard Inspection; inspected 7 November 2022, published 13 January 2023\)/);
    expect(answer.message).toMatch(/Previous: Requires improvement to be good \(SIF re-inspection/);
  });

  it("answers a grade asked about a council with its judgement", () => {
    for (const query of ["is Norfolk failing", "is Norfolk still good?", "Norfolk inadequate"]) {
      expect(core.answer(query).judgements?.[0]).toMatchObject({ council: "Norfolk", grade: "good", framework: "ILACS" });
    }
  });

  it("reads name variants: & for and, a city's formal name", () => {
    expect(core.answer("brighton & hove").judgements?.[0]?.council).toBe("Brighton and Hove");
    expect(core.answer("Kingston upon Hull, City of").judgements?.[0]?.council).toBe("Kingston upon Hull");
    expect(core.answer("telford and wrekin children's services").judgements?.[0]?.council).toBe("Telford and Wrekin");
  });

  it("gives the judgement in force at the end of a year, and says when a council was abolished", () => {
    const answer = core.answer("Slough 2019");
    const inForce = historyOf("Slough").filter((judgement) => judgement.published <= "2019-12-31").at(-1);
    expect(answer.judgements?.[0]).toEqual(inForce);
    expect(answer.judgements?.[0]).toMatchObject({ framework: "ILACS", published: "2019-03-04" });
    expect(core.answer("Northamptonshire").message).toMatch(/no longer exists \(from 1 April 2021: North Northamptonshire and West Northamptonshire\)/);
  });

  it("says where the record ends for a year beyond it, and names a newer article that reports another grade", () => {
    const article = articleOf("sandwell-good", "Sandwell rated good", "2025-12-05", "Children's services in Sandwell have been rated good for the first time in more than a decade.");
    const ends = core.archive.judgements.reduce((last, judgement) => (judgement.published > last ? judgement.published : last), "");
    for (const question of ["Sandwell 2025", "Sandwell"]) {
      const answer = answerBesideRecord(article, question);
      expect(answer.judgements?.[0]).toMatchObject({ council: "Sandwell", grade: "requires improvement" });
      expect(answer.message).toContain("Newer than the statistics, which run to");
      expect(answer.message).toContain("Test, 5 December 2025, reports Sandwell rated good");
    }
    expect(answerBesideRecord(article, "Sandwell 2025").message).toMatch(new RegExp(`^Sandwell, latest judgement in the statistics \\(they run to [^)]+\\): Requires improvement`));
    expect(ends < "2025-12-31").toBe(true);
    // Within the record's years the judgement in force is said as before, and an article of the same grade adds no note.
    expect(answerBesideRecord(article, "Sandwell 2023").message).toMatch(/^Sandwell, judgement in force at the end of 2023: /);
    const same = articleOf("sandwell-ri", "Sandwell still requires improvement", "2025-12-05", "Sandwell was rated requires improvement.");
    expect(answerBesideRecord(same, "Sandwell").message).not.toContain("Newer than the statistics");
  });

  it("checks a claim of the grade now as unverified where a newer article reports another grade than the record's (hry121)", () => {
    const article = articleOf("sandwell-good", "Sandwell rated good", "2025-12-05", "Children's services in Sandwell have been rated good for the first time in more than a decade.");
    for (const claim of ["check Sandwell is rated requires improvement", "check Sandwell is rated good"]) {
      const check = answerBesideRecord(article, claim);
      expect(check.verdict).toBe("unverified");
      expect(check.message).toContain("Newer than the statistics");
    }
    // A year the record covers is the record's to settle.
    expect(answerBesideRecord(article, "check Sandwell was rated requires improvement in 2023").verdict).toBe("supported");
  });

  it("trend: the history across frameworks, oldest first", () => {
    const answer = core.answer("trend Slough");
    expect(answer.judgements).toEqual(historyOf("Slough"));
    expect(answer.judgements?.map((judgement) => judgement.framework)).toEqual(["SLAC", "SIF", "SIF", "ILACS", "ILACS"]);
  });
});

describe("councils by grade", () => {
  it("counts from the per-council table as at 31 March, with the total and every council in JSON", () => {
    const answer = core.answer("requires improvement 2025");
    const figure = answer.official?.[0];
    expect(figure).toMatchObject({ metric: "requires improvement", period: "2025", periodLabel: "as at 31 March 2025", unit: "councils" });
    expect(figure?.counted?.labels).toHaveLength(figure!.value!);
    expect(answer.message).toContain(`${figure!.value} of ${figure!.counted!.outOf} councils`);
    expect(answer.message).toMatch(/and \d+ more\./);
  });

  it("reads a day and month with the year as the year: no '31' left to be read as a figure", () => {
    expect(core.answer("how many councils were good at 31 March 2025").message).toMatch(/^As at 31 March 2025: 67 of 153 councils/);
  });

  it("without a year gives the latest count; 'good councils 2023' the 2023 table", () => {
    expect(core.answer("how many councils are outstanding").official?.[0]).toMatchObject({ metric: "outstanding", period: "2025" });
    const good2023 = core.answer("good councils 2023").official?.[0];
    expect(good2023).toMatchObject({ metric: "good", period: "2023", counted: { sheet: "LA_level_at_31_Mar_2023" } });
  });

  it("for a year without a per-council table, counts judgements in force on one scale: SIF and ILACS together, as Ofsted counts them", () => {
    const answer = core.answer("inadequate 2019");
    expect(answer.message).toMatch(/^As at 31 March 2019: \d+ of \d+ councils \([\d.]+%\) judged under ILACS or SIF were rated inadequate/);
    const frameworks = new Set(answer.judgements?.map((judgement) => judgement.framework));
    expect([...frameworks].sort()).toEqual(["ILACS", "SIF"]);
    expect(answer.judgements?.every((judgement) => judgement.grade === "inadequate" && judgement.published <= "2019-03-31")).toBe(true);
  });

  it("never adds SLAC's scale to SIF's, and says which councils it counts", () => {
    const answer = core.answer("inadequate 2016");
    expect(answer.message).toMatch(/^As at 31 March 2016: \d+ of \d+ councils \([\d.]+%\) judged under SIF were rated inadequate/);
    expect(answer.judgements?.every((judgement) => judgement.framework === "SIF")).toBe(true);
  });

  it("counts under the framework a question names: 'good under the single inspection framework'", () => {
    const answer = core.answer("how many councils were rated good under the single inspection framework");
    // No year: the day the most councils had a SIF judgement in force, before ILACS replaced it.
    expect(answer.message).toMatch(/^As at 31 March 2018: \d+ of \d+ councils \([\d.]+%\) judged under SIF were rated good/);
    const in2016 = core.answer("how many councils were rated good under SIF in 2016");
    expect(in2016.message).toMatch(/As at 31 March 2016: \d+ of \d+ councils \([\d.]+%\) judged under SIF were rated good/);
    // SLAC graded safeguarding and looked-after children apart: no overall grade to count.
    expect(core.answer("how many councils were rated good under SLAC").message ?? "").not.toMatch(/judged under SLAC/);
  });

  it("tallies a grade for checks: the per-council table where there is one, else the judgements in force", () => {
    const figure = core.answer("inadequate 2025").official?.[0];
    expect(gradeTally(core.archive, "inadequate", 2025)).toMatchObject({ count: figure!.value, outOf: figure!.counted!.outOf, framework: "ILACS", periodLabel: "as at 31 March 2025" });
    const counted = core.answer("requires improvement 2024");
    expect(gradeTally(core.archive, "requires improvement", 2024)?.count).toBe(counted.judgements?.length);
  });

  it("leads a grade question the articles also answer with the official count, then the articles' figures", () => {
    const answer = core.answer("inadequate 2016");
    expect(answer.message).toMatch(/^As at 31 March 2016: 21 of 87 councils \(24\.1%\) judged under SIF were rated inadequate/);
    expect(answer.message).toContain("\nIn the articles: ");
    // "a quarter" and 21 agree with the record, so no article figure is said to differ.
    expect(answer.message).not.toContain("differ");
    expect(answer.judgements?.length).toBe(21);
    expect(answer.figures[0]?.sentence).toMatch(/21 in total/);
  });
});

describe("series and providers", () => {
  it("gives social worker turnover for a year with its period and cell", () => {
    const answer = core.answer("social worker turnover 2024");
    expect(answer.official).toHaveLength(1);
    expect(answer.official?.[0]).toMatchObject({ metric: "turnover", unit: "%", geography: "England", period: "2024", periodLabel: "year to 30 September 2024", measure: { indicator: "turnover", population: "social-workers", basis: "flow" }, cell: { column: "turnover_rate_fte" } });
  });

  it("trend social worker vacancies: every year, oldest first", () => {
    const answer = core.answer("trend social worker vacancies");
    const periods = answer.official?.map((figure) => figure.period) ?? [];
    expect(periods).toEqual([...periods].sort());
    expect(periods.length).toBeGreaterThanOrEqual(9);
    expect(answer.official?.every((figure) => figure.measure.indicator === "vacancy-rate" && figure.geography === "England")).toBe(true);
  });

  it("trend of a series the record holds: the record's years, then the articles' years before the record begins", () => {
    const article = articleOf("cla2017", "Children in care rise", "2017-09-28", "The figures show there were 72,670 children in care at the end of March 2017.", "There were 83,000 children in care at 31 March 2023.");
    const answer = answerBesideRecord(article, "trend children in care");
    const recordYears = answer.official?.map((figure) => figure.period) ?? [];
    expect(recordYears[0]).toBe("2021");
    // The article's 2017 comes after the record, as an earlier year; its 2023 is a year the record holds, so only the record's is shown.
    expect(answer.series?.map((figure) => [figure.text, figure.period])).toEqual([["72,670", "2017"]]);
    expect(answer.message).toContain("The articles add 1 earlier period");
    // No article figure before the record: the record alone.
    expect(answerBesideRecord(articleOf("none", "Care", "2024-01-01", "Nothing here counts anything."), "trend children in care").series).toBeUndefined();
  });

  it("reads a region by another of its names: 'Yorkshire' is Yorkshire and The Humber", () => {
    expect(core.answer("agency rate Yorkshire 2023").official?.[0]).toMatchObject({ geography: "Yorkshire and The Humber", level: "regional", period: "2023", measure: { indicator: "agency-rate" } });
  });

  it("keeps the census's two cover rates apart from the agency rate", () => {
    // Both read from their own columns: vacancies an agency worker covers, agency workers covering a vacancy.
    expect(core.answer("vacancies covered by agency workers 2023").official?.[0]).toMatchObject({ value: 74.4, geography: "England", measure: { indicator: "vacancy-agency-cover" }, cell: { column: "vacancy_agency_cover_rate_fte" } });
    expect(core.answer("agency workers covering vacancies 2023").official?.[0]).toMatchObject({ value: 79.8, measure: { indicator: "agency-cover" }, cell: { column: "agency_cover_rate_fte" } });
    expect(core.answer("agency rate 2023").official?.[0]).toMatchObject({ value: 17.9, measure: { indicator: "agency-rate" } });
    expect(core.answer("check 74.4% of vacancies were covered by agency workers in 2023").verdict).toBe("supported");
    expect(core.answer("check 17.9% of vacancies were covered by agency workers in 2023").verdict).toBe("contradicted");
  });

  it("reads a council and its measure: children looked after in Norfolk; average caseload", () => {
    expect(core.answer("children looked after in Norfolk").official?.[0]).toMatchObject({ geography: "Norfolk", level: "council", unit: "children", periodLabel: "as at 31 March 2025" });
    expect(core.answer("average caseload").official?.[0]).toMatchObject({ unit: "cases", measure: { indicator: "caseload" } });
    // A region whose name has small words in it; a nation the record does not hold is no council it resembles.
    expect(core.answer("social worker vacancies East of England 2019").official?.[0]).toMatchObject({ geography: "East of England", level: "regional", period: "2019" });
    expect(core.answer("children in care in Wales").official ?? []).toEqual([]);
    expect(core.answer("rate of children in care in Norfolk").official?.[0]).toMatchObject({ geography: "Norfolk", measure: { indicator: "children-looked-after-rate" } });
    // A question's words between "children" and "in care" still ask for the series.
    expect(core.answer("how many children were in care in Norfolk").official?.[0]).toMatchObject({ geography: "Norfolk", measure: { indicator: "children-looked-after" } });
  });

  it("children's homes by grade from the time series", () => {
    const answer = core.answer("children's homes inadequate 2023");
    expect(answer.official?.[0]).toMatchObject({ measure: { indicator: "inadequate", population: "childrens-homes" }, period: "2023", periodLabel: "as at 31 March 2023", unit: "children's homes" });
  });

  it("leads providers by grade with the record when the articles only use the words", () => {
    const answer = answerBesideRecord(articleOf("rss", "Schools", "2017-09-01", "Residential special schools are inspected every year."), "residential special schools 2017");
    expect(answer.message).toMatch(/^Residential special schools by latest overall effectiveness grade, England:\nas at 31 March 2017: outstanding \d+/);
    // The grades first, the count of schools and their places after them.
    expect(answer.official?.map((figure) => figure.measure.indicator)).toEqual(["outstanding", "good", "requires-improvement", "inadequate", "registered", "places"]);
  });

  it("leads providers by grade with the record when the articles' best figure is of something else", () => {
    const answer = answerBesideRecord(articleOf("carer", "Carers", "2019-05-16", "A foster carer for good fostering agencies for 14 years, she said the work had changed."), "good fostering agencies 2019");
    expect(answer.message).toMatch(/^Independent fostering agencies by latest overall effectiveness grade \(good\), England:\nas at 31 March 2019: good \d+/);
  });

  it("reads the series asked with the catalogue's words, not a list of its own", () => {
    // "how many social workers" names no indicator: the census's count in post (the population's `howMany`).
    expect(core.answer("how many children's social workers were there in 2023").official?.[0]).toMatchObject({ measure: { indicator: "social-workers-in-post" }, period: "2023", geography: "England" });
    // Re-referrals come as a count and a share: the share unless a number is asked for.
    expect(core.answer("re-referrals 2017-18").official?.[0]).toMatchObject({ measure: { indicator: "re-referrals" }, unit: "%" });
    expect(core.answer("how many re-referrals in 2017-18").official?.[0]).toMatchObject({ measure: { indicator: "re-referrals" }, unit: "re-referrals" });
    // The indicator named first is what is asked: "leavers" also names turnover, but this is a grade count.
    expect(core.answer("councils outstanding for care leavers").official?.[0]?.measure.indicator).not.toBe("turnover");
    // Places in children's homes are not in the grade tables: no table of grades stands in for them.
    expect(core.answer("places in children's homes 2023").message).not.toMatch(/by latest overall effectiveness grade/);
    // Where referrals go is part of what they are: "to children's social care" names no place.
    for (const question of ["trend referrals to children's social care", "referrals to children's services 2023", "how many referrals to social care in 2024"]) {
      const figures = core.answer(question).official ?? [];
      expect(figures.length, question).toBeGreaterThan(0);
      expect(figures.every((figure) => figure.measure.indicator === "referrals" && figure.geography === "England"), question).toBe(true);
    }
  });

  it("answers children starting to be looked after with that series, not the children looked after on 31 March", () => {
    expect(core.answer("how many children started to be looked after in 2024").official?.[0]).toMatchObject({ value: 33130, period: "2023-24", measure: { indicator: "children-looked-after", aspect: "starting to be looked after" } });
    expect(core.answer("children looked after 2024").official?.[0]).toMatchObject({ value: 83530, measure: { indicator: "children-looked-after" } });
    expect(core.answer("children looked after 2024").official?.[0]?.measure.aspect).toBeUndefined();
  });

  it("leaves a count by judgement area to the articles: the record's counts are of overall grades", () => {
    expect(core.answer("how many councils are outstanding").message).toMatch(/^As at 31 March \d{4}: \d+ of \d+ councils/);
    expect(core.answer("councils outstanding for help and protection 2023").message ?? "").not.toMatch(/^As at 31 March 2023: \d+ of \d+ councils/);
  });

  it("keeps director turnover with the articles", () => {
    expect(core.answer("trend DCS turnover").series?.length).toBeGreaterThan(0);
  });

  it("never answers children's homes staff with the social workers' series", () => {
    for (const question of ["trend children's homes staff turnover", "registered managers vacancy rate 2021"]) {
      expect(core.answer(question).official ?? [], question).toEqual([]);
    }
    expect(core.answer("trend social worker turnover").official?.length).toBeGreaterThan(0);
  });
});

describe("checks against the DfE series", () => {
  it("checks a claim about children starting to be looked after against that series, whatever an article says of those leaving", () => {
    const leaving = articleOf("leaving", "Care figures", "2025-11-20", "Some 31,000 children ceased to be looked after in 2024-25.");
    const answer = answerBesideRecord(leaving, "check 32,270 children started to be looked after in England in 2024-25");
    expect(answer.verdict).toBe("supported");
    expect(answer.message).toMatch(/32,270 children — England, year to 31 March 2025/);
  });

  it("does not confirm a level whose move the record contradicts: 'rose to 15.4' when it fell to 15.4", () => {
    const record = core.archive.official.filter((figure) => figure.measure.indicator === "caseload" && figure.geography === "England" && figure.level === "national");
    const [before, after] = ["2023", "2024"].map((year) => record.find((figure) => figure.period === year)!);
    const said = after!.value! < before!.value! ? "rose" : "fell";
    const check = core.answer(`check the average caseload ${said} to ${after!.text} in 2024`).checks![0]!;
    expect(check.verdict).toBe("unverified");
    expect(check.reason).toContain(`where the claim says it ${said}`);
    expect(core.answer(`check the average caseload ${said === "rose" ? "fell" : "rose"} to ${after!.text} in 2024`).checks![0]!.verdict).toBe("supported");
  });

  it("does not call a count wrong for a revision: within half a per cent of the record it is unverified", () => {
    const answer = core.answer("check there were 80,850 children in care in 2021");
    expect(answer.verdict).toBe("unverified");
    expect(answer.message).toMatch(/80,780 children .*first published/);
    expect(core.answer("check there were 90,850 children in care in 2021").verdict).toBe("contradicted");
  });
});

describe("a council's grade in a year whose inspection was published early the next", () => {
  it("is not refuted by the judgement in force that year", () => {
    // Worcestershire: inadequate under SIF, published 24 January 2017; in force during 2016, a 2012 SLAC re-inspection.
    const answer = core.answer("check Worcestershire was judged inadequate in 2016");
    expect(answer.verdict).toBe("unverified");
    expect(answer.message).toContain("published 24 January 2017");
    expect(core.answer("check Worcestershire was rated inadequate in 2017").verdict).toBe("supported");
    expect(core.answer("check Worcestershire was rated outstanding in 2016").verdict).toBe("contradicted");
  });

  it("does not support the grade in force when that year's inspection, published the next, gave another", () => {
    // Somerset: inadequate under SIF from 27 March 2015; its 2017 re-inspection, published 29 January 2018, requires improvement.
    const answer = core.answer("check Somerset was rated inadequate in 2017");
    expect(answer.verdict).toBe("unverified");
    expect(answer.message).toContain("published 29 January 2018");
    expect(core.answer("check Somerset was rated inadequate in 2016").verdict).toBe("supported");
  });
});

describe("a council's grade in a year the record does not reach the end of", () => {
  it("is not refuted by a judgement of an earlier year: a later inspection may have given it", () => {
    // Sandwell: requires improvement since 5 July 2022; the record runs to the spring of 2025.
    const answer = core.answer("check Sandwell was rated good in 2025");
    expect(answer.verdict).toBe("unverified");
    expect(answer.message).toMatch(/record runs to .* 2025/);
    expect(core.answer("check Sandwell was rated good in 2024").verdict).toBe("contradicted");
  });

  it("is refuted by that year's own inspection", () => {
    // Sunderland: outstanding, published 11 March 2025.
    expect(core.answer("check Sunderland was rated good in 2025").verdict).toBe("contradicted");
    expect(core.answer("check Sunderland was rated outstanding in 2025").verdict).toBe("supported");
  });
});

describe("a share asked of a measure the record counts", () => {
  it("is answered from the articles' share, not the record's count", () => {
    const article = articleOf("out-of-area", "Children placed far away", "2024-05-02", "London places 19% of its children in care outside the capital, a study found.");
    const answer = answerBesideRecord(article, "what share of London's children in care are placed outside London");
    expect(answer.figures[0]?.text).toBe("19%");
    expect(answerBesideRecord(article, "children in care London 2024").official?.[0]?.measure.indicator).toBe("children-looked-after");
  });

  it("so is a share of providers' places, asked with or without 'what' (hry112)", () => {
    const article = articleOf("private-places", "Who runs children's homes", "2025-03-02", "Private providers account for around 84% of children's home places.");
    for (const question of ["share of children's home places run by private providers", "what share of children's home places are run by private providers"]) {
      expect(answerBesideRecord(article, question).figures[0]?.text).toBe("84%");
    }
    expect(answerBesideRecord(article, "children's home places 2023").official?.[0]).toBeDefined();
  });

  it("reads an attribution after a series question as who said it, not as a place", () => {
    const article = articleOf("lga", "Care numbers", "2024-05-02", "The LGA said councils were under pressure.");
    for (const question of ["children in care 2024 says the LGA", "children in care 2024 according to the County Councils Network"]) {
      expect(answerBesideRecord(article, question).official?.[0]).toMatchObject({ geography: "England", period: expect.stringContaining("2024") });
    }
  });
});

describe("a council's grade for one judgement area", () => {
  it("is checked against the sub-judgement for that area in the judgement in force", () => {
    // Devon, ILACS published 13 May 2025: inadequate overall; leaders requires improvement; help and protection inadequate.
    const leaders = core.answer("check Devon was rated inadequate for the impact of leaders in 2025");
    expect(leaders.verdict).toBe("contradicted");
    expect(leaders.message).toMatch(/^CONTRADICTED: Devon was rated requires improvement for leadership, not inadequate: The impact of leaders/);
    expect(core.answer("check Devon was rated requires improvement for leadership in 2025").verdict).toBe("supported");
    expect(core.answer("check Ofsted rated Devon inadequate for help and protection in 2025").verdict).toBe("supported");
    // The overall grade is still the overall grade's.
    expect(core.answer("check Devon was rated inadequate in 2025").verdict).toBe("supported");
  });
});

describe("checks and sources", () => {
  it("contradicts a wrong grade and supports a right one", () => {
    const wrong = core.answer("check Norfolk is rated inadequate");
    expect(wrong.verdict).toBe("contradicted");
    expect(wrong.message).toMatch(/^CONTRADICTED: Norfolk is rated good, not inadequate: .*in force since 13 January 2023/);
    expect(core.answer("check Norfolk is rated good").verdict).toBe("supported");
    expect(core.answer("check Slough was rated inadequate in 2015").verdict).toBe("supported");
  });

  it("still checks article figures", () => {
    expect(core.answer("check one in five councils were rated inadequate in 2013").verdict).toBe("contradicted");
  });

  it("sources lists every statistics release with what it holds", () => {
    const answer = core.answer("sources");
    expect(answer.releases?.map((release) => release.file).sort()).toEqual(core.archive.releases.map((release) => release.file).sort());
    expect(answer.message).toMatch(/5 statistics releases/);
    expect(answer.releases?.find((release) => release.file.startsWith("LA_Inspection"))?.source).toMatchObject({ publisher: "Ofsted", date: "2025-09-25" });
  });
});
