// Speech pages are their speaker's words (issue 12), and one speaker is one identity across names.
// The speech text is OGL GOV.UK text from the dev corpus (tests/fixtures/dev-corpus/SOURCES.md).

import { describe, expect, it } from "vitest";
import { groupSpeakers, sameSpeaker } from "../../src/extract/quotes/identity.ts";
import { extractQuotes } from "../../src/extract/quotes/index.ts";
import { isSpeechPage, speechSpeaker } from "../../src/extract/quotes/speech.ts";
import type { Block } from "../../src/types.ts";

const p = (text: string): Block => ({ kind: "paragraph", text });
const h = (text: string): Block => ({ kind: "heading", text });

describe("speech pages", () => {
  const source = {
    title: "Yvette Stanley’s speech to the ADCS conference 2022",
    url: "https://www.gov.uk/government/speeches/yvette-stanleys-speech-to-the-adcs-conference-2022",
  };
  const blocks = [
    p("A keynote speech by Ofsted's National Director, Social Care and Regulation, at the Association of Directors of Children’s Services (ADCS) conference."),
    h("Inspections of local authority children’s services (ILACS)"),
    p("The very good news is that we have seen solid improvement."),
    p("And longstanding workforce challenges continue to grow."),
    p("There are now 23 outstanding LAs, 58 are good (several of which have one or more areas of outstanding practice), 52 require improvement and 17 are rated inadequate. There is more to do but as ever, I take my hat off to all those doing the"),
  ];

  it("tells a speech page by its address or title and reads the speaker from the title", () => {
    expect(isSpeechPage(source)).toBe(true);
    expect(isSpeechPage({ title: "Main findings: children’s social care in England 2023", url: "https://www.gov.uk/government/statistics/x" })).toBe(false);
    expect(speechSpeaker(source.title)).toBe("Yvette Stanley");
    expect(speechSpeaker("Sir Michael Wilshaw launches Ofsted’s Social Care Annual Report 2016")).toBe("Sir Michael Wilshaw");
    expect(speechSpeaker("Amanda Spielman at the 2021 ADCS conference")).toBe("Amanda Spielman");
    expect(speechSpeaker("Ofsted's speech on inspection")).toBeNull();
  });

  it("a news report about a speech is news: third person, or no speaker in the title", () => {
    const report = [p("The minister spoke for an hour."), p("She told delegates the reforms would go ahead."), p("Unions said the plan was unfunded.")];
    expect(isSpeechPage({ title: "Jane Lee's speech criticised by unions" }, report)).toBe(false);
    expect(isSpeechPage({ title: "Minister's speech on children's homes" }, blocks)).toBe(false);
    expect(isSpeechPage({ title: "Jane Lee's speech to the NCASC conference" }, [p("Summary line."), p("I want to thank you all."), p("We have come a long way.")])).toBe(true);
  });

  it("every paragraph after the summary line is one quote by the speaker; the page's cut-off end is marked", () => {
    const quotes = extractQuotes(blocks, source);
    expect(quotes.map((quote) => quote.text.slice(0, 30))).toEqual(["The very good news is that we ", "And longstanding workforce cha", "There are now 23 outstanding L"]);
    expect(quotes.every((quote) => quote.speaker === "Yvette Stanley" && quote.leadIn === blocks[0]!.text)).toBe(true);
    expect(quotes.map((quote) => quote.cutOff ?? false)).toEqual([false, false, true]);
  });

  it("without a speech source, the same blocks hold no quote (nothing is quoted or attributed)", () => {
    expect(extractQuotes(blocks)).toEqual([]);
  });
});

describe("one identity per speaker", () => {
  it("a title, a first name or a missing first name does not make another person", () => {
    expect(sameSpeaker("Sir Michael Wilshaw", "Michael Wilshaw")).toBe(true);
    expect(sameSpeaker("Sir Michael", "Sir Michael Wilshaw")).toBe(true);
    expect(sameSpeaker("Mr Wilshaw", "Michael Wilshaw")).toBe(true);
    expect(sameSpeaker("the Local Government Association", "Local Government Association")).toBe(true);
  });

  it("two people sharing a surname stay apart by first name", () => {
    expect(sameSpeaker("Jack Smith", "Jane Smith")).toBe(false);
    expect(sameSpeaker("Sir Michael", "Michael Wilshaw")).toBe(false);
    expect(sameSpeaker("Ofsted", "Michael Wilshaw")).toBe(false);
    const groups = groupSpeakers(["Jack Smith", "Jane Smith", "Mr Smith", "Sir Michael Wilshaw", "Michael Wilshaw", "Sir Michael"]);
    expect(groups.get("Jack Smith")).toEqual(["Jack Smith"]);
    expect(groups.get("Mr Smith")).toEqual(["Mr Smith"]);
    // Across articles a bare surname may be anyone of that name: never merged, even with one Smith about.
    expect(groupSpeakers(["Jack Smith", "Mr Smith"]).get("Jack Smith")).toEqual(["Jack Smith"]);
    expect([...groups.get("Sir Michael")!].sort()).toEqual(["Michael Wilshaw", "Sir Michael", "Sir Michael Wilshaw"]);
  });
});
