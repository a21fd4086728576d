// Read-only views of an archive that several commands need, computed once per archive on first use.
// Keyed weakly so a rebuilt archive gets fresh views and the old ones are collected with it.

import type { Archive } from "../archive/buildArchive.ts";
import { groupSpeakers } from "../extract/quotes/identity.ts";
import { FuzzyList } from "../search/index.ts";
import { terms } from "../text/index.ts";
import type { Figure, Quote, SourceSummary } from "../types.ts";

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

/** Each speaker name → every name of the same person or body in the archive ("Michael Wilshaw" ↔ "Sir Michael Wilshaw"). */
export const speakerIdentities = memo((archive) => groupSpeakers(archive.speakers));

/** Each speaker name → the name its person is cited by in answers: the fullest one the archive has ("Sir Michael Wilshaw"). */
const citedNames = memo((archive) => {
  const cited = new Map<string, string>();
  for (const [name, group] of speakerIdentities(archive)) {
    const fullest = [...group].sort((a, b) => b.split(" ").length - a.split(" ").length || b.length - a.length || a.localeCompare(b))[0]!;
    if (fullest !== name) cited.set(name, fullest);
  }
  return cited;
});

/** The name an answer shows for a speaker: one person, one name, whichever article the quote came from. */
export function citedSpeaker(archive: Archive, speaker: string): string {
  return citedNames(archive).get(speaker) ?? speaker;
}

/** Quotes as an answer shows them: the speaker by the person's cited name (the stored quote keeps the article's). */
export function asCited(archive: Archive, quotes: readonly Quote[]): Quote[] {
  const cited = citedNames(archive);
  return quotes.map((quote) => {
    const name = quote.speaker ? cited.get(quote.speaker) : undefined;
    return name ? { ...quote, speaker: name } : quote;
  });
}

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
