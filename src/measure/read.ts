// What each figure of a sentence measures, read from the words around it with the catalogue's
// vocabulary. The rule throughout: a figure gets a measure only when its own stretch of the sentence
// names it. Guessing is the bug; a figure left without a measure is still found by lookup, and check
// and trend simply do not use it.
//
// A sentence is cut into clauses (by the extractor), and each clause into one stretch per figure:
// from the end of the previous figure to the start of the next. "23 outstanding LAs, 58 are good,
// 52 require improvement and 17 are rated inadequate" gives each number its own grade this way,
// where "the nearest grade" would hand 58 the "outstanding" of the 23 before it.

import type { Basis, Measure } from "../types.ts";
import type { Token } from "../extract/figures/tokens.ts";
import type { Indicator, Population, UnitKind } from "./catalogue.ts";
import type { PhraseMention } from "./phrases.ts";
import { vocabulary } from "./vocabulary.ts";

/** What the extractor knows of a figure: where it stands, and what kind of number it is. */
export interface FigureSlot {
  start: number;
  end: number;
  startTok: number;
  /** Exclusive. */
  endTok: number;
  clause: number;
  unitKind: UnitKind;
}

export interface ClauseSpan {
  start: number;
  end: number;
}

/** Words after which a figure's own predicate starts: the subject phrase ends at one of these. */
const VERBS: ReadonlySet<string> = new Set([
  "is", "are", "was", "were", "has", "have", "had", "be", "been", "being", "remain", "remains", "remained", "received",
  "got", "saw", "see", "sees", "achieved", "improved", "declined", "retained", "now", "will", "would", "could", "did",
  "carry", "carries", "rose", "fell", "increased", "decreased", "left", "joined", "experienced",
]);

/** Words that may stand between two figures stating one thing two ways ("a quarter ..., 21 in total,"). */
const APPOSITION_GLUE: ReadonlySet<string> = new Set(["or", "in", "total", "all", "some", "around", "about", "nearly", "almost", "just", "over", "under"]);

const PARTITIVE_HEADS: ReadonlySet<string> = new Set(["the", "those", "these", "all"]);

interface Mentions {
  indicators: Array<PhraseMention<Indicator>>;
  populations: Array<PhraseMention<Population>>;
  bases: Array<PhraseMention<Basis>>;
  aspects: Array<PhraseMention<string>>;
}

/**
 * A partitive frame: "Of the 54 homes judged inadequate, …", "11 of the authorities rated inadequate
 * had …". The figures it applies to are drawn from a subgroup; the words inside it describe that
 * subgroup, not those figures.
 */
interface Frame {
  /** Token span of the frame's words (after "of the"). */
  fromTok: number;
  toTok: number;
  population?: Population;
  subgroup: string;
}

function isWordAt(tokens: readonly Token[], at: number, ...words: string[]): boolean {
  const token = tokens[at];
  return token !== undefined && token.kind === "word" && words.includes(token.lower);
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

/** The frames of a sentence, and which figure each one governs. */
function findFrames(sentence: string, tokens: readonly Token[], figures: readonly FigureSlot[], mentions: Mentions): Map<FigureSlot, Frame> {
  const frames = new Map<FigureSlot, Frame>();
  // "Of the 54 homes judged inadequate, just under three quarters (39 homes) improved": the opening
  // phrase up to its comma is the subgroup of every figure after it.
  const first = tokens.findIndex((token) => token.kind === "word");
  if (first >= 0 && isWordAt(tokens, first, "of", "among", "amongst") && (isWordAt(tokens, first + 1, ...PARTITIVE_HEADS) || tokens[first + 1]?.kind === "digits")) {
    const from = first + 1;
    const to = frameEnd(tokens, from, tokens.length, false);
    const comma = tokens[to];
    if (comma && comma.text === ",") {
      const frame: Frame = { fromTok: from, toTok: to, subgroup: wordsOf(sentence, tokens, from, to), ...optional("population", populationIn(mentions, from, to)) };
      for (const figure of figures) if (figure.startTok > to) frames.set(figure, frame);
    }
  }
  // "11 of the authorities rated inadequate had new directors", "16 of which improved to good".
  for (const figure of figures) {
    if (frames.has(figure) || !isWordAt(tokens, figure.endTok, "of")) continue;
    if (isWordAt(tokens, figure.endTok + 1, "which", "whom", "them", "those", "these")) {
      frames.set(figure, { fromTok: figure.endTok, toTok: figure.endTok + 2, subgroup: wordsOf(sentence, tokens, figure.endTok, figure.endTok + 2) });
      continue;
    }
    if (!isWordAt(tokens, figure.endTok + 1, "the", "all", "those", "these")) continue;
    const from = figure.endTok + 2;
    // "of the 79 councils inspected": a total inside the frame is a figure of its own.
    const afterTotal = figures.find((other) => other.startTok === from)?.endTok ?? from;
    const population = mentions.populations.find((mention) => mention.startTok >= afterTotal && mention.startTok <= afterTotal + 2);
    if (!population) continue;
    const to = frameEnd(tokens, population.endTok, tokens.length, true);
    // Only a frame that names a measure of its group ("rated inadequate") makes a subgroup: "11 of
    // the 17 councils" and "a quarter of the 79 councils inspected" are shares of all of them.
    if (!mentions.indicators.some((mention) => mention.startTok >= population.endTok && mention.endTok <= to)) continue;
    frames.set(figure, { fromTok: from, toTok: to, population: population.value, subgroup: wordsOf(sentence, tokens, population.startTok, to) });
  }
  return frames;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** The population a figure counts: the noun right after it ("21 councils") or after "of" ("28% of LAs"). */
function countedPopulation(tokens: readonly Token[], figure: FigureSlot, mentions: Mentions): Population | undefined {
  let at = figure.endTok;
  // "28% of LAs", "a quarter of children's services departments", "11 of the 17 councils".
  if (isWordAt(tokens, at, "of")) {
    at += 1;
    if (isWordAt(tokens, at, "the", "all", "those", "these", "their", "its", "england's")) at += 1;
  }
  for (const mention of mentions.populations) {
    if (mention.startTok < at) continue;
    if (mention.startTok > at + 2) break;
    // At most two modifiers between ("85 independent fostering agencies"), and none a verb or a figure.
    const between = tokens.slice(at, mention.startTok);
    if (between.every((token) => token.kind === "word" && !VERBS.has(token.lower))) return mention.value;
  }
  return undefined;
}

function unitFits(indicator: Indicator, unitKind: UnitKind): boolean {
  return indicator.units.includes(unitKind);
}

/** The figure's stretch of its clause: from the previous figure's end to the next figure's start. */
function stretchOf(figures: readonly FigureSlot[], index: number, clauses: readonly ClauseSpan[]): { from: number; to: number } {
  const figure = figures[index]!;
  const clause = clauses[figure.clause]!;
  const previous = figures[index - 1];
  const next = figures[index + 1];
  return {
    from: previous && previous.clause === figure.clause ? previous.end : clause.start,
    to: next && next.clause === figure.clause ? next.start : clause.end,
  };
}

interface Chosen {
  mention: PhraseMention<Indicator>;
  after: boolean;
}

/**
 * The indicator named in the figure's stretch that fits its kind of number: the first one after it
 * (its predicate: "17 are rated inadequate"), else the nearest before it ("the inadequate share was
 * 22%"). Words inside a partitive frame describe the subgroup and are skipped.
 */
function chooseIndicator(figure: FigureSlot, stretch: { from: number; to: number }, mentions: Mentions, frame: Frame | undefined): Chosen | undefined {
  const inFrame = (mention: PhraseMention<Indicator>) => frame !== undefined && mention.startTok >= frame.fromTok && mention.endTok <= frame.toTok;
  const usable = mentions.indicators.filter((mention) => mention.start >= stretch.from && mention.end <= stretch.to && !inFrame(mention) && unitFits(mention.value, figure.unitKind));
  const after = usable.find((mention) => mention.start >= figure.end);
  if (after) return { mention: after, after: true };
  const before = usable.filter((mention) => mention.end <= figure.start).at(-1);
  return before ? { mention: before, after: false } : undefined;
}

/** Two figures stating one thing two ways: nothing but glue words and punctuation between them. */
function inApposition(tokens: readonly Token[], a: FigureSlot, b: FigureSlot, countedEnd: number): boolean {
  if (a.clause !== b.clause) return false;
  const between = tokens.slice(Math.max(a.endTok, countedEnd), b.startTok);
  return between.length <= 4 && between.every((token) => token.kind === "punct" || APPOSITION_GLUE.has(token.lower));
}

/** Where a population mention right after the figure ends, so apposition looks past "of councils". */
function countedEndTok(tokens: readonly Token[], figure: FigureSlot, mentions: Mentions): number {
  const counted = countedPopulation(tokens, figure, mentions);
  if (!counted) return figure.endTok;
  const mention = mentions.populations.find((candidate) => candidate.value === counted && candidate.startTok >= figure.endTok);
  return mention ? mention.endTok : figure.endTok;
}

function nearestIn<T>(list: ReadonlyArray<PhraseMention<T>>, from: number, to: number, near: number): T | undefined {
  let best: PhraseMention<T> | undefined;
  for (const mention of list) {
    if (mention.start < from || mention.end > to) continue;
    if (!best || Math.abs(mention.start - near) < Math.abs(best.start - near)) best = mention;
  }
  return best?.value;
}

/** The one basis the clause states, if it states exactly one kind. */
function basisIn(mentions: Mentions, clause: ClauseSpan): Basis | undefined {
  const kinds = new Set(mentions.bases.filter((mention) => mention.start >= clause.start && mention.end <= clause.end).map((mention) => mention.value));
  return kinds.size === 1 ? [...kinds][0] : undefined;
}

export interface SentenceMeasures {
  measures: Array<Measure | undefined>;
}

/**
 * The measure of each figure (in sentence order), or undefined where the sentence does not say.
 * `figures` must be sorted by position and tagged with their clause.
 */
export function readMeasures(sentence: string, tokens: readonly Token[], figures: readonly FigureSlot[], clauses: readonly ClauseSpan[]): Array<Measure | undefined> {
  const words = vocabulary();
  const mentions: Mentions = {
    indicators: words.indicators.find(tokens),
    populations: words.populations.find(tokens),
    bases: words.bases.find(tokens),
    aspects: words.aspects.find(tokens),
  };
  const frames = findFrames(sentence, tokens, figures, mentions);
  const chosen = figures.map((figure, index) => chooseIndicator(figure, stretchOf(figures, index, clauses), mentions, frames.get(figure)));
  // "a quarter of children's services departments, 21 in total, are currently rated inadequate":
  // the first figure shares the predicate of the second.
  for (let index = figures.length - 2; index >= 0; index--) {
    const next = chosen[index + 1];
    if (chosen[index] || !next?.after) continue;
    const figure = figures[index]!;
    const other = figures[index + 1]!;
    if (inApposition(tokens, figure, other, countedEndTok(tokens, figure, mentions)) && unitFits(next.mention.value, figure.unitKind)) chosen[index] = next;
  }
  const measures: Array<Measure | undefined> = [];
  let carried: Population | undefined;
  figures.forEach((figure, index) => {
    const frame = frames.get(figure);
    const counted = countedPopulation(tokens, figure, mentions);
    const stretch = stretchOf(figures, index, clauses);
    const population = counted ?? frame?.population ?? nearestIn(mentions.populations, stretch.from, stretch.to, figure.start) ?? carried;
    if (population) carried = population;
    const pick = chosen[index];
    if (!pick) {
      measures.push(undefined);
      return;
    }
    const indicator = pick.mention.value;
    const resolved = population ?? soleGradePopulation(indicator, mentions);
    // A population the indicator is not counted over ("80% of children ... good") means the words
    // near the figure are about something else: no measure rather than a wrong one.
    if (resolved && !indicator.populations.includes(resolved.id)) {
      measures.push(undefined);
      return;
    }
    if (!resolved && indicator.kind === "grade") {
      measures.push(undefined);
      return;
    }
    const clause = clauses[figure.clause]!;
    const aspect = indicator.kind === "grade" ? nearestIn(mentions.aspects, pick.mention.start, stretch.to, pick.mention.end) : undefined;
    const measure: Measure = {
      indicator: indicator.id,
      ...optional("population", resolved?.id ?? (indicator.populations.length === 1 ? indicator.populations[0] : undefined)),
      ...optional("subgroup", frame?.subgroup),
      ...optional("basis", basisIn(mentions, clause)),
      ...optional("aspect", aspect === "overall" ? undefined : aspect),
    };
    measures.push(measure);
  });
  return measures;
}

/** A grade with no population of its own in reach takes the one grade population the sentence names, if just one. */
function soleGradePopulation(indicator: Indicator, mentions: Mentions): Population | undefined {
  if (indicator.kind !== "grade") return undefined;
  const named = new Set(mentions.populations.map((mention) => mention.value).filter((population) => indicator.populations.includes(population.id)));
  return named.size === 1 ? [...named][0] : undefined;
}
