// `trend <topic>`: one row per period, oldest first, each with its source and the source's own
// caveat (what else the same sentence says the number is out of, or stated another way).

import type { Archive } from "../archive/buildArchive.ts";
import type { Figure } from "../types.ts";
import { describeFigure, isShare, unitKey } from "../archive/compare.ts";
import { corroborate, sourceCount } from "./corroborate.ts";
import type { YearRange } from "./parseCommand.ts";
import { overlaps, periodSortKey } from "../archive/periods.ts";
import { terms } from "../text/index.ts";
import { figuresByMetric } from "./views.ts";

/** Rows of a trend must count the same thing: a share of the same group, or a count of the same noun. */
function unitKind(figure: Figure): string {
  return isShare(figure) ? `% of ${figure.of ? unitKey(figure.of) : "?"}` : unitKey(figure.unit) || "count";
}

/** The sentence's other figures for the same measure: "also a quarter (25 %)". */
function caveatOf(figure: Figure, all: readonly Figure[]): string | undefined {
  // `figure` may be a corroborated copy, so it is told apart from its siblings by its words, not identity.
  const siblings = all.filter((other) => other.text !== figure.text && other.source.id === figure.source.id && other.sentence === figure.sentence && other.metric === figure.metric && other.period === figure.period);
  const parts: string[] = [];
  if (!isShare(figure) && figure.unit) parts.push(`counts ${figure.unit}`);
  if (siblings.length > 0) parts.push(`the same sentence also gives ${siblings.map((other) => describeFigure(other)).join(", ")}`);
  return parts.length > 0 ? parts.join("; ") : undefined;
}

/**
 * Picks the unit most periods share (so rows compare like with like), then per period the figure
 * most sources report.
 */
export function buildSeries(candidates: readonly Figure[], years?: YearRange): Figure[] {
  const dated = candidates.filter((figure) => figure.period && (!years || overlaps(figure.period, years)));
  const periodsByKind = new Map<string, Set<string>>();
  for (const figure of dated) {
    const kind = unitKind(figure);
    const periods = periodsByKind.get(kind) ?? new Set<string>();
    periods.add(figure.period!);
    periodsByKind.set(kind, periods);
  }
  // Most periods first; on a tie, counts before shares (a count is what "how many" asks).
  const kinds = [...periodsByKind].sort((a, b) => b[1].size - a[1].size || (a[0].startsWith("%") ? 1 : 0) - (b[0].startsWith("%") ? 1 : 0));
  const kind = kinds[0]?.[0];
  if (kind === undefined) return [];
  const byPeriod = new Map<string, Figure[]>();
  for (const figure of dated) {
    if (unitKind(figure) !== kind) continue;
    const list = byPeriod.get(figure.period!) ?? [];
    list.push(figure);
    byPeriod.set(figure.period!, list);
  }
  const rows: Figure[] = [];
  for (const [, figures] of byPeriod) {
    const best = corroborate(figures).sort((a, b) => sourceCount(b) - sourceCount(a))[0]!;
    const caveat = caveatOf(best, candidates);
    rows.push(caveat ? { ...best, caveat } : best);
  }
  return rows.sort((a, b) => periodSortKey(a.period) - periodSortKey(b.period));
}

/**
 * A named metric gives its figures; otherwise the topic must name what is counted ("trend children's
 * homes"), so that a sentence merely mentioning the words does not become a row.
 */
export function trendCandidates(archive: Archive, metric: string | undefined, ranked: readonly Figure[], topicTerms: readonly string[]): Figure[] {
  if (metric) return figuresByMetric(archive).get(metric) ?? [];
  return ranked.filter((figure) => terms(`${figure.of ?? ""} ${isShare(figure) ? "" : figure.unit}`).some((term) => topicTerms.includes(term)));
}
