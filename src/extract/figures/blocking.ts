// Marks tokens that look like numbers but are not quantities: years, dates, times, phone numbers,
// codes and URLs. The grammar never starts or continues a number on a blocked token.

import { CURRENCY_SIGNS, MONTH_NAMES, PERCENT_WORDS, SCALE_ABBREVIATIONS } from "./lexicon.ts";
import { glued, isPlainInteger, isPunct, isWord } from "./tokens.ts";
import type { Token } from "./tokens.ts";

const URL_CHUNK = /\S+/g;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+/;
const SPAN_DASHES = ["-", "–", "/"];

/** A four-digit number from 1900 to 2099 with no separators: written like a year. */
export function looksLikeYear(token: Token | undefined): token is Token {
  return isPlainInteger(token) && token!.text.length === 4 && token!.value >= 1900 && token!.value <= 2099;
}

/** The token at `at` is a year, or the second year of a span: "2018", the "19" of "2018-19". */
export function isYearPart(tokens: readonly Token[], at: number): boolean {
  return looksLikeYear(tokens[at]) || (at >= 2 && yearSpanEnd(tokens, at - 2) === at + 1);
}

/** "%", "per cent", "percent" starting at token index j. */
export function followedByPercent(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j];
  if (isPunct(next, "%")) return true;
  if (isWord(next, "per") && isWord(tokens[j + 1], "cent")) return true;
  return next !== undefined && next.kind === "word" && PERCENT_WORDS.has(next.lower);
}

/** "2012-13", "2008/09", "2012–2013": the index just past the second year, or -1. */
export function yearSpanEnd(tokens: readonly Token[], i: number): number {
  const dash = tokens[i + 1];
  const second = tokens[i + 2];
  if (!looksLikeYear(tokens[i]) || !dash || !second || !SPAN_DASHES.includes(dash.text)) return -1;
  // "2022-3", "2023-4": a financial year written with its second year's last digit, glued to the dash.
  const oneDigit = second.text.length === 1 && glued(tokens[i]!, dash) && glued(dash, second) && Number(second.text) === (Number(tokens[i]!.text) + 1) % 10;
  if (!isPlainInteger(second) || (second.text.length !== 2 && second.text.length !== 4 && !oneDigit)) return -1;
  // "2012 - 13" with spaces still reads as a span; a slash must be tight ("2008/09").
  if (dash.text === "/" && !(glued(tokens[i], dash) && glued(dash, second))) return -1;
  // "as of March 2024 – 35 months for permanent appointees": spaced, two digits that are not the next
  // year begin a new figure.
  if (!(glued(tokens[i], dash) && glued(dash, second)) && second.text.length === 2 && Number(second.text) !== (Number(tokens[i]!.text) + 1) % 100) return -1;
  return i + 3;
}

/** A link or address needs "://", "www." or "@"; the many sentences with none skip the chunk scan. */
const MAY_HOLD_LINK = /:\/\/|@|www\./i;

function blockUrlsAndEmails(text: string, tokens: readonly Token[], blocked: boolean[]): void {
  if (!MAY_HOLD_LINK.test(text)) return;
  let t = 0;
  for (const match of text.matchAll(URL_CHUNK)) {
    const chunk = match[0];
    const from = match.index;
    const to = from + chunk.length;
    const isLink = chunk.includes("://") || chunk.toLowerCase().startsWith("www.") || EMAIL.test(chunk);
    while (t < tokens.length && tokens[t]!.start < from) t++;
    if (!isLink) continue;
    for (let k = t; k < tokens.length && tokens[k]!.start < to; k++) blocked[k] = true;
  }
}

/** Digits that touch letters ("180ml", "21st", "6pm", "Covid19"), "^" ("1.1^23") or a hyphenated code ("SCP-173"). */
/** "£5m2" or "£5mx": letters or digits straight after an abbreviation make it something else. */
function isLetterAfter(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return next !== undefined && glued(tokens[at], next) && next.kind !== "punct";
}

const GLUED_SCALES: ReadonlySet<string> = new Set(["million", "billion", "thousand"]);

function isGluedToSomething(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (glued(before, token) && (before!.kind === "word" || before!.text === "^")) return true;
  // "£193m", "£1.1bn", "£3.9billion": money's scale (abbreviated, or written out with no space) is part of the amount.
  const moneyScale = after?.kind === "word" && (SCALE_ABBREVIATIONS.has(after.lower) || GLUED_SCALES.has(after.lower)) && CURRENCY_SIGNS.has(before?.text ?? "") && glued(before, token) && !isLetterAfter(tokens, i + 1);
  if (glued(token, after) && (after!.kind === "word" || after!.text === "^") && !moneyScale) return true;
  const beforeDash = tokens[i - 2];
  return isPunct(before, "-") && glued(before, token) && glued(beforeDash, before) && beforeDash!.kind === "word";
}

function blockTimes(tokens: readonly Token[], i: number, blocked: boolean[]): void {
  const colon = tokens[i + 1];
  const minutes = tokens[i + 2];
  if (isPunct(colon, ":", ".") && glued(tokens[i], colon) && glued(colon, minutes) && minutes?.kind === "digits") {
    if (colon!.text === ":" || isWord(tokens[i + 3], "am", "pm")) {
      blocked[i] = true;
      blocked[i + 2] = true;
    }
  }
  if (isWord(tokens[i + 1], "am", "pm")) blocked[i] = true;
}

/** UK numbers ("0300 013 0415", "020 7017 2787") and international ones ("+1-222-2222/2222"). */
function blockPhoneNumbers(tokens: readonly Token[], i: number, blocked: boolean[]): number {
  const first = tokens[i]!;
  const international = isPunct(tokens[i - 1], "+") && glued(tokens[i - 1], first);
  if (!international && !first.text.startsWith("0")) return i;
  let digitCount = 0;
  let j = i;
  let last = i;
  while (j < tokens.length) {
    const part = tokens[j]!;
    if (!isPlainInteger(part)) break;
    digitCount += part.text.length;
    last = j;
    const sep = tokens[j + 1];
    if (isPunct(sep, "-", "/") && tokens[j + 2]?.kind === "digits") j += 2;
    else if (tokens[j + 1]?.kind === "digits" && tokens[j + 1]!.start - part.end === 1) j += 1;
    else break;
  }
  const isPhone = international ? digitCount >= 7 : digitCount >= 10 && digitCount <= 13;
  if (!isPhone) return i;
  for (let k = i; k <= last; k++) blocked[k] = true;
  return last;
}

function isDayOfMonth(token: Token | undefined): boolean {
  return isPlainInteger(token) && token!.text.length <= 2 && token!.value >= 1 && token!.value <= 31;
}

/** "June", "Jun", "JUNE" (datelines), but never "may" or "march". */
function isMonth(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== "word") return false;
  const titled = token.text === token.text.toUpperCase() ? token.text[0] + token.lower.slice(1) : token.text;
  return MONTH_NAMES.has(titled);
}

/** "28 June", "June 28", "28/06/2016", "5/17/2018", "2016-06-28". */
function blockDates(tokens: readonly Token[], i: number, blocked: boolean[]): void {
  const token = tokens[i];
  if (isDayOfMonth(token) && (isMonth(tokens[i + 1]) || (isMonth(tokens[i - 1]) && !followedByPercent(tokens, i + 1)))) {
    blocked[i] = true;
  }
  // Three numbers chained tight by one separator are a date; two may be a fraction or a year span.
  const sep = tokens[i + 1];
  if (!isPunct(sep, "/", "-") || !glued(token, sep)) return;
  const chain = [i];
  let j = i;
  while (isPunct(tokens[j + 1], sep!.text) && glued(tokens[j], tokens[j + 1]) && glued(tokens[j + 1], tokens[j + 2]) && tokens[j + 2]?.kind === "digits") {
    j += 2;
    chain.push(j);
  }
  if (chain.length >= 3) for (const k of chain) blocked[k] = true;
  if (chain.length === 2 && sep!.text === "/") {
    // "24/7" or "3/0" cannot be a proper fraction; read neither side as a figure.
    const numerator = tokens[i]!;
    const denominator = tokens[i + 2]!;
    if (!isPlainInteger(numerator) || !isPlainInteger(denominator) || denominator.value === 0 || numerator.value >= denominator.value) {
      blocked[i] = true;
      blocked[i + 2] = true;
    }
  }
}

function blockYears(tokens: readonly Token[], i: number, blocked: boolean[]): void {
  const spanEnd = yearSpanEnd(tokens, i);
  if (spanEnd > 0) {
    blocked[i] = true;
    blocked[spanEnd - 1] = true;
    return;
  }
  const token = tokens[i];
  if (!looksLikeYear(token)) return;
  const money = CURRENCY_SIGNS.has(tokens[i - 1]?.text ?? "") && glued(tokens[i - 1], token);
  if (!money && !followedByPercent(tokens, i + 1)) blocked[i] = true;
}

/** "1. The full report" at the start of a line is list numbering, not a figure; so is a bare "1." left by a sentence splitter. */
function blockListNumbering(text: string, tokens: readonly Token[], i: number, blocked: boolean[]): void {
  const token = tokens[i]!;
  const mark = tokens[i + 1];
  const following = tokens[i + 2];
  if (!isPlainInteger(token) || token.text.length > 2 || !isPunct(mark, ".", ")") || !glued(token, mark)) return;
  const markerAlone = following === undefined && i === 0;
  if (!markerAlone && (following?.kind !== "word" || following.start === mark!.end)) return;
  const lineStart = text.lastIndexOf("\n", token.start - 1) + 1;
  if (text.slice(lineStart, token.start).trim() === "") blocked[i] = true;
}

/** "under s.91/s.250": a section of an Act, not a count (hry126). */
function blockSectionNumbers(tokens: readonly Token[], i: number, blocked: boolean[]): void {
  if (isPunct(tokens[i - 1], ".") && glued(tokens[i - 2], tokens[i - 1]) && glued(tokens[i - 1], tokens[i]) && (tokens[i - 2]?.text === "s" || tokens[i - 2]?.text === "ss")) blocked[i] = true;
}

/**
 * "Years 7 to 11", "Year 11", "key stage 4": school year groups and stages, not counts (hry117).
 * "Year" only with its capital: "over the year 12 councils were rated" counts councils.
 */
function blockSchoolYears(tokens: readonly Token[], i: number, blocked: boolean[]): void {
  const before = tokens[i - 1];
  const schoolYear = before?.kind === "word" && (before.text === "Year" || before.text === "Years" || before.text === "YEAR" || (isWord(before, "stage") && isWord(tokens[i - 2], "key")));
  if (!schoolYear || tokens[i]!.text.length > 2) return;
  blocked[i] = true;
  if ((isWord(tokens[i + 1], "to", "and") || ["-", "–"].includes(tokens[i + 1]?.text ?? "")) && tokens[i + 2]?.kind === "digits" && tokens[i + 2]!.text.length <= 2) blocked[i + 2] = true;
}

export function findBlockedTokens(text: string, tokens: readonly Token[]): boolean[] {
  const blocked: boolean[] = tokens.map(() => false);
  blockUrlsAndEmails(text, tokens, blocked);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== "digits" || blocked[i]) continue;
    if (token.dots > 1 || !Number.isFinite(token.value) || isGluedToSomething(tokens, i)) {
      blocked[i] = true;
      continue;
    }
    // Phone numbers first: "+1-222-2222-2222" would otherwise pass for a date and leave its tail behind.
    const phoneEnd = blockPhoneNumbers(tokens, i, blocked);
    if (blocked[i]) {
      i = phoneEnd;
      continue;
    }
    blockTimes(tokens, i, blocked);
    blockDates(tokens, i, blocked);
    blockYears(tokens, i, blocked);
    blockListNumbering(text, tokens, i, blocked);
    blockSectionNumbers(tokens, i, blocked);
    blockSchoolYears(tokens, i, blocked);
  }
  return blocked;
}
