// Whether a word is an ordinary English word, from the `word-list` package (about 274,000 words, MIT).
// The query corrector asks before it "corrects" a word the archive lacks: "waiting list" is no typo
// of "waiting last" (hry72). Read once, on the first question that needs it, never at start-up.

import { readFileSync } from "node:fs";
import wordListPath from "word-list";

/**
 * The words sorted, joined in one string, with where each starts: a binary search over 4 MB instead
 * of a set of 274,000 strings (about 25 MB of heap a long-running bot would carry for this alone).
 */
interface SortedWords {
  text: string;
  starts: Uint32Array;
}

let sorted: SortedWords | undefined;

function load(): SortedWords {
  try {
    const words = readFileSync(wordListPath, "utf8").split("\n").filter((word) => word !== "").sort();
    const starts = new Uint32Array(words.length + 1);
    let at = 0;
    words.forEach((word, index) => {
      starts[index] = at;
      at += word.length + 1;
    });
    starts[words.length] = at;
    return { text: words.join("\n") + "\n", starts };
  } catch {
    // An unreadable list makes every word unknown: the corrector then works as it did without it.
    return { text: "", starts: new Uint32Array(1) };
  }
}

/** Lower-case comparison against the list. */
export function isEnglishWord(word: string): boolean {
  sorted ??= load();
  const wanted = word.toLowerCase();
  let low = 0;
  let high = sorted.starts.length - 2;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const entry = sorted.text.slice(sorted.starts[middle]!, sorted.starts[middle + 1]! - 1);
    if (entry === wanted) return true;
    if (entry < wanted) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
