// Words around a counted noun that keep only some of them: a setting ("children in unregulated
// homes") or a second predicate joined to a clause in the measure's own words ("who had ceased to
// be looked after … and were still living with their former foster carers"), or a team ("in the
// assessment team"), and the words around a group: a place after it, an "of" before it. Read by narrowing.ts and read.ts.

import type { Token } from "../extract/figures/tokens.ts";
import type { Indicator, Population } from "./catalogue.ts";
import type { PhraseMention } from "./phrases.ts";
import { DASHES, isWordAt, type Mentions } from "./frames.ts";

/** The relative clause from its opener (just before `at`) to its end, when "and" joins a second predicate to it in its words; else undefined. */
export function conjoinedClause(sentence: string, tokens: readonly Token[], at: number): string | undefined {
  for (let k = at + 1; k < Math.min(tokens.length, at + 30) && tokens[k]!.kind !== "punct"; k++) {
    if (!isWordAt(tokens, k, "and") || !isWordAt(tokens, k + 1, "were", "are", "was", "is", "had", "have", "has")) continue;
    let end = k + 2;
    while (end < tokens.length && tokens[end]!.kind === "word") end++;
    return end > k + 2 ? sentence.slice(tokens[at - 1]!.start, tokens[end - 1]!.end) : undefined;
  }
  return undefined;
}

const SETTINGS: ReadonlySet<string> = new Set(["homes", "accommodation", "settings", "placements", "hotels", "hostels", "caravans", "flats", "b&bs", "bed-and-breakfasts", "tents", "boats"]);

/** "in unregulated homes", "in hotels": a setting right after the counted, in a few words, that no aspect names. */
export function settingAfter(tokens: readonly Token[], from: number, mentions: Mentions): { start: number; end: number } | undefined {
  // "children in care – around 12,800 a year – live in unregulated accommodation", "12,800 children in
  // care a year live in …": past an aside in dashes, a time and a verb of living, the setting (hry81).
  let at = from;
  if (DASHES.has(tokens[at]?.text ?? "")) {
    const close = tokens.findIndex((token, k) => k > at && k <= at + 8 && DASHES.has(token.text));
    if (close > 0) at = close + 1;
  }
  if (isWordAt(tokens, at, "a", "each", "every") && isWordAt(tokens, at + 1, "year")) at += 2;
  const verb = isWordAt(tokens, at, "are", "were", "is", "was") ? at + 1 : at;
  if (isWordAt(tokens, verb, "live", "lived", "living", "placed", "housed", "accommodated", "staying", "stay")) at = verb + 1;
  // ("8,980 looked-after children were in unregulated placements": a copula straight before the setting, hry105.)
  else if (verb > at && isWordAt(tokens, verb, "in")) at = verb;
  if (!isWordAt(tokens, at, "in", "at")) return undefined;
  // ("in unregulated independent or semi-independent accommodation": hyphens inside the words.)
  for (let end = at + 1; end <= at + 7 && (tokens[end]?.kind === "word" || tokens[end]?.text === "-"); end++) {
    if (!SETTINGS.has(tokens[end]!.lower)) continue;
    return mentions.aspects.some((aspect) => aspect.startTok < end + 1 && aspect.endTok > at) ? undefined : { start: at, end: end + 1 };
  }
  return undefined;
}

/** "… looked after by the state for whom these standards do not apply": where "for whom" opens, within the clause; else -1. */
export function forWhomAfter(tokens: readonly Token[], at: number): number {
  for (let k = at; k < Math.min(tokens.length - 1, at + 10) && tokens[k]!.kind === "word"; k++) {
    if (isWordAt(tokens, k, "for", "to", "with") && isWordAt(tokens, k + 1, "whom")) return k;
  }
  return -1;
}

/** "in the referral and assessment team(s)" at `at`: the index just past "team(s)", else 0. Up to five words name the team. */
export function teamAfter(tokens: readonly Token[], at: number): number {
  if (!isWordAt(tokens, at, "in", "on") || !isWordAt(tokens, at + 1, "the", "its", "their", "his", "her", "our", "my", "a")) return 0;
  for (let end = at + 2; end < Math.min(tokens.length, at + 8); end++) {
    const token = tokens[end]!;
    if (token.kind !== "word") return 0;
    if (token.lower === "team" || token.lower === "teams") return end + 1;
  }
  return 0;
}

/** "caseloads of 22 in the child protection teams", "turnover, which in the assessment team had reached 30%" (hry101): a team in the figure's clause narrows it. */
export function teamAfterFigure(sentence: string, tokens: readonly Token[], endTok: number, clauseStart = -1, startTok = -1): string | undefined {
  const team = teamAfter(tokens, endTok);
  if (team) return sentence.slice(tokens[endTok]!.start, tokens[team - 1]!.end);
  for (let at = startTok - 2; at >= 0 && tokens[at]!.start >= clauseStart; at--) {
    const end = teamAfter(tokens, at);
    if (end && end <= startTok) return /\b(?:and|but|while|whereas)\b/i.test(sentence.slice(tokens[end - 1]!.end, tokens[startTok]!.start)) ? undefined : sentence.slice(tokens[at]!.start, tokens[end - 1]!.end);
  }
  return undefined;
}

export function isQuoteMark(token: Token | undefined): boolean {
  return token !== undefined && token.kind === "punct" && ["'", "’", "‘", '"', "“", "”"].includes(token.text);
}

/** "of (the) (19) (current) ('…": the "of" before a group's words ending at `at`, past its article, total, "current" and quote marks; else -1. */
export function ofBefore(tokens: readonly Token[], at: number): number {
  let k = at;
  while (k >= 0 && (isQuoteMark(tokens[k]) || isWordAt(tokens, k, "the", "current", "currently", "all", "those", "these") || tokens[k]!.kind === "digits")) k--;
  return isWordAt(tokens, k, "of") ? k : -1;
}

/** "in Lancashire", "in the North West": past a place of up to three capitalised words after `at`, else `at`. */
export function placeAfter(tokens: readonly Token[], at: number): number {
  if (!isWordAt(tokens, at, "in", "across")) return at;
  let end = isWordAt(tokens, at + 1, "the") ? at + 2 : at + 1;
  const first = end;
  while (end < first + 3 && tokens[end]?.kind === "word" && /^[A-Z]/.test(tokens[end]!.text)) end++;
  return end > first ? end : at;
}

/**
 * "of (the 19 current) inadequate councils", "of the 19 authorities rated inadequate": a grade that
 * names a group after "of", right before the population (past a quote mark) or right after it; with
 * where the "of" stands and where a verb saying what they did would stand.
 */
export function gradedGroupAt(tokens: readonly Token[], mention: PhraseMention<Population>, mentions: Mentions): { grade: PhraseMention<Indicator>; of: number; verbAt: number } | undefined {
  const before = mentions.indicators.find((indicator) => indicator.value.kind === "grade" && (indicator.endTok === mention.startTok || (isQuoteMark(tokens[indicator.endTok]) && indicator.endTok + 1 === mention.startTok)));
  const after = before || !isWordAt(tokens, mention.endTok, "rated", "judged", "graded") ? undefined : mentions.indicators.find((indicator) => indicator.value.kind === "grade" && indicator.startTok === mention.endTok + 1);
  const grade = before ?? after;
  if (!grade) return undefined;
  const of = ofBefore(tokens, (before ? grade.startTok : mention.startTok) - 1);
  return of < 0 ? undefined : { grade, of, verbAt: before ? mention.endTok : grade.endTok };
}
