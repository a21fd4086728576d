// Corrects a query word the archive has never seen to the archive word one edit away, by symmetric
// deletion: every word and every one-letter deletion of it are keys, so a lookup is a handful of
// reads whatever the vocabulary size (measured in shared notes: 0.004-0.02 ms at 100k words,
// where fuse.js over the word list took 247 ms and missed swapped letters).
//
// The keys are kept as 32-bit hashes in sorted typed arrays rather than a Map of strings: a tenth of
// the memory, and a saved index loads them as they are. A hash collision only adds a candidate,
// which the edit-distance check then drops, so results are the same as with string keys.

import { editDistance } from "../text/index.ts";

/** Words this short have too many neighbours one edit away ("la" → "a", "as", "at"...). */
const MIN_WORD_LENGTH = 4;

function deletions(word: string): string[] {
  const letters = Array.from(word);
  return letters.map((_, index) => letters.slice(0, index).join("") + letters.slice(index + 1).join(""));
}

/** FNV-1a over UTF-16 code units. */
function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The corrector as flat arrays, for the saved archive: key k's words are wordIds[offsets[k] .. offsets[k + 1]). */
export interface TypoParts {
  words: string[];
  frequencies: Uint32Array;
  /** Hashes of every word and its one-letter deletions, ascending, each once. */
  keys: Uint32Array;
  offsets: Uint32Array;
  wordIds: Int32Array;
}

type KeyIndex = Pick<TypoParts, "keys" | "offsets" | "wordIds">;

export class TypoCorrector {
  private readonly ids = new Map<string, number>();
  private readonly list: string[] = [];
  private readonly counts: number[] = [];
  /** Built on the first correction after words were added; adds happen at build time, corrections at query time. */
  private keyIndex: KeyIndex | undefined;

  constructor(words: Iterable<string> = []) {
    for (const word of words) this.add(word);
  }

  static fromParts(parts: TypoParts): TypoCorrector {
    const { words, frequencies, keys, offsets, wordIds } = parts;
    if (frequencies.length !== words.length || offsets.length !== keys.length + 1 || offsets[keys.length] !== wordIds.length) {
      throw new Error("typo corrector parts do not fit together");
    }
    const corrector = new TypoCorrector();
    words.forEach((word, id) => {
      corrector.ids.set(word, id);
      corrector.list.push(word);
      corrector.counts.push(frequencies[id]!);
    });
    for (const id of wordIds) if (id < 0 || id >= words.length) throw new Error("typo corrector word id out of range");
    corrector.keyIndex = { keys, offsets, wordIds };
    return corrector;
  }

  toParts(): TypoParts {
    return { words: [...this.list], frequencies: Uint32Array.from(this.counts), ...this.index() };
  }

  add(word: string): void {
    if (word.length < MIN_WORD_LENGTH) return;
    // Known words first: a word with a digit is never stored, so only new words need the test.
    const id = this.ids.get(word);
    if (id !== undefined) {
      this.counts[id]!++;
      return;
    }
    if (/\p{N}/u.test(word)) return;
    this.ids.set(word, this.list.length);
    this.list.push(word);
    this.counts.push(1);
    this.keyIndex = undefined;
  }

  has(word: string): boolean {
    return this.ids.has(word);
  }

  get size(): number {
    return this.list.length;
  }

  /** The known word one edit from `word` (the most frequent if several), or undefined. */
  correct(word: string): string | undefined {
    if (word.length < MIN_WORD_LENGTH || this.ids.has(word)) return undefined;
    const { keys, offsets, wordIds } = this.index();
    const candidates = new Set<number>();
    for (const key of [word, ...deletions(word)]) {
      const at = findKey(keys, hashKey(key));
      if (at >= 0) for (let i = offsets[at]!; i < offsets[at + 1]!; i++) candidates.add(wordIds[i]!);
    }
    let best: string | undefined;
    let bestFrequency = -1;
    for (const id of candidates) {
      const candidate = this.list[id]!;
      if (editDistance(word, candidate) !== 1) continue;
      const frequency = this.counts[id]!;
      if (frequency > bestFrequency || (frequency === bestFrequency && best !== undefined && candidate < best)) {
        best = candidate;
        bestFrequency = frequency;
      }
    }
    return best;
  }

  words(): string[] {
    return [...this.list];
  }

  private index(): KeyIndex {
    this.keyIndex ??= buildKeyIndex(this.list);
    return this.keyIndex;
  }
}

function findKey(keys: Uint32Array, hash: number): number {
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const key = keys[middle]!;
    if (key === hash) return middle;
    if (key < hash) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

function buildKeyIndex(words: readonly string[]): KeyIndex {
  // (hash, word id) pairs packed into one float64 each so a single numeric sort orders them.
  const pairs: number[] = [];
  words.forEach((word, id) => {
    for (const key of new Set([word, ...deletions(word)])) pairs.push(hashKey(key) * 2 ** 21 + id);
  });
  if (words.length >= 2 ** 21) throw new Error("vocabulary too large for the typo index");
  const sorted = Float64Array.from(pairs).sort();
  const keys: number[] = [];
  const offsets: number[] = [0];
  const wordIds = new Int32Array(sorted.length);
  sorted.forEach((pair, i) => {
    const hash = Math.floor(pair / 2 ** 21);
    wordIds[i] = pair - hash * 2 ** 21;
    if (keys.length === 0 || keys[keys.length - 1] !== hash) {
      if (keys.length > 0) offsets.push(i);
      keys.push(hash);
    }
  });
  offsets.push(sorted.length);
  return { keys: Uint32Array.from(keys), offsets: Uint32Array.from(keys.length === 0 ? [0] : offsets), wordIds };
}
