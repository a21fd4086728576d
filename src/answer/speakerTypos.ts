// A misspelt speaker name in a query ("wlishaw", "wolshew" for Wilshaw): up to two letters wrong in
// a long name, one in a short one. fuse.js finds most one-letter slips; this finds the rest, from the
// speakers' own name words, and only for a word the archive does not know (a real word such as
// "kinship" is never read as a name).

import type { Archive } from "../archive/buildArchive.ts";
import { TypoCorrector } from "../search/index.ts";
import { editDistance, words } from "../text/index.ts";
import { memo } from "./views.ts";

/** Two slips are only told from another name in a word this long. */
const TWO_EDITS_FROM = 6;
const LETTERS = "abcdefghijklmnopqrstuvwxyz";

const nameWords = memo((archive) => new TypoCorrector(archive.speakers.flatMap((speaker) => words(speaker))));

/** The words one deletion, swap or substitution from `word`. */
function oneEditAway(word: string): string[] {
  const out: string[] = [];
  for (let at = 0; at < word.length; at++) {
    out.push(word.slice(0, at) + word.slice(at + 1));
    if (at + 1 < word.length) out.push(word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2));
    for (const letter of LETTERS) if (letter !== word[at]) out.push(word.slice(0, at) + letter + word.slice(at + 1));
  }
  return out;
}

/** The one name word `word` is a slip of, or undefined when none, or when two names are equally near. */
export function correctNameWord(archive: Archive, word: string): string | undefined {
  if (archive.typos.has(word)) return undefined;
  const corrector = nameWords(archive);
  const near = corrector.correct(word);
  if (near || word.length < TWO_EDITS_FROM) return near;
  const found = new Set<string>();
  for (const variant of oneEditAway(word)) {
    const candidate = corrector.correct(variant);
    if (candidate && editDistance(candidate, word) <= 2) found.add(candidate);
  }
  if (found.size === 0) return undefined;
  const ranked = [...found].map((candidate) => ({ candidate, distance: editDistance(candidate, word) })).sort((a, b) => a.distance - b.distance);
  return ranked.length > 1 && ranked[1]!.distance === ranked[0]!.distance ? undefined : ranked[0]!.candidate;
}
