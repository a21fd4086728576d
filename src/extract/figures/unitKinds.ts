// What kind of number a figure is (a share, a rate per head, an average, money or a count) and the
// base a rate is counted over, read from the words around it for the catalogue.

import type { UnitKind } from "../../measure/catalogue.ts";
import type { RecognisedNumber } from "./recognise.ts";
import { isYearPart } from "./blocking.ts";
import { isLowerCase, isWord, type Token } from "./tokens.ts";

/** What kind of number a figure is, for the catalogue: a share, a rate per head, an average, money or a count. */
export function unitKindOf(found: RecognisedNumber, tokens: readonly Token[]): UnitKind {
  if (found.money) return moneyPerHead(found, tokens) ? "average" : "money";
  if (found.proportion) return "share";
  // "that NEET rate was 10.3 times higher": a multiple of another figure, no rate of its own (hry109).
  if (isWord(tokens[found.endTok], "times", "fold")) return "count";
  // "67 per 10,000", "70 children looked after per 10,000 children", "67 children in every 10,000":
  // a rate, up to a few words on.
  for (let at = found.endTok; at < Math.min(tokens.length, found.endTok + 6); at++) {
    if (tokens[at]!.kind !== "word" && tokens[at]!.kind !== "digits") break;
    if (at > found.endTok && tokens[at]!.kind === "digits" && !isWord(tokens[at - 1], "per", "every", "each")) break;
    if (rateBaseAt(tokens, at) > 0) return "rate";
  }
  // "The rate of looked-after children per 10,000 children remained at 67": the base named before it.
  for (let at = found.startTok - 1; at >= Math.max(0, found.startTok - 10); at--) {
    const token = tokens[at]!;
    if (token.kind !== "word" && token.kind !== "digits" && token.text !== "-" && token.text !== "'" && token.text !== "’") break;
    if (rateBaseAt(tokens, at) > 0 && tokens.slice(Math.max(0, at - 8), at).some((before) => isWord(before, "rate", "rates"))) return "rate";
  }
  // "Blackpool, which had a rate of 156", "the third highest rate of 143", "equating to a rate of 39.6
  // children": a rate whose base the sentence left out, never a count (hry106).
  if (isWord(tokens[found.startTok - 1], "of", "at", "was", "is", "to", "reached", "hit") && tokens.slice(Math.max(0, found.startTok - 4), found.startTok - 1).some((token) => isWord(token, "rate", "rates"))) return "rate";
  if (averageBefore(tokens, found.startTok)) return "average";
  if (averagedCount(found, tokens)) return "average";
  if (isWord(tokens[found.endTok], "cases")) return "average";
  // "18.6 children per worker", "12 cases per social worker": so many of one thing for each of another.
  if (tokens[found.endTok]?.kind === "word" && isWord(tokens[found.endTok + 1], "per") && tokens[found.endTok + 2]?.kind === "word") return "average";
  return "count";
}

/** How far back "average" may name what a figure is: "The average capacity of homes registered in 2024-25 was 3 places". */
const AVERAGE_REACH = 12;

/** "average" or "mean" before the figure, with no other number or clause break between. */
function averageBefore(tokens: readonly Token[], startTok: number): boolean {
  for (let at = startTok - 1; at >= Math.max(0, startTok - AVERAGE_REACH); at--) {
    const token = tokens[at]!;
    if (isWord(token, "average", "mean")) return true;
    // "2024-25" between is a year, not another figure.
    if ((token.kind === "digits" && !isYearPart(tokens, at)) || (token.kind === "punct" && [",", ";", ":", "(", ")"].includes(token.text))) return false;
  }
  return false;
}

/**
 * "The average number of changes in DCS post-holder per year stands at 49", "49 changes a year on
 * average": a count averaged over years (or councils) is no count of any one of them.
 */
function averagedCount(found: RecognisedNumber, tokens: readonly Token[]): boolean {
  for (let at = found.startTok - 1; at >= Math.max(1, found.startTok - 16); at--) {
    const token = tokens[at]!;
    if (token.kind === "punct" && token.text !== "," && token.text !== "-" && token.text !== "'" && token.text !== "’") break;
    if (isWord(token, "number") && isWord(tokens[at - 1], "average", "mean") && isWord(tokens[at + 1], "of")) return true;
  }
  for (let at = found.endTok; at < Math.min(tokens.length - 1, found.endTok + 8); at++) {
    const token = tokens[at]!;
    if ((token.kind === "punct" && !HYPHENS.has(token.text)) || token.kind === "digits") break;
    if (isWord(token, "on") && isWord(tokens[at + 1], "average")) return true;
  }
  return false;
}

/** "looked-after", "looked‑after" (a non-breaking hyphen, as GOV.UK pages write it). */
const HYPHENS: ReadonlySet<string> = new Set(["-", "‐", "‑"]);

/** What an amount of money can be "a" or "per" of: a unit cost, not a total. */
const PER_HEAD: ReadonlySet<string> = new Set(["week", "year", "day", "month", "night", "hour", "child", "head", "pupil", "placement", "person", "worker", "council", "authority", "family", "bed", "place", "home", "household", "carer", "case"]);

/**
 * "the average annual cost for each looked-after child to £97,200", "£5,929 a week per child": an
 * amount for one of something is a unit cost, never the spending, budget or overspend it is part of.
 */
function moneyPerHead(found: RecognisedNumber, tokens: readonly Token[]): boolean {
  // ("the new £3,000 annual limit per child": past a few words describing the amount, hry108.)
  // ("up to £5m in capital funding to each pathfinder region": an amount for each one of them, hry111.)
  for (let at = found.endTok; at < Math.min(tokens.length, found.endTok + 8) && tokens[at]!.kind === "word"; at++) {
    if (at < found.endTok + 4 && isWord(tokens[at], "a", "an", "per", "each") && PER_HEAD.has(tokens[at + 1]?.lower ?? "")) return true;
    if (isWord(tokens[at], "each", "every") && isWord(tokens[at - 1], "to", "for", "per") && tokens[at + 1]?.kind === "word") return true;
  }
  // Before it in its clause: "for each looked-after child", "the cost of a child in care". ("The
  // average overspend was £6.1m" is the councils' overspend, averaged: still an overspend.)
  for (let at = found.startTok - 2; at >= Math.max(0, found.startTok - 12); at--) {
    const token = tokens[at]!;
    if (token.kind !== "word" && !HYPHENS.has(token.text)) return false;
    if (isWord(token, "each", "per", "every")) return true;
    if (PER_HEAD.has(token.lower) && tokens.slice(Math.max(0, at - 4), at).some((before) => isWord(before, "a", "an"))) return true;
  }
  return false;
}

/** Words that may name whose rate or average a figure is: "the England rate of 69", "a rate of 67". */
const RATE_OWNERS: ReadonlySet<string> = new Set(["a", "an", "the", "england", "england's", "national", "english", "regional", "country's", "its", "their", "council's", "authority's"]);

/**
 * "the England rate of 69", "a rate of 67", "the national average of 70": a rate or average named
 * right before the figure with nothing of what it measures ("the vacancy rate of 16.5" names it).
 */
export function namedRateBefore(tokens: readonly Token[], startTok: number): "rate" | "average" | undefined {
  if (!isWord(tokens[startTok - 1], "of")) return undefined;
  const noun = tokens[startTok - 2];
  if (!isWord(noun, "rate", "average")) return undefined;
  const owner = tokens[startTok - 3];
  if (owner?.kind !== "word" || !RATE_OWNERS.has(owner.lower)) return undefined;
  return noun!.lower as "rate" | "average";
}

/** The base the catalogue's rates are counted over: the DfE's, per 10,000 children. */
export const CATALOGUE_RATE_BASE = 10_000;

/**
 * Whether a rate's unit ("per 10,000 children", "in every thousand children") is counted over
 * `base`; true for a unit that names no base (the rate was named before the figure).
 */
export function countedPer(unit: string, base: number): boolean {
  const digits = /(\d[\d,]*)/.exec(unit);
  const stated = digits ? Number(digits[1]!.replace(/,/g, "")) : /\bthousand\b/i.test(unit) ? 1_000 : /\bhundred\b/i.test(unit) ? 100 : undefined;
  return stated === undefined || stated === base;
}

/** "nine in every thousand children", "per hundred": a rate's base in words. */
const BASE_WORDS = ["hundred", "thousand"] as const;

/** "per 10,000" or "in every 10,000" at `at`: the index of the base's number, else 0. */
function rateBaseAt(tokens: readonly Token[], at: number): number {
  if (isWord(tokens[at], "per") && (tokens[at + 1]?.kind === "digits" || isWord(tokens[at + 1], ...BASE_WORDS))) return at + 1;
  if (isWord(tokens[at], "in", "for") && isWord(tokens[at + 1], "every", "each") && ((tokens[at + 2]?.kind === "digits" && tokens[at + 2]!.value >= 100) || isWord(tokens[at + 2], ...BASE_WORDS))) return at + 2;
  // "54 out of every 10,000 children".
  if (isWord(tokens[at], "out") && isWord(tokens[at + 1], "of") && isWord(tokens[at + 2], "every", "each") && tokens[at + 3]?.kind === "digits" && tokens[at + 3]!.value >= 100) return at + 3;
  return 0;
}

/** "per 10,000 children", "per 10,000", "in every 10,000": the base a rate is counted over, as written. */
export function rateUnit(tokens: readonly Token[], found: RecognisedNumber): string | undefined {
  for (let at = found.endTok; at < Math.min(tokens.length - 1, found.endTok + 5); at++) {
    const base = rateBaseAt(tokens, at);
    if (base === 0) continue;
    let end = base + 1;
    while (tokens[end]?.kind === "punct" && tokens[end]!.text === "," && tokens[end + 1]?.kind === "digits") end += 2;
    // "per 10,000 children": the counted noun, never a next word ("in every 10,000 under 18").
    const noun = tokens[end];
    const counted = noun?.kind === "word" && isLowerCase(noun) && (/s$/.test(noun.lower) || noun.lower === "children" || noun.lower === "people");
    const words = tokens.slice(at, counted ? end + 1 : end);
    return words.map((token) => token.text).join(" ").replace(/ , /g, ",");
  }
  return undefined;
}
