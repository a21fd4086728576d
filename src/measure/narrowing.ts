// Populations narrowed to a part of them: a kind ("secure children's homes"), a team ("social
// workers in the referral and assessment team") or a relative clause ("the homes they run", "homes
// run by LAs"). A figure of the part is a subgroup's, never all of them (read.ts).

import type { Token } from "../extract/figures/tokens.ts";
import type { Population } from "./catalogue.ts";
import { isWordAt, VERBS, type Mentions } from "./frames.ts";
import type { PhraseMention } from "./phrases.ts";

/** Words before a provider population that make it a kind of them. */
const KINDS_OF_PROVIDER: ReadonlySet<string> = new Set(["secure", "private", "privately", "independent", "voluntary", "council-run", "short-break", "specialist"]);
/** Words before "councils" that make them a kind of council: "county councils overspent the most". */
const KINDS_OF_COUNCIL: ReadonlySet<string> = new Set(["county", "unitary", "metropolitan", "district", "shire"]);
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(["they", "that", "which", "who", "we", "it"]);
const NARROWING_PARTICIPLES: ReadonlySet<string> = new Set(["run", "owned", "operated", "managed", "provided", "commissioned", "used"]);

/** "county councils", "County councils said": a kind in lower case (or opening the sentence) before a plural. */
function isKindNotName(tokens: readonly Token[], kind: number, end: number): boolean {
  const word = tokens[kind]!;
  const lowerCase = word.text === word.lower || kind === 0;
  return lowerCase && /s$/i.test(tokens[end - 1]?.text ?? "");
}

/** "in the referral and assessment team(s)" at `at`: the index just past "team(s)", else 0. Up to five words name the team. */
function teamAfter(tokens: readonly Token[], at: number): number {
  if (!isWordAt(tokens, at, "in", "on") || !isWordAt(tokens, at + 1, "the", "its", "their", "his", "her", "our", "my", "a")) return 0;
  for (let end = at + 2; end < Math.min(tokens.length, at + 8); end++) {
    const token = tokens[end]!;
    if (token.kind !== "word") return 0;
    if (token.lower === "team" || token.lower === "teams") return end + 1;
  }
  return 0;
}

/** Who runs a provider, written before it: "local authority run homes", "council-run homes", "privately owned homes". */
const RUNNERS: ReadonlySet<string> = new Set(["council", "councils", "authority", "la", "privately", "private", "voluntary", "voluntarily", "independently", "charity", "state"]);

/**
 * "local authority run homes", "council-run homes": where the words that say who runs the provider
 * population starting at `startTok` begin, else -1. Those words are no population of their own.
 */
export function runByStart(tokens: readonly Token[], startTok: number): number {
  let at = startTok - 1;
  if (!isWordAt(tokens, at, "run", "owned", "operated", "managed")) return -1;
  at--;
  if (tokens[at]?.text === "-") at--;
  if (!isWordAt(tokens, at, ...RUNNERS)) return -1;
  return isWordAt(tokens, at, "authority") && isWordAt(tokens, at - 1, "local") ? at - 1 : at;
}

/** Verbs and adverbs a relative clause that grades its population may open with: "that were once judged". */
const GRADING_LEAD: ReadonlySet<string> = new Set(["were", "was", "are", "is", "have", "has", "had", "been", "be", "once", "previously", "formerly", "ever", "initially", "originally", "first", "already", "still", "recently", "last"]);
const GRADING_VERBS: ReadonlySet<string> = new Set(["judged", "rated", "graded", "found"]);

/** "that were once judged": the index just past the grading verb after a relative opener at `at`, else 0. */
function gradingClauseFrom(tokens: readonly Token[], at: number): number {
  if (!isWordAt(tokens, at, "that", "which", "who")) return 0;
  let next = at + 1;
  while (isWordAt(tokens, next, ...GRADING_LEAD)) next++;
  return next > at + 1 && isWordAt(tokens, next, ...GRADING_VERBS) ? next + 1 : 0;
}

/** Where a relative clause's words run from `from`: to the next verb, punctuation or "by/from/to" before a number. */
function clauseWordsEnd(tokens: readonly Token[], from: number): number {
  let end = from;
  while (end < tokens.length) {
    const token = tokens[end]!;
    if (token.kind !== "word" || VERBS.has(token.lower) || ((token.lower === "by" || token.lower === "from" || token.lower === "to") && tokens[end + 1]?.kind === "digits")) break;
    end++;
  }
  return end;
}

/** How a population mention is narrowed: the words that narrow it, and for a team where the team's words end. */
export interface Narrowing {
  words: string;
  /**
   * "local authorities that were once judged inadequate have improved": where a relative clause that
   * grades the population ends. A grade inside it says which of them are counted, not what the figure
   * says of them.
   */
  gradedUntil?: number;
  /** Character offset just past "team(s)": a team narrows only figures before another subject or conjunction. */
  teamEnd?: number;
}

/** Population mentions narrowed by a kind, a team or a relative clause ("secure", "in the assessment team", "they run", "run by LAs"). */
export function narrowedPopulations(sentence: string, tokens: readonly Token[], mentions: Mentions): Map<PhraseMention<Population>, Narrowing> {
  const narrowed = new Map<PhraseMention<Population>, Narrowing>();
  for (const mention of mentions.populations) {
    // "secure children's homes", "private children's homes": a kind of them, not all of them.
    if (isWordAt(tokens, mention.startTok - 1, ...KINDS_OF_PROVIDER) && mention.value.id !== "councils") {
      narrowed.set(mention, { words: sentence.slice(tokens[mention.startTok - 1]!.start, mention.end) });
      continue;
    }
    // "county councils overspent the most": a kind of council, but never a council's name ("Kent County Council").
    if (mention.value.id === "councils" && isWordAt(tokens, mention.startTok - 1, ...KINDS_OF_COUNCIL) && isKindNotName(tokens, mention.startTok - 1, mention.endTok)) {
      narrowed.set(mention, { words: sentence.slice(tokens[mention.startTok - 1]!.start, mention.end) });
      continue;
    }
    // "local authority run homes", "council-run homes": those some kind of provider runs.
    const runBy = mention.value.id === "councils" ? -1 : runByStart(tokens, mention.startTok);
    if (runBy >= 0) {
      narrowed.set(mention, { words: sentence.slice(tokens[runBy]!.start, mention.end) });
      continue;
    }
    const at = mention.endTok;
    // "social workers in the referral and assessment team", "in its assessment teams": one team's, not all of them.
    const team = teamAfter(tokens, at);
    if (team) {
      narrowed.set(mention, { words: sentence.slice(tokens[at]!.start, tokens[team - 1]!.end), teamEnd: tokens[team - 1]!.end });
      continue;
    }
    const opens = (isWordAt(tokens, at, ...RELATIVE_OPENERS) && tokens[at + 1]?.kind === "word") || isWordAt(tokens, at, ...NARROWING_PARTICIPLES);
    if (!opens) continue;
    // "that were once judged inadequate have improved": a clause that grades the population, with the
    // sentence going on to say something of them, reads on past its own verbs to the grade. In "20
    // councils that are rated inadequate" the clause is what the figure says: it stops at its verb.
    const graded = gradingClauseFrom(tokens, at);
    const gradedEnd = graded ? clauseWordsEnd(tokens, graded) : 0;
    const predicateFollows = graded > 0 && isWordAt(tokens, gradedEnd, ...VERBS);
    const end = predicateFollows ? gradedEnd : clauseWordsEnd(tokens, at + 1);
    narrowed.set(mention, { words: sentence.slice(tokens[at]!.start, tokens[end - 1]!.end), ...(predicateFollows ? { gradedUntil: tokens[end - 1]!.end } : {}) });
  }
  return narrowed;
}
