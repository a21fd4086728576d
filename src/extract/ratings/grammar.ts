// The words around a council and a grade that make a sentence state the council's rating. Grades,
// judgement areas and populations are the measure catalogue's (src/measure); these are only the
// sentence's grammar: verbs and adverbs allowed between a council and its grade, words that negate
// or hedge it, and words that introduce a list. Anything not listed here breaks the link: an
// unknown word between a council and a grade means the sentence is not plainly stating the rating.

import type { Token } from "../figures/tokens.ts";

/** Words allowed between a council (or "which") and its grade: "was rated", "has again been judged as", "received an". */
export const CHAIN = new Set([
  "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "remain", "remains", "remained", "stays", "stay", "stayed",
  "became", "become", "becomes", "now", "still", "currently", "again", "also", "recently", "subsequently", "both", "all", "each", "too",
  "then", "already", "later", "formally", "officially", "overall", "rated", "judged", "graded", "found", "deemed", "assessed", "declared",
  "labelled", "labeled", "branded", "ranked", "re-rated", "downgraded", "upgraded", "as", "to", "by", "ofsted", "inspectors", "the",
  "watchdog", "a", "an", "its", "their", "received", "receives", "got", "gets", "earned", "achieved", "secured", "retained", "kept",
  "maintained", "given", "handed", "awarded", "moved", "went", "improved", "rose", "jumped", "climbed", "fell", "dropped", "slipped",
  "slumped", "from", "rating", "judgement", "judgment", "grade", "grading",
  // "achieved overall effectiveness judgements of good".
  "effectiveness", "judgements", "judgments", "of",
  // "became the latest council to be rated inadequate".
  "first", "latest", "only", "council", "authority",
]);

const SPAN_QUALIFIERS = new Set(["over", "more", "than", "almost", "nearly", "about", "around", "some", "the", "past", "last", "a", "an", "several", "many", "most", "of", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]);

/**
 * "For over a decade, children's services in Sandwell were rated inadequate": a grade held for years
 * before the article is an earlier grade, not the one at the article's date. True when the tokens
 * [from, to) hold "for" followed by a span of years ("for years", "for more than a decade", "for
 * the past six years").
 */
function heldForYears(tokens: readonly Token[], from: number, to: number): boolean {
  for (let at = Math.max(0, from); at < to; at++) {
    if (tokens[at]!.lower !== "for") continue;
    let next = at + 1;
    while (next < to && (SPAN_QUALIFIERS.has(tokens[next]!.lower) || /^\d+$/.test(tokens[next]!.text))) next++;
    if (next < to && /^(?:years|decade|decades)$/.test(tokens[next]!.lower)) return true;
  }
  return false;
}

/**
 * Whether the grade after the tokens [from, to) is an earlier one: held for years before the article
 * ("For over a decade, … were rated inadequate"), or "had been graded inadequate (since 2010)" where
 * only the article dates it (`articleDated`); "had been rated inadequate in 2014" keeps its year.
 */
export function earlierGrade(tokens: readonly Token[], from: number, to: number, articleDated: boolean): boolean {
  if (heldForYears(tokens, from, to)) return true;
  if (!articleDated) return false;
  for (let at = Math.max(0, from); at + 1 < to; at++) if (tokens[at]!.lower === "had" && tokens[at + 1]!.lower === "been") return true;
  return false;
}

/** Where the words after a grade stop being about it: punctuation, and words that start another clause. */
export const STOP_TAIL = new Set([",", ";", ":", "(", ")", "—", "–"]);
export const TAIL_STOP_WORDS = new Set(["while", "whereas", "but", "although", "though", "and", "because", "which", "who", "when"]);

/** Marks the grade that follows as an earlier one: "previously rated inadequate". */
export const EARLIER = new Set(["previously", "formerly", "once", "last"]);

/** Verbs that make "Ofsted rated Leeds outstanding" a rating with the council as object. */
export const ACTIVE_VERBS = new Set(["rated", "rates", "rate", "judged", "judges", "judge", "graded", "grades", "found", "finds", "deemed", "deems", "declared", "labelled", "labeled", "branded"]);

/** Before a council, these make it something other than the subject of a rating ("unlike Leeds", "a home in Leeds", "if Leeds"). */
export const NOT_SUBJECT = new Set([
  "in", "at", "near", "across", "around", "outside", "from", "to", "for", "with", "by", "of", "within", "between", "into", "over", "on",
  "like", "unlike", "than", "if", "whether", "unless", "beside", "besides", "versus", "vs", "against", "about", "neither", "nor",
  "including", "except", "excluding", "not", "visited", "toward", "towards", "behind", "under", "after", "before", "than",
]);

/** Words that negate or hedge a rating; they stop the link wherever they stand in it. */
export const NEGATIONS = new Set(["not", "never", "no", "nor", "neither", "longer", "yet", "avoided", "escaped", "without"]);

/** What may follow a grade and still end the rating's phrase ("rated good in 2016", "rated good, …"); a noun after it means another use ("good practice"). */
export const AFTER_GRADE = new Set([
  "in", "for", "at", "by", "after", "following", "on", "overall", "and", "but", "while", "whereas", "since", "again", "last", "this",
  "when", "with", "under", "until", "having", "as", "before", "earlier", "previously", "too", "also", "once", "the", "once",
  "according", "said", "says", "ofsted", "inspectors", "between", "from", "to", "across", "so", "because",
]);

/** After "in": a year, a month, an inspection ("in its latest inspection"); anything else ("in adoption") may be an area the catalogue lacks. */
export const AFTER_IN = new Set([
  "its", "their", "the", "a", "an", "all", "every", "each", "both", "ofsted's", "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december", "spring", "summer", "autumn", "winter", "early", "late", "mid",
  "latest", "last", "recent", "most", "this", "that",
]);

/** "for the second time", "for a third time": not a judgement area. */
export const TIME_ORDINALS = new Set(["first", "second", "third", "fourth", "fifth", "sixth", "last", "latest", "consecutive"]);

/** "children's services", "children's social care", "rating": the council's service (or its rating) as a whole, not one part of it. */
export const SERVICE_PHRASES: ReadonlyArray<readonly string[]> = [
  ["children's", "social", "care", "services"],
  ["children's", "social", "care", "department"],
  ["children's", "services", "department"],
  ["children's", "social", "care"],
  ["children's", "services"],
  ["children's", "service"],
  ["children's", "department"],
  ["social", "care", "services"],
  ["services", "for", "children"],
  ["childrens", "services"],
  // "Leeds' rating was downgraded to inadequate": the council's rating as a whole.
  ["ofsted", "rating"],
  ["overall", "rating"],
  ["rating"],
  ["judgement"],
  ["grade"],
];

/** Words that follow a name as part of the body's title: "Birmingham City Council", "Kent County Council's". */
export const NAME_SUFFIX = new Set(["city", "county", "borough", "metropolitan", "district", "council", "council's", "royal"]);

/** Introduce the members of a group: "inadequate councils including Rotherham and Sunderland". */
export const LIST_INTRODUCERS: ReadonlyArray<readonly string[]> = [["including"], ["such", "as"], ["namely"], ["among", "them"], ["were"], ["are"], ["was"], ["is"]];

/** Joins two councils of one group. */
export const JOINERS: ReadonlyArray<readonly string[]> = [["along", "with"], ["as", "well", "as"], ["together", "with"], ["alongside"], ["and"], ["&"], ["plus"]];

export const QUOTES = new Set(["'", "’", "‘", "\"", "“", "”"]);
export const DASHES = new Set(["—", "–", "-", ":"]);

export const NUMBER_WORDS = new Map([["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7], ["eight", 8], ["nine", 9], ["ten", 10]]);

/** The phrase's length if `phrase` starts at token i (words only; "&" counts as a word). */
export function phraseAt(tokens: readonly Token[], i: number, phrase: readonly string[]): number {
  for (let k = 0; k < phrase.length; k++) {
    const token = tokens[i + k];
    if (!token || (token.kind !== "word" && token.text !== "&") || token.lower !== phrase[k]) return 0;
  }
  return phrase.length;
}

export function isQuote(token: Token | undefined): boolean {
  return token !== undefined && token.kind === "punct" && QUOTES.has(token.text);
}

/** Negated verbs written as one word: "wasn't", "hasn't". */
export function isNegation(token: Token | undefined): boolean {
  return token !== undefined && token.kind === "word" && (NEGATIONS.has(token.lower) || token.lower.endsWith("n't"));
}

/** Words that may stand between ", but" and a pronoun for the same subject: when the new grade came. */
const TIME_BEFORE_AGAIN = new Set(["this", "year", "month", "week", "now", "since", "for", "the", "first", "time", "in", "at", "last", "latest", "recent", "recently", "its", "their", "inspection", "after", "following", "today", "finally", "then", "subsequently", "later", "ofsted", "has", "have"]);

/**
 * "Sandwell's services were rated inadequate for years, but this year for the first time they have
 * been rated good", "…, but is now rated good": where the same subject's next predicate starts,
 * after a grade ending at `from`; undefined when the sentence does not go on to one. Only a few
 * words (a tail such as "for years") may stand before the comma.
 */
export function sameSubjectAgain(tokens: readonly Token[], from: number): number | undefined {
  let at = from;
  while (at < Math.min(tokens.length, from + 5) && (tokens[at]!.kind === "word" || tokens[at]!.kind === "digits")) at++;
  if (tokens[at]?.text !== "," || !["but", "and"].includes(tokens[at + 1]?.lower ?? "")) return undefined;
  at += 2;
  // Straight to the verb ("but is now rated good"), or past when it happened to "they"/"it".
  if (CHAIN.has(tokens[at]?.lower ?? "")) return at;
  for (let n = 0; n < 10 && at < tokens.length; n++, at++) {
    const token = tokens[at]!;
    if (token.lower === "they" || token.lower === "it") return at + 1;
    if (!(TIME_BEFORE_AGAIN.has(token.lower) || token.kind === "digits" || token.text === ",")) return undefined;
  }
  return undefined;
}
