// A question-and-answer interview: answers carry no quotation marks; the label names the speaker by
// full name or by initials. Our own interview.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes/index.ts";
import { textToBlocks } from "../../src/ingest/blocks.ts";

const INTERVIEW = [
  "Priya Anand took over as director of children's services at Wessex Council in March. She spoke to us about recruitment.",
  "How many social workers have you hired?",
  "Priya Anand: Thirty since the spring, most of them newly qualified.",
  "We could not have supervised that many two years ago.",
  "What are caseloads like now?",
  "PA: Around 17, which is still too high.",
  "Is the money there?",
  "PA: Not yet.",
  "The council's cabinet will discuss the budget in November.",
].join("\n\n");

describe("interview answers", () => {
  it("are quotes by the person the label names, in full or by initials, through the paragraphs of an answer", () => {
    expect(extractQuotes(textToBlocks(INTERVIEW)).map((quote) => [quote.speaker, quote.text])).toEqual([
      ["Priya Anand", "Thirty since the spring, most of them newly qualified."],
      ["Priya Anand", "We could not have supervised that many two years ago."],
      ["Priya Anand", "Around 17, which is still too high."],
      ["Priya Anand", "Not yet."],
    ]);
  });

  it("leave the reporter's prose after the last answer to the reporter", () => {
    expect(extractQuotes(textToBlocks(INTERVIEW)).some((quote) => quote.text.startsWith("The council's cabinet"))).toBe(false);
  });

  it("need an interview: a lone label is no answer", () => {
    expect(extractQuotes(textToBlocks("Update: This story was corrected on 4 May.\n\nCouncils spent more last year."))).toEqual([]);
  });
});

describe("an interview whose answers carry no label", () => {
  const UNLABELLED = [
    "Hana Okafor has run the fostering service at Wessex Council for six years. She talked to us about recruiting carers.",
    "**How many carers did you approve last year?**",
    "Forty-one, which is the most we have managed.",
    "Most of them came through word of mouth.",
    "**What would help most?**",
    "Money for respite, plainly.",
  ].join("\n\n");

  it("are the interviewee's, the one person the introduction says is interviewed, through each answer's paragraphs", () => {
    expect(extractQuotes(textToBlocks(UNLABELLED)).map((quote) => [quote.speaker, quote.text])).toEqual([
      ["Hana Okafor", "Forty-one, which is the most we have managed."],
      ["Hana Okafor", "Most of them came through word of mouth."],
      ["Hana Okafor", "Money for respite, plainly."],
    ]);
  });

  it("are the interviewee's when the introduction says 'We asked her about …'", () => {
    const asked = UNLABELLED.replace("She talked to us about recruiting carers.", "We asked her about recruiting carers.");
    expect(extractQuotes(textToBlocks(asked)).map((quote) => quote.speaker)).toContain("Hana Okafor");
  });

  it("are nobody's when the introduction names no one as interviewed, or two people", () => {
    const column = UNLABELLED.replace("She talked to us about recruiting carers.", "She announced a recruitment drive.");
    expect(extractQuotes(textToBlocks(column))).toEqual([]);
    const two = UNLABELLED.replace("She talked to us", "She and Tom Reyes talked to us");
    expect(extractQuotes(textToBlocks(two))).toEqual([]);
  });
});

describe("a job written before a name", () => {
  it("is no part of the name", () => {
    const quotes = extractQuotes(textToBlocks('"The middle of the table has thinned out," said analyst Farah Quddus.\n\n"Almost one council in eight is still inadequate," said Analyst Farah Quddus.'));
    expect(quotes.map((quote) => quote.speaker)).toEqual(["Farah Quddus", "Farah Quddus"]);
  });
});
