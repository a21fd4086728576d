// Check figures: the shared ordering and wording, and both platforms' renderers by exact value.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderDiscordFigureCheck } from "../../adapters/discord/checkReport.ts";
import { textToCheck } from "../../adapters/discord/mentions.ts";
import { figureCheckReply, NO_FIGURE_REPLY } from "../../adapters/shared/figureCheck.ts";
import { ShareStore } from "../../adapters/shared/shareStore.ts";
import { renderSlackFigureCheck } from "../../adapters/slack/checkReport.ts";
import type { Answer, ClaimCheck, Figure, FigureMention, Source, Verdict } from "../../src/types.ts";
import { limitViolations } from "../e2e/fakes/discordLimits.ts";

const source: Source = { id: "cypnow", title: "Leadership instability", publisher: "CYP Now", date: "2013-10-15", url: "https://example.org/a?b=1&c=2" };

function mention(text: string, value: number): FigureMention {
  return { value, unit: "%", text, start: 0, end: text.length, metric: "turnover", period: "2008-09" };
}

const evidence: Figure = { value: 20, unit: "%", text: "one in five", metric: "turnover", period: "2008-09", sentence: "Turnover was one in five in 2008/09.", source };

const DRAFT_ONE = "Turnover was a fifth in 2008-09 and 40% in 2012-13.";
const DRAFT_TWO = "A quarter of <!channel> left.";

const checks: ClaimCheck[] = [
  { claimed: mention("a fifth", 20), verdict: "supported", reason: "a fifth (20 %) for 2008-09 matches one in five (20 %) (2008-09).", evidence: [evidence], sentence: DRAFT_ONE },
  { claimed: mention("40%", 40), verdict: "contradicted", reason: "For 2012-13 the sources say 34.2 per cent (2012-13), not 40%.", evidence: [evidence], sentence: DRAFT_ONE },
  { claimed: mention("A quarter", 25), verdict: "unverified", reason: "Nothing in the archive measures <!channel> (as a share).", evidence: [], sentence: DRAFT_TWO },
];

const answer: Answer = { query: "check …", intent: "check", status: "found", verdict: "contradicted", checks, figures: [evidence], quotes: [], message: "CONTRADICTED: 3 figures checked" };

describe("figureCheckReply", () => {
  it("sums up, orders contradicted, unverified, supported, and quotes each draft sentence once", () => {
    const reply = figureCheckReply(answer);
    expect(reply.kind).toBe("report");
    if (reply.kind !== "report") return;
    expect(reply.report.summary).toBe("3 figures: 1 contradicted, 1 unverified, 1 supported");
    expect(reply.report.items.map((item) => [item.check.claimed.text, item.quote ?? null, item.source?.id ?? null])).toEqual([
      ["40%", DRAFT_ONE, "cypnow"],
      ["A quarter", DRAFT_TWO, null],
      ["a fifth", null, "cypnow"],
    ]);
  });

  it("says “1 figure”, and notes a message that was cut", () => {
    const one = figureCheckReply({ ...answer, checks: [checks[0]!], truncated: true });
    expect(one.kind === "report" && [one.report.summary, one.report.note]).toEqual(["1 figure: 1 supported", "The message is longer than 20,000 characters: only its beginning was checked."]);
  });

  it("answers a message with no figure, or a cooldown, with one short message", () => {
    expect(figureCheckReply({ ...answer, status: "none", checks: [] })).toEqual({ kind: "message", text: NO_FIGURE_REPLY });
    expect(figureCheckReply({ ...answer, status: "limited", checks: undefined, message: "Try again in 3 seconds." })).toEqual({ kind: "message", text: "Try again in 3 seconds." });
  });
});

describe("renderSlackFigureCheck", () => {
  it("renders the summary, then each figure worst first with its escaped sentence and source", () => {
    const link = "<https://example.org/a?b=1&amp;c=2|Leadership instability> · CYP Now · 15 October 2013";
    expect(renderSlackFigureCheck(answer)).toEqual({
      text: "3 figures: 1 contradicted, 1 unverified, 1 supported",
      blocks: [
        { type: "section", text: { type: "mrkdwn", text: "*3 figures: 1 contradicted, 1 unverified, 1 supported*" } },
        { type: "section", text: { type: "mrkdwn", text: `>${DRAFT_ONE}\n:x: *CONTRADICTED*: “40%” — For 2012-13 the sources say 34.2 per cent (2012-13), not 40%.` } },
        { type: "context", elements: [{ type: "mrkdwn", text: link }] },
        { type: "section", text: { type: "mrkdwn", text: ">A quarter of &lt;!channel&gt; left.\n:grey_question: *UNVERIFIED*: “A quarter” — Nothing in the archive measures &lt;!channel&gt; (as a share)." } },
        { type: "section", text: { type: "mrkdwn", text: ":white_check_mark: *SUPPORTED*: “a fifth” — a fifth (20 %) for 2008-09 matches one in five (20 %) (2008-09)." } },
        { type: "context", elements: [{ type: "mrkdwn", text: link }] },
      ],
    });
  });

  it("renders the no-figure reply as one section", () => {
    expect(renderSlackFigureCheck({ ...answer, status: "none", checks: [] })).toEqual({ text: NO_FIGURE_REPLY, blocks: [{ type: "section", text: { type: "mrkdwn", text: NO_FIGURE_REPLY } }] });
  });
});

describe("renderDiscordFigureCheck", () => {
  it("renders the summary as content and one embed per verdict, worst first", () => {
    const linked = "— [Leadership instability · CYP Now · 15 October 2013](https://example.org/a?b=1&c=2)";
    expect(renderDiscordFigureCheck(answer)).toEqual({
      content: "**3 figures: 1 contradicted, 1 unverified, 1 supported**",
      embeds: [
        { color: 0xd4351c, title: "Contradicted", fields: [{ name: "CONTRADICTED: “40%”", value: `> ${DRAFT_ONE}\nFor 2012-13 the sources say 34.2 per cent (2012-13), not 40%.\n${linked}` }] },
        { color: 0xffdd00, title: "Unverified", fields: [{ name: "UNVERIFIED: “A quarter”", value: "> A quarter of \\<!channel> left.\nNothing in the archive measures \\<!channel> (as a share)." }] },
        { color: 0x00703c, title: "Supported", fields: [{ name: "SUPPORTED: “a fifth”", value: `a fifth (20 %) for 2008-09 matches one in five (20 %) (2008-09).\n${linked}` }] },
      ],
    });
  });

  it("leaves out whole figures past the 6,000-character budget and counts them in the content", () => {
    const many = Array.from({ length: 60 }, (_, n) => ({ ...checks[1]!, claimed: mention(`${n}%`, n), sentence: `Sentence ${n} ${"x".repeat(200)}.` }));
    const message = renderDiscordFigureCheck({ ...answer, checks: many });
    const fields = message.embeds.flatMap((embed) => embed.fields ?? []);
    const size = message.embeds.reduce((sum, embed) => sum + (embed.title?.length ?? 0) + (embed.fields ?? []).reduce((total, field) => total + field.name.length + field.value.length, 0), 0);
    expect(size).toBeLessThanOrEqual(6000);
    expect(fields.length).toBeLessThanOrEqual(25);
    expect(message.content).toBe(`**60 figures: 60 contradicted**\n…and ${60 - fields.length} more figures left out: check a shorter passage to see them.`);
  });
});

describe("textToCheck", () => {
  it("turns mention, channel, emoji and timestamp markup into words without digits", () => {
    expect(textToCheck("<@123456789012345678> <@!123456789012345678> <@&223456789012345678> <#323456789012345678> <:ofsted:423456789012345678> <t:1392734382:R> </ofsted:523456789012345678> 21 councils")).toBe(
      "@user @user @role #channel :ofsted: (a date) /ofsted 21 councils",
    );
  });
});

describe("ShareStore", () => {
  it("returns what a key stands for until it expires, and keeps at most `count` entries", () => {
    let now = 0;
    const store = new ShareStore<string>({ ms: 1000, count: 2 }, () => now);
    const first = store.put("first");
    const second = store.put("second");
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    expect([store.get(first), store.get(second)]).toEqual(["first", "second"]);
    const third = store.put("third");
    expect([store.get(first), store.get(third)]).toEqual([undefined, "third"]);
    now = 1001;
    expect(store.get(second)).toBeUndefined();
  });
});

describe("renderDiscordFigureCheck, for any checked message", () => {
  it("stays within every Discord limit, pings nobody, and counts every figure shown or left out", () => {
    const piece = fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), fc.constantFrom("@everyone", "@here", "<@123456789012345678>", "<@&1>", "**", "[x](https://evil.example)", "`", "\\", "😀"));
    const text = fc.oneof({ weight: 4, arbitrary: fc.array(piece, { maxLength: 8 }).map((parts) => parts.join("")) }, { weight: 1, arbitrary: fc.tuple(piece, fc.integer({ min: 1, max: 200 })).map(([part, times]) => part.repeat(times)) });
    const source = fc.record({ id: text, title: text, publisher: fc.option(text, { nil: undefined }), date: fc.option(fc.constant("2016-06-28"), { nil: undefined }), url: fc.option(fc.oneof(text, fc.webUrl()), { nil: undefined }) });
    const figure = fc.record({ value: fc.integer(), unit: text, text, sentence: text, source });
    const check = fc.record({
      claimed: fc.record({ value: fc.integer(), unit: text, text, start: fc.constant(0), end: fc.constant(1) }),
      verdict: fc.constantFrom<Verdict>("supported", "contradicted", "unverified"),
      reason: text,
      evidence: fc.array(figure, { maxLength: 2 }),
      sentence: fc.option(text, { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(check, { maxLength: 120 }), fc.boolean(), (drawn, truncated) => {
        const checks = drawn.map(({ sentence, ...rest }) => (sentence === undefined ? rest : { ...rest, sentence })) as ClaimCheck[];
        const message = renderDiscordFigureCheck({ ...answer, checks, truncated });
        expect(limitViolations(message)).toEqual([]);
        const shown = JSON.stringify(message.embeds);
        expect(shown).not.toMatch(/(?<!\\\\)<@/);
        expect(shown).not.toMatch(/(?<!\u200D)@(everyone|here)/);
        if (checks.length === 0) return;
        const fields = message.embeds.reduce((sum, embed) => sum + (embed.fields?.length ?? 0), 0);
        const leftOut = Number(/…and (\d+) more figures? left out/.exec(message.content ?? "")?.[1] ?? 0);
        expect(fields + leftOut).toBe(checks.length);
      }),
      { numRuns: 60 },
    );
  });
});
