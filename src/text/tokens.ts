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

/** Lower-cased words after synonym folding; digits kept (years and values are words too). */
export function words(text: string): string[] {
  const folded = foldSynonyms(text.toLowerCase().replace(/[’‘`]/g, "'"));
  return folded.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
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
