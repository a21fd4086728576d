// Read-only views of an archive that several commands need, computed once per archive on first use.
// Keyed weakly so a rebuilt archive gets fresh views and the old ones are collected with it.

import type { Archive } from "../archive/buildArchive.ts";
import { FuzzyList } from "../search/index.ts";
import { terms } from "../text/index.ts";
import type { Figure, SourceSummary } from "../types.ts";

export function memo<T>(build: (archive: Archive) => T): (archive: Archive) => T {
  const cache = new WeakMap<Archive, T>();
  return (archive) => {
    let value = cache.get(archive);
    if (value === undefined) {
      value = build(archive);
      cache.set(archive, value);
    }
    return value;
  };
}

export const figuresByMetric = memo((archive) => {
  const byMetric = new Map<string, Figure[]>();
  for (const figure of archive.figures) {
    if (!figure.metric) continue;
    const list = byMetric.get(figure.metric);
    if (list) list.push(figure);
    else byMetric.set(figure.metric, [figure]);
  }
  return byMetric;
});

export const speakerList = memo((archive) => new FuzzyList(archive.speakers.map((name) => ({ name })), ["name"], 0.3));

export const sourceSummaries = memo((archive): SourceSummary[] => {
  const counts = new Map(archive.sources.map((source) => [source.id, { source, figures: 0, quotes: 0 }]));
  for (const figure of archive.figures) counts.get(figure.source.id)!.figures++;
  for (const quote of archive.quotes) counts.get(quote.source.id)!.quotes++;
  // Newest first, undated last: the order a reporter scans an archive in.
  return [...counts.values()].sort((a, b) => (b.source.date ?? "").localeCompare(a.source.date ?? "") || a.source.title.localeCompare(b.source.title));
});

export const quotesBySpeaker = memo((archive) => {
  const bySpeaker = new Map<string, number[]>();
  archive.quotes.forEach((quote, id) => {
    if (!quote.speaker) return;
    const list = bySpeaker.get(quote.speaker);
    if (list) list.push(id);
    else bySpeaker.set(quote.speaker, [id]);
  });
  return bySpeaker;
});

/** Each metric's terms, longest first, so "requires improvement" wins over a metric named "improvement". */
export const metricTerms = memo((archive) =>
  archive.metrics
    .map((metric) => ({ metric, terms: terms(metric) }))
    .filter((entry) => entry.terms.length > 0)
    .sort((a, b) => b.terms.length - a.terms.length),
);

/** Terms that belong to some speaker's name ("wilshaw"). */
export const speakerTermSet = memo((archive) => new Set(archive.speakers.flatMap((speaker) => terms(speaker))));

/** The archive's span of years, named by every "nothing found" message. */
export const archiveYears = memo((archive) => {
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const source of archive.sources) {
    if (!source.date) continue;
    const year = Number(source.date.slice(0, 4));
    from = Math.min(from, year);
    to = Math.max(to, year);
  }
  return from === Number.POSITIVE_INFINITY ? "no dated articles" : from === to ? String(from) : `${from}–${to}`;
});
