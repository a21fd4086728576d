export { MAX_CHECK_CODE_POINTS, MAX_QUERY_CODE_POINTS, normalizeInput, type NormalizedText } from "./normalize.ts";
export { splitSentences, type SentenceSpan } from "./sentences.ts";
export { SYNONYM_GROUPS, foldSynonyms, spokenForm } from "./synonyms.ts";
export { editDistance } from "./editDistance.ts";
export { isStopword, stem, terms, words } from "./tokens.ts";
