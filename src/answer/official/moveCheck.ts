// "The number of children in care in Sefton fell in 2022", "social worker turnover rose between 2019
// and 2023": a claim that a series moved, with no figure of its own, checked against the official
// series at the place it names: the claimed year's figure against the year before, or the two years
// named. Only a series the record holds, at a place it holds, for both years: anything else is left
// to the figure checks, which say they found no figure.

import type { Archive } from "../../archive/buildArchive.ts";
import { extractFigures } from "../../extract/figures/index.ts";
import { movedWord, statedDirection } from "../../measure/direction.ts";
import { periodRange } from "../../measure/periods.ts";
import type { Answer, OfficialFigure, Verdict } from "../../types.ts";
import type { Command } from "../parseCommand.ts";
import { extractYears } from "../parseCommand.ts";
import { describeOfficial, officialAnswerOf, releaseCitation } from "./format.ts";
import { askedSeries, seriesAsked } from "./series.ts";

/** "between 2019 and 2023", "from 2019-20 to 2022-23": two years compared, not one period written as a span. */
const TWO_YEARS = /\b(?:between\s+(\d{4}(?:[-/]\d{2})?)\s+and|from\s+(\d{4}(?:[-/]\d{2})?)\s+(?:to|until))\s+(\d{4}(?:[-/]\d{2})?)\b/i;

/** The longest claim read as a move: one sentence's worth. */
const MAX_MOVE_CLAIM = 240;

/** "did not fall", "never rose": a claim its negation turns round, left to the figure checks. */
const NEGATED = /\b(?:not|never|no|nor|didn['’]t|hasn['’]t|haven['’]t|wasn['’]t)\b/i;

/** The year a period written in a claim ends: "2019" is 2019, "2019-20" 2020. */
function yearEnded(text: string): number {
  const [first, second] = text.split(/[-/]/);
  return second === undefined ? Number(first) : Number(first) + 1;
}

/** The verbs and comparisons a move claim is made of: out of the words the series and place are read from. */
const MOVE_WORDS = /\b(?:has|have|had|the number of|number of|compared with (?:the )?(?:year|previous year|year before)|on the (?:previous )?year|than (?:the )?(?:year|previous year) before|again|sharply|slightly|significantly|steadily)\b/gi;

/** The year the claim's period ends and the period the series counts up to it. */
function endingIn(figures: readonly OfficialFigure[], year: number): OfficialFigure | undefined {
  return figures.find((figure) => periodRange(figure.period)?.to === year);
}

/** The pair of figures the claim compares: the claimed year's and the year before, or the two named. */
function comparedPair(figures: readonly OfficialFigure[], text: string): [OfficialFigure, OfficialFigure] | undefined {
  const named = TWO_YEARS.exec(text);
  if (named) {
    const from = endingIn(figures, yearEnded(named[1] ?? named[2]!));
    const to = endingIn(figures, yearEnded(named[3]!));
    return from && to && from !== to ? [from, to] : undefined;
  }
  const { years, compare } = extractYears(text);
  // "rose in 2024 compared with 2019": the two years side by side.
  if (compare) {
    const [from, to] = [endingIn(figures, compare[0]), endingIn(figures, compare[1])];
    return from && to ? [from, to] : undefined;
  }
  if (!years) return undefined;
  // "in 2022" or "in 2022-23": the period ending that year (a financial year ends in its second).
  const last = endingIn(figures, years.to);
  const before = endingIn(figures, years.to - 1);
  return last && before ? [before, last] : undefined;
}

export function checkSeriesMove(archive: Archive, command: Command): Answer | undefined {
  // A move claim is one short sentence: a pasted draft is the figure checks' (and reading it twice would cost).
  if (archive.official.length === 0 || command.topic.length > MAX_MOVE_CLAIM) return undefined;
  const direction = statedDirection(command.topic);
  if (!direction || NEGATED.test(command.topic) || extractFigures(command.topic).length > 0) return undefined;
  const words = extractYears(command.topic.replace(TWO_YEARS, " ")).rest;
  const asked = seriesAsked(words.replace(MOVE_WORDS, " ").replace(/\b\w+\b/g, (word) => (statedDirection(word) ? " " : word)).replace(/[.!]+$/, ""));
  if (!asked) return undefined;
  const { place, figures } = askedSeries(archive, asked);
  const pair = comparedPair(figures.filter((figure) => figure.value !== null), command.topic);
  if (!pair) return undefined;
  const [earlier, later] = pair;
  const moved = later.value! === earlier.value! ? undefined : later.value! > earlier.value! ? "up" : "down";
  const verdict: Verdict = moved === undefined ? "unverified" : moved === direction ? "supported" : "contradicted";
  const what = `${asked.label}, ${place}`;
  const line =
    moved === undefined
      ? `${what} did not move: ${describeOfficial(earlier, { where: false })}; ${describeOfficial(later, { where: false })}.`
      : `${what} ${movedWord(moved)}${verdict === "contradicted" ? `, not ${movedWord(direction)}` : ""}: ${describeOfficial(earlier, { where: false })}, then ${describeOfficial(later, { where: false })}.`;
  return { ...officialAnswerOf(command, "found", `${verdict.toUpperCase()}: ${line} Source: ${releaseCitation(later.source)}.`, { official: [earlier, later] }), verdict, checks: [], evidence: [] };
}
