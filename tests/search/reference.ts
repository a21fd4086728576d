// The search module as it was before the flat-array rewrite, kept as the reference the rewrite must
// match result for result (tests/search/equivalence.test.ts). Not used by the app.

import { editDistance } from "../../src/text/index.ts";

export interface SearchHit {
  doc: number;
  score: number;
}

export interface SerializedIndex {
  terms: string[];
  /** Per term: doc ids, ascending. */
  postings: number[][];
  /** Per doc: term ids, one per occurrence. */
  docTerms: number[][];
}

const K1 = 1.2;
const B = 0.75;

/** Past this many postings a term is too common to enumerate; it only re-scores docs already found. */
const COMMON_TERM_POSTINGS = 5_000;
/** A query made only of very common terms scans at most this many postings. */
const MAX_SCAN = 20_000;

export class ReferenceIndex {
  private readonly termIds: Map<string, number>;
  private readonly postings: Int32Array[];
  private readonly docTerms: Int32Array[];
  private readonly averageLength: number;

  private constructor(terms: string[], postings: Int32Array[], docTerms: Int32Array[]) {
    this.termIds = new Map(terms.map((term, id) => [term, id]));
    this.postings = postings;
    this.docTerms = docTerms;
    const total = docTerms.reduce((sum, doc) => sum + doc.length, 0);
    this.averageLength = docTerms.length > 0 ? total / docTerms.length : 1;
  }

  /** `docs[i]` is the list of terms of document i. */
  static build(docs: readonly (readonly string[])[]): ReferenceIndex {
    const termIds = new Map<string, number>();
    const postingLists: number[][] = [];
    const docTerms: Int32Array[] = [];
    docs.forEach((docTermList, doc) => {
      const ids = new Int32Array(docTermList.length);
      docTermList.forEach((term, position) => {
        let id = termIds.get(term);
        if (id === undefined) {
          id = postingLists.length;
          termIds.set(term, id);
          postingLists.push([]);
        }
        ids[position] = id;
        const list = postingLists[id]!;
        if (list[list.length - 1] !== doc) list.push(doc);
      });
      docTerms.push(ids);
    });
    return new ReferenceIndex([...termIds.keys()], postingLists.map((list) => Int32Array.from(list)), docTerms);
  }

  static fromJSON(data: SerializedIndex): ReferenceIndex {
    return new ReferenceIndex(
      data.terms,
      data.postings.map((list) => Int32Array.from(list)),
      data.docTerms.map((list) => Int32Array.from(list)),
    );
  }

  toJSON(): SerializedIndex {
    return {
      terms: [...this.termIds.keys()],
      postings: this.postings.map((list) => Array.from(list)),
      docTerms: this.docTerms.map((list) => Array.from(list)),
    };
  }

  get size(): number {
    return this.docTerms.length;
  }

  has(term: string): boolean {
    return this.termIds.has(term);
  }

  documentFrequency(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.postings[id]!.length;
  }

  /** Which of `terms` document `doc` contains. */
  matchedTerms(doc: number, terms: readonly string[]): string[] {
    const ids = this.docTerms[doc];
    if (!ids) return [];
    return terms.filter((term) => {
      const id = this.termIds.get(term);
      return id !== undefined && ids.includes(id);
    });
  }

  search(terms: readonly string[], limit = 100): SearchHit[] {
    const ids = [...new Set(terms)]
      .map((term) => this.termIds.get(term))
      .filter((id): id is number => id !== undefined)
      .sort((a, b) => this.postings[a]!.length - this.postings[b]!.length);
    const scores = new Map<number, number>();
    for (const id of ids) {
      const postings = this.postings[id]!;
      const idf = Math.log(1 + (this.docTerms.length - postings.length + 0.5) / (postings.length + 0.5));
      if (scores.size > 0 && postings.length > COMMON_TERM_POSTINGS) {
        // Enumerating a very common term costs more than it tells; check it only where rarer terms hit.
        for (const [doc, score] of scores) scores.set(doc, score + this.termScore(doc, id, idf));
        continue;
      }
      const scan = Math.min(postings.length, MAX_SCAN);
      for (let i = 0; i < scan; i++) {
        const doc = postings[i]!;
        scores.set(doc, (scores.get(doc) ?? 0) + this.termScore(doc, id, idf));
      }
    }
    return [...scores]
      .map(([doc, score]) => ({ doc, score }))
      .sort((a, b) => b.score - a.score || a.doc - b.doc)
      .slice(0, limit);
  }

  private termScore(doc: number, termId: number, idf: number): number {
    const docTermIds = this.docTerms[doc]!;
    let frequency = 0;
    for (let i = 0; i < docTermIds.length; i++) if (docTermIds[i] === termId) frequency++;
    if (frequency === 0) return 0;
    const norm = K1 * (1 - B + (B * docTermIds.length) / this.averageLength);
    return (idf * frequency * (K1 + 1)) / (frequency + norm);
  }
}

const MIN_WORD_LENGTH = 4;

function deletions(word: string): string[] {
  const letters = Array.from(word);
  return letters.map((_, index) => letters.slice(0, index).join("") + letters.slice(index + 1).join(""));
}

export class ReferenceCorrector {
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
