// A kind of a population asked for by name ("secure children's homes", "unregistered children's
// homes") in sentences of our own shaped like the annual-reports trial's misses: a lookup leads with
// figures of that kind, and a trend is the kind's own series, never one of all homes (the trial's
// "trend unregistered children's homes" chained the 4,010 registered homes and a count of the largest
// providers).
import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core.ts";
import { readQueryMeasure } from "../../src/measure/query.ts";
import { subgroupKey } from "../../src/measure/same.ts";
import { extractFigures } from "../../src/extract/figures/index.ts";
import { fixtureCore } from "../helpers/fixtureCore.ts";

const ARTICLE = `---
title: "Homes and places (test fixture)"
publisher: "Fixture News"
date: "2024-08-01"
---
Counting every type of home, including secure children's homes, there were 3,280 children's homes in 2024 with 14,100 places.

There were 14 secure children's homes in 2024, offering 256 places.

The largest 12 providers run a third of all homes, and the 12 largest providers make an average 21% profit.
`;

const EARLIER = `---
title: "Homes last year (test fixture)"
publisher: "Fixture News"
date: "2023-08-01"
---
There were 3,100 children's homes in 2023 with 13,700 places.
`;

let core: Core;
beforeAll(async () => {
  core = await fixtureCore("kinds", { "homes-2024.md": ARTICLE, "homes-2023.md": EARLIER });
}, 60_000);

describe("a kind of a population in a question", () => {
  it("is read from the word before the population's name", () => {
    expect(readQueryMeasure("secure children's homes places 2024").kind).toBe("secure");
    expect(readQueryMeasure("children's homes places 2024").kind).toBeUndefined();
  });

  it("puts figures of the kind first in a lookup", () => {
    const answer = core.answer("secure children's homes places 2024");
    expect(answer.figures?.[0]?.text).toBe("256");
  });

  it("makes a trend the kind's own series or none", () => {
    const all = core.answer("trend children's homes places");
    expect(all.message).toMatch(/2023: 13,700 places; 2024: 14,100 places/);
    const secure = core.answer("trend secure children's homes places");
    expect(secure.message).not.toContain("14,100");
    expect(secure.message).not.toContain("13,700");
  });

  it("never counts 'the 12 largest providers' as providers or homes", () => {
    const largest = core.answer("largest providers profit").figures?.find((figure) => figure.text === "12");
    expect(largest?.measure).toBeUndefined();
  });
});

describe("a name that is a kind by itself", () => {
  const read = (sentence: string) => extractFigures(sentence, { date: "2022-12-01" }).map((figure) => ({ text: figure.text, indicator: figure.measure?.indicator, subgroup: figure.measure?.subgroup }));

  it("reads 'UASC' and 'unaccompanied children' as unaccompanied asylum-seeking children, never all children", () => {
    expect(read("There were 5,210 UASC being looked after at 31 March.")[0]).toMatchObject({ indicator: "children-looked-after", subgroup: "unaccompanied asylum-seeking children" });
    expect(read("The county looks after 240 unaccompanied children, more than double its quota of 110.")).toMatchObject([
      { text: "240", subgroup: "unaccompanied asylum-seeking children" },
      // A quota is how many a council is asked to take, not how many it looks after.
      { text: "110", indicator: undefined },
    ]);
  });

  it("makes every spelling of the kind one subgroup", () => {
    const keys = ["UASC", "unaccompanied children", "unaccompanied asylum-seeking children"].map((words) => subgroupKey(words));
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).not.toBe("");
  });
});

describe("councils named right before another population", () => {
  it("are a kind of it: 'local authority children's homes' asks for the homes councils run", () => {
    expect(readQueryMeasure("local authority children's homes")).toMatchObject({ population: { id: "childrens-homes" }, kind: "authority" });
    expect(readQueryMeasure("councils inadequate 2016").population?.id).toBe("councils");
  });
});
