// Where a sentence names a council: every name and alias of the gazetteer (src/statistics/councils.json),
// matched by word, longest first, "&" read as "and". A name must be written as a proper noun (its
// first letter upper case): "reading the report" is not Reading.

import { councilGazetteer, type Council } from "../../statistics/gazetteer.ts";
import type { Token } from "../figures/tokens.ts";

export interface CouncilMention {
  council: Council;
  /** Token span in the sentence, end exclusive. */
  startTok: number;
  endTok: number;
  /** Character span of the name, verbatim. */
  start: number;
  end: number;
  /** "Doncaster's", "Leeds'": the name is a possessive. */
  possessive: boolean;
}

interface NameWords {
  council: Council;
  words: string[];
}

let byFirstWord: Map<string, NameWords[]> | undefined;

function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/&/g, " and ")
    .split(/[^a-z0-9']+/)
    .filter((word) => word !== "");
}

function nameIndex(): Map<string, NameWords[]> {
  if (byFirstWord) return byFirstWord;
  const index = new Map<string, NameWords[]>();
  const gazetteer = councilGazetteer();
  if (gazetteer.ok) {
    for (const council of gazetteer.value.councils) {
      for (const name of [council.name, ...(council.aliases ?? [])]) {
        // "Dorset County Council (until 2019)" is a label, not a name anyone writes.
        if (name.includes("(")) continue;
        const words = nameWords(name);
        if (words.length === 0) continue;
        const list = index.get(words[0]!) ?? [];
        list.push({ council, words });
        index.set(words[0]!, list);
      }
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  byFirstWord = index;
  return index;
}

/** The sentence's words (punctuation skipped, "&" kept as "and") with their token positions. */
function wordsOf(tokens: readonly Token[]): Array<{ lower: string; at: number }> {
  const words: Array<{ lower: string; at: number }> = [];
  tokens.forEach((token, at) => {
    if (token.kind === "word") words.push({ lower: token.lower, at });
    else if (token.text === "&") words.push({ lower: "and", at });
  });
  return words;
}

const POSSESSIVE = /'s$/;

/** Capitalised words that, right before a county's name, name a district in it. */
const DISTRICT_PREFIXES: ReadonlySet<string> = new Set(["North", "South", "East", "West", "Mid", "Central", "Upper", "Lower"]);

function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/**
 * Whether any capitalised word could begin a council's name: most sentences name none, and this
 * costs a fraction of tokenising them. Each match of /\b[A-Z][A-Za-z]+/ is found by char code, not by
 * the regex: matchAll allocated a match array for every capitalised word of every sentence.
 */
export function mayNameCouncil(sentence: string): boolean {
  const index = nameIndex();
  const n = sentence.length;
  for (let i = 0; i < n; i++) {
    const code = sentence.charCodeAt(i);
    if (code < 65 || code > 90 || (i > 0 && isWordCode(sentence.charCodeAt(i - 1)))) continue;
    let j = i + 1;
    // "Leeds", and "BCP": a name may be written in capitals.
    while (j < n && ((sentence.charCodeAt(j) >= 97 && sentence.charCodeAt(j) <= 122) || (sentence.charCodeAt(j) >= 65 && sentence.charCodeAt(j) <= 90))) j++;
    if (j > i + 1 && index.has(sentence.slice(i, j).toLowerCase())) return true;
    i = j - 1;
  }
  return false;
}

/**
 * Every council the tokens name, longest name first. `anyCase` also takes a name not written as a
 * proper noun ("turnover in norfolk"): for a claim typed in chat, where missing a council costs more
 * than reading "reading" as Reading.
 */
export function findCouncils(tokens: readonly Token[], { anyCase = false }: { anyCase?: boolean } = {}): CouncilMention[] {
  const index = nameIndex();
  const words = wordsOf(tokens);
  const found: CouncilMention[] = [];
  for (let w = 0; w < words.length; ) {
    const first = tokens[words[w]!.at]!;
    // Council names are written in ASCII capitals: a char code test, not a Unicode regex, per word.
    const code = first.text.charCodeAt(0);
    const candidates = anyCase || (code >= 65 && code <= 90) ? (index.get(words[w]!.lower) ?? index.get(words[w]!.lower.replace(POSSESSIVE, "")) ?? []) : [];
    let matched: CouncilMention | undefined;
    for (const { council, words: name } of candidates) {
      if (w + name.length > words.length) continue;
      let possessive = false;
      const fits = name.every((word, k) => {
        const seen = words[w + k]!.lower;
        if (seen === word) return true;
        // Only the last word of a name carries the possessive.
        if (k === name.length - 1 && seen === `${word}'s`) return (possessive = true);
        return false;
      });
      if (!fits) continue;
      const lastAt = words[w + name.length - 1]!.at;
      // "Leeds' director": the apostrophe after the name.
      const after = tokens[lastAt + 1];
      const apostrophe = !possessive && after?.kind === "punct" && (after.text === "'" || after.text === "’") && after.start === tokens[lastAt]!.end && tokens[lastAt]!.lower.endsWith("s");
      // The token span takes in the apostrophe, so what follows the mention is what the name owns.
      matched = { council, startTok: words[w]!.at, endTok: lastAt + (apostrophe ? 2 : 1), start: first.start, end: tokens[lastAt]!.end, possessive: possessive || apostrophe };
      break;
    }
    // "South Northamptonshire", "East Hertfordshire": a district named after its county is not the county's council (hry52).
    if (matched && w > 0 && DISTRICT_PREFIXES.has(tokens[words[w - 1]!.at]!.text) && words[w - 1]!.at === matched.startTok - 1) matched = undefined;
    if (matched) {
      found.push(matched);
      w = words.findIndex((word) => word.at >= matched.endTok);
      if (w < 0) break;
    } else w++;
  }
  return found;
}
