// The article figures that differ from the official figure an answer leads with: the same section on
// every platform, tested by exact output.
import { describe, expect, it } from "vitest";
import { renderText } from "../../adapters/cli/render.ts";
import { renderDiscordAnswer } from "../../adapters/discord/render.ts";
import { renderSlackAnswer } from "../../adapters/slack/render.ts";
import { tallyFigure } from "../../src/answer/official/tallyRecord.ts";
import type { Answer, Figure, OfficialFigure, Source } from "../../src/types.ts";
import { limitViolations } from "../e2e/fakes/discordLimits.ts";

const article: Source = { id: "workforce-fixture", title: "Workforce figures", publisher: "Fixture News", date: "2024-03-01", url: "http://example.org/workforce?a=1&b=2" };
const release: Source = { id: "csww", title: "Children's social work workforce", publisher: "Department for Education", date: "2026-02-26" };

const official: OfficialFigure = {
  value: 15.9,
  unit: "%",
  text: "15.9",
  metric: "turnover",
  measure: { indicator: "turnover", population: "social-workers", basis: "flow" },
  period: "2023",
  periodLabel: "year to 30 September 2023",
  geography: "England",
  level: "national",
  source: release,
  cell: { file: "csww_indicators_2017_to_2025.csv", row: 328, column: "turnover_rate_fte", header: "turnover_rate_fte" },
};

const stated: Figure = {
  value: 20,
  unit: "%",
  text: "20%",
  metric: "turnover",
  measure: { indicator: "turnover", population: "social-workers", basis: "flow" },
  period: "2023",
  sentence: "Social worker turnover was 20% in 2023, according to a survey of council leaders.",
  source: article,
};

const otherPeriod: Figure = { ...stated, value: 15.9, text: "15.9%", period: "2022-23", sentence: "Turnover was 15.9% in 2022-23." };

const answer: Answer = {
  query: "social worker turnover 2023",
  intent: "lookup",
  status: "found",
  figures: [stated, otherPeriod],
  quotes: [],
  message: "Social worker turnover, 15.9% — England, year to 30 September 2023.\nIn the articles: 2 figures of the same measure. They differ from the record (below).",
  official: [official],
  officialDifferences: [
    { figure: stated, official, differs: ["value"] },
    { figure: otherPeriod, official, differs: ["period"] },
  ],
};

describe("article figures that differ from the official statistics", () => {
  it("are a section of their own at the terminal, each with what the record says", () => {
    const text = renderText(answer);
    expect(text.split("\n\n").at(-1)).toBe(
      [
        "Differs from the official statistics:",
        "   20% — turnover · 2023 — Workforce figures · Fixture News · 1 March 2024 · http://example.org/workforce?a=1&b=2",
        "      official: 15.9% — England, year to 30 September 2023 (value differs)",
        "   15.9% — turnover · 2022-23 — Workforce figures · Fixture News · 1 March 2024 · http://example.org/workforce?a=1&b=2",
        "      official: 15.9% — England, year to 30 September 2023 (period differs)",
      ].join("\n"),
    );
  });

  it("are one section in Slack, escaped, after the figures", () => {
    const blocks = renderSlackAnswer(answer).blocks;
    expect(blocks.at(-1)).toEqual({
      type: "section",
      text: {
        type: "mrkdwn",
        text: [
          "*Differs from the official statistics:*",
          "• 20% — turnover · 2023 — <http://example.org/workforce?a=1&amp;b=2|Workforce figures> · Fixture News · 1 March 2024; official: 15.9% — England, year to 30 September 2023 (value differs)",
          "• 15.9% — turnover · 2022-23 — <http://example.org/workforce?a=1&amp;b=2|Workforce figures> · Fixture News · 1 March 2024; official: 15.9% — England, year to 30 September 2023 (period differs)",
        ].join("\n"),
      },
    });
  });

  it("are one embed in Discord, within its limits", () => {
    const message = renderDiscordAnswer(answer);
    const embed = message.embeds.find((candidate) => candidate.title === "Differs from the official statistics");
    expect(embed?.description).toBe(
      [
        "20% — turnover · 2023 — [Workforce figures · Fixture News · 1 March 2024](http://example.org/workforce?a=1&b=2); official: 15.9% — England, year to 30 September 2023 (value differs)",
        "15.9% — turnover · 2022-23 — [Workforce figures · Fixture News · 1 March 2024](http://example.org/workforce?a=1&b=2); official: 15.9% — England, year to 30 September 2023 (period differs)",
      ].join("\n"),
    );
    expect(limitViolations(message)).toEqual([]);
  });

  it("are absent when nothing differs", () => {
    const agreeing: Answer = { ...answer, officialDifferences: undefined };
    expect(renderText(agreeing)).not.toContain("Differs from the official statistics");
    expect(JSON.stringify(renderSlackAnswer(agreeing))).not.toContain("Differs from the official statistics");
    expect(renderDiscordAnswer(agreeing).embeds.map((embed) => embed.title)).not.toContain("Differs from the official statistics");
  });
});

// A grade-count lookup's differences carry the tally as an official figure (tallyRecord.ts): the
// exact share or the count, and what the share is of. The same section on every platform.
const outcomes: Source = { id: "outcomes", title: "Children's social care data in England 2023", publisher: "Ofsted", date: "2023-07-06" };
const tally = { count: 21, outOf: 87, unjudged: 65, framework: "SIF", periodLabel: "as at 31 March 2016", source: outcomes };
const shareClaim: Figure = { value: 30, unit: "%", text: "30%", metric: "inadequate", measure: { indicator: "inadequate", population: "councils" }, period: "2016", sentence: "30% of councils were rated inadequate in 2016.", source: article };
const countClaim: Figure = { ...shareClaim, value: 25, unit: "councils", text: "25", sentence: "25 councils were rated inadequate in 2016." };
const gradeCount: Answer = {
  query: "inadequate 2016",
  intent: "lookup",
  status: "found",
  figures: [shareClaim, countClaim],
  quotes: [],
  message: "As at 31 March 2016: 21 of 87 councils (24.1%) judged under SIF were rated inadequate, by the judgement in force that day.\nIn the articles: 2 figures for “inadequate” in 2016. 2 figures differ from the record (below): another day's count, or another definition.",
  officialDifferences: [
    { figure: shareClaim, official: tallyFigure(tally, "inadequate", 2016, shareClaim), differs: ["value"] },
    { figure: countClaim, official: tallyFigure(tally, "inadequate", 2016, countClaim), differs: ["value"] },
  ],
};

describe("article figures that differ from an official count of councils by grade", () => {
  it("carry the record as an official figure: the exact share or the count, and what the share is of", () => {
    expect(gradeCount.officialDifferences![0]!.official).toMatchObject({ value: (21 / 87) * 100, unit: "%", text: "24.1", metric: "inadequate", period: "2016", periodLabel: "as at 31 March 2016, of 87 councils judged under SIF", geography: "England", level: "national", source: outcomes });
    expect(gradeCount.officialDifferences![1]!.official).toMatchObject({ value: 21, unit: "councils", text: "21" });
  });

  it("are a section of their own at the terminal", () => {
    expect(renderText(gradeCount).split("\n\n").at(-1)).toBe(
      [
        "Differs from the official statistics:",
        "   30% — inadequate · 2016 — Workforce figures · Fixture News · 1 March 2024 · http://example.org/workforce?a=1&b=2",
        "      official: 24.1% — England, as at 31 March 2016, of 87 councils judged under SIF (value differs)",
        "   25 councils — inadequate · 2016 — Workforce figures · Fixture News · 1 March 2024 · http://example.org/workforce?a=1&b=2",
        "      official: 21 councils — England, as at 31 March 2016, of 87 councils judged under SIF (value differs)",
      ].join("\n"),
    );
  });

  it("are one section in Slack", () => {
    expect(renderSlackAnswer(gradeCount).blocks.at(-1)).toEqual({
      type: "section",
      text: {
        type: "mrkdwn",
        text: [
          "*Differs from the official statistics:*",
          "• 30% — inadequate · 2016 — <http://example.org/workforce?a=1&amp;b=2|Workforce figures> · Fixture News · 1 March 2024; official: 24.1% — England, as at 31 March 2016, of 87 councils judged under SIF (value differs)",
          "• 25 councils — inadequate · 2016 — <http://example.org/workforce?a=1&amp;b=2|Workforce figures> · Fixture News · 1 March 2024; official: 21 councils — England, as at 31 March 2016, of 87 councils judged under SIF (value differs)",
        ].join("\n"),
      },
    });
  });

  it("are one embed in Discord, within its limits", () => {
    const message = renderDiscordAnswer(gradeCount);
    expect(message.embeds.find((candidate) => candidate.title === "Differs from the official statistics")).toEqual({
      color: 16021304,
      title: "Differs from the official statistics",
      description: [
        "30% — inadequate · 2016 — [Workforce figures · Fixture News · 1 March 2024](http://example.org/workforce?a=1&b=2); official: 24.1% — England, as at 31 March 2016, of 87 councils judged under SIF (value differs)",
        "25 councils — inadequate · 2016 — [Workforce figures · Fixture News · 1 March 2024](http://example.org/workforce?a=1&b=2); official: 21 councils — England, as at 31 March 2016, of 87 councils judged under SIF (value differs)",
      ].join("\n"),
    });
    expect(limitViolations(message)).toEqual([]);
  });
});
