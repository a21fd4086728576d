// Corrects a query word the archive has never seen to the archive word one edit away, by symmetric
// deletion: every word and every one-letter deletion of it are keys, so a lookup is a handful of
// map reads whatever the vocabulary size (measured in shared notes: 0.004-0.02 ms at 100k words,
// where fuse.js over the word list took 247 ms and missed swapped letters).

import { editDistance } from "../text/index.ts";

/** Words this short have too many neighbours one edit away ("la" → "a", "as", "at"...). */
const MIN_WORD_LENGTH = 4;

function deletions(word: string): string[] {
  const letters = Array.from(word);
  return letters.map((_, index) => letters.slice(0, index).join("") + letters.slice(index + 1).join(""));
}

export class TypoCorrector {
  private readonly frequency = new Map<string, number>();
  private readonly byDeletion = new Map<string, string[]>();

  constructor(words: Iterable<string> = []) {
    for (const word of words) this.add(word);
  }

  add(word: string): void {
    if (word.length < MIN_WORD_LENGTH || /\p{N}/u.test(word)) return;
    const seen = this.frequency.get(word);
    this.frequency.set(word, (seen ?? 0) + 1);
    if (seen !== undefined) return;
    for (const key of [word, ...deletions(word)]) {
      const list = this.byDeletion.get(key);
      if (list) {
        if (!list.includes(word)) list.push(word);
      } else this.byDeletion.set(key, [word]);
    }
  }

  has(word: string): boolean {
    return this.frequency.has(word);
  }

  get size(): number {
    return this.frequency.size;
  }

  /** The known word one edit from `word` (the most frequent if several), or undefined. */
  correct(word: string): string | undefined {
    if (word.length < MIN_WORD_LENGTH || this.frequency.has(word)) return undefined;
    const candidates = new Set<string>();
    for (const key of [word, ...deletions(word)]) for (const candidate of this.byDeletion.get(key) ?? []) candidates.add(candidate);
    let best: string | undefined;
    let bestFrequency = -1;
    for (const candidate of candidates) {
      if (editDistance(word, candidate) !== 1) continue;
      const frequency = this.frequency.get(candidate) ?? 0;
      if (frequency > bestFrequency || (frequency === bestFrequency && best !== undefined && candidate < best)) {
        best = candidate;
        bestFrequency = frequency;
      }
    }
    return best;
  }

  words(): string[] {
    return [...this.frequency.keys()];
  }
}
