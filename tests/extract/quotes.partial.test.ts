// Short partial quotes attributed in their own sentence, and "he said" after a paragraph that names
// one person beside an organisation whose name looks like a person's. Sentences written for these
// tests (no news text).

import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes/index.ts";
import type { Block, QuoteMention } from "../../src/types.ts";

const p = (text: string): Block => ({ kind: "paragraph", text });
const quotesOf = (...paragraphs: string[]): QuoteMention[] => extractQuotes(paragraphs.map(p));
const said = (quotes: QuoteMention[]) => quotes.map((quote) => [quote.speaker, quote.text]);

describe("a pronoun after one named person and an organisation", () => {
  it("an organisation's name before its head noun is not a second person", () => {
    const quotes = quotesOf(
      'Priya Nandra, who chairs the Foster Carers Alliance, said the drop was "sharp but reversible". "We lost forty households this year," she said. "Most of them told us the allowance was the reason."',
    );
    expect(said(quotes)).toEqual([
      ["Priya Nandra", "sharp but reversible"],
      ["Priya Nandra", "We lost forty households this year"],
      ["Priya Nandra", "Most of them told us the allowance was the reason."],
    ]);
  });

  it("a name-like run after “the” is an organisation, whatever follows it", () => {
    const quotes = quotesOf('Tom Okafor, a trustee of the Kinder Futures charity, spoke at the launch. "Every child deserves a second chance at a family," he said.');
    expect(quotes[0]).toMatchObject({ speaker: "Tom Okafor" });
  });

  it("two named people in reach still leave “she said” unattributed", () => {
    const quotes = quotesOf('Ann Bell, of the Northfield Carers Forum, met Ruth Hale on Tuesday. "We agreed to meet again next month," she said.');
    expect(quotes[0]).toMatchObject({ speaker: null });
  });
});

describe("short partial quotes with their speaker in the sentence", () => {
  it("after a relative clause that says who the speaker is", () => {
    expect(said(quotesOf('Leon Fairweather, who studies care markets at the Eastbrook Institute, said prices were "out of control".'))).toEqual([
      ["Leon Fairweather", "out of control"],
    ]);
  });

  it("an organisation speaking through a role it names, or the one person given that role", () => {
    expect(quotesOf('Ofsted\'s regional director for the North said the council had made "steady gains" since spring.')[0]).toMatchObject({ speaker: "Ofsted", text: "steady gains" });
    const named = quotesOf(
      "Marta Quinn, Ofsted's regional director for the North, visited the council in May.",
      'Ofsted\'s regional director for the North said the council had made "steady gains" since spring.',
    );
    expect(named[0]).toMatchObject({ speaker: "Marta Quinn", text: "steady gains" });
  });

  it("an office, an aside between subject and verb, and an appositive describing the body", () => {
    expect(quotesOf('The Schools Minister\'s office said the plan showed "a clear direction".')[0]).toMatchObject({ speaker: "Schools Minister's office" });
    expect(quotesOf('The Local Government Association, for its part, said the money was "too little, too late".')[0]).toMatchObject({ speaker: "Local Government Association" });
    expect(quotesOf('A spokesperson for the Federation of Kinship Carers, a group of family carers, said the rules should be applied "with caution" because few cases are alike.')[0]).toMatchObject({
      speaker: "Federation of Kinship Carers",
      text: "with caution",
    });
    expect(quotesOf('Sheffield\'s children\'s trust, Bright Steps for Families, said the inspection found "genuine momentum".')[0]).toMatchObject({ speaker: "Bright Steps for Families" });
  });

  it("who was told is not counted as words between the verb and the fragment", () => {
    expect(quotesOf('Youth worker Dana Pike told The Northern Family Courier she quit the role last spring after "months of unpaid overtime".')[0]).toMatchObject({ speaker: "Dana Pike" });
  });

  it("a fragment in a clause reported by an earlier speech verb", () => {
    expect(quotesOf('Writing to staff, director Omar Sethi said the trust accepted the recommendations "without reservation".')[0]).toMatchObject({ speaker: "Omar Sethi", text: "without reservation" });
  });

  it("titles, grades, labels and relative clauses stay out", () => {
    expect(quotesOf('Ofsted\'s regional director said a report called "Growing up unseen" had been read widely.')).toEqual([]);
    expect(quotesOf('Jane Lee said the report, which described the service as "drifting without purpose", was fair.')).toEqual([]);
    expect(quotesOf('Jane Lee said inspectors called the approach "brave but risky".')).toEqual([]);
    expect(quotesOf('The Local Government Association, for its part, said councils rated "requires improvement" need help.')).toEqual([]);
  });
});

describe("a body known by its initials", () => {
  it("speaks its partial quotes: the DfE, Cafcass", () => {
    const [quote] = extractQuotes([{ kind: "paragraph", text: "The DfE says that “shortages of experienced staff” explain most of the rise." }]);
    expect(quote).toMatchObject({ text: "shortages of experienced staff", speaker: "DfE", partial: true });
    // A bare name that is no body speaks nothing.
    expect(extractQuotes([{ kind: "paragraph", text: "The report says that “shortages of experienced staff” explain most of the rise." }])).toEqual([]);
  });
});

describe("partial quotes whose speaker stands further back in the sentence", () => {
  it("after a clause opener: '…, when Ofsted's national director Jane Ormerod warned …'", () => {
    const quotes = quotesOf("The figures were worse than a year ago, when Ofsted's national director for social care Jane Ormerod warned the system was near “breaking point” without new carers.");
    expect(said(quotes)).toEqual([["Jane Ormerod", "breaking point"]]);
  });

  it("after a second verb with no subject of its own: '…, welcomed the plan, but said that …'", () => {
    const quotes = quotesOf('Rob Tennant, chief executive of the charity Safe Harbour, welcomed the plan, but said that "far more money is needed for councils to keep children close to home".');
    expect(said(quotes)).toEqual([["Rob Tennant", "far more money is needed for councils to keep children close to home"]]);
  });

  it("an organisation that accuses, after asides", () => {
    const quotes = quotesOf('However, in response, the Foster Carers Association accused ministers of "empty promises" on allowances.');
    expect(said(quotes)).toEqual([["Foster Carers Association", "empty promises"]]);
  });

  it("a second fragment of the same speech: '…, but that …'", () => {
    const quotes = quotesOf('Lena Marsh, ADCS vice-president, said some "turnover" was normal, but that this year had brought "real instability" to councils.');
    expect(said(quotes)).toEqual([
      ["Lena Marsh", "turnover"],
      ["Lena Marsh", "real instability"],
    ]);
  });

  it("but not a phrase after a report or a document's verb", () => {
    expect(quotesOf('The report, published after a year when councils felt "squeezed", said budgets were tight.')).toEqual([]);
  });
});

describe("a partial quote whose speaker closes the sentence", () => {
  it("after “, said X.” or “, X has said.”", () => {
    expect(said(quotesOf('Joint working between the agencies is "close to breaking point" in some areas, said Marion Kettle.'))).toEqual([
      ["Marion Kettle", "close to breaking point"],
    ]);
    const [quote] = quotesOf('Gaps in record keeping make it "almost impossible" for staff to see the whole child, review chair Owen Birtles has said.');
    expect(quote).toMatchObject({ speaker: "Owen Birtles", role: "review chair", text: "almost impossible" });
  });

  it("not past another verb or another quotation, and never a grade", () => {
    expect(quotesOf('The home was "inadequate" at its last visit, said Marion Kettle.')).toEqual([]);
    expect(quotesOf('Ministers promised "a new deal" but councils warned of "deep cuts" to budgets, said Marion Kettle.').map((q) => q.speaker)).not.toContain("Marion Kettle");
  });
});

describe("a fragment followed at once by the attribution's comma", () => {
  it("is attributed, and the scan ends", () => {
    expect(said(quotesOf('The new rota is "unworkable", said Marion Kettle.'))).toEqual([["Marion Kettle", "unworkable"]]);
  });
});
