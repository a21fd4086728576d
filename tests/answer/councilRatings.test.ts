// Council ratings stated in articles, as answers: a council lookup shows them after the official
// judgement (or alone without statistics), a council's grade check uses them when the record does
// not cover the date, a count of councils by grade is checked against the councils a sentence names,
// and they are saved in the index and picked up by the live indexer. The article is written for the test.
import { cp, writeFile } from "node:fs/promises";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createCore, type Core } from "../../src/core.ts";
import { LiveCore } from "../../src/live/liveCore.ts";
import { silentLogger } from "../../src/types.ts";
import { eventually } from "../helpers/eventually.ts";
import { tempCorpusDir } from "../helpers/tempDir.ts";

const ARTICLE = `---
title: Councils' ratings round-up
publisher: Sector Weekly
date: 2016-05-03
---
## Sefton rated inadequate

Leeds, along with Hampshire, was rated "outstanding" in 2016, the watchdog said.

Only Leeds and Hampshire were rated outstanding in 2015.

Doncaster and Rotherham were rated inadequate in 2013.

Birmingham was rated inadequate.

A children's home in Kent was rated inadequate last month.

Inspectors visited Norfolk in March.
`;

const LATER = `---
title: Another council improves
publisher: Sector Weekly
date: 2019-07-01
---
Bromley moved from inadequate to good in 2019.
`;

function articlesOnlyCorpus(): string {
  const dir = tempCorpusDir("ratings");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "2016-05-03-ratings.md"), ARTICLE);
  return dir;
}

describe("without official statistics", () => {
  let core: Core;
  let corpusDir: string;
  beforeAll(async () => {
    corpusDir = articlesOnlyCorpus();
    writeFileSync(path.join(corpusDir, "2019-07-01-bromley.md"), LATER);
    core = await createCore({ corpusDir, logger: silentLogger });
  }, 60_000);

  it("answers a council's name with the sentences that give its rating", () => {
    const answer = core.answer("Leeds");
    expect(answer.status).toBe("found");
    expect(answer.ratings?.map((rating) => [rating.grade, rating.period])).toEqual([["outstanding", "2015"], ["outstanding", "2016"]]);
    expect(answer.mentions?.map((mention) => mention.sentence)).toEqual(["Only Leeds and Hampshire were rated outstanding in 2015.", 'Leeds, along with Hampshire, was rated "outstanding" in 2016, the watchdog said.']);
    expect(answer.message).toContain("In the articles: outstanding (2015) — Sector Weekly, 3 May 2016; outstanding (2016)");
    expect(core.answer("Leeds 2016").ratings?.map((rating) => rating.period)).toEqual(["2016"]);
  });

  it("leaves a claim with a figure in it to the figure checks, even when it names a council", () => {
    const answer = core.answer("check 3 councils were rated outstanding in 2015, including Leeds");
    expect(answer.checks?.[0]?.claimed.text).toBe("3");
    expect(answer.verdict).toBe("contradicted");
  });

  it("finds a council whose name has small words in it, as written", () => {
    expect(core.answer("check The Isles of Scilly was rated good in 2016").message).toMatch(/^UNVERIFIED: No article gives Isles of Scilly's rating/);
  });

  it("names the councils the articles give a grade, as a list, in a grade lookup", () => {
    const answer = core.answer("outstanding 2016");
    expect(answer.status).toBe("found");
    expect(answer.message).toContain("Councils the articles name as rated outstanding in 2016: Leeds (2016), Hampshire (2016) (a list, which need not be complete).");
    const sentences = answer.mentions!.map((mention) => mention.sentence);
    expect(sentences).toContain('Leeds, along with Hampshire, was rated "outstanding" in 2016, the watchdog said.');
    expect(new Set(sentences).size).toBe(sentences.length);
    expect(core.answer("outstanding").message).toContain("Leeds (2015, 2016), Hampshire (2015, 2016)");
  });

  it("reads a headline too", () => {
    expect(core.answer("Sefton").ratings?.map((rating) => [rating.grade, rating.period, rating.periodFrom, rating.sentence])).toEqual([["inadequate", "2016", "article", "Sefton rated inadequate"]]);
  });

  it("gives no rating to a council named only as a place or a destination", () => {
    expect(core.answer("Kent").ratings).toBeUndefined();
    expect(core.answer("Norfolk").ratings).toBeUndefined();
  });

  it.each<[string, string]>([
    ["check Leeds was rated outstanding in 2016", "supported"],
    ["check Hampshire was rated outstanding in 2015", "supported"],
    ["check Leeds was rated good in 2016", "contradicted"],
    // The article's date, not a year the sentence states: it may support 2016, never contradict it.
    ["check Birmingham was rated inadequate in 2016", "supported"],
    ["check Birmingham was rated good in 2016", "unverified"],
    ["check Leeds was rated outstanding in 2019", "unverified"],
    ["check Leeds is rated outstanding", "unverified"],
    ["check Kent was rated inadequate in 2016", "unverified"],
    // Claims read with the articles' grammar: several councils, the worst verdict.
    ["check Ofsted judged Leeds and Hampshire outstanding in 2016", "supported"],
    ["check Leeds and Doncaster were rated outstanding in 2016", "unverified"],
    ["check Inspectors rated Hampshire as good in 2016", "contradicted"],
    // "Bromley moved from inadequate to good in 2019" (the later article): inadequate may have held in 2019 too.
    ["check Bromley was rated inadequate in 2019", "unverified"],
    ["check Bromley was rated good in 2019", "supported"],
    ["check Bromley was rated outstanding in 2019", "contradicted"],
  ])("%s → %s", (claim, verdict) => {
    const answer = core.answer(claim);
    expect(answer.verdict).toBe(verdict);
    expect(answer.message).toMatch(new RegExp(`^${verdict.toUpperCase()}`));
  });

  it.each<[string, string]>([
    // "Only Leeds and Hampshire": the whole list, an exact count.
    ["check 2 councils were rated outstanding in 2015", "supported"],
    ["check 3 councils were rated outstanding in 2015", "contradicted"],
    ["check 1 council was rated outstanding in 2015", "contradicted"],
    // "Doncaster and Rotherham were rated inadequate": at least two.
    ["check 2 councils were rated inadequate in 2013", "unverified"],
    ["check 5 councils were rated inadequate in 2013", "unverified"],
    ["check 1 council was rated inadequate in 2013", "contradicted"],
    // The list's period is another year's: no evidence for 2014.
    ["check 1 council was rated inadequate in 2014", "unverified"],
  ])("%s → %s", (claim, verdict) => {
    expect(core.answer(claim).verdict).toBe(verdict);
  });

  it("shows a listed count by the councils' names, verbatim in the sentence, never a number it lacks", () => {
    const answer = core.answer("check 1 council was rated inadequate in 2013");
    const [evidence] = answer.checks![0]!.evidence;
    expect(evidence).toMatchObject({ value: 2, text: "Doncaster and Rotherham", qualifier: "at least", caveat: expect.stringContaining("Doncaster, Rotherham") });
    for (const figure of [...answer.figures, ...(answer.evidence ?? [])]) expect(figure.sentence).toContain(figure.text);
  });

  it("quotes every council, grade and list verbatim from its sentence, and the sentence from the article", () => {
    expect(core.archive.ratings.length).toBe(10);
    const text = `${ARTICLE} ${LATER}`.replace(/\n+/g, " ");
    for (const rating of core.archive.ratings) {
      for (const words of [rating.named, rating.gradeText, rating.listedText]) expect(rating.sentence, words).toContain(words);
      expect(text).toContain(rating.sentence);
    }
  });

  it("keeps the ratings in the saved index", async () => {
    const again = await createCore({ corpusDir, logger: silentLogger });
    expect(again.index.origin).toBe("saved");
    expect(again.archive.ratings).toEqual(core.archive.ratings);
  });
});

describe("with the official statistics", () => {
  let core: Core;
  beforeAll(async () => {
    const corpusDir = tempCorpusDir("ratings-official");
    await cp("corpus", corpusDir, { recursive: true });
    await writeFile(path.join(corpusDir, "2016-05-03-ratings.md"), ARTICLE);
    core = await createCore({ corpusDir, logger: silentLogger, indexFile: false });
  }, 120_000);

  it("shows the official judgement first, then the articles' sentences", () => {
    const answer = core.answer("Leeds 2016");
    expect(answer.judgements?.[0]?.council).toBe("Leeds");
    const lines = answer.message!.split("\n");
    expect(lines[0]).toMatch(/^Leeds, judgement in force at the end of 2016: /);
    expect(lines.at(-1)).toMatch(/^In the articles: outstanding \(2016\)/);
    expect(answer.mentions?.map((mention) => mention.sentence)).toEqual(['Leeds, along with Hampshire, was rated "outstanding" in 2016, the watchdog said.']);
  });

  it("adds the councils the articles name to the official count of a grade", () => {
    const answer = core.answer("outstanding 2016");
    expect(answer.message).toMatch(/^As at 31 March 2016: \d+ of \d+ councils/);
    expect(answer.message).toContain("Councils the articles name as rated outstanding in 2016: Leeds (2016), Hampshire (2016)");
  });

  it("lets the official record decide a check when it covers the date", () => {
    const record = core.answer("Leeds 2016").judgements![0]!;
    const answer = core.answer("check Leeds was rated outstanding in 2016");
    expect(answer.verdict).toBe(record.grade === "outstanding" ? "supported" : "contradicted");
    expect(answer.judgements).toEqual([record]);
    expect(answer.ratings?.[0]?.sentence).toContain("Leeds, along with Hampshire");
  });
});

describe("the live indexer", () => {
  let live: LiveCore | undefined;
  afterEach(() => live?.close());

  it("reads the ratings of an article added while running", async () => {
    const corpusDir = articlesOnlyCorpus();
    live = await LiveCore.start({ corpusDir, logger: silentLogger, build: () => createCore({ corpusDir, logger: silentLogger }), debounceMs: 50, pollMs: 200 });
    expect(live.answer("Bromley").ratings).toBeUndefined();
    await writeFile(path.join(corpusDir, "2019-07-01-bromley.md"), LATER);
    await eventually(() => live!.answer("Bromley").ratings !== undefined);
    expect(live.answer("Bromley").ratings?.map((rating) => [rating.grade, rating.earlier ?? false, rating.period])).toEqual([
      ["good", false, "2019"],
      ["inadequate", true, undefined],
    ]);
  });
});
