// The text after `/ofsted` into a command. Returns a result rather than throwing: every input, however
// odd, is either a command or a short message saying what to type instead.

import type { YearRange } from "../measure/periods.ts";
import { MAX_CHECK_CODE_POINTS, normalizeInput, terms, type NormalizedText } from "../text/index.ts";
import type { Intent } from "../types.ts";

export type { YearRange };

export interface Command {
  intent: Intent;
  /** The normalised text the user typed, for echoing back. */
  query: string;
  /** The topic words, without the command word and the years. */
  topic: string;
  years?: YearRange;
  /** "inadequate 2016 vs 2013": two years to set side by side (years then spans both). */
  compare?: [number, number];
  /** "what did Unison say about agency caps": the speaker asked about (the topic is then "agency caps"). */
  speaker?: string;
  /** The input was longer than we read and was cut. */
  truncated: boolean;
}

/**
 * "what did X say (about Y)", "what has X said on Y", "what did X tell MPs", "what X said about Y":
 * a question about what someone said. The speaker, and what follows the verb as the topic.
 */
const SPEECH_QUESTIONS: readonly RegExp[] = [
  /^(?:so\s+)?(?:what|how)\s+(?:did|does|do|has|have|had)\s+(.+?)\s+(?:say|said|says|tell|told|think|thought|make of|respond|responded|reply|replied)\b\s*(.*)$/i,
  // "what Unison said about caps"; not "what proportion …, says Ofsted", which attributes a figure.
  /^what\s+([^,]{1,60}?)\s+(?:said|told|thinks|thought)\b\s*(.*)$/i,
];

/** "what share of social workers said they were happy": a question for a figure of those who said it, not for their words (hry61). */
const SHARE_OF_SPEAKERS = /^what\s+(?:share|proportion|percentage|fraction|number|per ?cent)\s+of\b/i;

/** The speaker and topic of a question about what someone said, if the topic is one. */
export function readSpeechQuestion(topic: string): { speaker: string; topic: string } | undefined {
  if (SHARE_OF_SPEAKERS.test(topic.trim())) return undefined;
  for (const pattern of SPEECH_QUESTIONS) {
    const match = pattern.exec(topic.trim().replace(/[?!.]+$/, ""));
    if (!match) continue;
    const speaker = match[1]!.replace(/^(?:the)\s+/i, "").trim();
    const about = match[2]!.replace(/^(?:about|on|of|regarding|to|re)\s+/i, "").trim();
    if (speaker !== "" && terms(speaker).length > 0) return { speaker, topic: about };
  }
  return undefined;
}

/** "who said we are failing these children", "who called it a scandal?": a quote search by its words. */
const WHO_SAID = /^who\s+(?:said|says|has said|had said|told\s+\S+|called|described|warned|claimed)\b[\s,:"“']*(.*?)["”']*[?!.]*$/i;

export function readWhoSaid(topic: string): string | undefined {
  const words = WHO_SAID.exec(topic.trim())?.[1]?.trim();
  return words && terms(words).length > 0 ? words : undefined;
}

export type ParseResult = { ok: true; command: Command } | { ok: false; query: string; message: string };

export const USAGE_HINT = "Type a topic and an optional year, e.g. `inadequate 2016`, or `help` for every command.";

// A Map, not an object literal: user text as a key must never reach Object.prototype ("__proto__").
const COMMAND_WORDS = new Map<string, Intent>([
  ["help", "help"],
  ["?", "help"],
  ["check", "check"],
  ["verify", "check"],
  ["trend", "trend"],
  ["trends", "trend"],
  ["quote", "quote"],
  ["quotes", "quote"],
  ["sources", "sources"],
  ["articles", "sources"],
]);

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function century(fourDigit: number, twoDigit: number): number {
  const candidate = Math.floor(fourDigit / 100) * 100 + twoDigit;
  return candidate < fourDigit ? candidate + 100 : candidate;
}

function plausible(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/**
 * Reads years out of the topic: "2016", "2012-13" and "2012/13" (a financial year), "2013-2016",
 * "2013 to 2016", "between 2013 and 2016". Returns the range and the text without it; "since 2018"
 * is no range (`since` says the year).
 */
export function extractYears(text: string): { years?: YearRange; compare?: [number, number]; since?: number; rest: string } {
  // "2016 vs 2013", "2013 versus 2016", "2016 compared with 2013": two years side by side, not a span.
  const versus = /\b(\d{4})\s*(?:vs\.?|versus|v\.?|compared (?:with|to))\s*(\d{4})\b/i.exec(text);
  if (versus && plausible(Number(versus[1])) && plausible(Number(versus[2])) && versus[1] !== versus[2]) {
    const pair = [Number(versus[1]), Number(versus[2])].sort((a, b) => a - b) as [number, number];
    const rest = (text.slice(0, versus.index) + " " + text.slice(versus.index + versus[0].length)).replace(/\s+/g, " ").trim();
    return { years: { from: pair[0], to: pair[1] }, compare: pair, rest };
  }
  // "visits to Bradford since 2018": a count since then is dated by the article that gives it, not
  // by 2018; the year is no filter (as one it hid the answer behind "No figure for 2018").
  const since = /\bsince\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(\d{4})\b/i.exec(text);
  if (since && plausible(Number(since[1]))) return { since: Number(since[1]), rest: (text.slice(0, since.index) + " " + text.slice(since.index + since[0].length)).replace(/\s+/g, " ").trim() };
  const patterns: Array<[RegExp, (match: RegExpExecArray) => YearRange | undefined]> = [
    [/\b(?:between\s+)?(\d{4})\s*(?:-|–|—|to|and|until)\s*(\d{4})\b/i, (m) => ({ from: Number(m[1]), to: Number(m[2]) })],
    [/\b(\d{4})\s*[-–/]\s*(\d{2})\b/, (m) => ({ from: Number(m[1]), to: century(Number(m[1]), Number(m[2])) })],
    // "at 31 March 2025", "in September 2023": the day and month go with the year (no "31" left in the topic to be read as a figure).
    [/\b(?:(?:in|for|at|on|as at|by)\s+)?(?:(?:the end of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(\d{4})\b/i, (m) => ({ from: Number(m[1]), to: Number(m[1]) })],
  ];
  for (const [pattern, read] of patterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const range = read(match);
    if (!range || !plausible(range.from) || !plausible(range.to)) continue;
    const years = range.from <= range.to ? range : { from: range.to, to: range.from };
    const rest = (text.slice(0, match.index) + " " + text.slice(match.index + match[0].length)).replace(/\s+/g, " ").replace(/\s+([?!.,;:])/g, "$1").trim();
    return { years, rest };
  }
  return { rest: text };
}

/** `check` reads a whole pasted story (MAX_CHECK_CODE_POINTS); every other command only a query's length. */
function readInput(raw: string): NormalizedText {
  const wide = normalizeInput(raw, MAX_CHECK_CODE_POINTS);
  const first = wide.text.replace(/^\/?ofsted\b\s*/i, "").split(" ", 1)[0] ?? "";
  if (COMMAND_WORDS.get(first.toLowerCase().replace(/:$/, "")) === "check") return wide;
  const narrow = normalizeInput(wide.text);
  return { text: narrow.text, truncated: wide.truncated || narrow.truncated };
}

export function parseCommand(raw: string): ParseResult {
  const { text, truncated } = readInput(typeof raw === "string" ? raw : "");
  // Chat clients send "/ofsted" itself when the user types the command as text.
  const query = text.replace(/^\/?ofsted\b\s*/i, "");
  if (query === "") return { ok: false, query, message: `Nothing to look up. ${USAGE_HINT}` };
  const [first = "", ...restWords] = query.split(" ");
  const commandWord = first.toLowerCase().replace(/:$/, "");
  const named = COMMAND_WORDS.get(commandWord) ?? "lookup";
  // "help" and "sources" are commands on their own ("sources 2016" filters by year); followed by a
  // topic ("help for care leavers", "sources of referrals") they are the first word of a question.
  const following = extractYears(restWords.join(" "));
  const intent = (named === "help" || named === "sources") && following.rest !== "" ? "lookup" : named;
  const afterCommand = intent === "lookup" ? query : restWords.join(" ");
  if (intent === "help") return { ok: true, command: { intent, query, topic: "", truncated } };
  if (intent === "sources") return { ok: true, command: { intent, query, topic: "", ...(following.years ? { years: following.years } : {}), truncated } };
  // A check reads its claim whole: the years in it belong to the claim, not to a filter.
  const { years, compare, rest } = intent === "check" ? { years: undefined, compare: undefined, rest: afterCommand } : extractYears(afterCommand);
  if (rest.trim() === "" && !years) {
    const example = intent === "lookup" ? "" : `${commandWord} `;
    return { ok: false, query, message: `Add a topic after \`${example || "/ofsted "}\`. ${USAGE_HINT}` };
  }
  if (terms(rest).length === 0 && !years) {
    return { ok: false, query, message: `I found no words to search for in “${Array.from(query).slice(0, 60).join("")}”. ${USAGE_HINT}` };
  }
  const speech = intent === "lookup" ? readSpeechQuestion(rest) : undefined;
  if (speech) return { ok: true, command: { intent: "quote", query, topic: speech.topic, speaker: speech.speaker, ...(years ? { years } : {}), truncated } };
  const said = intent === "lookup" ? readWhoSaid(rest) : undefined;
  if (said) return { ok: true, command: { intent: "quote", query, topic: said, ...(years ? { years } : {}), truncated } };
  return { ok: true, command: { intent, query, topic: rest, ...(years ? { years } : {}), ...(compare ? { compare } : {}), truncated } };
}
