// `trend <topic>`: one row per period, oldest first, each with its source and the source's own
// caveat (what else the same sentence says the number is out of, or stated another way).

import type { Archive } from "../archive/buildArchive.ts";
import type { Figure } from "../types.ts";
import { describeFigure, isShare, unitKey } from "../archive/compare.ts";
import { mostReportedFirst } from "./corroborate.ts";
import type { YearRange } from "./parseCommand.ts";
import { overlaps, periodSortKey } from "../archive/periods.ts";
import { terms } from "../text/index.ts";
import { figuresByMetric } from "./views.ts";

/** Rows of a trend must count the same thing: a share of the same group, or a count of the same noun. */
function unitKind(figure: Figure): string {
  return isShare(figure) ? `% of ${figure.of ? unitKey(figure.of) : "?"}` : unitKey(figure.unit) || "count";
}

/** What a caveat's siblings share with the figure: same article, sentence, metric and period. */
const siblingKey = (figure: Figure) => JSON.stringify([figure.source.id, figure.sentence, figure.metric ?? null, figure.period ?? null]);

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
 * The candidates grouped by unit kind and period, once per candidate list. A metric's list is the
 * same array each time (views.ts), so after the first trend a series costs its periods, not the
 * metric's figures (at 50,000 articles, hundreds of thousands).
 */
const tables = new WeakMap<readonly Figure[], SeriesTable>();

function tableOf(candidates: readonly Figure[]): SeriesTable {
  let table = tables.get(candidates);
  if (table) return table;
  table = { kinds: new Map(), siblings: new Map() };
  for (const [position, figure] of candidates.entries()) {
    const key = siblingKey(figure);
    const same = table.siblings.get(key);
    if (same) same.push(figure);
    else table.siblings.set(key, [figure]);
    if (!figure.period) continue;
    const kind = unitKind(figure);
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
export function buildSeries(candidates: readonly Figure[], years?: YearRange): Figure[] {
  const table = tableOf(candidates);
  const kinds = [...table.kinds]
    .map(([kind, periods]) => {
      const groups = [...periods.values()].filter((group) => !years || overlaps(group.period, years)).sort((a, b) => a.first - b.first);
      return { kind, groups, first: groups[0]?.first ?? Number.POSITIVE_INFINITY };
    })
    .filter((entry) => entry.groups.length > 0)
    // Kinds in the order their first figure in the years appears, then (a stable sort) most periods
    // first; on a tie, counts before shares (a count is what "how many" asks).
    .sort((a, b) => a.first - b.first)
    .sort((a, b) => b.groups.length - a.groups.length || (a.kind.startsWith("%") ? 1 : 0) - (b.kind.startsWith("%") ? 1 : 0));
  const chosen = kinds[0];
  if (!chosen) return [];
  return chosen.groups.map((group) => rowOf(table, group)).sort((a, b) => periodSortKey(a.period) - periodSortKey(b.period));
}

/**
 * A named metric gives its figures; otherwise the topic must name what is counted ("trend children's
 * homes"), so that a sentence merely mentioning the words does not become a row.
 */
export function trendCandidates(archive: Archive, metric: string | undefined, ranked: readonly Figure[], topicTerms: readonly string[]): Figure[] {
  if (metric) return figuresByMetric(archive).get(metric) ?? [];
  return ranked.filter((figure) => terms(`${figure.of ?? ""} ${isShare(figure) ? "" : figure.unit}`).some((term) => topicTerms.includes(term)));
}
