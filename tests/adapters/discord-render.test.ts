import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDate } from "../../adapters/shared/format.ts";
import { renderApology, renderDiscordAnswer } from "../../adapters/discord/render.ts";
import type { Answer, Figure, Quote, Source, Verdict } from "../../src/types.ts";
import { limitViolations } from "../e2e/fakes/discordLimits.ts";

const ofsted: Source = {
  id: "2016-06-28-ofsted-strong-leadership-vital",
  title: "Strong leadership vital for children’s services improvement",
  publisher: "Ofsted",
  date: "2016-06-28",
  url: "http://ift.tt/294LtRv",
};

const twentyOne: Figure = {
  value: 21,
  unit: "local authorities",
  text: "21",
  metric: "inadequate",
  period: "2016",
  sentence: "However, today’s report shows that a quarter of children’s services departments, 21 in total, are currently rated ‘inadequate’ while 43 require improvement.",
  source: ofsted,
};

const quote: Quote = { text: "Children deserve the highest standards.", speaker: "Sir Michael Wilshaw", role: "Chief Inspector", source: ofsted };

function answer(overrides: Partial<Answer>): Answer {
  return { query: "inadequate 2016", intent: "lookup", status: "found", figures: [], quotes: [], ...overrides };
}

const allText = (message: ReturnType<typeof renderDiscordAnswer>) => JSON.stringify(message);

describe("renderDiscordAnswer", () => {
  it("puts the best figure in the title and its sentence, source, date and link below", () => {
    const message = renderDiscordAnswer(answer({ figures: [twentyOne], message: "1 figure for “inadequate” in 2016." }));
    expect(message.content).toBe("1 figure for “inadequate” in 2016.");
    const [embed] = message.embeds;
    expect(embed?.title).toContain("21");
    expect(embed?.title).toContain("inadequate · 2016");
    expect(embed?.url).toBe("http://ift.tt/294LtRv");
    expect(embed?.description).toContain("**21**");
    expect(embed?.description).toContain("are currently rated ‘inadequate’");
    expect(embed?.description).toContain("Ofsted · 28 June 2016");
    expect(embed?.description).toContain("](http://ift.tt/294LtRv)");
    expect(limitViolations(message)).toEqual([]);
  });

  it("lists further figures as fields and other reporting sources under each", () => {
    const other: Source = { id: "cypnow", title: "Quarter of councils inadequate", publisher: "CYP Now", date: "2016-06-29" };
    const second: Figure = { ...twentyOne, value: 43, text: "43", metric: "requires improvement", corroboratedBy: [other] };
    const [embed] = renderDiscordAnswer(answer({ figures: [twentyOne, second] })).embeds;
    expect(embed?.fields).toHaveLength(1);
    expect(embed?.fields?.[0]?.name).toContain("43");
    expect(embed?.fields?.[0]?.value).toContain("also: Quarter of councils inadequate · CYP Now · 29 June 2016");
  });

  it("shows quotes with speaker and role, and says when the speaker is not stated", () => {
    const anonymous: Quote = { ...quote, speaker: null, role: undefined, text: "Too many departments are inadequate." };
    const message = renderDiscordAnswer(answer({ quotes: [quote, anonymous] }));
    const quotes = message.embeds.find((embed) => embed.title === "Quotes");
    expect(quotes?.fields?.map((field) => field.name)).toEqual(["Sir Michael Wilshaw, Chief Inspector", "speaker not stated"]);
    expect(quotes?.fields?.[0]?.value).toContain("“Children deserve the highest standards.”");
    expect(quotes?.fields?.[0]?.value).toContain(formatDate("2016-06-28"));
  });

  const claimed = { value: 30, unit: "local authorities", text: "30", start: 0, end: 2 };
  const check = { claimed, verdict: "contradicted" as Verdict, reason: "sources say 21, not 30", evidence: [twentyOne] };

  it("leads a check with the verdict in bold, then the claim with its evidence", () => {
    const message = renderDiscordAnswer(answer({ intent: "check", verdict: "contradicted", message: "CONTRADICTED: “30” — sources say 21, not 30", figures: [twentyOne], checks: [check] }));
    expect(message.content).toBe("**CONTRADICTED:** “30” — sources say 21, not 30");
    expect(message.embeds[0]?.title).toBe("CONTRADICTED: “30”");
    // One check: its reason is the message already, so the embed does not repeat it.
    expect(message.embeds[0]?.description).toBeUndefined();
    expect(message.embeds[0]?.fields?.[0]?.value).toContain("Ofsted · 28 June 2016");
    // The evidence is the check's; the figure list is not repeated as a second answer.
    expect(message.embeds).toHaveLength(1);
  });

  it("gives each of several checks its own reason, and puts the verdict first whatever the message says", () => {
    const other = { ...check, verdict: "supported" as Verdict, reason: "sources say 21" };
    const message = renderDiscordAnswer(answer({ intent: "check", verdict: "contradicted", message: "2 figures checked.", checks: [check, other] }));
    expect(message.content).toBe("**CONTRADICTED:** 2 figures checked.");
    expect(message.embeds.map((embed) => embed.description)).toEqual(["sources say 21, not 30", "sources say 21"]);
  });

  it("shows the arithmetic working and a series row's caveat", () => {
    const worked: Figure = { ...twentyOne, arithmetic: { consistent: true, note: "21 of 84 is 25 %" }, caveat: "of 84 inspected" };
    expect(renderDiscordAnswer(answer({ figures: [worked] })).embeds[0]?.description).toContain("arithmetic: 21 of 84 is 25 %");
    expect(renderDiscordAnswer(answer({ intent: "trend", series: [worked], figures: [worked] })).embeds[0]?.description).toContain("(of 84 inspected)");
  });

  it("renders a series one row per period, oldest first, each with its source", () => {
    const earlier: Figure = { ...twentyOne, value: 14.3, unit: "%", text: "one in seven", period: "2013", source: { ...ofsted, date: "2013-10-21" } };
    const [embed] = renderDiscordAnswer(answer({ intent: "trend", series: [earlier, twentyOne], figures: [earlier, twentyOne] })).embeds;
    const rows = embed?.description?.split("\n") ?? [];
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^\*\*2013\*\*: one in seven \(14\.3 %\)/);
    expect(rows[0]).toContain("21 October 2013");
    expect(rows[1]).toMatch(/^\*\*2016\*\*: 21/);
  });

  it("renders sources with their counts and help as the command list", () => {
    const sources = renderDiscordAnswer(answer({ intent: "sources", sources: [{ source: ofsted, figures: 12, quotes: 1 }] })).embeds[0];
    expect(sources?.title).toBe("Sources");
    expect(sources?.description).toContain("12 figures, 1 quote");
    const help = renderDiscordAnswer(answer({ intent: "help", status: "usage", commands: [{ command: "help", description: "This list.", example: "help" }] })).embeds[0];
    expect(help?.fields?.[0]).toEqual({ name: "`/ofsted help`", value: "This list.\nExample: `/ofsted help`" });
  });

  it("sends the core's message alone when there is nothing else, and never an empty message", () => {
    expect(renderDiscordAnswer(answer({ status: "none", message: "Nothing on “ponies”." }))).toEqual({ content: "Nothing on “ponies”.", embeds: [] });
    const bare = renderDiscordAnswer(answer({ status: "none" }));
    expect(bare.content).toBeTruthy();
    expect(limitViolations(bare)).toEqual([]);
  });

  it("neutralises @everyone and @here wherever they appear, and escapes article markdown", () => {
    const loud: Figure = { ...twentyOne, sentence: "@everyone look: **21** are _inadequate_ @here" };
    const message = renderDiscordAnswer(answer({ figures: [loud], quotes: [{ ...quote, text: "ping @everyone" }], message: "@here is your answer" }));
    expect(allText(message)).not.toMatch(/@(everyone|here)/);
    expect(message.content).toBe("@\u200Dhere is your answer");
    // Article asterisks are escaped; the bold around the figure is the renderer's own.
    expect(message.embeds[0]?.description).toContain("\\*\\***21**\\*\\*");
    expect(message.embeds[0]?.description).toContain("\\_inadequate\\_");
  });

  it("drops a URL Discord would refuse instead of losing the whole message", () => {
    const message = renderDiscordAnswer(answer({ figures: [{ ...twentyOne, source: { ...ofsted, url: "javascript:alert(1)" } }] }));
    expect(message.embeds[0]?.url).toBeUndefined();
    expect(message.embeds[0]?.description).not.toContain("](");
  });

  it("keeps the longest possible answer within every limit, saying how much was left out", () => {
    const long = "word ".repeat(900);
    const sources = Array.from({ length: 40 }, (_, index) => ({ ...ofsted, id: `s${index}`, title: `${long.slice(0, 300)} ${index}`, url: `https://example.org/${"a".repeat(500)}/${index}` }));
    const figure = (index: number): Figure => ({ ...twentyOne, value: index, text: `${index} ${long.slice(0, 400)}`, sentence: long, source: sources[index % 40] ?? ofsted, corroboratedBy: sources.slice(0, 10) });
    const huge = answer({
      intent: "check",
      verdict: "unverified",
      message: long.repeat(3),
      figures: Array.from({ length: 20 }, (_, index) => figure(index)),
      quotes: Array.from({ length: 10 }, () => ({ ...quote, text: long.repeat(4), speaker: long, role: long })),
      checks: Array.from({ length: 12 }, (_, index) => ({ claimed: { value: index, unit: "%", text: long, start: 0, end: 1 }, verdict: "unverified" as Verdict, reason: long.repeat(6), evidence: Array.from({ length: 30 }, (_, n) => figure(n)) })),
      series: Array.from({ length: 60 }, (_, index) => figure(index)),
      conflicts: [Array.from({ length: 8 }, (_, index) => figure(index))],
      sources: sources.map((source) => ({ source, figures: 3, quotes: 2 })),
      commands: Array.from({ length: 30 }, () => ({ command: long, description: long, example: long })),
    });
    const message = renderDiscordAnswer(huge);
    expect(limitViolations(message)).toEqual([]);
    expect(message.content?.startsWith("**UNVERIFIED:**")).toBe(true);
    expect(message.embeds.at(-1)?.footer?.text).toMatch(/…and \d+ more/);
  });

  it("stays within every limit for arbitrary answer text (property)", () => {
    const text = fc.string({ unit: "binary", maxLength: 1500 });
    const short = fc.string({ unit: "binary", maxLength: 120 });
    const source = fc.record({ id: short, title: text, publisher: fc.option(short, { nil: undefined }), date: fc.option(fc.constantFrom("2016-06-28", "2013-10-21", "bad-date"), { nil: undefined }), url: fc.option(fc.oneof(short, fc.webUrl()), { nil: undefined }) });
    const figure = fc.record({ value: fc.double({ noNaN: true }), unit: short, text: short, sentence: text, source, metric: fc.option(short, { nil: undefined }), period: fc.option(short, { nil: undefined }), corroboratedBy: fc.option(fc.array(source, { maxLength: 6 }), { nil: undefined }) });
    const quoteArb = fc.record({ text, speaker: fc.option(short, { nil: null }), role: fc.option(short, { nil: undefined }), source });
    const verdict = fc.constantFrom<Verdict>("supported", "contradicted", "unverified");
    const check = fc.record({ claimed: fc.record({ value: fc.integer(), unit: short, text: short, start: fc.constant(0), end: fc.constant(1) }), verdict, reason: text, evidence: fc.array(figure, { maxLength: 4 }) });
    const answerArb = fc.record({
      query: text,
      intent: fc.constantFrom("lookup", "check", "trend", "quote", "sources", "help"),
      status: fc.constantFrom("found", "nearest", "none", "usage"),
      figures: fc.array(figure, { maxLength: 20 }),
      quotes: fc.array(quoteArb, { maxLength: 10 }),
      message: fc.option(text, { nil: undefined }),
      verdict: fc.option(verdict, { nil: undefined }),
      checks: fc.option(fc.array(check, { maxLength: 3 }), { nil: undefined }),
      series: fc.option(fc.array(figure, { maxLength: 8 }), { nil: undefined }),
      sources: fc.option(fc.array(fc.record({ source, figures: fc.nat(), quotes: fc.nat() }), { maxLength: 8 }), { nil: undefined }),
      commands: fc.option(fc.array(fc.record({ command: short, description: text, example: short }), { maxLength: 4 }), { nil: undefined }),
      conflicts: fc.option(fc.array(fc.array(figure, { maxLength: 3 }), { maxLength: 2 }), { nil: undefined }),
      officialDifferences: fc.option(
        fc.array(
          fc.record({
            figure,
            official: fc.record({ value: fc.option(fc.double({ noNaN: true }), { nil: null }), unit: short, text: short, metric: short, measure: fc.constant({ indicator: "turnover" }), period: short, periodLabel: text, geography: text, level: fc.constant("national"), source }),
            differs: fc.constantFrom(["value"], ["period"], ["value", "period"]),
          }),
          { maxLength: 12 },
        ),
        { nil: undefined },
      ),
    }) as fc.Arbitrary<Answer>;
    fc.assert(
      fc.property(answerArb, (generated) => {
        const message = renderDiscordAnswer(generated);
        expect(limitViolations(message)).toEqual([]);
        expect(JSON.stringify(message)).not.toMatch(/@(everyone|here)/i);
      }),
      { numRuns: 150 },
    );
  });
});

describe("renderApology", () => {
  it("gives the reference without details of the failure", () => {
    expect(renderApology("3f2a9c1d").content).toMatch(/^Sorry, something went wrong.*reference: 3f2a9c1d\.$/);
  });
});
