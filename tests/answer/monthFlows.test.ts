// One month's count of a flow is no count for its year, nor evidence about another month (hry110).
// Articles of our own.
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answer/answer.ts";
import { buildArchive } from "../../src/archive/buildArchive.ts";
import type { Article } from "../../src/types.ts";

function article(id: string, date: string, text: string): Article {
  return { source: { id, title: id, date }, file: `${id}.md`, blocks: [{ kind: "paragraph", text }], hash: id };
}

const answer = createAnswerer(
  buildArchive([
    article("february", "2015-03-10", "In February 2015, the courts service received a total of 954 care applications."),
    article("january", "2016-02-10", "Local authorities made 1,040 care applications in January 2016."),
    article("year", "2015-05-10", "Between April 2013 and March 2014 the courts service received 10,620 care applications."),
  ]),
);

describe("a month's count of a flow", () => {
  it("never supports or contradicts a claim about the whole year", () => {
    expect(answer("check 954 care applications were received in 2015").verdict).toBe("unverified");
    expect(answer("check 2,000 care applications were received in 2015").verdict).toBe("unverified");
  });

  it("speaks to a claim of its own month only", () => {
    expect(answer("check 954 care applications were received in February 2015").verdict).toBe("supported");
    expect(answer("check 1,258 care applications were made in August 2016").verdict).toBe("unverified");
  });

  it("leaves a whole year's count to check as before", () => {
    expect(answer("check 10,620 care applications were received in 2013-14").verdict).toBe("supported");
    expect(answer("check 12,480 care applications were received in 2013-14").verdict).toBe("contradicted");
  });
});
