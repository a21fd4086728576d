import { describe, expect, it } from "vitest";
import { renderSlackAnswer, withShareButton, apologyMessage, LIMITS, SHARE_ACTION_ID } from "../../adapters/slack/render.ts";
import type { Answer, Figure, Quote, Source } from "../../src/types.ts";

const source: Source = {
  id: "2016-06-28-ofsted-strong-leadership-vital",
  title: "Strong leadership vital",
  publisher: "Ofsted",
  date: "2016-06-28",
  url: "http://example.org/press?id=1&lang=en",
};

const figure: Figure = {
  value: 21,
  unit: "local authorities",
  text: "21",
  metric: "inadequate",
  period: "2016",
  sentence: "A quarter of departments, 21 in total, are rated ‘inadequate’.",
  source,
};

const quote: Quote = { text: "Leadership is the single most important factor.", speaker: "Sir Michael Wilshaw", role: "Chief Inspector", source };

const lookup: Answer = {
  query: "inadequate 2016",
  intent: "lookup",
  status: "found",
  figures: [figure],
  quotes: [quote],
  message: "1 figure and 1 quote for “inadequate” in 2016.",
};

const SOURCE_LINE = "<http://example.org/press?id=1&amp;lang=en|Strong leadership vital> · Ofsted · 28 June 2016";

describe("renderSlackAnswer", () => {
  it("renders a lookup: message, bold figure, quoted sentence, source context, quote with speaker", () => {
    expect(renderSlackAnswer(lookup)).toEqual({
      text: "1 figure and 1 quote for “inadequate” in 2016.\n21 local authorities — inadequate · 2016 — Strong leadership vital · Ofsted · 28 June 2016 · http://example.org/press?id=1&amp;lang=en",
      blocks: [
        { type: "section", text: { type: "mrkdwn", text: "1 figure and 1 quote for “inadequate” in 2016." } },
        { type: "section", text: { type: "mrkdwn", text: "*21 local authorities — inadequate · 2016*\n>A quarter of departments, 21 in total, are rated ‘inadequate’." } },
        { type: "context", elements: [{ type: "mrkdwn", text: SOURCE_LINE }] },
        { type: "section", text: { type: "mrkdwn", text: ">“Leadership is the single most important factor.”\n— *Sir Michael Wilshaw, Chief Inspector*" } },
        { type: "context", elements: [{ type: "mrkdwn", text: SOURCE_LINE }] },
      ],
    });
  });

  it("puts a check's verdict first, then the message, the claim and its evidence", () => {
    const check: Answer = {
      query: "check one in five councils inadequate",
      intent: "check",
      status: "found",
      figures: [],
      quotes: [],
      verdict: "contradicted",
      message: "The sources say otherwise.",
      checks: [
        {
          claimed: { value: 20, unit: "%", text: "one in five", start: 6, end: 17 },
          verdict: "contradicted",
          reason: "one in five is 20 %; sources say 13 % (one in seven)",
          evidence: [{ ...figure, value: 13, unit: "%", text: "one in seven", metric: "inadequate", period: "2013", sentence: "One in seven was inadequate." }],
        },
      ],
    };
    expect(renderSlackAnswer(check).blocks).toEqual([
      { type: "section", text: { type: "mrkdwn", text: ":x: *Verdict: CONTRADICTED*" } },
      { type: "section", text: { type: "mrkdwn", text: "The sources say otherwise." } },
      { type: "section", text: { type: "mrkdwn", text: "*CONTRADICTED*: “one in five” — one in five is 20 %; sources say 13 % (one in seven)" } },
      { type: "section", text: { type: "mrkdwn", text: "*one in seven (13 %) — inadequate · 2013*\n>One in seven was inadequate." } },
      { type: "context", elements: [{ type: "mrkdwn", text: SOURCE_LINE }] },
    ]);
  });

  it("renders a trend as one line per period, and sources and commands as lists", () => {
    const trend: Answer = {
      query: "trend inadequate",
      intent: "trend",
      status: "found",
      figures: [],
      quotes: [],
      series: [
        { ...figure, period: "2013", value: 13, unit: "%", text: "one in seven" },
        { ...figure, period: "2016" },
      ],
      sources: [{ source: { id: "x", title: "Untitled & undated" }, figures: 1, quotes: 0 }],
      commands: [{ command: "<topic> [year]", description: "Figures on a topic.", example: "inadequate 2016" }],
      message: "ignored for help-style answers that carry commands",
    };
    expect(renderSlackAnswer(trend).blocks).toEqual([
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: `• *2013*: one in seven (13 %) — inadequate · 2013 — ${SOURCE_LINE}\n• *2016*: 21 local authorities — inadequate · 2016 — ${SOURCE_LINE}`,
        },
      },
      { type: "section", text: { type: "mrkdwn", text: "• Untitled &amp; undated — 1 figure, 0 quotes" } },
      { type: "section", text: { type: "mrkdwn", text: "• `&lt;topic&gt; [year]` — Figures on a topic. e.g. `inadequate 2016`" } },
    ]);
  });

  it("escapes mentions and broadcasts from the archive and from the query", () => {
    const hostile: Source = { id: "h", title: "<!here> news", publisher: "<@U123>", url: "javascript:alert(1)" };
    const answer: Answer = {
      query: "<!channel>",
      intent: "lookup",
      status: "found",
      message: "1 figure for “<!channel>”.",
      figures: [{ ...figure, text: "12", unit: "councils", sentence: "<!channel> 12 councils were rated inadequate in 2015. <@U123>", source: hostile }],
      quotes: [{ text: "<!everyone> listen", speaker: "<@U999|boss>", source: hostile }],
    };
    const rendered = renderSlackAnswer(answer);
    const json = JSON.stringify(rendered);
    for (const ping of ["<!channel>", "<!here>", "<!everyone>", "<@U123>", "<@U999", "javascript:"]) expect(json).not.toContain(ping === "javascript:" ? "<javascript:" : ping);
    expect(json).toContain("&lt;!channel&gt; 12 councils");
    expect(rendered.blocks[2]).toEqual({ type: "context", elements: [{ type: "mrkdwn", text: "&lt;!here&gt; news · &lt;@U123&gt;" }] });
  });

  it("shows the usage message alone for empty input", () => {
    const usage: Answer = { query: "", intent: "help", status: "usage", figures: [], quotes: [], message: "Nothing to look up." };
    expect(renderSlackAnswer(usage)).toEqual({ text: "Nothing to look up.", blocks: [{ type: "section", text: { type: "mrkdwn", text: "Nothing to look up." } }] });
  });

  it("trims a long answer with “…and N more” and stays within 50 blocks with the Share button", () => {
    const many: Answer = { ...lookup, figures: Array.from({ length: 30 }, () => figure), quotes: Array.from({ length: 12 }, () => quote) };
    const rendered = withShareButton(renderSlackAnswer(many), many.query);
    expect(rendered.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
    const texts = JSON.stringify(rendered.blocks);
    expect(texts).toContain("_…and 20 more figures_");
    expect(texts).toContain("_…and 7 more quotes_");
    expect(rendered.blocks.at(-1)).toEqual({
      type: "actions",
      block_id: "ofsted_share",
      elements: [{ type: "button", action_id: SHARE_ACTION_ID, text: { type: "plain_text", text: "Share in channel" }, value: "inadequate 2016" }],
    });
  });

  it("cuts the Share button's query to 2000 characters without splitting an emoji", () => {
    const value = withShareButton(renderSlackAnswer(lookup), `${"a".repeat(1999)}😀tail`).blocks.at(-1);
    expect(value).toMatchObject({ elements: [{ value: "a".repeat(1999) }] });
  });

  it("apologises with the reference id", () => {
    expect(apologyMessage("0a1b2c3d").text).toContain("0a1b2c3d");
  });
});
