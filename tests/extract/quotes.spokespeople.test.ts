// Reported speech of organisations and of people named with where they speak from, in sentences of
// our own: the shapes the held-out set showed the quote reader missing or misreading.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes/index.ts";

function quotes(...paragraphs: string[]) {
  return extractQuotes(paragraphs.map((text) => ({ kind: "paragraph" as const, text })), { title: "Quotes" }).map((quote) => ({ text: quote.text, speaker: quote.speaker, partial: quote.partial === true }));
}

describe("partial quotes of an organisation's spokesperson", () => {
  it("are the organisation's words", () => {
    expect(quotes("A Department for Education spokesperson said the government was “taking action to cut agency costs”, including new rules.")).toEqual([
      { text: "taking action to cut agency costs", speaker: "Department for Education", partial: true },
    ]);
    expect(quotes('An Ofsted spokesperson said inspections would restart "as soon as it is safe".')).toEqual([{ text: "as soon as it is safe", speaker: "Ofsted", partial: true }]);
  });

  it("are nobody's when a document or a bare name says them", () => {
    expect(quotes('The report said councils were "failing".')).toEqual([]);
    expect(quotes('Ofsted rated the council "inadequate".')).toEqual([]);
  });
});

describe("a person named with where they speak from", () => {
  it("is the person, not the person and the union", () => {
    expect(quotes('"Fewer agency posts is good news," said Sam Okonjo of the Social Workers Union.')).toEqual([{ text: "Fewer agency posts is good news", speaker: "Sam Okonjo", partial: false }]);
    expect(quotes('"We are proud," said Ofsted.')[0]?.speaker).toBe("Ofsted");
  });
});

describe("an organisation named in full, and a person with where they speak from, before the verb", () => {
  it("speak their partial quotes", () => {
    expect(quotes('The Association of Directors of Children\'s Services said the job had become "one of the hardest in the sector".')).toEqual([
      { text: "one of the hardest in the sector", speaker: "Association of Directors of Children's Services", partial: true },
    ]);
    expect(quotes('Ann Bell, of the Care Providers Forum, told MPs that providers "go where land is cheap".')).toEqual([{ text: "go where land is cheap", speaker: "Ann Bell", partial: true }]);
    // A capitalised title that names no organisation speaks nothing.
    expect(quotes('The Big Review said councils were "failing badly".')).toEqual([]);
  });
});

describe("'according to' a source", () => {
  it("gives the partial quote to the person or organisation named, not to a document", () => {
    expect(quotes('According to a Local Government Association spokesperson, councils had "borne the brunt" of demand.')).toEqual([
      { text: "borne the brunt", speaker: "Local Government Association", partial: true },
    ]);
    expect(quotes('According to the report, councils were "failing badly".')).toEqual([]);
  });
});


describe("a body's long name in a speaker's role", () => {
  it("names no person, so a pronoun after it is the speaker's", () => {
    const found = quotes(
      "Dr Priya Hollis, chair of the Child Protection Panel Chairs' Forum, said the figures hid a harder truth.",
      '"Families are waiting longer than ever," she said.',
    );
    expect(found).toEqual([{ text: "Families are waiting longer than ever", speaker: "Dr Priya Hollis", partial: false }]);
  });

  it("while two people named in prose still leave a pronoun unresolved", () => {
    const found = quotes("Dr Priya Hollis met Helen Crane, chair of the Adoption Panel, on Monday.", '"Families are waiting longer than ever," she said.');
    expect(found[0]?.speaker).toBeNull();
  });
});
