export { FuzzyList, type FuzzyMatch } from "./fuzzyList.ts";
export { InvertedIndex, type SearchHit, type SerializedIndex } from "./invertedIndex.ts";
export { TypoCorrector } from "./typoCorrector.ts";
