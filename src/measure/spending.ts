// What money was spent on, when the catalogue has no scope for it: "Spending on youth services fell
// to £627m" is a part of all spending, never compared with all of it or with another part.

import type { Token } from "../extract/figures/tokens.ts";
import { isWordAt, isWordIn, VERBS, type Mentions } from "./frames.ts";
import { unmeasured } from "./narrowing.ts";

/** Words that say money was spent: what follows "on" is what it was spent on. */
const SPENDING_WORDS: ReadonlySet<string> = new Set(["spending", "spent", "spend", "spends", "expenditure", "invested", "investment"]);
/** Words that end "on …": a verb, a preposition of time or place, or "and" before a new statement. */
const SPENT_ON_ENDS: ReadonlySet<string> = new Set(["which", "that", "who", "as", "with", "was", "were", "is", "are", "has", "have", "had", "fell", "rose", "grew", "dropped", "in", "by", "to", "from", "for", "over", "between", "during", "since", "compared", "while", "whereas", "and", "but", "stood", "stands", "hit", "hits", "went", "came", "amounts", "totals", "reaches", "tops", "grows", "rises", "falls"]);

/**
 * "Spending on youth services fell to £627m", "councils spent £8.2bn on late intervention": what
 * money was spent on, when the catalogue has no scope for it, is a part of all spending and never
 * compared with all of it or with spending on something else. Undefined when the sentence says
 * no "on …" for the figure or says a part the catalogue knows (`scopes`: read apart).
 */
export function spentOn(sentence: string, tokens: readonly Token[], figure: { startTok: number; endTok: number }, clause: { start: number; end: number }, mentions: Mentions): string | undefined {
  let on = -1;
  if (isWordAt(tokens, figure.endTok, "on") && isWordIn(tokens, figure.startTok - 2, SPENDING_WORDS)) on = figure.endTok;
  let funded = false;
  for (let at = figure.startTok - 1; on < 0 && at >= 0 && tokens[at]!.start >= clause.start; at--) {
    if (isWordIn(tokens, at, SPENDING_WORDS) && isWordAt(tokens, at + 1, "on")) on = at + 1;
    // "announced another £8.5 million for fostering", "funding for kinship care of £20m": what money was given for (hry111).
    if (isWordIn(tokens, at, FUNDING_WORDS)) {
      funded = true;
      if (isWordAt(tokens, at + 1, "for")) on = at + 1;
    }
  }
  if (on < 0 && funded && isWordAt(tokens, figure.endTok, "for")) on = figure.endTok;
  // "£8.5 million of funding for fostering", "£20m in new funding for kinship care".
  for (let at = figure.endTok + 1; on < 0 && at < Math.min(tokens.length - 1, figure.endTok + 4); at++) {
    if (isWordAt(tokens, figure.endTok, "of", "in") && isWordIn(tokens, at, FUNDING_WORDS) && isWordAt(tokens, at + 1, "for")) on = at + 1;
  }
  if (on < 0) return undefined;
  let end = on + 1;
  // A verb ends it: "on children's social care reached £11.1bn".
  while (end < Math.min(tokens.length, on + 7) && tokens[end]!.kind === "word" && !isWordIn(tokens, end, SPENT_ON_ENDS) && !/ed$/.test(tokens[end]!.lower) && !isWordIn(tokens, end, VERBS)) end++;
  if (end === on + 1 || tokens[end - 1]!.end > clause.end) return undefined;
  const words = sentence.slice(tokens[on]!.start, tokens[end - 1]!.end);
  // "£21m for councils": who the money is for, no purpose.
  if (isWordAt(tokens, on, "for") && mentions.populations.some((population) => population.startTok < end && population.endTok > on)) return undefined;
  return unmeasured(tokens, on, end, mentions) && !wholeOfSpending(words, sentence.slice(0, tokens[on]!.start)) ? words : undefined;
}

/** Words that say money was given or set aside: what follows "for" is what it is for. */
const FUNDING_WORDS: ReadonlySet<string> = new Set(["funding", "funded", "grant", "grants", "allocated", "allocation", "announced", "announces", "providing", "provided", "provides", "pot", "fund", "money", "boost", "investing"]);

/** "on children's services", "on children's social care": the whole of the money reporters write about, no part of it. */
const WHOLE = String.raw`on (?:the |their |its )?(?:children['’]?s? |child |young people['’]?s? )?(?:social )?(?:care|services|social care|social services)(?: (?:for|and) (?:children|families|young people))*`;
const WHOLE_OF_SPENDING = new RegExp(`^${WHOLE}$`, "i");
const WHOLE_BEFORE = new RegExp(`\\b${WHOLE}\\b`, "i");
/** "when they spent £15.5bn on the service": the money the sentence named before, again (hry73). */
const NAMED_AGAIN = /^on (?:the service|the services|it|them|this|these)$/i;

/** The words name all of the money: the whole itself, or the whole named earlier in the sentence, again. */
function wholeOfSpending(given: string, before: string): boolean {
  const words = given.replace(/^for /i, "on ");
  return WHOLE_OF_SPENDING.test(words) || (NAMED_AGAIN.test(words) && WHOLE_BEFORE.test(before));
}
