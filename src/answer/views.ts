// Read-only views of an archive that several commands need, computed once per archive on first use.
// Keyed weakly so a rebuilt archive gets fresh views and the old ones are collected with it.

import type { Archive } from "../archive/buildArchive.ts";
import { FuzzyList } from "../search/index.ts";
import type { Figure, SourceSummary } from "../types.ts";

function memo<T>(build: (archive: Archive) => T): (archive: Archive) => T {
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
