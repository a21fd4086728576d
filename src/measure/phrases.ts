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
  // A loop, not a call per word: this runs for every phrase tried at every word (ingest speed).
  for (; p < pattern.length; p++, w++) {
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
    if (word !== want && !(p === pattern.length - 1 && word !== undefined && isPossessiveOf(word, want))) return -1;
  }
  return w;
}

/** `word === want + "'s"`, without building the string (this runs for every word a phrase is tried on). */
function isPossessiveOf(word: string, want: string): boolean {
  return word.length === want.length + 2 && endsWithPossessive(word) && word.startsWith(want);
}

function endsWithPossessive(word: string): boolean {
  return word.charCodeAt(word.length - 1) === 115 && word.charCodeAt(word.length - 2) === 39;
}

function followedBy(words: readonly Token[], w: number, sequence: readonly string[]): boolean {
  // "good at safeguarding" is a skill, "good at 31 March 2023" a grade on a day.
  if (sequence.length === 1 && sequence[0] === "at" && words[w + 1]?.kind === "digits") return false;
  // "rated good at its previous inspection": a grade at an inspection, not a skill.
  if (sequence.length === 1 && sequence[0] === "at" && ["its", "the", "their", "his", "her", "a"].includes(words[w + 1]?.lower ?? "") && ["previous", "last", "latest", "most", "next", "first", "inspection", "re-inspection"].includes(words[w + 2]?.lower ?? "")) return false;
  // "rated good for the first time": a grade on an occasion, not "good for children".
  if (sequence.length === 1 && sequence[0] === "for" && ["the", "a"].includes(words[w + 1]?.lower ?? "") && isOccasion(words, w + 2)) return false;
  // ("by * kinship": any one word between, as in names: "looked after by 710 kinship carers".)
  return sequence.every((word, k) => (word === "*" ? words[w + k] !== undefined : words[w + k]?.lower === word));
}

const ORDINALS: ReadonlySet<string> = new Set(["first", "second", "third", "fourth", "fifth", "last", "latest", "consecutive", "same"]);

/** "first time", "third consecutive time", "second year running" from words[at]. */
function isOccasion(words: readonly Token[], at: number): boolean {
  if (!ORDINALS.has(words[at]?.lower ?? "")) return false;
  const next = words[at + 1]?.lower === "consecutive" ? at + 2 : at + 1;
  return ["time", "year", "inspection"].includes(words[next]?.lower ?? "");
}

/** Splits "children's homes" into ["children's", "homes"] the way the tokenizer does. */
function splitWords(phrase: string): string[] {
  return phrase.split(/[\s-]+/).filter((word) => word !== "");
}

type Candidates = ReadonlyArray<CompiledPhrase<unknown>> | undefined;

/**
 * The first words of several finders' phrases in one index, so that a sentence's words are looked
 * up once for all of them: each sentence is searched by five or more finders in turn, and a map
 * lookup per word per finder was a tenth of ingest. Built with the finders that share it.
 */
export class FirstWords {
  private readonly byWord = new Map<string, Candidates[]>();
  private slots = 0;
  private readonly recent = new RecentResults<readonly Token[], readonly Candidates[][]>(4);

  /** A slot for a finder, and its phrases filed by first word. */
  register(phrases: ReadonlyArray<CompiledPhrase<unknown>>): number {
    const slot = this.slots++;
    for (const phrase of phrases) {
      const first = phrase.words[0]!;
      let lists = this.byWord.get(first);
      if (!lists) this.byWord.set(first, (lists = []));
      const list = (lists[slot] ?? []) as Array<CompiledPhrase<unknown>>;
      list.push(phrase);
      lists[slot] = list;
    }
    return slot;
  }

  /** Per token, the phrases each finder may start there ("London's" starts what "London" starts); none for punctuation. */
  at(tokens: readonly Token[]): readonly Candidates[][] {
    return this.recent.get(tokens, this.fresh);
  }

  private readonly fresh = (tokens: readonly Token[]): Candidates[][] =>
    tokens.map((token) => {
      if (token.kind === "punct") return NONE;
      const own = this.byWord.get(token.lower);
      const stripped = endsWithPossessive(token.lower) ? this.byWord.get(token.lower.slice(0, -2)) : undefined;
      if (!stripped) return own ?? NONE;
      if (!own) return stripped;
      return Array.from({ length: this.slots }, (_, slot) => own[slot] ?? stripped[slot]);
    });
}

const NONE: Candidates[] = [];

/**
 * A set of phrases, each standing for a value, to be found in token lists. Built once per catalogue
 * part; phrases are indexed by first word (in `FirstWords`, shared with the other finders built
 * with it) so a sentence costs a lookup per word.
 */
export class PhraseFinder<T> {
  private readonly slot: number;
  private readonly recent = new RecentResults<readonly Token[], Array<PhraseMention<T>>>(4);

  constructor(
    entries: ReadonlyArray<{ value: T; names: readonly string[]; notBefore?: readonly string[] }>,
    private readonly firstWords = new FirstWords(),
  ) {
    const compiled: Array<CompiledPhrase<T>> = [];
    for (const entry of entries) {
      const notBefore = (entry.notBefore ?? []).map(splitWords);
      for (const name of entry.names) compiled.push({ value: entry.value, words: splitWords(name), notBefore });
    }
    compiled.sort((a, b) => b.words.length - a.words.length);
    this.slot = firstWords.register(compiled);
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
    const starts = this.firstWords.at(tokens);
    // Most sentences name nothing a given part of the catalogue knows: settled without allocating.
    const first = starts.findIndex((lists) => lists[this.slot] !== undefined);
    if (first < 0) return [];
    const positions: number[] = [];
    const words: Token[] = [];
    let firstWord = 0;
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at]!;
      if (token.kind === "punct") continue;
      if (at === first) firstWord = words.length;
      positions.push(at);
      words.push(token);
    }
    const found: Array<PhraseMention<T>> = [];
    // No phrase starts before the first word that starts one: the scan above settled that.
    for (let w = firstWord; w < words.length;) {
      let end = -1;
      const candidates = (starts[positions[w]!]![this.slot] ?? []) as ReadonlyArray<CompiledPhrase<T>>;
      for (const phrase of candidates) {
        // "the National Crime Agency": a capitalised "Agency" closing a proper name is no agency staff (hry82).
        if (phrase.words.length === 1 && NAME_HEADS.has(words[w]!.text) && w > 0 && /^[A-Z]/.test(words[w - 1]!.text)) continue;
        // "multi-agency teams", "inter-agency working": a word that ends a hyphened compound describes something else (hry93).
        if (phrase.words.length === 1 && hyphenedOn(tokens, positions[w]!)) continue;
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

/**
 * The token at `at` is the second half of a hyphened compound: "multi-agency", "inter-agency". Not
 * after a prefix ("de-registered" is still registered, only undone: the catalogue says so itself).
 */
function hyphenedOn(tokens: readonly Token[], at: number): boolean {
  const dash = tokens[at - 1];
  const first = tokens[at - 2];
  return dash?.text === "-" && first?.kind === "word" && first.text.length >= 4 && dash.start === first.end && tokens[at]!.start === dash.end;
}

/** Words that close an organisation's proper name ("National Crime Agency"), never a catalogue word there. */
const NAME_HEADS: ReadonlySet<string> = new Set(["Agency", "Agencies"]);

/** The value of the mention within [from, to] that starts nearest `near`. */
export function nearestIn<T>(list: ReadonlyArray<PhraseMention<T>>, from: number, to: number, near: number): T | undefined {
  let best: PhraseMention<T> | undefined;
  for (const mention of list) {
    if (mention.start < from || mention.end > to) continue;
    if (!best || Math.abs(mention.start - near) < Math.abs(best.start - near)) best = mention;
  }
  return best?.value;
}
