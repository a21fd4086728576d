// Words into index terms. The only module that imports `natural`.

import PorterStemmer from "natural/lib/natural/stemmers/porter_stemmer.js";
import { foldSynonyms } from "./synonyms.ts";

// Function words, plus the words every question about the archive carries ("how many ... were
// rated", "what did X say"), which would otherwise rank every sentence alike.
const STOPWORDS = new Set(
  (
    "a an and are as at be been being but by can could did do does for from had has have he her his how i if in into is it its " +
    "me my of on or our she so than that the their them then there these they this those to too was we were what when where " +
    "which who whom why will with would you your about also any all more most much many some such only just now not no yes " +
    "said say says saying tell told show shows find found figure figures number numbers rated rating judged according " +
    "ofsted's s t"
  ).split(" "),
);

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** Whether the code point at `at` is a letter or a digit; ASCII without a pattern (every word of every sentence passes here). */
function isWordCodeAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return LETTER_OR_NUMBER.test(String.fromCodePoint(text.codePointAt(at)!));
}

/** Lower-cased words after synonym folding; digits kept (years and values are words too). */
export function words(text: string): string[] {
  const folded = foldSynonyms(text.toLowerCase().replace(/[’‘`]/g, "'"));
  // Split on every run of characters that are neither letters nor digits, as /[^\p{L}\p{N}]+/u would.
  const found: string[] = [];
  let start = -1;
  for (let at = 0; at < folded.length; at++) {
    const astral = folded.charCodeAt(at) >= 0xd800 && folded.charCodeAt(at) <= 0xdbff && at + 1 < folded.length;
    if (isWordCodeAt(folded, at)) {
      if (start < 0) start = at;
    } else if (start >= 0) {
      found.push(folded.slice(start, at));
      start = -1;
    }
    if (astral) at++;
  }
  if (start >= 0) found.push(folded.slice(start));
  return found;
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

const stemCache = new Map<string, string>();

export function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = /^\p{N}+$/u.test(word) ? word : PorterStemmer.stem(word);
    // The cache only ever holds the archive's vocabulary and recent queries; cap it all the same.
    if (stemCache.size > 20_000) stemCache.clear();
    stemCache.set(word, stemmed);
  }
  return stemmed;
}

/** The index terms of a text: words, minus stopwords, stemmed. */
export function terms(text: string): string[] {
  return words(text)
    .filter((word) => !isStopword(word))
    .map(stem);
}
