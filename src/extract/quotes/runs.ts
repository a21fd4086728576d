// Press-release quotes: a paragraph ending "… Debbie Jones, said:" hands over to the paragraphs
// after it, which carry the words with single marks ('…') or with no marks at all. One quote per
// paragraph, so each can be cited on its own.

import type { Block, QuoteMention } from "../../types.ts";
import type { Attribution } from "./resolve.ts";
import type { PeopleMemory } from "./speakers.ts";
import {
  DOUBLE_CLOSERS,
  DOUBLE_OPENERS,
  FIRST_PERSON_RE,
  MIN_QUOTE_WORDS,
  PAREN_DATE_RE,
  REPORTING_RE,
  RUN_STOP_LEAD_RE,
  SINGLE_CLOSERS,
  SINGLE_OPENERS,
  countWords,
  stripPossessive,
  stripPunct,
} from "./patterns.ts";

/** A press release rarely quotes one person for more paragraphs than this; beyond it, guessing. */
const MAX_MARKED_RUN = 8;
const MAX_UNMARKED_RUN = 6;

export type RunKind = "single" | "double" | "unmarked" | "none";

/** How the paragraph after an intro carries the quote. */
export function runKind(next: Block | undefined): RunKind {
  if (!next || next.kind === "heading") return "none";
  const first = next.text.trimStart()[0] ?? "";
  if (SINGLE_OPENERS.has(first)) return "single";
  if (DOUBLE_OPENERS.has(first)) return "double";
  return next.kind === "paragraph" ? "unmarked" : "none";
}

/** A quote's record: its words and what the attribution knows (speaker, role, lead-in). */
export function mentionOf(text: string, who: Attribution): QuoteMention {
  const q: QuoteMention = { text, speaker: who.speaker };
  if (who.role) q.role = who.role;
  if (who.leadIn) q.leadIn = who.leadIn;
  return q;
}

/** Ends in a closing single mark after sentence punctuation: `…deserve.'` (not a plural `parents’`). */
function closesSingle(t: string): boolean {
  return t.length >= 2 && SINGLE_CLOSERS.has(t[t.length - 1] ?? "") && /[.!?…]/.test(t[t.length - 2] ?? "");
}

interface Piece {
  text: string;
  opened: boolean;
}

/**
 * `'The picture …` … `… deserve.'` starting at `from`. Paragraphs in between may lack marks (sites
 * drop them), so they are only taken when the run visibly closes; otherwise only the leading
 * paragraphs that open with a mark, as journalistic convention has it. Returns the last block used.
 */
export function singleQuotedRun(
  blocks: readonly Block[],
  from: number,
  who: Attribution,
  isIntro: (text: string) => boolean,
  out: QuoteMention[],
): number {
  const pieces: Piece[] = [];
  let closed = false;
  let j = from;
  for (; j < blocks.length && pieces.length < MAX_MARKED_RUN; j++) {
    const block = blocks[j];
    if (!block || block.kind === "heading") break;
    let t = block.text.trim();
    if (j > from && (isIntro(t) || DOUBLE_OPENERS.has(t[0] ?? ""))) break;
    const opened = SINGLE_OPENERS.has(t[0] ?? "");
    if (opened) t = t.slice(1).trimStart();
    closed = closesSingle(t);
    if (closed) t = t.slice(0, -1).trimEnd();
    pieces.push({ text: t, opened });
    if (closed) break;
  }
  const kept = closed ? pieces : takeWhileOpened(pieces);
  for (const p of kept) if (countWords(p.text) >= MIN_QUOTE_WORDS) out.push(mentionOf(p.text, who));
  return from + Math.max(kept.length, 1) - 1;
}

function takeWhileOpened(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    if (!p.opened) break;
    out.push(p);
  }
  return out;
}

/**
 * Unmarked paragraphs after `… said:` are the speaker's until something that is plainly not
 * speech: a heading or list, a quote mark, another intro, boilerplate ("Notes to editors"),
 * dated or third-person reporting ("Today (28 June 2016) Ofsted also published …"), a named
 * person, or the speaker's own organisation as subject without any first person. Conservative:
 * a wrong quote is worse than a missed one. Returns the last block used (from - 1 if none).
 */
export function unmarkedRun(
  blocks: readonly Block[],
  from: number,
  who: Attribution,
  isIntro: (text: string) => boolean,
  memory: PeopleMemory,
  out: QuoteMention[],
): number {
  if (!who.speaker) return from - 1;
  const orgs = organisationsIn(who.role);
  let j = from;
  for (; j < blocks.length && j - from < MAX_UNMARKED_RUN; j++) {
    const block = blocks[j];
    if (!block || block.kind !== "paragraph") break;
    const t = block.text.trim();
    if (endsRun(t, orgs, isIntro, memory)) break;
    // A run the page set apart as a quotation ends where the page stops marking it (hry108).
    if (blocks[from]?.quoted && !block.quoted) break;
    out.push(mentionOf(t, who));
  }
  return j - 1;
}

function endsRun(t: string, orgs: ReadonlySet<string>, isIntro: (text: string) => boolean, memory: PeopleMemory): boolean {
  if (countWords(t) < MIN_QUOTE_WORDS || t.endsWith(":") || isIntro(t)) return true;
  for (const c of t) if (DOUBLE_OPENERS.has(c) || DOUBLE_CLOSERS.has(c)) return true;
  if (SINGLE_OPENERS.has(t[0] ?? "")) return true;
  if (RUN_STOP_LEAD_RE.test(t) || PAREN_DATE_RE.test(t) || REPORTING_RE.test(t)) return true;
  if (memory.namesAnyone(t)) return true;
  const firstWord = stripPossessive(stripPunct(t.split(/\s+/)[0] ?? ""));
  return orgs.has(firstWord) && !FIRST_PERSON_RE.test(t);
}

/** "Ofsted’s National Director …" / "chief inspector of Ofsted" → {"Ofsted"}: who "we" would be. */
function organisationsIn(role: string | undefined): Set<string> {
  const out = new Set<string>();
  if (!role) return out;
  for (const raw of role.split(/\s+/)) {
    const word = stripPossessive(stripPunct(raw));
    if (/^[A-Z]/.test(word) && !FUNCTION_WORDS.has(word)) out.add(word);
  }
  return out;
}

/** Capitalised words a role may start with that say nothing about an organisation. */
const FUNCTION_WORDS = new Set(["The", "This", "That", "These", "It", "We", "I", "When", "As", "If", "In", "At", "A", "An"]);
