// What a lookup reads of each hit, as flat arrays built once per archive: a doc's figures or quote,
// and the few fields of a figure the ranking compares (indicator, population, place, period, unit).
// A lookup ranks 200 hits; read through the objects, each hit cost several scattered memory reads
// and property loads over figures of many shapes. The arrays hold the same values: strings become
// small ids (the same string, the same id), and an absent value is NONE.

import { memo } from "./views.ts";
import { isLocalPlace } from "../measure/same.ts";

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
  /** Per figure: 1 when its unit is "%". */
  share: Uint8Array;
  indicators: Interned;
  populations: Interned;
  geographies: Interned;
  periods: Interned;
}

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
  const share = new Uint8Array(figures.length);
  for (let f = 0; f < figures.length; f++) {
    const figure = figures[f]!;
    // The ranking asks "has an indicator" by truthiness: an empty one counts as none.
    indicator[f] = figure.measure?.indicator ? indicators.add(figure.measure.indicator) : NONE;
    population[f] = populations.add(figure.measure?.population);
    geography[f] = geographies.add(figure.geography);
    period[f] = periods.add(figure.period);
    share[f] = figure.unit === "%" ? 1 : 0;
  }
  return { docQuote, figureStart, figureIds, indicator, population, geography, period, share, indicators, populations, geographies, periods };
});

/** The ids of the regions and councils some figure is placed in: built once per table. */
const localIds = new WeakMap<RankingTable, ReadonlySet<number>>();

export function localPlaces(table: RankingTable): ReadonlySet<number> {
  let ids = localIds.get(table);
  if (!ids) {
    ids = new Set(table.geographies.values.flatMap((place, id) => (isLocalPlace(place) ? [id] : [])));
    localIds.set(table, ids);
  }
  return ids;
}
