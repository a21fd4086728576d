// Splits text into words, digit groups and single punctuation marks, keeping UTF-16 offsets.
// Everything downstream works on these tokens, so no regular expression ever sees a user's words as a pattern.

import { RecentResults } from "../../text/recent.ts";

export type TokenKind = "word" | "digits" | "punct";

export interface Token {
  kind: TokenKind;
  /** Verbatim slice of the input. */
  text: string;
  /** Lower case with curly apostrophes straightened, for lookups. */
  lower: string;
  start: number;
  end: number;
  /** digits: the number written ("4,500" → 4500); NaN for other kinds and for dotted codes ("192.168.1.2"). */
  value: number;
  /** digits: has thousands separators. */
  grouped: boolean;
  /** digits: has a decimal point. */
  decimal: boolean;
  /** digits: count of "." inside; two or more means a code, version or date, never a number. */
  dots: number;
}

const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;

// Positions, not characters, and ASCII answered by char code: these run for every character of
// every sentence, and a one-character string or a regex test each time was a measurable cost.
function isDigitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
}

function isLetterAt(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return LETTER.test(text[at]!);
}

function isSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text[at]!);
}

function isApostropheAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === 39 || code === 0x2019;
}

function makeToken(text: string, kind: TokenKind, start: number, end: number): Token {
  const slice = text.slice(start, end);
  const lower = kind === "digits" ? slice : slice.toLowerCase();
  return {
    kind, text: slice, lower: lower.includes("’") ? lower.replace(/’/g, "'") : lower, start, end,
    value: Number.NaN, grouped: false, decimal: false, dots: 0,
  };
}

function runOfDigits(text: string, from: number): number {
  let j = from;
  while (isDigitAt(text, j)) j++;
  return j;
}

/** Reads "4,500", "34.2", ".08", and keeps "192.168.1.2" whole so it can be recognised as a code. */
function readDigits(text: string, start: number): Token {
  let j = start;
  let grouped = false;
  let dots = 0;
  if (text[j] === ".") {
    j = runOfDigits(text, j + 1);
    dots = 1;
  } else {
    j = runOfDigits(text, j);
    // Thousands groups only count when the lead group has 1-3 digits and every later group exactly 3:
    // "22,24,26,31" is a list, and "1,3" is not British English.
    if (j - start <= 3) {
      while (text[j] === "," && runOfDigits(text, j + 1) === j + 4) {
        j += 4;
        grouped = true;
      }
    }
    while (text[j] === "." && isDigitAt(text, j + 1)) {
      j = runOfDigits(text, j + 1);
      dots++;
    }
  }
  const token = makeToken(text, "digits", start, j);
  token.grouped = grouped;
  token.decimal = dots === 1;
  token.dots = dots;
  token.value = dots > 1 ? Number.NaN : Number(grouped ? token.text.replace(/,/g, "") : token.text);
  return token;
}

// The same sentence is tokenized by each reader in turn (figures, measures, ratings), more than
// half of all calls repeat one of the last few texts: the last four results are kept. The lists
// are shared, hence readonly.
const recent = new RecentResults<string, readonly Token[]>(4);

export function tokenize(text: string): readonly Token[] {
  return recent.get(text, tokenizeFresh);
}

function tokenizeFresh(text: string): readonly Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    const startsNumber = isDigitAt(text, i) || (text.charCodeAt(i) === 46 && isDigitAt(text, i + 1) && !isDigitAt(text, i - 1) && !isLetterAt(text, i - 1));
    if (startsNumber) {
      const token = readDigits(text, i);
      tokens.push(token);
      i = token.end;
      continue;
    }
    if (isLetterAt(text, i)) {
      let j = i + 1;
      while (j < n && (isLetterAt(text, j) || (isApostropheAt(text, j) && isLetterAt(text, j + 1)))) j++;
      tokens.push(makeToken(text, "word", i, j));
      i = j;
      continue;
    }
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < n;
    tokens.push(makeToken(text, "punct", i, pair ? i + 2 : i + 1));
    i += pair ? 2 : 1;
  }
  return tokens;
}

/** A word written in lower case; "children’s" with a curly apostrophe is ("children's" is its lower form). */
export function isLowerCase(token: Token): boolean {
  return token.text === token.lower || (token.text.includes("’") && token.text.replace(/’/g, "'") === token.lower);
}

/** True when nothing, not even a space, separates token a from the token after it. */
export function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

export function isWord(token: Token | undefined, ...words: string[]): boolean {
  return token !== undefined && token.kind === "word" && words.includes(token.lower);
}

export function isPunct(token: Token | undefined, ...marks: string[]): boolean {
  return token !== undefined && token.kind === "punct" && marks.includes(token.text);
}

/** A whole number written with digits only: no separators, no decimals. */
export function isPlainInteger(token: Token | undefined): boolean {
  return token !== undefined && token.kind === "digits" && !token.grouped && !token.decimal && token.dots === 0;
}

/** The token after a bracketed aside that opens at `at` ("(1,391 posts)"), else `at`; an aside longer than `maxInside` tokens is not one. */
export function pastBrackets(tokens: readonly Token[], at: number, maxInside = 6): number {
  if (tokens[at]?.text !== "(") return at;
  for (let close = at + 1; close <= Math.min(tokens.length - 1, at + maxInside); close++) if (tokens[close]!.text === ")") return close + 1;
  return at;
}

/** A relative aside set off by commas, as token indexes (of its two commas) and characters. */
export interface Aside {
  openTok: number;
  closeTok: number;
  start: number;
  end: number;
}

/**
 * ", whose services were rated inadequate in 2015,", ", who took over in 2019,": an aside about
 * someone the sentence names, whose periods and grades are its own, not its figures'. Only
 * "who"/"whose": "Under the SIF, which ran from November 2013 to the end of 2017, 152 councils were
 * inspected" dates the count by its framework's years.
 */
export function whoAsides(tokens: readonly Token[]): Aside[] {
  const out: Aside[] = [];
  for (let open = 0; open < tokens.length - 1; open++) {
    if (tokens[open]!.text !== "," || !isWord(tokens[open + 1], "whose", "who")) continue;
    let close = open + 2;
    while (close < tokens.length && !isPunct(tokens[close], ",", ";")) close++;
    if (!isPunct(tokens[close], ",")) continue;
    out.push({ openTok: open, closeTok: close, start: tokens[open]!.start, end: tokens[close]!.end });
    open = close - 1;
  }
  return out;
}
