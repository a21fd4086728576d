// The same figure in several articles is one result "reported by N sources"; figures for the same
// measure that disagree are shown side by side, never silently resolved.

import type { Figure, Source } from "../types.ts";
import { valuesAgree } from "../archive/compare.ts";
import { basesCompatible, measureKey, periodsOverlap, placesCompatible } from "../measure/same.ts";

/** What a figure is folded by: its measure, or for a figure without one, its unit as printed. */
function foldKey(figure: Figure): string {
  return measureKey(figure) ?? `unmeasured|${figure.unit}|${figure.of ?? ""}`;
}

/**
 * Same value, measure and period. An undated figure joins only undated ones: "a quarter" in an
 * undated article may be a different year's quarter.
 */
function sameFigure(a: Figure, b: Figure): boolean {
  if (foldKey(a) !== foldKey(b) || a.upper !== b.upper) return false;
  if (Math.abs(a.value - b.value) > 1e-6) return false;
  if (a.geography && b.geography && a.geography !== b.geography) return false;
  // "82% of the homes inspected in the year" and "82% of homes as at 30 September": two figures (hry74).
  if (!basesCompatible(a.measure, b.measure)) return false;
  if (a.period === undefined || b.period === undefined) return a.period === b.period;
  return periodsOverlap(a.period, b.period);
}

/**
 * Folds duplicates into the first (best-ranked) figure of each group, listing the other sources
 * in `corroboratedBy`. A second mention in the same article is dropped, not counted twice. Folding
 * already-folded figures keeps their sources, so lists of groups can be merged.
 */
export function corroborate(ranked: readonly Figure[]): Figure[] {
  interface Group {
    lead: Figure;
    others: Source[];
    /** Source ids already in the group, once it has many (most groups have a few and need no set). */
    seen?: Set<string>;
  }
  const groups: Group[] = [];
  // Bucketed by measure, then by value (to 6 decimals) and kind of number, so folding stays linear on
  // a large archive's trend; numeric keys, because a key string per figure was most of the cost.
  const buckets = new Map<string, Map<number, Group[]>>();
  const add = (group: Group, source: Source) => {
    if (group.seen) {
      if (group.seen.has(source.id)) return;
      group.seen.add(source.id);
    } else {
      if (group.lead.source.id === source.id || group.others.some((other) => other.id === source.id)) return;
      if (group.others.length >= 8) group.seen = new Set([group.lead.source.id, ...group.others.map((other) => other.id), source.id]);
    }
    group.others.push(source);
  };
  for (const figure of ranked) {
    const fold = foldKey(figure);
    let byValue = buckets.get(fold);
    if (!byValue) buckets.set(fold, (byValue = new Map()));
    const key = Math.round(figure.value * 1e6) * 2 + (figure.unit === "%" ? 1 : 0);
    let bucket = byValue.get(key);
    if (!bucket) byValue.set(key, (bucket = []));
    const group = bucket.find((candidate) => sameFigure(candidate.lead, figure));
    if (!group) {
      const created: Group = { lead: figure, others: [] };
      for (const source of figure.corroboratedBy ?? []) add(created, source);
      groups.push(created);
      bucket.push(created);
      continue;
    }
    add(group, figure.source);
    for (const source of figure.corroboratedBy ?? []) add(group, source);
  }
  return groups.map(({ lead, others }) => {
    if (others.length === 0) return lead;
    if (lead.corroboratedBy?.length === others.length) return lead;
    // Object.assign, not a spread: a spread copy of an archive figure outlived the young-generation
    // collection after it (V8's clone of the figure's shape), so each query's copies, and all they
    // point to, were copied into the old generation; the properties and their order are the same.
    return Object.assign({}, lead, { corroboratedBy: others });
  });
}

/** Folded, then the figure most sources report first; ties keep their order (the sort is stable). */
export function mostReportedFirst(ranked: readonly Figure[]): Figure[] {
  return corroborate(ranked).sort((a, b) => sourceCount(b) - sourceCount(a));
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
    const measure = measureKey(a);
    if (measure === undefined) return;
    const group = [a];
    for (const b of figures.slice(i + 1)) {
      if (b.source.id === a.source.id || measureKey(b) !== measure) continue;
      const bothDated = a.period !== undefined && b.period !== undefined;
      if (bothDated && !periodsOverlap(a.period, b.period)) continue;
      // An undated article may be any year, so its different value proves nothing; the same value
      // stated for a different place ("in England" vs "in the UK") is a disagreement whatever the year.
      // Overlapping but different periods ("2013" vs "2012-13") usually count different things.
      // A region's figure differing from the country's is no disagreement.
      const valueDiffers = bothDated && a.period === b.period && placesCompatible(a.geography, b.geography) && !valuesAgree(a, b);
      const placeDiffers = Boolean(a.geography && b.geography && a.geography !== b.geography) && placesCompatible(a.geography, b.geography) && valuesAgree(a, b);
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
