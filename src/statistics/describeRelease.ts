// What a release holds, in words, for `sources`.

import type { Source } from "../types.ts";
import type { ReadRelease } from "./readRelease.ts";
import type { StatisticsRelease } from "./records.ts";
import { periodRange } from "../measure/periods.ts";

function span(periods: readonly string[]): string {
  const first = periods[0];
  const last = periods.at(-1);
  return first === last ? (first ?? "") : `${first}–${last}`;
}

export function describeRelease(file: string, source: Source, read: ReadRelease): StatisticsRelease {
  const holds: string[] = [];
  if (read.judgements.length > 0) {
    const frameworks = [...new Set(read.judgements.map((judgement) => judgement.framework))].sort();
    const councils = new Set(read.judgements.map((judgement) => judgement.council)).size;
    holds.push(`${read.judgements.length} judgements of ${councils} councils (${frameworks.join(", ")})`);
  }
  const byMetric = new Map<string, Set<string>>();
  for (const figure of read.figures) {
    const what = figure.counted ? `councils by grade` : figure.measure.population && figure.unit !== "%" && figure.measure.indicator !== "caseload" && /outstanding|good|requires|inadequate/.test(figure.measure.indicator) ? `${figure.unit} by grade` : figure.metric;
    const periods = byMetric.get(what) ?? new Set<string>();
    periods.add(figure.period);
    byMetric.set(what, periods);
  }
  const order = (a: string, b: string) => (periodRange(a)?.to ?? 0) - (periodRange(b)?.to ?? 0) || a.localeCompare(b);
  for (const [what, periods] of byMetric) holds.push(`${what} ${span([...periods].sort(order))}`);
  const periods = [...new Set(read.figures.map((figure) => figure.period))].sort(order);
  return { source, file, holds, judgements: read.judgements.length, figures: read.figures.length, periods, ...(read.unread ? { unread: read.unread } : {}) };
}
