// What a lookup reads of each hit, as flat arrays built once per archive: a doc's figures or quote,
// and the few fields of a figure the ranking compares (indicator, population, place, period, unit).
// A lookup ranks 200 hits; read through the objects, each hit cost several scattered memory reads
// and property loads over figures of many shapes. The arrays hold the same values: strings become
// small ids (the same string, the same id), and an absent value is NONE.

import { memo } from "./views.ts";
import { isLocalPlace, unitKindOf } from "../measure/same.ts";

/** An absent field (no measure, no period, no place). */
export const NONE = -1;
/** The id of a string no figure carries: equal to no figure's id, and not NONE. */
export const UNKNOWN = -2;

/** Strings to ids, in order of first sight. */
class Interned {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  add(value: string | undefined): number {
    if (value === undefined) return NONE;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }

  /** The id of `value` if some figure carries it; UNKNOWN otherwise. */
  idOf(value: string): number {
    return this.ids.get(value) ?? UNKNOWN;
  }
}

export interface RankingTable {
  /** Per doc: its quote's id, or NONE for a sentence. */
  docQuote: Int32Array;
  /** Doc d's figure ids are figureIds[figureStart[d] .. figureStart[d + 1]). */
  figureStart: Uint32Array;
  figureIds: Int32Array;
  /** Per figure: its measure's indicator, NONE when it has none (or an empty one). */
  indicator: Int32Array;
  population: Int32Array;
  geography: Int32Array;
  /** Per figure: its period string's id (NONE when undefined); `periods.values` gives the string back. */
  period: Int32Array;
  /** Per figure: its kind of number (NUMBER_KIND): a question asking "how many" wants a count, not a rate per head. */
  kind: Uint8Array;
  indicators: Interned;
  populations: Interned;
  geographies: Interned;
  periods: Interned;
  /** Per doc, side by side: its quote (NONE for a sentence), then where its figures start and end in figureIds. */
  docSpans: Int32Array;
  /**
   * The fields above again, per position in figureIds, FIELDS apart (and whether the place is local):
   * the hot copy a lookup reads. A hit's figures are then one short run of memory instead of a
   * scattered read per field, which is what ranking 200 hits mostly waited on.
   */
  fieldsAt: Int32Array;
}

/** Offsets of a figure's fields in `fieldsAt`. */
export const FIELD = { indicator: 0, population: 1, geography: 2, period: 3, kind: 4, local: 5 } as const;
/** The kinds of number the ranking tells apart, as stored in `kind`. */
export const NUMBER_KIND = { count: 0, share: 1, rate: 2, other: 3 } as const;
export const FIELDS = 6;

export const rankingTable = memo((archive): RankingTable => {
  const { docs, figures } = archive;
  const docQuote = new Int32Array(docs.length).fill(NONE);
  const figureStart = new Uint32Array(docs.length + 1);
  let total = 0;
  for (let d = 0; d < docs.length; d++) {
    const doc = docs[d]!;
    if (doc.kind === "quote") docQuote[d] = doc.quote;
    else total += doc.figures.length;
    figureStart[d + 1] = total;
  }
  const figureIds = new Int32Array(total);
  for (let d = 0; d < docs.length; d++) {
    const doc = docs[d]!;
    if (doc.kind === "sentence") figureIds.set(doc.figures, figureStart[d]!);
  }
  const indicators = new Interned();
  const populations = new Interned();
  const geographies = new Interned();
  const periods = new Interned();
  const indicator = new Int32Array(figures.length);
  const population = new Int32Array(figures.length);
  const geography = new Int32Array(figures.length);
  const period = new Int32Array(figures.length);
  const kind = new Uint8Array(figures.length);
  for (let f = 0; f < figures.length; f++) {
    const figure = figures[f]!;
    // The ranking asks "has an indicator" by truthiness: an empty one counts as none.
    indicator[f] = figure.measure?.indicator ? indicators.add(figure.measure.indicator) : NONE;
    population[f] = populations.add(figure.measure?.population);
    geography[f] = geographies.add(figure.geography);
    period[f] = periods.add(figure.period);
    const unitKind = unitKindOf(figure);
    kind[f] = unitKind === "count" ? NUMBER_KIND.count : unitKind === "share" ? NUMBER_KIND.share : unitKind === "rate" ? NUMBER_KIND.rate : NUMBER_KIND.other;
  }
  const table = { docQuote, figureStart, figureIds, indicator, population, geography, period, kind, indicators, populations, geographies, periods };
  return { ...table, docSpans: spansOf(docQuote, figureStart), fieldsAt: fieldsInDocOrder(table) };
});

function spansOf(docQuote: Int32Array, figureStart: Uint32Array): Int32Array {
  const spans = new Int32Array(3 * docQuote.length);
  for (let d = 0; d < docQuote.length; d++) {
    spans[3 * d] = docQuote[d]!;
    spans[3 * d + 1] = figureStart[d]!;
    spans[3 * d + 2] = figureStart[d + 1]!;
  }
  return spans;
}

function fieldsInDocOrder(table: Omit<RankingTable, "docSpans" | "fieldsAt">): Int32Array {
  const { figureIds, geographies } = table;
  const local = new Uint8Array(geographies.values.length);
  geographies.values.forEach((place, id) => (local[id] = isLocalPlace(place) ? 1 : 0));
  const fields = new Int32Array(FIELDS * figureIds.length);
  for (let at = 0; at < figureIds.length; at++) {
    const id = figureIds[at]!;
    const geography = table.geography[id]!;
    fields.set([table.indicator[id]!, table.population[id]!, geography, table.period[id]!, table.kind[id]!, geography >= 0 ? local[geography]! : 0], FIELDS * at);
  }
  return fields;
}
