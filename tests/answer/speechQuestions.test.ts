// "what did X say about Y": a question about what someone said, answered with their quotes. Articles
// of our own, with an organisation that speaks through its people.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCommand, readSpeechQuestion } from "../../src/answer/parseCommand.ts";
import { createCore, type Core } from "../../src/core.ts";
import { silentLogger } from "../../src/types.ts";
import { tempCorpusDir } from "../helpers/tempDir.ts";

const CAPS = `---
title: "Unions split over agency pay caps"
publisher: "Test Weekly"
date: "2023-10-12"
---
Councils want to cap what they pay agency social workers.

"Principles don't pay the mortgage," said Teresa Quayle, Unison's national officer for social workers.

"We have protected children's services for as long as we could," said Councillor Margaret Oyelaran, who chairs the LGA's children and young people board.
`;

const HOMES = `---
title: "Inspectors warn on distant placements"
publisher: "Test Weekly"
date: "2024-03-01"
---
"Children are still placed hundreds of miles from home," said Maria Delacroix, Ofsted's national director for regulation and social care.

"Caseloads remain too high in many councils," she added.

The Association of Fostering Providers said: "Carers are leaving faster than we can recruit them."

Association of Directors of Children's Services president Ruth Okafor told Test Weekly: "Locum rules will bite this autumn."

"Help must come before crisis," said Dev Raman, chair of the Local Government Association's Children and Young People Board.
`;

const EARLIER = `---
title: "Union warns on staffing"
publisher: "Test Weekly"
date: "2015-05-01"
---
"Staffing is the crisis nobody wants to name," said Maria Delacroix, then chair of Unison's social care committee.
`;

let core: Core;
beforeAll(async () => {
  const corpusDir = tempCorpusDir("speech");
  mkdirSync(corpusDir, { recursive: true });
  writeFileSync(path.join(corpusDir, "caps.md"), CAPS);
  writeFileSync(path.join(corpusDir, "homes.md"), HOMES);
  writeFileSync(path.join(corpusDir, "earlier.md"), EARLIER);
  core = await createCore({ corpusDir, logger: silentLogger });
});

describe("reading a question about what someone said", () => {
  it.each([
    ["what did Unison say about agency caps", "Unison", "agency caps"],
    ["What has the LGA said on overspends?", "LGA", "overspends"],
    ["what did Peter Hadley tell MPs", "Peter Hadley", "MPs"],
    ["what Ofsted said about children's homes", "Ofsted", "children's homes"],
    ["what did Yvette Stanley say", "Yvette Stanley", ""],
  ])("%s", (question, speaker, topic) => {
    expect(readSpeechQuestion(question)).toEqual({ speaker, topic });
  });

  it("is not a question for a share of those who said something", () => {
    expect(readSpeechQuestion("what share of social workers said they were stressed")).toBeUndefined();
    expect(readSpeechQuestion("what proportion of councils said they overspent")).toBeUndefined();
    expect(readSpeechQuestion("what Unison said about caps")).toEqual({ speaker: "Unison", topic: "caps" });
  });

  it("leaves an attribution of a figure to the lookup", () => {
    expect(readSpeechQuestion("what proportion of councils were inadequate in 2016, says Ofsted")).toBeUndefined();
    expect(parseCommand("what proportion of councils were inadequate in 2016, says Ofsted")).toMatchObject({ ok: true, command: { intent: "lookup" } });
  });

  it("is a quote question, with its year", () => {
    expect(parseCommand("what did Unison say about agency caps in 2023")).toMatchObject({ ok: true, command: { intent: "quote", speaker: "Unison", topic: "agency caps", years: { from: 2023, to: 2023 } } });
  });
});

describe("answering it", () => {
  it("finds an organisation's words in its people's quotes, by the role's name or acronym", () => {
    const unison = core.answer("what did Unison say about agency caps");
    expect(unison.quotes.map((quote) => quote.speaker)).toEqual(["Teresa Quayle"]);
    const lga = core.answer("what did the LGA say");
    // The newest article first.
    expect(lga.quotes.map((quote) => [quote.speaker, quote.role])).toEqual([
      ["Dev Raman", "chair of the Local Government Association's Children and Young People Board"],
      ["Margaret Oyelaran", "chair of the LGA's children and young people board"],
    ]);
  });

  it("leads with the speaker's quote on the topic", () => {
    const answer = core.answer("what did Ofsted say about caseloads");
    expect(answer.quotes[0]?.text).toBe("Caseloads remain too high in many councils");
    expect(answer.message).toContain("on “caseloads”");
  });

  it("gives the speaker's quotes, and says so, when none is on the topic", () => {
    const answer = core.answer("what did Maria Delacroix say about budgets");
    expect(answer.status).toBe("found");
    expect(answer.quotes).toHaveLength(3);
    expect(answer.message).toContain("none is on “budgets”");
  });

  it("never gives a name one slip away from the first name typed, when the surname typed is no one's (hry113)", () => {
    // "Teresa Quayle" is quoted; "Theresa Jolliffe" is not.
    expect(core.answer("quote Theresa Jolliffe").quotes).toEqual([]);
    expect(core.answer("quote Quayle").quotes.map((quote) => quote.speaker)).toContain("Teresa Quayle");
  });

  it("says plainly when nobody of that name or organisation is quoted", () => {
    const answer = core.answer("what did the NSPCC say about caps");
    expect(answer.quotes).toEqual([]);
    expect(answer.message).toMatch(/^No quote by “NSPCC”/);
  });
});

describe("an organisation by its initials", () => {
  it("finds the Association of Fostering Providers as 'the AFP'", () => {
    const answer = core.answer("what did the AFP say about carers");
    expect(answer.quotes[0]?.speaker).toBe("Association of Fostering Providers");
    expect(core.answer("what did the AFX say about carers").quotes).toEqual([]);
  });

  it("finds a person whose role names the organisation: the ADCS's president, the LGA board's chair", () => {
    expect(core.answer("what did the ADCS say about locum rules").quotes[0]?.speaker).toBe("Ruth Okafor");
    expect(core.answer("what did the LGA say about help").quotes.map((quote) => quote.speaker)).toContain("Dev Raman");
  });
});

describe("an organisation through someone who spoke for it once", () => {
  it("gives only the quotes said in the role that names it", () => {
    const answer = core.answer("what did Unison say");
    const texts = answer.quotes.map((quote) => quote.text);
    expect(texts.some((text) => text.startsWith("Staffing is the crisis"))).toBe(true);
    // Maria Delacroix later spoke for Ofsted: not what Unison said.
    expect(texts.some((text) => text.startsWith("Children are still placed"))).toBe(false);
  });
});


describe("who said some words", () => {
  it("is a search of the quotes by their words, not a lookup of figures", () => {
    expect(parseCommand("who said “caseloads remain too high”?")).toMatchObject({ ok: true, command: { intent: "quote", topic: "caseloads remain too high" } });
    const answer = core.answer("who said carers are leaving faster than we can recruit them");
    expect(answer.figures).toEqual([]);
    expect(answer.quotes[0]?.speaker).toBe("Association of Fostering Providers");
    expect(core.answer("who said caseloads remain too high").quotes[0]?.speaker).toBe("Maria Delacroix");
  });
});

describe("quote <speaker> <words> where none of the speaker's quotes holds the words", () => {
  it("gives what they said, saying it is not on the words (hry71: the topic stood in the sentence before 'He said:')", () => {
    const answer = core.answer("quote Ruth Okafor pay caps");
    expect(answer.status).toBe("found");
    expect(answer.quotes.map((quote) => quote.speaker)).toEqual(["Ruth Okafor"]);
    expect(answer.message).toContain("none is on “pay caps”");
    // A speaker the archive does not know is still no speaker.
    expect(core.answer("quote Zed Quiller pay caps").quotes).toEqual([]);
  });
});
