// Partitive frames: "Of the 54 homes judged inadequate, …", "11 of the authorities rated inadequate
// had …". The words inside a frame describe the subgroup its figures are drawn from, not what they
// measure. Shared with read.ts: the sentence's catalogue mentions and the little word lists both need.

import type { Basis } from "../types.ts";
import type { Token } from "../extract/figures/tokens.ts";
import { isYearPart } from "../extract/figures/blocking.ts";
import type { Indicator, Population } from "./catalogue.ts";
import type { PhraseMention } from "./phrases.ts";
import type { ClauseSpan, FigureSlot } from "./read.ts";

/** Words after which a figure's own predicate starts: the subject phrase ends at one of these. */
export const VERBS: ReadonlySet<string> = new Set([
  "is", "are", "was", "were", "has", "have", "had", "be", "been", "being", "remain", "remains", "remained", "received",
  "got", "saw", "see", "sees", "achieved", "improved", "declined", "retained", "now", "will", "would", "could", "did",
  "carry", "carries", "rose", "fell", "increased", "decreased", "left", "joined", "experienced",
]);

const NUMBER_WORDS: ReadonlySet<string> = new Set(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]);

const PARTITIVE_HEADS: ReadonlySet<string> = new Set(["the", "those", "these", "all"]);

export interface Mentions {
  indicators: Array<PhraseMention<Indicator>>;
  populations: Array<PhraseMention<Population>>;
  bases: Array<PhraseMention<Basis>>;
  aspects: Array<PhraseMention<string>>;
}

export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/**
 * A partitive frame: "Of the 54 homes judged inadequate, …", "11 of the authorities rated inadequate
 * had …". The figures it applies to are drawn from a subgroup; the words inside it describe that
 * subgroup, not those figures.
 */
export interface Frame {
  /** Token span of the frame's words (after "of the"). */
  fromTok: number;
  toTok: number;
  population?: Population;
  subgroup: string;
}

export function isWordAt(tokens: readonly Token[], at: number, ...words: string[]): boolean {
  const token = tokens[at];
  return token !== undefined && token.kind === "word" && words.includes(token.lower);
}

/** Quote marks around a word: "'inadequate' and 'requires improvement'" are grades all the same. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(["'", "‘", "’", '"', "“", "”"]);
/** Dashes that open and close an aside: "23 homes – four per cent of the total – received …". */
export const DASHES: ReadonlySet<string> = new Set(["–", "—", "-"]);

/** `isWordAt` for a set of words: no array spread from the set on every call (these run per token). */
export function isWordIn(tokens: readonly Token[], at: number, words: ReadonlySet<string>): boolean {
  const token = tokens[at];
  return token !== undefined && token.kind === "word" && words.has(token.lower);
}

/** The text of tokens [from, to), as printed. */
function wordsOf(sentence: string, tokens: readonly Token[], from: number, to: number): string {
  if (to <= from || !tokens[from] || !tokens[to - 1]) return "";
  return sentence.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

/** Where the frame's describing words stop: the first comma, verb or figure after `from`. */
function frameEnd(tokens: readonly Token[], from: number, limit: number, stopAtVerb: boolean): number {
  for (let at = from; at < limit; at++) {
    const token = tokens[at]!;
    if (token.kind === "punct" && (token.text === "," || token.text === ";" || token.text === "(")) return at;
    if (stopAtVerb && token.kind === "word" && VERBS.has(token.lower)) return at;
  }
  return limit;
}

function populationIn(mentions: Mentions, fromTok: number, toTok: number): Population | undefined {
  return mentions.populations.find((mention) => mention.startTok >= fromTok && mention.endTok <= toTok)?.value;
}

/** Does the frame's describing stretch name an indicator? Only then is it a subgroup ("rated inadequate"). */
function namesMeasure(mentions: Mentions, fromTok: number, toTok: number): boolean {
  return mentions.indicators.some((mention) => mention.startTok >= fromTok && mention.endTok <= toTok);
}

/** A verb or a measure word after `from`, before the clause ends: the figure's own predicate. */
function predicateFollows(tokens: readonly Token[], mentions: Mentions, from: number): boolean {
  for (let at = from; at < tokens.length; at++) {
    const token = tokens[at]!;
    if (token.kind === "punct" && [";", ".", ":"].includes(token.text)) return false;
    if (token.kind === "word" && VERBS.has(token.lower)) return true;
    if (mentions.indicators.some((mention) => mention.startTok === at)) return true;
  }
  return false;
}

/**
 * "Of the 54 homes judged inadequate, …", "show that out of 17 local authorities judged inadequate
 * …,": the sentence's opening frame, up to its comma, when it names a measure of its group or counts it.
 */
function openingFrame(sentence: string, tokens: readonly Token[], mentions: Mentions): Frame | undefined {
  const firstWord = tokens.findIndex((token) => token.kind === "word");
  for (let at = 0; at < tokens.length; at++) {
    // At the start of the sentence or right after "that," / ",": "The report noted that, of the 17 …,".
    const opensClause = at === firstWord || tokens[at - 1]?.text === "," || isWordAt(tokens, at - 1, "that");
    const opensAtStart = opensClause && isWordAt(tokens, at, "of", "among", "amongst") && (isWordIn(tokens, at + 1, PARTITIVE_HEADS) || tokens[at + 1]?.kind === "digits");
    // "Four out of 5 children's homes" is a ratio, not a frame.
    const outOf = isWordAt(tokens, at, "out") && isWordAt(tokens, at + 1, "of") && tokens[at - 1]?.kind !== "digits" && !NUMBER_WORDS.has(tokens[at - 1]?.lower ?? "");
    if (!opensAtStart && !outOf && !(isWordAt(tokens, at, "among", "amongst") && isWordIn(tokens, at + 1, PARTITIVE_HEADS))) continue;
    const from = outOf ? at + 2 : at + 1;
    const to = frameEnd(tokens, from, tokens.length, false);
    // "Of the 65 LAs that received more than 1 inspection, …": a counted group is a subgroup even
    // when no measure names it; "Of those LAs inspected, …" without a count is the whole of them.
    const counted = tokens.slice(from, from + 2).some((token) => token.kind === "digits");
    if (tokens[to]?.text !== "," || !(namesMeasure(mentions, from, to) || (opensAtStart && counted))) continue;
    return { fromTok: from, toTok: to, subgroup: wordsOf(sentence, tokens, from, to), ...optional("population", populationIn(mentions, from, to)) };
  }
  return undefined;
}

/** The frames of a sentence, which figure each one governs, and the opening frame (governing figures or not). */
export function findFrames(sentence: string, tokens: readonly Token[], figures: readonly FigureSlot[], mentions: Mentions): { frames: Map<FigureSlot, Frame>; opening: Frame | undefined } {
  const frames = new Map<FigureSlot, Frame>();
  // "Of the 54 homes judged inadequate, just under three quarters (39 homes) improved", "show that out
  // of 17 local authorities judged inadequate ..., nearly two thirds (11) had": the phrase up to its
  // comma is the subgroup of every figure after it, when it names a measure of its group.
  const opening = openingFrame(sentence, tokens, mentions);
  // ("Of the forecast overspend, £8.9m comes from placements": an amount of the money named, no subgroup.)
  if (opening) for (const figure of figures) if (figure.startTok > opening.toTok && !frames.has(figure) && !(figure.unitKind === "money" && !opening.population)) frames.set(figure, opening);
  // "11 of the authorities rated inadequate had new directors", "16 of which improved to good".
  for (const figure of figures) {
    if (frames.has(figure) || !isWordAt(tokens, figure.endTok, "of")) continue;
    if (isWordAt(tokens, figure.endTok + 1, "which", "whom")) {
      frames.set(figure, { fromTok: figure.endTok, toTok: figure.endTok + 2, subgroup: wordsOf(sentence, tokens, figure.endTok, figure.endTok + 2) });
      continue;
    }
    if (!isWordAt(tokens, figure.endTok + 1, "the", "all", "those", "these")) continue;
    const from = figure.endTok + 2;
    // "of the 79 councils inspected": a total inside the frame is a figure of its own.
    const afterTotal = figures.find((other) => other.startTok === from)?.endTok ?? from;
    const population = mentions.populations.find((mention) => mention.startTok >= afterTotal && mention.startTok <= afterTotal + 2);
    if (!population) continue;
    // The describing phrase ends at a comma or verb, or with its first measure word ("rated inadequate").
    const describing = mentions.indicators.find((mention) => mention.startTok >= population.endTok);
    const to = Math.min(frameEnd(tokens, population.endTok, tokens.length, true), describing ? describing.endTok : tokens.length);
    // Only a frame that names a measure of its group ("rated inadequate") makes a subgroup: "11 of
    // the 17 councils" and "a quarter of the 79 councils inspected" are shares of all of them.
    if (!namesMeasure(mentions, population.endTok, to)) continue;
    // "15 of the 102 councils inspected inadequate": a measure word that ends the clause is the
    // figure's predicate, not its group's ("11 of the authorities rated inadequate had new directors").
    if (!predicateFollows(tokens, mentions, to)) continue;
    frames.set(figure, { fromTok: from, toTok: to, population: population.value, subgroup: wordsOf(sentence, tokens, population.startTok, to) });
  }
  return { frames, opening };
}

/** "of the 79 councils inspected": the next figure is this one's total. */
export function isTotalOf(tokens: readonly Token[], figure: FigureSlot, next: FigureSlot | undefined): boolean {
  if (!next || next.clause !== figure.clause) return false;
  // "Almost two thirds (65%) of the 419 homes": past the bracket that closes the share.
  const lead = tokens.slice(figure.endTok, next.startTok).map((token) => token.lower).join(" ").replace(/^\) /, "");
  // "21 of London's 33 boroughs": a place's own total.
  const possessive = /^of [a-z]+(?:'s|’s|s')$/.test(lead);
  // "14 of 152 were inadequate": a bare "of" before a plain count is its total too.
  const bare = lead === "of" && next.unitKind === "count" && figure.unitKind === "count";
  return bare || possessive || lead === "of the" || lead === "out of" || lead === "out of the" || lead === "of all" || lead === "of its" || lead === "of their" || lead === "of england's";
}

/**
 * "Thirty-seven LAs were judged good …, and 30 inadequate, of 127 inspected LAs": a count after a
 * comma and "of" (or "out of") is the total the counts before it are drawn from (hry70).
 */
export function closingTotal(tokens: readonly Token[], figure: FigureSlot): boolean {
  if (figure.unitKind !== "count" || !isWordAt(tokens, figure.startTok - 1, "of")) return false;
  const before = isWordAt(tokens, figure.startTok - 2, "out") ? figure.startTok - 3 : figure.startTok - 2;
  // "… good or outstanding of 127 inspected": a total of those inspected, comma or not.
  return (tokens[before]?.text === "," && tokens[before - 1]?.kind === "word") || isWordAt(tokens, figure.endTok, "inspected", "surveyed", "assessed", "visited");
}

/** "23.7 per cent (14)": the next figure, in brackets straight after this one, says it again another way. */
export function restatedInBrackets(tokens: readonly Token[], figure: FigureSlot, next: FigureSlot): boolean {
  // "an overspend of £680 million (14 per cent)": a share beside an amount is of another amount (the budget), no restatement (hry112).
  return (figure.unitKind === "money") === (next.unitKind === "money") && inBracketsAfter(tokens, figure, next);
}

/** `next` stands alone in brackets right after `figure`: "a rise of 15% (520)", "10% (£300m)". */
export function inBracketsAfter(tokens: readonly Token[], figure: FigureSlot, next: FigureSlot): boolean {
  // ("(£300m)": past the currency sign, which stands before an amount's digits.)
  const opens = next.startTok === figure.endTok + 1 || (next.startTok === figure.endTok + 2 && next.unitKind === "money" && tokens[figure.endTok + 1]?.kind === "punct");
  return next.clause === figure.clause && opens && tokens[figure.endTok]?.text === "(" && tokens[next.endTok]?.text === ")";
}

/**
 * "children of ‘any other ethnic group’ (850) made up the majority in care": a bracketed count right
 * after a quoted label (or a sector) counts what the label names, which the catalogue does not know.
 */
export function bracketedAfterLabel(tokens: readonly Token[], figure: FigureSlot): boolean {
  // "followed by the voluntary sector (83 per cent)": a sector is a label of the same kind.
  const label = ["’", "'", "”", "\""].includes(tokens[figure.startTok - 2]?.text ?? "") || isWordAt(tokens, figure.startTok - 2, "sector", "sectors");
  return tokens[figure.startTok - 1]?.text === "(" && label && tokens[figure.endTok]?.text === ")";
}

/**
 * "Of the 136 councils inspected since November 2013, 29 were judged inadequate": the count that
 * opens a frame is its group's size, measured only by what the frame itself says ("Of the 17
 * councils judged inadequate, 11 …" gives 17 its grade).
 */
export function opensUnmeasuredFrame(figure: FigureSlot, frames: ReadonlyMap<FigureSlot, Frame>, mentions: Mentions, opening?: Frame): boolean {
  // "Of the 14 councils in the table, Leicestershire made the biggest leap": the opening frame counts, even with no figure after it.
  for (const frame of new Set([...frames.values(), ...(opening ? [opening] : [])])) {
    if (figure.startTok < frame.fromTok || figure.endTok > frame.toTok) continue;
    return !mentions.indicators.some((mention) => mention.startTok >= frame.fromTok && mention.endTok <= frame.toTok);
  }
  return false;
}

/**
 * "of the 43 children's services inspections carried out in 2013/14, … only 10 councils was given a
 * rating of good": the count that opens a frame is measured by what the frame itself names (43
 * inspections), never by the grade its part was given (hry80: "43 councils were rated good" was supported).
 */
export function frameOwnIndicator(figure: FigureSlot, frames: ReadonlyMap<FigureSlot, Frame>, mentions: Mentions, opening?: Frame): PhraseMention<Indicator> | undefined {
  for (const frame of new Set([...frames.values(), ...(opening ? [opening] : [])])) {
    if (figure.startTok < frame.fromTok || figure.endTok > frame.toTok || frames.get(figure) === frame) continue;
    return mentions.indicators.find((mention) => mention.startTok >= figure.endTok && mention.endTok <= frame.toTok && mention.value.units.includes(figure.unitKind));
  }
  return undefined;
}

/**
 * "11 had a new director … and 12 had undergone another major change in senior leadership": what
 * follows the figure is something other than what came before it, whatever the sentence named first.
 */
export function saysAnother(tokens: readonly Token[], figure: FigureSlot, to: number): boolean {
  for (let at = figure.endTok; at < tokens.length && tokens[at]!.start < to; at++) {
    if (isWordAt(tokens, at, "another", "other", "different")) return true;
  }
  return false;
}

/**
 * "143,770 referrals in 2022-23 were re-referrals": when the indicator right after a figure is its
 * noun, a copula that then names another indicator says which part of them it counts. The other
 * indicator's mention, or undefined.
 */
export function copulaPredicate<T extends { startTok: number; endTok: number }>(tokens: readonly Token[], figure: FigureSlot, noun: T, candidates: readonly T[]): T | undefined {
  if (noun.startTok !== figure.endTok) return undefined;
  // "18 per cent of the region's 47,940 referrals were re-referrals": the whole a share is of says nothing of itself.
  for (let at = figure.startTok - 1; at >= Math.max(0, figure.startTok - 4); at--) if (isWordAt(tokens, at, "of")) return undefined;
  for (let at = noun.endTok; at < Math.min(tokens.length, noun.endTok + 5); at++) {
    // "two required improvement and one was inadequate": the copula of the next figure.
    const token = tokens[at]!;
    // A year between ("in 2018-19") is the count's period; any other number is another figure.
    if ((token.kind === "punct" && token.text !== "-") || (token.kind === "digits" && !isYearPart(tokens, at)) || isWordAt(tokens, at, "and", "or", "but", "while", "one")) return undefined;
    if (!isWordAt(tokens, at, "were", "was", "are", "is")) continue;
    let next = isWordAt(tokens, at + 1, "a", "an") ? at + 2 : at + 1;
    // "1,280 children in care were subject to deprivation of liberty orders": what they were subject to (hry129).
    while (next < at + 5 && isWordAt(tokens, next, "subject", "to", "the", "of", "under")) next++;
    return candidates.find((mention) => mention !== noun && mention.startTok === next);
  }
  return undefined;
}

/** The "number" of the last "number of" before the figure, at or after character `from`; -1 when there is none. */
function lastNumberOf(tokens: readonly Token[], figure: FigureSlot, from = 0): number {
  for (let at = figure.startTok - 2; at >= 0 && tokens[at]!.start >= from; at--) if (isWordAt(tokens, at, "number") && isWordAt(tokens, at + 1, "of")) return at;
  return -1;
}

/** The first of `mentions` within three words after the "of" of "number of" at `number`, before the figure. */
function afterNumberOf<T extends { startTok: number; endTok: number }>(number: number, figure: FigureSlot, mentions: readonly T[]): T | undefined {
  return mentions.find((mention) => mention.startTok >= number + 2 && mention.startTok <= number + 4 && mention.endTok <= figure.startTok);
}

/**
 * "the number of registered places in children's homes … increasing from 11,639 to 11,664": what
 * "number of" names first is what the figure counts, before what qualifies it ("in children's
 * homes"). The first of `mentions` named right after the last "number of" before the figure.
 */
export function namedByNumberOf<T extends { startTok: number; endTok: number }>(tokens: readonly Token[], figure: FigureSlot, mentions: readonly T[]): T | undefined {
  const number = lastNumberOf(tokens, figure);
  return number < 0 ? undefined : afterNumberOf(number, figure, mentions);
}

/**
 * "and the number of Special Guardianship Orders (SGOs) increasing from 3,550": the figure's own
 * "number of" (the last one after `from`, a character offset: its clause start) names something the
 * catalogue does not know, so it restates no measure of the sentence.
 */
export function countsUnknownNumber(tokens: readonly Token[], figure: FigureSlot, from: number, mentions: Mentions): boolean {
  const number = lastNumberOf(tokens, figure, from);
  if (number < 0 || tokens[number + 2] === undefined) return false;
  return !afterNumberOf(number, figure, mentions.populations) && !afterNumberOf(number, figure, mentions.indicators);
}

/**
 * "(80.1%) of agency social workers were covering vacancies", "143,810 of the year's referrals were
 * re-referrals": when `mention` names the whole the figure is drawn from, the first of `candidates`
 * after it that names something else is the figure's predicate; undefined otherwise.
 */
export function predicateAfterWhole(tokens: readonly Token[], figure: FigureSlot, mention: PhraseMention<Indicator>, candidates: ReadonlyArray<PhraseMention<Indicator>>): PhraseMention<Indicator> | undefined {
  if (!drawnFrom(tokens, figure, mention)) return undefined;
  return candidates.find((other) => other.start >= mention.end && other.value !== mention.value);
}

/**
 * Nothing but "of" (and punctuation, an article or a possessive) between a figure and the mention:
 * "80.1% of agency workers", "143,810 of the year's referrals"; or a share whose own words end in
 * "of" right before it: "four out of five agency workers", "three in four agency workers".
 */
export function drawnFrom(tokens: readonly Token[], figure: FigureSlot, mention: PhraseMention<Indicator>): boolean {
  if (figure.unitKind === "share" && mention.startTok === figure.endTok && isWordAt(tokens, figure.endTok - 2, "of", "in")) return true;
  let of = false;
  for (let at = figure.endTok; at < mention.startTok; at++) {
    const token = tokens[at]!;
    if (isWordAt(tokens, at, "of")) of = true;
    else if (token.kind !== "punct" && !isWordAt(tokens, at, "the", "all") && !/['’]s$/.test(token.lower)) return false;
  }
  return of;
}

/**
 * The figure's stretch of its clause: from the previous figure's end to the next figure's start. A
 * total ("a quarter of the 79 councils inspected ... had failed") is described only by its own
 * participle phrase: the verb after it and what follows belong to the share drawn from it.
 */
export function stretchOf(tokens: readonly Token[], figures: readonly FigureSlot[], index: number, clauses: readonly ClauseSpan[]): { from: number; to: number } {
  const figure = figures[index]!;
  const clause = clauses[figure.clause]!;
  const previous = figures[index - 1];
  const next = figures[index + 1];
  let to = next && next.clause === figure.clause ? next.start : clause.end;
  if (next && isTotalOf(tokens, figure, next)) {
    const afterNext = figures[index + 2];
    to = afterNext && afterNext.clause === figure.clause ? afterNext.start : clause.end;
  }
  // "vacancies equivalent to 61.7 full-time staff, all of which were covered by agency staff": what
  // follows ", all of which" says something of them, not what they are. "fell to 35,005, and these
  // carers look after most children in care": a new subject that points back starts another statement.
  for (let at = figure.endTok; at < tokens.length && tokens[at]!.start < to; at++) {
    if (tokens[at]!.text === "," && isWordAt(tokens, at + 1, "all", "most", "many", "some", "half", "none", "each") && isWordAt(tokens, at + 2, "of") && isWordAt(tokens, at + 3, "which", "whom", "them")) {
      to = tokens[at]!.start;
      break;
    }
    const subject = isWordAt(tokens, at + 1, "and", "but") ? at + 2 : at + 1;
    if ((tokens[at]!.text === "," || isWordAt(tokens, at, "and", "but")) && isWordAt(tokens, subject, "these", "those", "they") && tokens[subject + 1]?.kind === "word") {
      to = tokens[at]!.start;
      break;
    }
  }
  // "Agency workers rose by 13% to 6,800": a change states no measure of its own, so the level after
  // it reads back past it to the subject, as far as the last figure that states one.
  let bound = index - 1;
  while (bound >= 0 && figures[bound]!.change && figures[bound]!.clause === figure.clause) bound--;
  const stated = figures[bound];
  let from = stated && stated.clause === figure.clause ? stated.end : clause.start;
  if (previous && isTotalOf(tokens, previous, figure)) from = figure.end;
  // The total's own stretch stops at its first verb: the rest is the share's predicate.
  if (previous && isTotalOf(tokens, previous, figure)) {
    const verb = tokens.find((token) => token.start >= figure.end && token.start < to && token.kind === "word" && VERBS.has(token.lower));
    if (verb) to = verb.start;
  }
  return { from, to };
}
