// A claim that says who gave its figure is confirmed only where that person or body gives it (hry127).
import { describe, expect, it } from "vitest";
import { claimedSource } from "../../src/answer/claimSource.ts";
import { createAnswerer } from "../../src/answer/answer.ts";
import { buildArchive } from "../../src/archive/buildArchive.ts";
import type { Article } from "../../src/types.ts";
import { articleOf } from "../helpers/articles.ts";

describe("claimedSource", () => {
  it.each([
    ["Spielman said 17 councils were rated inadequate in 2022", "Spielman"],
    ["Ofsted chief inspector Amanda Spielman has said 17 councils were inadequate", "Amanda Spielman"],
    ["According to the Local Government Association, councils overspent by £800m", "Local Government Association"],
    ["London needs 500 more social workers, according to Rachel Osei", "Rachel Osei"],
    ["17 councils were inadequate, said Sir Michael Wilshaw.", "Sir Michael Wilshaw"],
    ["Ofsted's annual report found 42% of councils were good", "Ofsted"],
    ["The Association of Directors of Children's Services said 80% of councils overspent", "Association of Directors of Children's Services"],
    ["Barnardo's said one in five children in care moved school", "Barnardo"],
    ["The number of children in care rose to 83,630, the DfE said", "DfE"],
  ])("%s → %s", (claim, name) => {
    expect(claimedSource(claim)).toBe(name);
  });

  it("reads a body's name with its own 'of' and 'for', and a long capitalised tail, at once", () => {
    expect(claimedSource("According to the Association of Directors of Children's Services, 80% of councils overspent")).toBe("Association of Directors of Children's Services");
    expect(claimedSource("According to Action for Children, 1,000 centres closed")).toBe("Action for Children");
    // (A run of capitals at the end once backtracked for seconds.)
    expect(claimedSource("Councils overspent by £1bn in 2019, said THE LOCAL GOVERNMENT ASSOCIATION ON TUESDAY EVENING IN LONDON TODAY")).toBeDefined();
  });

  it.each([
    "Vacancies reported by councils rose to 7,900 in 2022",
    "Councils in England reported 7,900 vacancies in 2022",
    "Figures show 17 councils are inadequate",
    "Inspectors found agency workers filled a third of posts",
    "In 2016, 21 councils were rated inadequate",
    "The report found 42% of councils were good",
  ])("names nobody: %s", (claim) => {
    expect(claimedSource(claim)).toBeUndefined();
  });
});

describe("check of an attributed claim", () => {
  const speech: Article = {
    ...articleOf("speech", "Yvette Stanley's speech to the directors' conference", "2022-07-07", "There are now 23 outstanding councils, 58 are good, 52 require improvement and 17 are rated inadequate."),
    source: { id: "speech", title: "Yvette Stanley's speech to the directors' conference", publisher: "Ofsted", date: "2022-07-07", author: "Yvette Stanley" },
  };
  const report = articleOf(
    "news",
    "Councils short of social workers",
    "2023-03-01",
    "“We counted 412 vacant posts across the region,” said Priya Nandra, the network's chair.",
    "The Local Government Association said councils overspent by £800m in 2022-23.",
  );
  const answer = createAnswerer(buildArchive([speech, report]));
  const verdict = (claim: string) => answer(`check ${claim}`).checks![0]!.verdict;

  it("is unverified when the figure is someone else's", () => {
    expect(verdict("Spielman said 17 councils were rated inadequate in 2022")).toBe("unverified");
    expect(answer("check Spielman said 17 councils were rated inadequate in 2022").checks![0]!.reason).toContain("none of these sources has Spielman saying it");
  });

  it("is supported when the byline, the sentence or a quote has the speaker saying it", () => {
    expect(verdict("Stanley said 17 councils were rated inadequate in 2022")).toBe("supported");
    expect(verdict("17 councils were rated inadequate in 2022, Ofsted said")).toBe("supported");
    expect(verdict("Nandra said there were 412 vacant posts in 2023")).toBe("supported");
    expect(verdict("According to the LGA, councils overspent by £800m in 2022-23")).toBe("supported");
  });

  it("leaves a claim with no speaker as it was", () => {
    expect(verdict("17 councils were rated inadequate in 2022")).toBe("supported");
  });
});
