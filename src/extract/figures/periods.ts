// When a figure applies: explicit years and financial years in the sentence, and relative phrases
// ("in the past year", "last year", "this year") read against the article's date.

import { followedByPercent, looksLikeYear, yearSpanEnd } from "./blocking.ts";
import { MONTH_NAMES, SUPERLATIVES, SUPERLATIVES_BEFORE_SINCE } from "./lexicon.ts";
import { glued, isWord } from "./tokens.ts";
import type { Token } from "./tokens.ts";
import { frameworkEnds } from "../../measure/frameworks.ts";
import { lastMonthAt, multipleOfNumber, relativeAt, twoDigits, type Relative } from "./relativePeriods.ts";

export { financialYearEnding, resolveRelative, yearsBack, yearsLaterBefore } from "./relativePeriods.ts";

export interface PeriodMention {
  start: number;
  end: number;
  /** "2016", "2012-13", "2008-2012". */
  explicit?: string;
  relative?: Relative;
  /** "the previous year's 2,071": the phrase owns the figure after it, never one before it. */
  possessive?: boolean;
  /** "between 2019 and 2020": the span's first and last years, each a period of its own for a "from … to …" pair. */
  ends?: readonly [string, string];
}

/** "2012-13", "2008/09", "between 2012 and 2013" → one financial or academic year, written "2012-13". */
function spanLabel(first: number, secondText: string): string {
  const second = Number(secondText);
  if (secondText.length === 1) return second === (first + 1) % 10 ? `${first}-${twoDigits(first + 1)}` : String(first);
  if (secondText.length === 2) {
    if (second === (first + 1) % 100 || second > first % 100) return `${first}-${secondText}`;
    return String(first); // "1995-01" is a month of 1995
  }
  if (second === first + 1) return `${first}-${twoDigits(second)}`;
  return second > first ? `${first}-${second}` : String(first);
}

/** Nouns of the event a span starts with: "since the introduction of …", "since the launch of …". */
const SINCE_EVENTS: ReadonlySet<string> = new Set(["introduction", "launch", "start", "creation", "implementation", "beginning", "establishment", "inception", "arrival", "publication"]);

/** "since registration became compulsory in October 2023": "since" a few plain words before the year. */
function sinceClauseBefore(tokens: readonly Token[], at: number): boolean {
  let skipped = 0;
  for (let back = at - 1; back >= Math.max(0, at - 16 - skipped); back--) {
    const token = tokens[back]!;
    // "since the first implementation of Managing and Minimising Physical Restraint (MMPR) in 2013": past an acronym in brackets.
    if (token.text === ")" && tokens[back - 2]?.text === "(") {
      back -= 2;
      skipped += 3;
      continue;
    }
    // "Since the last inspection (June 2016), there were five …": the date in brackets names when "since" starts.
    if (token.text === "(" && at - back <= 2) continue;
    // "since Safeguarding Pressures Phase 8 (2021/22)": a number inside a name (hry79).
    if (token.kind === "digits" && /^[A-Z]/.test(tokens[back - 1]?.text ?? "")) continue;
    if (token.kind !== "word") return false;
    // Further back only after a superlative: "their lowest level since the first full Children in Need census in 2009-10",
    // "the second highest rate since …".
    // Or after an event's noun: "since the introduction of the Staying Put duty in 2014" (hry50).
    if (token.lower === "since") return at - back - skipped <= 7 || ((at - back - skipped <= 12) && (isWord(tokens[back - 1], ...SUPERLATIVES_BEFORE_SINCE) || isWord(tokens[back - 2], ...SUPERLATIVES_BEFORE_SINCE) || tokens.slice(back + 1, back + 4).some((word) => SINCE_EVENTS.has(word.lower))));
  }
  return false;
}

function sinceBefore(tokens: readonly Token[], i: number): boolean {
  // ("£200 million available until 2016": the year money lasts to is no year of it, hry63.)
  // ("carried out since 1 April 2016": a day and a month between, hry80.)
  return isWord(tokens[i - 1], "since", "until", "till") || (isWord(tokens[i - 2], "since") && isMonth(tokens[i - 1])) || (isWord(tokens[i - 3], "since") && tokens[i - 2]?.kind === "digits" && isMonth(tokens[i - 1])) || sinceClauseBefore(tokens, i);
}

function isMonth(token: Token | undefined): boolean {
  return token?.kind === "word" && MONTH_NAMES.has(token.text);
}

/** "1 April 2021", "April 2021": the year token's index after a date that starts at `at`, or -1. */
function dateYearAt(tokens: readonly Token[], at: number): number {
  let i = at;
  if (tokens[i]?.kind === "digits" && (tokens[i]!.text.length <= 2)) i++;
  if (!isMonth(tokens[i])) return -1;
  return looksLikeYear(tokens[i + 1]) ? i + 1 : -1;
}

/**
 * "Between 1 April 2021 and 31 March 2022", "from April 2021 to March 2022": two dates a year apart
 * are that financial year; within one year, that year.
 */
function dateSpanAt(tokens: readonly Token[], i: number): { label: string; endTok: number } | null {
  if (!isWord(tokens[i], "between", "from")) return null;
  const firstYear = dateYearAt(tokens, i + 1);
  // ("from 1 April 2015 – 31 March 2016": a dash for "to", hry93.)
  if (firstYear < 0 || !(isWord(tokens[firstYear + 1], "and", "to") || ["–", "—", "-"].includes(tokens[firstYear + 1]?.text ?? ""))) return null;
  // ("between April 2011 and the end of March 2012", hry62.)
  const endOf = isWord(tokens[firstYear + 2], "the") && isWord(tokens[firstYear + 3], "end") && isWord(tokens[firstYear + 4], "of") ? 3 : 0;
  const secondYear = dateYearAt(tokens, firstYear + 2 + endOf);
  if (secondYear < 0) return null;
  const [from, to] = [tokens[firstYear]!.value, tokens[secondYear]!.value];
  if (to === from) return { label: String(from), endTok: secondYear + 1 };
  return to === from + 1 ? { label: spanLabel(from, tokens[secondYear]!.text), endTok: secondYear + 1 } : null;
}

/**
 * "the year to 31 March 2020", "the year ending March 2018": the financial year that ends then
 * ("2019-20"). A year to another day (the workforce census's 30 September) stays that year.
 */
function yearToMarchAt(tokens: readonly Token[], i: number, article: { month?: number; year?: number }): { label: string; endTok: number } | null {
  // "the 12 months to March 2024" is that year too.
  const months = (tokens[i]?.text === "12" || isWord(tokens[i], "twelve")) && isWord(tokens[i + 1], "months") ? 1 : 0;
  if (!isWord(tokens[i + months], months ? "months" : "year") || !isWord(tokens[i + months + 1], "to", "ending", "ended")) return null;
  const to = i + months + 2;
  // "in the year to March", no year, in an article of November 2025: the one that ended then, 2024-25 (hry71).
  const { month, year } = article;
  if (tokens[to]?.text === "March" && !looksLikeYear(tokens[to + 1]) && month !== undefined && year !== undefined && month > 3) return { label: spanLabel(year - 1, String(year)), endTok: to + 1 };
  const yearAt = dateYearAt(tokens, to);
  if (yearAt < 0 || tokens[yearAt - 1]?.text !== "March") return null;
  const last = tokens[yearAt]!.value;
  return { label: spanLabel(last - 1, String(last)), endTok: yearAt + 1 };
}

/** "30/11/24", tight, at `i`: a day and month of the calendar and a two-digit year, 2000 on; else undefined. */
function numericDateYear(tokens: readonly Token[], i: number): number | undefined {
  const [day, slash, month, slash2, year] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]];
  if (day?.kind !== "digits" || month?.kind !== "digits" || year?.kind !== "digits" || slash?.text !== "/" || slash2?.text !== "/") return undefined;
  if (!glued(day, slash) || !glued(slash, month) || !glued(month, slash2) || !glued(slash2, year)) return undefined;
  if (day.value < 1 || day.value > 31 || month.value < 1 || month.value > 12 || year.text.length !== 2) return undefined;
  return 2000 + year.value;
}

/** Words that open a clause about another event: ", following a similar overspend last year". */
const OTHER_EVENT_OPENERS: ReadonlySet<string> = new Set(["following", "after", "like", "unlike", "than"]);

/**
 * ", following a similar overspend last year" (hry73): the time of the event the clause after a comma
 * is about, when no figure of its own stands there; the figures before it keep theirs.
 */
function anotherEventsTime(tokens: readonly Token[], i: number, endTok: number): boolean {
  let at = i - 1;
  while (at >= 0 && tokens[at]!.text !== ",") at--;
  if (at < 0 || !OTHER_EVENT_OPENERS.has(tokens[at + 1]?.lower ?? "")) return false;
  for (let k = at + 1; k < tokens.length && tokens[k]!.text !== "," && tokens[k]!.text !== ";"; k++) if (tokens[k]!.kind === "digits" && (k < i || k >= endTok)) return false;
  return true;
}

export function findPeriods(tokens: readonly Token[], articleMonth?: number, articleYear?: number): PeriodMention[] {
  // "At the end of the single inspection framework": a framework's last year (measure/frameworks.ts).
  const found: PeriodMention[] = frameworkEnds(tokens).map((end) => ({ start: end.start, end: end.end, explicit: end.year }));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const relative = relativeAt(tokens, i) ?? lastMonthAt(tokens, i, articleMonth);
    // "remained at 67, the same as the year before", "20 councils, double the number for the previous year" (hry70): the year compared with, not the figure's.
    // ("a similar position to last year", hry89.)
    const similar = isWord(tokens[i - 1], "to", "as") && (isWord(tokens[i - 2], "similar", "comparable") || isWord(tokens[i - 3], "similar", "comparable"));
    // ("now 843, the lowest in the past year": the stretch it is the lowest of, not the figure's year, hry121.)
    const ranked = isWord(tokens[i - 1], "in", "over", "for", "during") && (SUPERLATIVES.has(tokens[i - 2]?.lower ?? "") || SUPERLATIVES_BEFORE_SINCE.includes(tokens[i - 2]?.lower ?? ""));
    if (relative && (ranked || (isWord(tokens[i - 1], "as") && isWord(tokens[i - 2], "same", "high", "low", "much", "many")) || similar || multipleOfNumber(tokens, i) || anotherEventsTime(tokens, i, relative.endTok))) {
      i = relative.endTok - 1;
      continue;
    }
    if (relative) {
      const last = tokens[relative.endTok - 1]!;
      found.push({ start: token.start, end: last.end, relative: relative.relative, ...(/['’]s$/.test(last.text) ? { possessive: true } : {}) });
      i = relative.endTok - 1;
      continue;
    }
    const dated = dateSpanAt(tokens, i) ?? yearToMarchAt(tokens, i, { month: articleMonth, year: articleYear });
    if (dated) {
      found.push({ start: token.start, end: tokens[dated.endTok - 1]!.end, explicit: dated.label });
      i = dated.endTok - 1;
      continue;
    }
    // "as of 30/11/24": a day written in figures with a two-digit year (hry116).
    const shortYear = numericDateYear(tokens, i);
    if (shortYear !== undefined) {
      found.push({ start: token.start, end: tokens[i + 4]!.end, explicit: String(shortYear) });
      i += 4;
      continue;
    }
    const first = tokens[i + 1];
    const joiner = tokens[i + 2];
    const second = tokens[i + 3];
    if (isWord(token, "between", "from") && looksLikeYear(first) && isWord(joiner, "and", "to") && looksLikeYear(second)) {
      found.push({ start: token.start, end: second.end, explicit: spanLabel(first.value, second.text), ends: [first.text, second.text] });
      i += 3;
      continue;
    }
    // "13 secure homes in both 2022 and 2023": the figure holds for each; it is dated by the later
    // year, the one a reader checks it against (the earlier would read as last year's figure only).
    if (looksLikeYear(token) && isWord(tokens[i - 1], "both") && isWord(tokens[i + 1], "and") && looksLikeYear(tokens[i + 2])) continue;
    // "2017 to 2018", "2015 to 16": two consecutive years joined by "to" are one financial or academic year.
    const nextYear = tokens[i + 2];
    const consecutive = nextYear !== undefined && (nextYear.kind === "digits" && nextYear.text.length === 2 ? nextYear.value === (token.value + 1) % 100 : looksLikeYear(nextYear) && nextYear.value === token.value + 1);
    if (looksLikeYear(token) && isWord(tokens[i + 1], "to") && consecutive) {
      found.push({ start: token.start, end: tokens[i + 2]!.end, explicit: spanLabel(token.value, tokens[i + 2]!.text) });
      i += 2;
      continue;
    }
    // "over a 15 year period (1999 to 2014)": years further apart joined by "to" are a span of years.
    if (looksLikeYear(token) && isWord(tokens[i + 1], "to", "until") && looksLikeYear(nextYear) && nextYear.value > token.value + 1) {
      found.push({ start: token.start, end: nextYear.end, explicit: spanLabel(token.value, nextYear.text), ends: [token.text, nextYear.text] });
      i += 2;
      continue;
    }
    const spanEnd = yearSpanEnd(tokens, i);
    if (spanEnd > 0) {
      const last = tokens[spanEnd - 1]!;
      if (!sinceBefore(tokens, i)) found.push({ start: token.start, end: last.end, explicit: spanLabel(token.value, last.text) });
      i = spanEnd - 1;
      continue;
    }
    // "since 2008", "the lowest since 2020", "since registration became compulsory in October 2023":
    // where a running count or comparison starts, not the figure's period. Looked for only before
    // a year, not before every token (speed).
    // ("the Children Act 1989", "the … Regulations 2010": a law's name, not a time, hry118.)
    // ("the Children (Northern Ireland) Order in 1995", "the Act of 2002": the year it was made, hry139.)
    if (looksLikeYear(token) && !lawNameBefore(tokens, i) && !followedByPercent(tokens, i + 1) && !sinceBefore(tokens, i)) found.push({ start: token.start, end: token.end, explicit: token.text });
  }
  return found.sort((a, b) => a.start - b.start);
}

const LAW_WORDS: ReadonlySet<string> = new Set(["Act", "Regulations", "Order"]);

/** A law's name before the year at `at`: "the Children Act 1989", "the Order in 1995". (Module level: a closure in the loop cost a wrapper per token under tsx.) */
function lawNameBefore(tokens: readonly Token[], at: number): boolean {
  return LAW_WORDS.has(tokens[at - 1]?.text ?? "") || (isWord(tokens[at - 1], "in", "of") && LAW_WORDS.has(tokens[at - 2]?.text ?? ""));
}

/** "2021-22" a year back is "2020-21": a financial or academic year counted back keeps its shape. */
export function financialYearBack(period: string, years: number): string | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  if (!match) return undefined;
  const from = Number(match[1]) - years;
  return `${from}-${twoDigits(from + 1)}`;
}

/** The year of an ISO date ("2013-10-21" → 2013), or undefined for anything else. */
export function yearOfDate(date: string | undefined): number | undefined {
  if (typeof date !== "string") return undefined;
  const match = /^(\d{4})-\d{2}-\d{2}/.exec(date);
  return match ? Number(match[1]) : undefined;
}

/**
 * "from 8,280 to 8,010, between 2021-22 and 2022-23", "rose from 600,000 to 650,000 between 2019
 * and 2020": the two periods a pair of figures moved between, first and last, when the sentence
 * states exactly one such span; "" for an end the sentence leaves to the figure. Undefined otherwise.
 */
export function spanEnds(tokens: readonly Token[], periods: readonly PeriodMention[]): readonly [string, string] | undefined {
  const spans: Array<readonly [string, string]> = periods.flatMap((period) => (period.ends ? [period.ends] : []));
  // Two financial years joined: "between 2021-22 and 2022-23", "between 2020-21 to 2021-22".
  const explicit = periods.filter((period) => period.explicit !== undefined && !period.ends);
  for (let k = 0; k + 1 < explicit.length; k++) {
    const [a, b] = [explicit[k]!, explicit[k + 1]!];
    const at = tokens.findIndex((token) => token.start === a.start);
    const joiner = tokens.findIndex((token) => token.start >= a.end);
    // ("statistics for 2006-07 and 2016-17, showing an increase … from 27,900 to 51,080", hry77.)
    if ((isWord(tokens[at - 1], "between", "from") && isWord(tokens[joiner], "and", "to")) || (isWord(tokens[at - 1], "for", "in") && isWord(tokens[joiner], "and"))) {
      if (tokens[joiner + 1]?.start === b.start) spans.push([a.explicit!, b.explicit!]);
    }
  }
  if (spans.length === 1) return spans[0];
  // "Since 2010 there has been a consistent increase …, from 89,300 to 185,450": the move starts
  // that year; its end keeps its own period (hry77).
  // (A plain year only: "since 2014-15" leaves the start undated rather than call it 2014.)
  // (Not "the highest since 2010": a superlative's "since" says how long a record stands.)
  const since = spans.length === 0 ? tokens.findIndex((token, at) => isWord(token, "since") && looksLikeYear(tokens[at + 1]) && !isWord(tokens[at + 2], "when") && !["-", "–", "/"].includes(tokens[at + 2]?.text ?? "") && !isWord(tokens[at - 1], ...SUPERLATIVES_BEFORE_SINCE)) : -1;
  return since >= 0 ? [tokens[since + 1]!.text, ""] : undefined;
}

/** The most words between "when" and what it dates: "a peak in 2015, when 5,360 looked-after children", "when the FTE vacancy rate hit 20%". */
const MAX_WHEN_WORDS = 8;

/**
 * "a peak in 2015, when 5,360 children were adopted", "since 2008 when figures dropped",
 * "Since the last inspection in 2019, when Cheshire East was rated …": the index of the token a
 * "when" right before `at` follows (past a comma), the year it points back to if it is one; else -1.
 * Read by the figure reader and the rating reader alike; each decides what year that token may be.
 */
export function tokenBeforeWhen(tokens: readonly Token[], at: number): number {
  let when = at - 1;
  // "when the full-time equivalent (FTE) vacancy rate hit 20%": hyphens and brackets inside the clause.
  const inClause = (token: Token) => token.kind === "word" || ["-", "(", ")"].includes(token.text);
  let words = 0;
  while (when > 0 && words < MAX_WHEN_WORDS && inClause(tokens[when]!) && !isWord(tokens[when], "when")) {
    if (tokens[when]!.kind === "word") words++;
    when--;
  }
  if (!isWord(tokens[when], "when")) return -1;
  return tokens[when - 1]?.text === "," ? when - 2 : when - 1;
}

/** A plain year a "when" may point back to, written as four digits. */
export function isWhenYear(token: Token | undefined): token is Token {
  return token?.kind === "digits" && token.value >= 1990 && token.value <= 2100;
}

/** Words after "that"/"which"/"who" that make it open a relative clause: a verb of the clause's own. */
const RELATIVE_VERBS: ReadonlySet<string> = new Set(["had", "has", "have", "was", "were", "is", "are", "did", "does", "will", "would", "could", "can", "may", "might", "still", "now", "then"]);
/** Clauses about the data themselves ("the figures, which cover the year to March 2023,"): their period is the figures'. */
const DATA_ASIDE_VERBS: ReadonlySet<string> = new Set(["cover", "covers", "covered", "covering", "relate", "relates", "related", "refer", "refers", "span", "spans"]);
const DATA_NOUNS: ReadonlySet<string> = new Set(["figures", "data", "statistics", "numbers", "report", "survey", "census", "release", "analysis", "research", "study", "return", "returns"]);

/**
 * Relative clauses whose periods are their own: "the department, which was rated inadequate by
 * Ofsted in 2018, had 124 vacancies" (an aside between commas: its year dates none of the
 * sentence's other figures), and "… for an authority that had 267 during the inspection in 2018"
 * (a clause holding a figure of its own, to the next comma or the sentence's end: its year is that
 * figure's). Character ranges; a clause without a figure and not between commas ("19 councils that
 * were rated inadequate in 2018") is what its figure says, and is not returned.
 */
export function periodHoldingClauses(tokens: readonly Token[], figureStarts: readonly number[]): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let at = 1; at < tokens.length - 1; at++) {
    // "…had been exploited over a 16-year period, and that the council had been aware of it as far back
    // as 2005": a second reported clause's years are its own.
    if (isWord(tokens[at], "and") && tokens[at - 1]!.text === "," && isWord(tokens[at + 1], "that")) {
      const end = clauseEnd(tokens, at + 2);
      out.push({ start: tokens[at]!.start, end: tokens[end - 1]!.end });
      at = end;
      continue;
    }
    // ", with the number of applications more than doubling from 2021 to last year": another quantity's years.
    if (isWord(tokens[at], "with") && tokens[at - 1]!.text === "," && (isWord(tokens[at + 1], "numbers") || (isWord(tokens[at + 1], "the") && isWord(tokens[at + 2], "number", "numbers", "proportion", "rate", "share")))) {
      const end = clauseEnd(tokens, at + 1);
      out.push({ start: tokens[at]!.start, end: tokens[end - 1]!.end });
      at = end;
      continue;
    }
    if (!isWord(tokens[at], "which", "who", "that")) continue;
    const next = tokens[at + 1]!;
    if (next.kind !== "word" || !(RELATIVE_VERBS.has(next.lower) || next.lower.endsWith("ed") || (next.lower.endsWith("s") && !isWord(tokens[at], "that")))) continue;
    const before = tokens[at - 1]!;
    const aside = before.text === ",";
    if (!aside && (before.kind !== "word" || (isWord(tokens[at], "that") && next.lower.endsWith("s")))) continue;
    if (DATA_ASIDE_VERBS.has(next.lower) || DATA_NOUNS.has(tokens[at - (aside ? 2 : 1)]?.lower ?? "")) continue;
    const end = clauseEnd(tokens, at + 1);
    const range = { start: tokens[at]!.start, end: tokens[end - 1]!.end };
    const holdsFigure = figureStarts.some((start) => start >= range.start && start < range.end);
    if ((aside && tokens[end]?.text === ",") || holdsFigure) out.push(range);
    at = end;
  }
  return out;
}

/** Where a clause starting at `from` ends: at a comma, semicolon, colon or bracket, else the sentence's end. */
function clauseEnd(tokens: readonly Token[], from: number): number {
  let end = from;
  while (end < tokens.length && !(tokens[end]!.kind === "punct" && [",", ";", ":", "(", ")"].includes(tokens[end]!.text))) end++;
  return end;
}

/** "from the 2013 figure of 1,950", "2011's total of 3,090": the year named on the noun the figure is "of" (hry78). */
export function periodNamingFigure(tokens: readonly Token[], startTok: number, periods: readonly PeriodMention[]): string | undefined {
  let lead = tokens[startTok - 1]?.text === "£" ? startTok - 2 : startTok - 1;
  // "down from the 2020-21 figure (11,235)": the bracket names it as the "of" would (hry96).
  if (tokens[lead]?.text === "(") lead--;
  else if (!isWord(tokens[lead], "of")) return undefined;
  else lead--;
  if (!isWord(tokens[lead], "figure", "total", "level", "number", "count", "rate", "high", "low", "peak")) return undefined;
  // "the latest (2017-18) national rate of 553": past one word of the noun's and the bracket (hry118).
  for (let at = lead - 1; at >= Math.max(0, lead - 3); at--) {
    const named = tokens[at]!;
    const period = periods.find((mention) => mention.explicit !== undefined && mention.end === named.end)?.explicit;
    if (period) return period;
    if (!(named.text === ")" || (named.kind === "word" && at === lead - 1 && tokens[at - 1]?.text === ")"))) return undefined;
  }
  return undefined;
}

/**
 * "2021 (12%), 2022 (15%) and 2023 (18%)": a figure in brackets straight after a period is that
 * period's, not the next one's. The period's label, else undefined.
 */
export function periodBeforeBracket(tokens: readonly Token[], startTok: number, periods: readonly PeriodMention[]): string | undefined {
  const open = tokens[startTok - 1];
  const before = tokens[startTok - 2];
  if (open?.text !== "(" || before === undefined) return undefined;
  // "than in 2021 (1686 children in care as of 30/11/24)": a bracket that dates its own figure (hry116).
  const close = tokens.findIndex((token, at) => at > startTok && token.text === ")");
  if (close > 0 && periods.some((period) => period.explicit !== undefined && period.start > open.end && period.end <= tokens[close]!.start)) return undefined;
  return periods.find((period) => period.explicit !== undefined && period.end === before.end)?.explicit;
}
