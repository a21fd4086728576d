// The same figure in several articles is one result "reported by N sources"; figures for the same
// measure that disagree are shown side by side, never silently resolved.

import type { Figure, Source } from "../types.ts";
import { samePeriod, sameUnit, valuesAgree } from "../archive/compare.ts";

/**
 * Same value, unit (and group), metric and period. An undated figure joins only undated ones: "a
 * quarter" in an undated article may be a different year's quarter.
 */
function sameFigure(a: Figure, b: Figure): boolean {
  if (a.metric !== b.metric || !sameUnit(a, b) || a.upper !== b.upper) return false;
  if (Math.abs(a.value - b.value) > 1e-6) return false;
  if (a.geography && b.geography && a.geography !== b.geography) return false;
  if (a.period === undefined || b.period === undefined) return a.period === b.period;
  return samePeriod(a, b);
}

/**
 * Folds duplicates into the first (best-ranked) figure of each group, listing the other sources
 * in `corroboratedBy`. A second mention in the same article is dropped, not counted twice.
 */
export function corroborate(ranked: readonly Figure[]): Figure[] {
  const groups: Array<{ lead: Figure; others: Source[] }> = [];
  // Bucketed by what must match exactly, so folding stays linear on a large archive's trend.
  const buckets = new Map<string, Array<{ lead: Figure; others: Source[] }>>();
  for (const figure of ranked) {
    const key = `${figure.metric ?? ""}\u0000${figure.value.toFixed(6)}\u0000${figure.upper ?? ""}\u0000${figure.unit === "%" ? "%" : "n"}`;
    const bucket = buckets.get(key) ?? [];
    const group = bucket.find((candidate) => sameFigure(candidate.lead, figure));
    if (!group) {
      const created = { lead: figure, others: [] };
      groups.push(created);
      bucket.push(created);
      buckets.set(key, bucket);
      continue;
    }
    const known = group.lead.source.id === figure.source.id || group.others.some((source) => source.id === figure.source.id);
    if (!known) group.others.push(figure.source);
  }
  return groups.map(({ lead, others }) => (others.length > 0 ? { ...lead, corroboratedBy: others } : lead));
}

export function sourceCount(figure: Figure): number {
  return 1 + (figure.corroboratedBy?.length ?? 0);
}

/**
 * Groups of figures (from different articles) that measure the same thing in the same period but
 * do not agree: a different value beyond fair rounding, or a different stated geography.
 */
export function findConflicts(figures: readonly Figure[]): Figure[][] {
  const conflicts: Figure[][] = [];
  const seen = new Set<string>();
  figures.forEach((a, i) => {
    if (!a.metric) return;
    const group = [a];
    for (const b of figures.slice(i + 1)) {
      if (b.source.id === a.source.id || b.metric !== a.metric || !sameUnit(a, b)) continue;
      const bothDated = a.period !== undefined && b.period !== undefined;
      if (bothDated && !samePeriod(a, b)) continue;
      // An undated article may be any year, so its different value proves nothing; the same value
      // stated for a different place ("in England" vs "in the UK") is a disagreement whatever the year.
      // Overlapping but different periods ("2013" vs "2012-13") usually count different things.
      const valueDiffers = bothDated && a.period === b.period && !valuesAgree(a, b);
      const placeDiffers = Boolean(a.geography && b.geography && a.geography !== b.geography) && valuesAgree(a, b);
      if (valueDiffers || placeDiffers) group.push(b);
    }
    if (group.length < 2) return;
    const key = group.map((figure) => `${figure.source.id}:${figure.text}:${figure.sentence.length}`).sort().join("|");
    if (seen.has(key)) return;
    seen.add(key);
    conflicts.push(group);
  });
  return conflicts;
}
