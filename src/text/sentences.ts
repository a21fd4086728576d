// Sentence boundaries that keep a sentence verbatim: every sentence is a slice of its block, so a
// figure's text can be checked against the words the article printed.

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(["mr", "mrs", "ms", "dr", "st", "no", "prof", "cllr", "rev", "e.g", "i.e", "etc", "vs", "approx", "inc", "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);

// A full stop, question or exclamation mark, any closing quotes or brackets, then space and a
// capital, digit or opening quote. Decimals ("34.2") never match because a digit follows directly.
const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\d])/gu;

function endsWithAbbreviation(text: string, boundaryIndex: number): boolean {
  const before = text.slice(Math.max(0, boundaryIndex - 8), boundaryIndex);
  const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase();
  if (!word) return false;
  // A single capital before the stop is an initial ("J. Smith").
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word);
}

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith(".") && endsWithAbbreviation(text, match.index)) continue;
    pushTrimmed(spans, text, start, end);
    start = end;
  }
  pushTrimmed(spans, text, start, text.length);
  return spans;
}

function pushTrimmed(spans: SentenceSpan[], text: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ text: text.slice(start, end), start, end });
}
