// The last resort of a lookup: sentences that hold the question's words but no figure or quote. A
// reporter who remembers a council or a surname from a story finds the story, and "no article uses
// X" is said only when no sentence of the archive does.

import type { Archive } from "../archive/buildArchive.ts";
import type { YearRange } from "../measure/periods.ts";
import type { Mention } from "../types.ts";
import { bitCount } from "./lookup.ts";
import type { QueryTerms } from "./queryTerms.ts";

/** Most sentences a lookup shows when it has nothing better. */
export const MAX_MENTIONS = 5;

/** Sentences holding at least half of the question's own words (all of them for one or two), newest article first on a tie. */
export function findMentions(archive: Archive, query: QueryTerms, years: YearRange | undefined): Mention[] {
  const wanted = query.terms.filter((term) => !query.fillerTerms.includes(term) && !/^\d{4}$/.test(term)).slice(0, 31);
  if (wanted.length === 0) return [];
  const index = archive.mentionIndex;
  if (wanted.every((term) => index.termId(term) === undefined)) return [];
  const need = wanted.length <= 2 ? wanted.length : Math.ceil(wanted.length / 2);
  const found: Array<{ mention: Mention; matched: number; score: number }> = [];
  const { hits, matched: masks } = index.searchMatched(wanted, 200);
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    const mention = archive.mentions[hit.doc]!;
    const year = Number(mention.source.date?.slice(0, 4));
    if (years && !(year >= years.from && year <= years.to)) continue;
    const matched = bitCount(masks[h]!);
    if (matched >= need) found.push({ mention, matched, score: hit.score });
  }
  found.sort((a, b) => b.matched - a.matched || b.score - a.score || (b.mention.source.date ?? "").localeCompare(a.mention.source.date ?? ""));
  return found.slice(0, MAX_MENTIONS).map((entry) => entry.mention);
}
