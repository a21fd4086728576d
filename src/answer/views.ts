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

/** Each indicator's figures, in archive order: the same array each time, so views built on it are kept. */
export const figuresByIndicator = memo((archive) => {
  const byIndicator = new Map<string, Figure[]>();
  for (const figure of archive.figures) {
    const indicator = figure.measure?.indicator;
    if (!indicator) continue;
    const list = byIndicator.get(indicator);
    if (list) list.push(figure);
    else byIndicator.set(indicator, [figure]);
  }
  return byIndicator;
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
