import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderSlackFigureCheck, SHARE_IN_THREAD } from "../../adapters/slack/checkReport.ts";
import { LIMITS, renderSlackAnswer, withShareButton, type SlackMessage } from "../../adapters/slack/render.ts";
import type { Answer, ClaimCheck, Figure, OfficialDifference, OfficialFigure, Quote, Source, Verdict } from "../../src/types.ts";

// Strings built from pieces that matter to mrkdwn, plus plain noise, sometimes repeated far past a limit.
const piece = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("<!channel>", "<!here>", "<!everyone>", "<@U123>", "<@W1|boss>", "<#C1|general>", "<!subteam^S1>", "<https://x.example|x>", "&", "&amp;", "&lt;", "<", ">", "|", "*", "\n", "😀", "\u0000"),
);
const text = fc.oneof(
  { weight: 4, arbitrary: fc.array(piece, { maxLength: 8 }).map((parts) => parts.join("")) },
  { weight: 1, arbitrary: fc.tuple(piece, fc.integer({ min: 1, max: 900 })).map(([part, times]) => part.repeat(times)) },
);
const url = fc.oneof(fc.constant(undefined), text, fc.constantFrom("https://ofsted.example/a?b=1&c=2", "http://x.example/<!channel>|y", "javascript:alert(1)", "https://x.example/a b"));
const verdict = fc.constantFrom<Verdict>("supported", "contradicted", "unverified");

const source: fc.Arbitrary<Source> = fc.record(
  { id: text, title: text, publisher: text, date: fc.oneof(text, fc.constant("2016-06-28")), author: text, url },
  { requiredKeys: ["id", "title"] },
);
const figure: fc.Arbitrary<Figure> = fc.record(
  {
    value: fc.double({ noNaN: true }),
    upper: fc.double({ noNaN: true }),
    unit: text,
    text,
    qualifier: text,
    metric: text,
    period: text,
    geography: text,
    sentence: text,
    source,
    corroboratedBy: fc.array(source, { maxLength: 14 }),
  },
  { requiredKeys: ["value", "unit", "text", "sentence", "source"] },
);
const quote: fc.Arbitrary<Quote> = fc.record({ text, speaker: fc.option(text, { nil: null }), role: text, source }, { requiredKeys: ["text", "speaker", "source"] });
const check: fc.Arbitrary<ClaimCheck> = fc.record({
  claimed: fc.record({ value: fc.double({ noNaN: true }), unit: text, text, start: fc.nat(), end: fc.nat() }),
  verdict,
  reason: text,
  evidence: fc.array(figure, { maxLength: 4 }),
});
const official: fc.Arbitrary<OfficialFigure> = fc.record({
  value: fc.option(fc.double({ noNaN: true }), { nil: null }),
  unit: text,
  text,
  metric: text,
  measure: fc.constant({ indicator: "turnover" }),
  period: text,
  periodLabel: text,
  geography: text,
  level: fc.constant("national" as const),
  source,
});
const difference: fc.Arbitrary<OfficialDifference> = fc.record({ figure, official, differs: fc.constantFrom<OfficialDifference["differs"]>(["value"], ["period"], ["value", "period"]) });
const answer: fc.Arbitrary<Answer> = fc.record(
  {
    query: text,
    intent: fc.constantFrom("lookup", "check", "trend", "quote", "sources", "help"),
    status: fc.constantFrom("found", "nearest", "none", "usage"),
    figures: fc.array(figure, { maxLength: 30 }),
    quotes: fc.array(quote, { maxLength: 14 }),
    message: text,
    verdict,
    checks: fc.array(check, { maxLength: 7 }),
    series: fc.array(figure, { maxLength: 40 }),
    sources: fc.array(fc.record({ source, figures: fc.nat(), quotes: fc.nat() }), { maxLength: 120 }),
    commands: fc.array(fc.record({ command: text, description: text, example: text }), { maxLength: 20 }),
    conflicts: fc.array(fc.array(figure, { maxLength: 5 }), { maxLength: 5 }),
    officialDifferences: fc.array(difference, { maxLength: 30 }),
  },
  { requiredKeys: ["query", "intent", "status", "figures", "quotes"] },
);

function mrkdwnTexts(message: SlackMessage): string[] {
  const texts = [message.text];
  for (const block of message.blocks) {
    if (block.type === "section" && block.text) texts.push(block.text.text);
    if (block.type === "context") for (const element of block.elements) if ("text" in element) texts.push(element.text);
  }
  return texts;
}

// The only angle brackets we may emit are our own http(s) links, `<url|label>` with neither part
// holding a bracket or a second pipe; every & starts one of the three entities.
const OUR_LINK = /<https?:\/\/[^<>|\s]+\|[^<>|]*>/g;

function assertSafe(mrkdwn: string): void {
  // A `>` opening a line is our own block quote; data never reaches mrkdwn unescaped.
  const outsideLinks = mrkdwn.replace(OUR_LINK, "").replace(/^>/gm, "");
  expect(outsideLinks).not.toMatch(/[<>]/);
  expect(mrkdwn).not.toMatch(/&(?!(amp|lt|gt);)/);
}

/** Every limit Slack enforces, and no mention or command reaching mrkdwn from the data. */
function expectSendable(rendered: SlackMessage): void {
  expect(rendered.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
  expect(rendered.text.length).toBeGreaterThan(0);
  expect(rendered.text.length).toBeLessThan(4000);
  let total = 0;
  for (const block of rendered.blocks) {
    if (block.type === "section") {
      expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.sectionText);
      expect(block.text?.text.trim()).not.toBe("");
      total += block.text?.text.length ?? 0;
    }
    if (block.type === "context") {
      expect(block.elements.length).toBeLessThanOrEqual(LIMITS.contextElements);
      for (const element of block.elements) {
        if (!("text" in element)) continue;
        expect(element.text.length).toBeLessThanOrEqual(LIMITS.contextText);
        expect(element.text.trim()).not.toBe("");
      }
    }
    if (block.type === "actions") for (const element of block.elements) if (element.type === "button") expect(element.value?.length ?? 0).toBeLessThanOrEqual(LIMITS.buttonValue);
  }
  expect(total).toBeLessThanOrEqual(LIMITS.totalText);
  for (const mrkdwn of mrkdwnTexts(rendered)) {
    assertSafe(mrkdwn);
    expect(mrkdwn).not.toMatch(/<[!@#]/);
  }
}

describe("renderSlackAnswer, for any Answer", () => {
  it("stays within Slack's limits and lets nothing from the data ping anyone", () => {
    fc.assert(
      fc.property(answer, (input) => expectSendable(withShareButton(renderSlackAnswer(input), input.query))),
      { numRuns: 300 },
    );
  });
});

describe("renderSlackFigureCheck, for any checked message", () => {
  const checked = fc.tuple(answer, fc.array(fc.tuple(check, fc.option(text, { nil: undefined })), { maxLength: 120 }), fc.boolean());
  it("stays within Slack's limits, pings nobody, and counts every figure shown or left out", () => {
    fc.assert(
      fc.property(checked, ([input, pairs, truncated]) => {
        const checks = pairs.map(([entry, sentence]) => (sentence === undefined ? entry : { ...entry, sentence }));
        const rendered = withShareButton(renderSlackFigureCheck({ ...input, checks, truncated }), "0123456789abcdef", SHARE_IN_THREAD);
        expectSendable(rendered);
        if (checks.length === 0) return;
        const shown = rendered.blocks.filter((block) => block.type === "section" && /\*(CONTRADICTED|UNVERIFIED|SUPPORTED)\*: /.test(block.text?.text ?? "")).length;
        const leftOut = Number(/…and (\d+) more figures? left out/.exec(JSON.stringify(rendered.blocks))?.[1] ?? 0);
        expect(shown + leftOut).toBe(checks.length);
      }),
      { numRuns: 150 },
    );
  });
});
