// The measure: what a figure measures and whether two figures measure the same thing. Extraction,
// the statistics reader, check, trend and lookup all read it here; nothing else names an indicator.

export { catalogue, readCatalogue, type Catalogue, type Framework, type Indicator, type Population, type UnitKind } from "./catalogue.ts";
export { readMeasures, type ClauseSpan, type FigureSlot } from "./read.ts";
export { statedBasis } from "./modifiers.ts";
import { catalogue } from "./catalogue.ts";
import { tokenize, type Token } from "../extract/figures/tokens.ts";
import type { Basis, Measure } from "../types.ts";
import { vocabulary } from "./vocabulary.ts";

/** "inadequate", "director change": how an indicator is named in answers. */
export function indicatorLabel(id: string): string {
  return catalogue().indicator(id)?.label ?? id;
}

/** How a series of an indicator that can count more than one way counts, said in its heading. */
const BASIS_WORDS: Readonly<Record<Basis, string>> = {
  stock: "as at each date",
  flow: "within each period, e.g. that year's inspections",
  cumulative: "running totals since a start",
};

/** "outstanding (within each period, …)": the basis a series' figures state, where the indicator has no fixed one. */
export function seriesLabel(id: string, basis: Basis | undefined): string {
  const label = indicatorLabel(id);
  return basis === undefined || catalogue().indicator(id)?.basis !== undefined ? label : `${label} (${BASIS_WORDS[basis]})`;
}

/**
 * Whether a national figure of this measure comes from a census published the year after it was
 * taken (catalogue `publishedYearAfter`): dated only by its article, it counts the year before.
 * A council's own figure in its own story may be current, and keeps the article's year.
 */
export function publishedYearAfter(figure: { measure?: Measure; geography?: string }): boolean {
  if (!figure.measure?.population || (figure.geography !== undefined && figure.geography !== "England")) return false;
  return catalogue().population(figure.measure.population)?.publishedYearAfter === true;
}

/**
 * A grade counted over no named population ("21 were rated inadequate") measures nothing checkable:
 * councils and children's homes are both graded. The figure keeps its words, without a measure.
 */
export function withoutUnsettledGrade<T extends { measure?: Measure; metric?: string }>(mention: T): T {
  if (!mention.measure || mention.measure.population || catalogue().indicator(mention.measure.indicator)?.kind !== "grade") return mention;
  const { measure: _measure, metric: _metric, ...unmeasured } = mention;
  return unmeasured as T;
}

/**
 * The indicators a sentence names by the catalogue's words, apart from `indicator` and those that
 * share a name with it ("agency workers" names both the agency rate and the count). A claim whose
 * sentence names another ("turnover among agency social workers was 30%") may have been read as the
 * wrong one.
 */
export function otherIndicatorsNamed(sentence: string, measure: Pick<Measure, "indicator" | "aspect">): string[] {
  const indicator = catalogue().indicator(measure.indicator);
  const own = new Set(indicator?.names ?? []);
  // "Re-referrals were 21.9 per cent of referrals": what a share is stated over is part of its measure.
  const over = indicator?.share && indicator.share.aspect === measure.aspect ? new Set(indicator.share.over) : undefined;
  const named = vocabulary().indicators.find(tokenize(sentence)).map((mention) => mention.value);
  return [...new Set(named.filter((other) => other.id !== measure.indicator && !other.names.some((name) => own.has(name) || over?.has(name))).map((other) => other.id))];
}

export interface GradePhrase {
  /** Catalogue id of the grade ("requires-improvement"). */
  indicator: string;
  /** A combination ("good or better", "less than good"): no one council's grade. */
  combined: boolean;
  startTok: number;
  endTok: number;
  start: number;
  end: number;
}

/** The grades a sentence's tokens name, as the catalogue words them: for reading a council's rating. */
export function gradePhrases(tokens: readonly Token[]): GradePhrase[] {
  return vocabulary()
    .indicators.find(tokens)
    .filter((mention) => mention.value.kind === "grade")
    .map((mention) => ({ indicator: mention.value.id, combined: mention.value.combines !== undefined, startTok: mention.startTok, endTok: mention.endTok, start: mention.start, end: mention.end }));
}

/** Judgement areas ("care leavers", "help and protection") and populations the tokens name, with token spans. */
export function aspectPhrases(tokens: readonly Token[]): Array<{ aspect: string; startTok: number; endTok: number }> {
  return vocabulary().aspects.find(tokens).map((mention) => ({ aspect: mention.value, startTok: mention.startTok, endTok: mention.endTok }));
}

export function populationPhrases(tokens: readonly Token[]): Array<{ population: string; startTok: number; endTok: number }> {
  return vocabulary().populations.find(tokens).map((mention) => ({ population: mention.value.id, startTok: mention.startTok, endTok: mention.endTok }));
}

/** Places other than the country a sentence names ("in London", "the north west"). */
export function placesOtherThanEngland(tokens: readonly Token[]): string[] {
  return vocabulary().geographies.find(tokens).map((mention) => mention.value).filter((place) => place !== "England");
}
