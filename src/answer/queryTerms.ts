// A topic into what the index understands: stemmed terms, with unknown words corrected against the
// archive's own vocabulary, and the metric and speakers the topic names.

import type { Archive } from "../archive/buildArchive.ts";
import { isStopword, stem, terms, words } from "../text/index.ts";

export interface QueryTerms {
  terms: string[];
  /** Words we changed, to tell the user ("inadequte" → "inadequate"). */
  corrections: Array<{ from: string; to: string }>;
  /** Words that matched nothing and could not be corrected. */
  unknown: string[];
  /** The metric the topic names ("failing" → "inadequate"), if any. */
  metric?: string;
  /** Terms that belong to a speaker's name ("wilshaw"). */
  speakerTerms: string[];
}

const metricTermsCache = new WeakMap<Archive, Array<{ metric: string; terms: string[] }>>();
const speakerTermsCache = new WeakMap<Archive, Set<string>>();

function metricTerms(archive: Archive): Array<{ metric: string; terms: string[] }> {
  let cached = metricTermsCache.get(archive);
  if (!cached) {
    // Longer metric names first, so "requires improvement" wins over a metric named "improvement".
    cached = archive.metrics.map((metric) => ({ metric, terms: terms(metric) })).filter((entry) => entry.terms.length > 0);
    cached.sort((a, b) => b.terms.length - a.terms.length);
    metricTermsCache.set(archive, cached);
  }
  return cached;
}

export function speakerTermSet(archive: Archive): Set<string> {
  let cached = speakerTermsCache.get(archive);
  if (!cached) {
    cached = new Set(archive.speakers.flatMap((speaker) => terms(speaker)));
    speakerTermsCache.set(archive, cached);
  }
  return cached;
}

export function analyzeTopic(topic: string, archive: Archive): QueryTerms {
  const corrections: QueryTerms["corrections"] = [];
  const unknown: string[] = [];
  const queryTerms: string[] = [];
  for (const word of words(topic)) {
    if (isStopword(word)) continue;
    const stemmed = stem(word);
    if (archive.index.has(stemmed) || /^\p{N}+$/u.test(word)) {
      queryTerms.push(stemmed);
      continue;
    }
    const corrected = archive.typos.correct(word);
    if (corrected && !isStopword(corrected)) {
      corrections.push({ from: word, to: corrected });
      queryTerms.push(stem(corrected));
    } else {
      unknown.push(word);
      queryTerms.push(stemmed);
    }
  }
  const unique = [...new Set(queryTerms)];
  const metric = metricTerms(archive).find((entry) => entry.terms.every((term) => unique.includes(term)))?.metric;
  const speakers = speakerTermSet(archive);
  return { terms: unique, corrections, unknown, ...(metric ? { metric } : {}), speakerTerms: unique.filter((term) => speakers.has(term)) };
}
