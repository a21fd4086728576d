// Reported speech of organisations and of people named with where they speak from, in sentences of
// our own: the shapes the held-out set showed the quote reader missing or misreading.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes/index.ts";

function quotes(...paragraphs: string[]) {
  return extractQuotes(paragraphs.map((text) => ({ kind: "paragraph" as const, text })), { id: "q", title: "Quotes", date: "2023-02-23" }).map((quote) => ({ text: quote.text, speaker: quote.speaker, partial: quote.partial === true }));
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
