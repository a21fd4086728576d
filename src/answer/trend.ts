// `trend <topic>`: one row per period, oldest first, each with its source and the source's own
// caveat (what else the same sentence says the number is out of, or stated another way).

import type { Archive } from "../archive/buildArchive.ts";
import type { Figure } from "../types.ts";
import { describeFigure, isShare, valuesAgree, withinBound } from "../archive/compare.ts";
import { gradeInForce, measureKey, periodsOverlap, seriesPlace } from "../measure/same.ts";
import { mostReportedFirst } from "./corroborate.ts";
import type { YearRange } from "./parseCommand.ts";
import { overlaps, periodSortKey } from "../measure/periods.ts";
import { terms } from "../text/index.ts";
import { figuresByIndicator } from "./views.ts";

/**
 * Rows of a trend must measure the same thing the same way: one measure (src/measure) and one basis,
 * so that councils judged inadequate in a year's inspections, councils rated inadequate at a date
 * and councils rated inadequate since 2008 are three series, never one.
 */
function seriesKey(figure: Figure, bases: ReadonlyMap<string, ReadonlySet<string>>, placed: PlaceOf): string | undefined {
  const key = measureKey(figure);
  if (key === undefined) return undefined;
  // A figure whose sentence states no basis joins its measure's one stated basis; with stock and
  // flow both stated, it stays apart rather than join the wrong one.
  const stated = bases.get(key);
  const only = stated?.size === 1 ? [...stated][0] : undefined;
  const basis = figure.measure?.basis ?? (only && !(only === "flow" && gradeInForce(figure)) ? only : "");
  // One place per series: Leeds's overspend, England's and Warrington's are three series, never one.
  return `${key}|${basis}|${seriesPlace(placed(figure))}`;
}

/** Where a figure is from: its own place, or (unplaced) the council its article is about; undefined for the country's. */
export type PlaceOf = (figure: Figure) => string | undefined;

/** Each measure's stated bases among the candidates. */
function basesOf(candidates: readonly Figure[]): Map<string, Set<string>> {
  const bases = new Map<string, Set<string>>();
  for (const figure of candidates) {
    const key = measureKey(figure);
    const basis = figure.measure?.basis;
    if (key === undefined || !basis) continue;
    let set = bases.get(key);
    if (!set) bases.set(key, (set = new Set()));
    set.add(basis);
  }
  return bases;
}

/** What a caveat's siblings share with the figure: same article, sentence, metric and period. */
const siblingKey = (figure: Figure) => JSON.stringify([figure.source.id, figure.sentence, figure.measure?.indicator ?? null, figure.period ?? null]);

/** The sentence's other figures for the same measure: "also a quarter (25 %)". */
function caveatOf(figure: Figure, sameSentence: readonly Figure[]): string | undefined {
  // `figure` may be a corroborated copy, so it is told apart from its siblings by its words, not identity.
  const siblings = sameSentence.filter((other) => other.text !== figure.text);
  const parts: string[] = [];
  if (!isShare(figure) && figure.unit) parts.push(`counts ${figure.unit}`);
  if (siblings.length > 0) parts.push(`the same sentence also gives ${siblings.map((other) => describeFigure(other)).join(", ")}`);
  return parts.length > 0 ? parts.join("; ") : undefined;
}

interface PeriodGroup {
  period: string;
  /** Where the group's first figure stands among the candidates: the order periods are met in. */
  first: number;
  figures: Figure[];
  row?: Figure;
}

interface SeriesTable {
  kinds: Map<string, Map<string, PeriodGroup>>;
  siblings: Map<string, Figure[]>;
}

/**
 * The candidates grouped by unit kind, place and period, once per candidate list (whose figures'
 * places `placed` reads the same way for one archive). A metric's list is the
 * same array each time (views.ts), so after the first trend a series costs its periods, not the
 * metric's figures (at 50,000 articles, hundreds of thousands).
 */
const tables = new WeakMap<readonly Figure[], SeriesTable>();

function tableOf(candidates: readonly Figure[], placed: PlaceOf): SeriesTable {
  let table = tables.get(candidates);
  if (table) return table;
  table = { kinds: new Map(), siblings: new Map() };
  const bases = basesOf(candidates);
  for (const [position, figure] of candidates.entries()) {
    const key = siblingKey(figure);
    const same = table.siblings.get(key);
    if (same) same.push(figure);
    else table.siblings.set(key, [figure]);
    const kind = seriesKey(figure, bases, placed);
    if (!figure.period || kind === undefined) continue;
    let periods = table.kinds.get(kind);
    if (!periods) table.kinds.set(kind, (periods = new Map()));
    const group = periods.get(figure.period);
    if (group) group.figures.push(figure);
    else periods.set(figure.period, { period: figure.period, first: position, figures: [figure] });
  }
  tables.set(candidates, table);
  return table;
}

/** Per period the figure most sources report; the same whatever years were asked, so kept. */
function rowOf(table: SeriesTable, group: PeriodGroup): Figure {
  if (!group.row) {
    const best = mostReportedFirst(group.figures)[0]!;
    const caveat = caveatOf(best, table.siblings.get(siblingKey(best)) ?? []);
    group.row = caveat ? { ...best, caveat } : best;
  }
  return group.row;
}

/**
 * Picks the unit most periods share (so rows compare like with like), then per period the figure
 * most sources report.
 */
export function buildSeries(candidates: readonly Figure[], years?: YearRange, place?: string, placed: PlaceOf = (figure) => figure.geography): Figure[] {
  const table = tableOf(candidates, placed);
  // The place asked for, else the country's: a council's series is never England's.
  const wanted = seriesPlace(place);
  const kinds = [...table.kinds]
    .filter(([kind]) => kind.endsWith(`|${wanted}`))
    .map(([kind, periods]) => {
      const groups = [...periods.values()].filter((group) => !years || overlaps(group.period, years)).sort((a, b) => a.first - b.first);
      return { kind, groups, first: groups[0]?.first ?? Number.POSITIVE_INFINITY };
    })
    .filter((entry) => entry.groups.length > 0)
    // Kinds in the order their first figure in the years appears, then (a stable sort) most periods
    // first; on a tie, counts before shares (a count is what "how many" asks).
    .sort((a, b) => a.first - b.first)
    .sort((a, b) => b.groups.length - a.groups.length || (a.kind.includes("|share|") ? 1 : 0) - (b.kind.includes("|share|") ? 1 : 0));
  const chosen = kinds[0];
  if (!chosen) return [];
  return onePointPerStatement(chosen.groups.map((group) => rowOf(table, group)).sort((a, b) => periodSortKey(a.period) - periodSortKey(b.period)));
}

/** Digits are more exact than words: "34.2 per cent" before "more than one in three". */
function precision(figure: Figure): number {
  return (/\d/.test(figure.text) ? 2 : 0) + (figure.qualifier ? 0 : 1);
}

/**
 * One figure given two ways in one article ("34.2 per cent" for 2012-13 and "more than one in three"
 * read as 2013) is one point, not two: a series would otherwise show a fall that never happened.
 * Rows from the same article whose periods overlap and whose values agree (or one bounds the other)
 * keep only the more exact one.
 */
function onePointPerStatement(rows: Figure[]): Figure[] {
  const dropped = new Set<Figure>();
  for (const [at, row] of rows.entries()) {
    for (const other of rows.slice(at + 1)) {
      if (dropped.has(row) || dropped.has(other) || other.source.id !== row.source.id || !periodsOverlap(row.period, other.period)) continue;
      if (!valuesAgree(row, other) && !withinBound(row, other) && !withinBound(other, row)) continue;
      dropped.add(precision(other) > precision(row) ? row : other);
    }
  }
  return rows.filter((row) => !dropped.has(row));
}

/**
 * A named indicator gives its figures; otherwise the topic must name what is counted ("trend children's
 * homes"), so that a sentence merely mentioning the words does not become a row.
 */
export function trendCandidates(archive: Archive, indicator: string | undefined, ranked: readonly Figure[], topicTerms: readonly string[], population?: string): Figure[] {
  if (indicator) return figuresByIndicator(archive).get(indicator) ?? [];
  // "trend fostering households": a figure the reader measured over the population named counts it,
  // whatever noun its sentence used ("42,100 approved fostering households").
  return ranked.filter((figure) => (population !== undefined && figure.measure?.population === population) || terms(`${figure.of ?? ""} ${isShare(figure) ? "" : figure.unit}`).some((term) => topicTerms.includes(term)));
}

/** Kept lists by candidate list and by what kept them: a few topics each, dropped when the archive is. */
const kept = new WeakMap<readonly Figure[], Map<string, readonly Figure[]>>();
/** How many kept lists one candidate list holds before they are all dropped (topics are open-ended). */
const MAX_KEPT_LISTS = 64;

/**
 * The candidates `keep` keeps, the same list object for the same `key` each time: the series table is
 * built once per list (tableOf), and an indicator's candidates run to tens of thousands in a large
 * archive (a new list per question cost 60 ms a trend at 10,000 articles).
 */
export function keptCandidates(candidates: readonly Figure[], key: string, keep: (figure: Figure) => boolean): readonly Figure[] {
  let lists = kept.get(candidates);
  if (!lists) kept.set(candidates, (lists = new Map()));
  let list = lists.get(key);
  if (!list) {
    const filtered = candidates.filter(keep);
    list = filtered.length === candidates.length ? candidates : filtered;
    if (lists.size >= MAX_KEPT_LISTS) lists.clear();
    lists.set(key, list);
  }
  return list;
}
