// Finds the catalogue's words in a sentence's tokens: which indicator, population, basis, aspect or
// place a stretch of words names. Matching is by word (punctuation between words is ignored, so
// "children’s homes" and "children's homes" match alike) and longest first, never overlapping.

import type { Token } from "../extract/figures/tokens.ts";
import { RecentResults } from "../text/recent.ts";

/** A catalogue entry's words, compiled: "*" stands for up to three words. */
interface CompiledPhrase<T> {
  value: T;
  words: readonly string[];
  /** Word sequences that, right after the phrase, mean something else. */
  notBefore: ReadonlyArray<readonly string[]>;
}

export interface PhraseMention<T> {
  value: T;
  /** Character span in the sentence. */
  start: number;
  end: number;
  /** Token span (exclusive end) in the sentence's full token list. */
  startTok: number;
  endTok: number;
}

const MAX_WILDCARD = 3;

/** Index in `words` just past a match of pattern[p..] starting at words[w], or -1. */
function matchFrom(words: readonly Token[], w: number, pattern: readonly string[], p: number): number {
  if (p === pattern.length) return w;
  const want = pattern[p]!;
  if (want === "*") {
    for (let skip = 0; skip <= MAX_WILDCARD; skip++) {
      const end = matchFrom(words, w + skip, pattern, p + 1);
      if (end >= 0) return end;
    }
    return -1;
  }
  const word = words[w]?.lower;
  // "London's", "England's": a possessive names the place (or group) as well.
  const matches = word === want || (p === pattern.length - 1 && word === `${want}'s`);
  return matches ? matchFrom(words, w + 1, pattern, p + 1) : -1;
}

function followedBy(words: readonly Token[], w: number, sequence: readonly string[]): boolean {
  // "good at safeguarding" is a skill, "good at 31 March 2023" a grade on a day.
  if (sequence.length === 1 && sequence[0] === "at" && words[w + 1]?.kind === "digits") return false;
  // "rated good at its previous inspection": a grade at an inspection, not a skill.
  if (sequence.length === 1 && sequence[0] === "at" && ["its", "the", "their", "his", "her", "a"].includes(words[w + 1]?.lower ?? "") && ["previous", "last", "latest", "most", "next", "first", "inspection", "re-inspection"].includes(words[w + 2]?.lower ?? "")) return false;
  return sequence.every((word, k) => words[w + k]?.lower === word);
}

/** Splits "children's homes" into ["children's", "homes"] the way the tokenizer does. */
function splitWords(phrase: string): string[] {
  return phrase.split(/[\s-]+/).filter((word) => word !== "");
}

/**
 * A set of phrases, each standing for a value, to be found in token lists. Built once per catalogue
 * part; phrases are indexed by first word so a sentence costs a lookup per word.
 */
export class PhraseFinder<T> {
  private readonly byFirst = new Map<string, Array<CompiledPhrase<T>>>();
  private readonly recent = new RecentResults<readonly Token[], Array<PhraseMention<T>>>(4);

  constructor(entries: ReadonlyArray<{ value: T; names: readonly string[]; notBefore?: readonly string[] }>) {
    const compiled: Array<CompiledPhrase<T>> = [];
    for (const entry of entries) {
      const notBefore = (entry.notBefore ?? []).map(splitWords);
      for (const name of entry.names) compiled.push({ value: entry.value, words: splitWords(name), notBefore });
    }
    compiled.sort((a, b) => b.words.length - a.words.length);
    for (const phrase of compiled) {
      const first = phrase.words[0]!;
      const list = this.byFirst.get(first);
      if (list) list.push(phrase);
      else this.byFirst.set(first, [phrase]);
    }
  }

  /** The phrases that may start at a word ("London's" starts what "London" starts). */
  private startsAt(word: string): Array<CompiledPhrase<T>> | undefined {
    return this.byFirst.get(word) ?? (word.endsWith("'s") ? this.byFirst.get(word.slice(0, -2)) : undefined);
  }

  /**
   * Every phrase in the tokens, longest match first, none overlapping. Several values may share a
   * phrase ("vacancies" is a rate or a count): all of them are returned for the same span.
   */
  find(tokens: readonly Token[]): Array<PhraseMention<T>> {
    // The readers of one sentence (ratings, figures, measures, discourse) ask the same finder about
    // the same memoised token list (tokens.ts) again and again, a quarter of all calls: the last few
    // answers are kept by list identity. The lists are shared, so callers only read them.
    return this.recent.get(tokens, this.findFresh);
  }

  // An arrow, bound once: `find` hands it to the memo on every call without making a closure.
  private readonly findFresh = (tokens: readonly Token[]): Array<PhraseMention<T>> => {
    // Most sentences name nothing a given part of the catalogue knows: one pass of lookups, with
    // nothing allocated, settles that before the word list is built (this runs ~5 times a sentence).
    if (!tokens.some((token) => token.kind !== "punct" && this.startsAt(token.lower) !== undefined)) return [];
    const positions: number[] = [];
    const words: Token[] = [];
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at]!;
      if (token.kind === "punct") continue;
      positions.push(at);
      words.push(token);
    }
    const found: Array<PhraseMention<T>> = [];
    for (let w = 0; w < words.length;) {
      let end = -1;
      const candidates = this.startsAt(words[w]!.lower) ?? [];
      for (const phrase of candidates) {
        const matched = matchFrom(words, w, phrase.words, 0);
        if (matched < 0 || (end >= 0 && matched !== end)) continue;
        if (phrase.notBefore.some((sequence) => followedBy(words, matched, sequence))) continue;
        const here = words[w]!.start;
        if (end >= 0 && found.some((mention) => mention.start === here && mention.value === phrase.value)) continue;
        end = matched;
        found.push({ value: phrase.value, start: words[w]!.start, end: words[matched - 1]!.end, startTok: positions[w]!, endTok: positions[matched - 1]! + 1 });
      }
      w = end >= 0 ? end : w + 1;
    }
    return found;
  };
}

/** The value of the mention within [from, to] that starts nearest `near`. */
export function nearestIn<T>(list: ReadonlyArray<PhraseMention<T>>, from: number, to: number, near: number): T | undefined {
  let best: PhraseMention<T> | undefined;
  for (const mention of list) {
    if (mention.start < from || mention.end > to) continue;
    if (!best || Math.abs(mention.start - near) < Math.abs(best.start - near)) best = mention;
  }
  return best?.value;
}
