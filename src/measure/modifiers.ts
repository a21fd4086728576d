// Words around a catalogue mention that change what it says of a figure: a negation ("had not
// experienced a change in DCS"), a population's name that holds an indicator's word ("care
// leavers"), and the basis a clause states ("since 2008" is a running count; "the highest since
// 1985" is a comparison, not one).

import { tokenize, type Token } from "../extract/figures/tokens.ts";
import { CURRENCY_SIGNS, MOVE_VERBS, SUPERLATIVES_BEFORE_SINCE } from "../extract/figures/lexicon.ts";
import type { Basis } from "../types.ts";
import type { Indicator, Population } from "./catalogue.ts";
import { isWordAt, isWordIn } from "./frames.ts";
import type { PhraseMention } from "./phrases.ts";
import { vocabulary } from "./vocabulary.ts";

/**
 * "care leavers": a population's name may hold an indicator's word ("leavers" is turnover), which
 * names nothing there unless the indicator counts that population ("looked-after children").
 */
export function outsidePopulations(indicators: Array<PhraseMention<Indicator>>, populations: ReadonlyArray<PhraseMention<Population>>): Array<PhraseMention<Indicator>> {
  const inside = (mention: PhraseMention<Indicator>) => populations.some((population) => population.start <= mention.start && population.end >= mention.end && population.end - population.start > mention.end - mention.start && !mention.value.populations.includes(population.value.id));
  return indicators.some(inside) ? indicators.filter((mention) => !inside(mention)) : indicators;
}

/** A quotation this long is someone's speech, not a scare-quoted label ("five ‘inadequate’ councils"). */
const MIN_SPEECH_WORDS = 4;

/**
 * "visits to about 20 councils … found them “hunkering down … some good and better work”": an
 * indicator's name inside someone's quoted speech describes what they saw, never a figure outside
 * the quotation (hry97). Figures inside it keep the words around them.
 */
export function outsideQuotedSpeech(sentence: string, indicators: Array<PhraseMention<Indicator>>, figures: ReadonlyArray<{ start: number }>): Array<PhraseMention<Indicator>> {
  const speech: Array<[number, number]> = [];
  for (const match of sentence.matchAll(/[“"]([^“”"]*)[”"]/g)) {
    const start = match.index;
    const end = start + match[0].length;
    if ((match[1] ?? "").split(/\s+/).filter((word) => word !== "").length < MIN_SPEECH_WORDS) continue;
    if (!figures.some((figure) => figure.start >= start && figure.start < end)) speech.push([start, end]);
  }
  if (speech.length === 0) return indicators;
  return indicators.filter((mention) => !speech.some(([start, end]) => mention.start >= start && mention.end <= end));
}

// "one-third were rated good …, with none rated outstanding": "none" too.
// ("292 settings that should have been registered as children's homes": registered they were not, hry95.)
const NEGATORS: ReadonlySet<string> = new Set(["not", "no", "never", "without", "nor", "neither", "none", "should", "ought"]);

/**
 * A negation among the three words before the indicator's name (not reaching back past the figure):
 * "had not experienced a change in DCS", "councils that did not change their director".
 */
export function negatedBefore(tokens: readonly Token[], at: number, figureEnd: number): boolean {
  const after = (tokens[at]?.start ?? 0) > figureEnd ? figureEnd : 0;
  let seen = 0;
  for (let back = at - 1; back >= 0 && seen < 3; back--) {
    const token = tokens[back]!;
    if (token.start < after) break;
    if (token.kind !== "word") continue;
    if (NEGATORS.has(token.lower) || token.lower.endsWith("n't") || token.lower.endsWith("n’t")) return true;
    seen++;
  }
  return false;
}

/**
 * A figure's basis, and whether its aspect is only the day it was counted on. Any indicator without
 * a fixed basis reads it from its clause (`stated`): "32,270 children started to be looked after" is
 * a flow, never the stock on 31 March. "4,055 fostering households were approved during the year": a
 * stock's aspect counted over a year is a flow; "households approved at 31 March" are all those
 * approved that day, the stock itself. "1,249 children have been subject to DoL applications since
 * July 2022": a flow's running total over years (hry129, hry130).
 */
export function basisOfFigure(indicator: Indicator, aspect: string | undefined, unitKind: string, stated: () => Basis | undefined): { basis: Basis | undefined; aspectAtDate: boolean } {
  const flowAspect = aspect !== undefined && indicator.flowAspects?.includes(aspect) === true;
  const said = indicator.basis !== "stock" || flowAspect ? stated() : undefined;
  if (flowAspect) return said === "stock" ? { basis: "stock", aspectAtDate: true } : { basis: "flow", aspectAtDate: false };
  const runningTotal = indicator.basis === "flow" && said === "cumulative" && unitKind === "count";
  return { basis: runningTotal ? "cumulative" : (indicator.basis ?? said), aspectAtDate: false };
}

/** The one basis the clause states, if it states exactly one kind. */
export function basisIn(tokens: readonly Token[], bases: ReadonlyArray<PhraseMention<Basis>>, clause: { start: number; end: number }): Basis | undefined {
  const stated = bases.filter((mention) => mention.start >= clause.start && mention.end <= clause.end && !(mention.value === "cumulative" && isWordAt(tokens, mention.startTok - 1, ...SUPERLATIVES_BEFORE_SINCE)));
  const kinds = new Set(stated.map((mention) => mention.value));
  return kinds.size === 1 ? [...kinds][0] : undefined;
}

/** The one basis a sentence states ("now carry this rating" → stock), for a figure whose measure is inherited. */
export function statedBasis(sentence: string): Basis | undefined {
  const tokens = tokenize(sentence);
  return basisIn(tokens, vocabulary().bases.find(tokens), { start: 0, end: sentence.length });
}

/** Verbs that ask for what follows rather than report it: "urged a £2bn grant", "recommended 18 cases". */
const PROPOSING: ReadonlySet<string> = new Set(["proposed", "proposes", "proposing", "urged", "urges", "urging", "recommended", "recommends", "recommending", "demanded", "demands", "demanding"]);
/** How far back from a figure a proposal's verb may stand ("calls for scaled up funding to £2.26bn"). */
const PROPOSAL_WORDS_BACK = 9;

/**
 * "it calls for scaled up funding to £2.26bn over the next decade": a figure asked for, not one that
 * stands. Read within the figure's clause.
 */
function proposedBefore(tokens: readonly Token[], figureStartTok: number, clauseStart: number): boolean {
  for (let at = figureStartTok - 1; at >= Math.max(0, figureStartTok - PROPOSAL_WORDS_BACK) && (tokens[at]?.start ?? 0) >= clauseStart; at--) {
    if (tokens[at]!.kind === "punct" && !CURRENCY_SIGNS.has(tokens[at]!.text)) return false;
    if (isWordIn(tokens, at, PROPOSING)) return true;
    if (isWordAt(tokens, at, "for") && isWordAt(tokens, at - 1, "calls", "called", "calling", "call")) return true;
  }
  return false;
}

/** Words that put what follows in the future: "likely to rise to", "on course to have", "will reach". */
const FUTURE: ReadonlySet<string> = new Set(["will", "would", "could", "might", "likely", "expected", "expects", "expect", "forecast", "forecasts", "projected", "predicted", "set", "course", "track", "due", "'ll", "’ll",
  // "the overspend is estimated to rise to £680m": an estimate of what it will come to, no outturn.
  "estimated", "estimates", "anticipated",
  // "plans to invest £10m in order to cut caseloads from 24 to 18", "wants to reduce the average caseload to 15": a target.
  "plans", "plan", "planned", "planning", "aims", "aim", "aiming", "wants", "want", "order", "pledged", "promised", "intends", "seeks", "hopes", "target", "targets"]);
/** Verbs of arriving at a level: what a forecast says a measure will come to. */
const ARRIVING: ReadonlySet<string> = new Set(["rise", "grow", "increase", "climb", "fall", "drop", "reach", "hit", "top", "exceed", "have", "be", "cost", "double", "treble", "cut", "reduce", "bring", "lower", "raise"]);

/**
 * "is likely to rise to 100,000 over the next decade", "we're on course to have 100,000 children in
 * care": a forecast, not the level the measure stands at; and a figure proposed (`proposedBefore`). Read within the figure's clause, a future
 * word before a verb of arriving before the figure.
 */
export function forecastBefore(tokens: readonly Token[], figureStartTok: number, clauseStart: number): boolean {
  if (proposedBefore(tokens, figureStartTok, clauseStart) || hypothetical(tokens, figureStartTok, clauseStart) || thresholdKept(tokens, figureStartTok, clauseStart) || foretold(tokens, figureStartTok) || projectedSpending(tokens, figureStartTok, clauseStart)) return true;
  // The verb stands right before the figure ("rise to 100,000", "have £2bn", "reach more than 90,000").
  let arriving = -1;
  // "in order to cut the average number of caseloads from 24 to 18": both ends of a planned move.
  let from = figureStartTok;
  if (isWordAt(tokens, figureStartTok - 1, "to")) for (let at = figureStartTok - 2; at >= Math.max(0, figureStartTok - 6); at--) if (isWordAt(tokens, at, "from")) from = at;
  if (isWordAt(tokens, figureStartTok - 1, "from")) from = figureStartTok - 1;
  for (let at = from - 1; at >= Math.max(0, from - (from < figureStartTok ? 7 : 5)); at--) {
    if (isWordIn(tokens, at, ARRIVING)) {
      arriving = at;
      break;
    }
  }
  if (arriving < 0) return false;
  for (let at = arriving - 1; at >= Math.max(0, arriving - 3) && (tokens[at]?.start ?? 0) >= clauseStart; at--) {
    const token = tokens[at]!;
    // "more likely to have changed their director" weighs a chance; it forecasts nothing.
    if (token.kind === "word" && FUTURE.has(token.lower)) return !isWordAt(tokens, at - 1, "more", "less", "most", "least", "as");
  }
  return false;
}

const PROJECTED: ReadonlySet<string> = new Set(["projected", "forecast", "predicted", "expected", "estimated", "anticipated"]);
const SPENDING: ReadonlySet<string> = new Set(["expenditure", "spending", "spend", "spent", "costs", "cost"]);

/**
 * "a projected expenditure of £5.4 billion", "are forecast to spend £5.4bn": spending foreseen, not
 * spent (hry112). (A "forecast overspend" is how councils report the overspend itself: not here.)
 */
function projectedSpending(tokens: readonly Token[], figureStartTok: number, clauseStart: number): boolean {
  for (let at = figureStartTok - 1; at >= Math.max(0, figureStartTok - 6) && (tokens[at]?.start ?? 0) >= clauseStart; at--) {
    if (!isWordIn(tokens, at, SPENDING)) continue;
    const before = isWordAt(tokens, at - 1, "to") ? at - 2 : at - 1;
    if (isWordIn(tokens, before, PROJECTED) || (isWordAt(tokens, before, "be") && isWordIn(tokens, before - 1, PROJECTED))) return true;
  }
  return false;
}

/**
 * "If three-quarters of schools were found to be failing, people would say …": a figure supposed, not
 * stated (hry80): "if", "imagine" or "suppose" opening its clause, a few words before it.
 */
function hypothetical(tokens: readonly Token[], figureStartTok: number, clauseStart: number): boolean {
  for (let at = figureStartTok - 1; at >= Math.max(0, figureStartTok - 4) && (tokens[at]?.start ?? 0) >= clauseStart; at--) {
    if (!isWordAt(tokens, at, "if", "imagine", "suppose", "supposing")) continue;
    const before = tokens[at - 1];
    return before === undefined || before.kind === "punct" || (tokens[at]!.start <= clauseStart + 1);
  }
  return false;
}

/** Verbs of holding a measure on one side of a line: "keep … below", "prevent … rising above". */
const KEEPING: ReadonlySet<string> = new Set(["prevent", "prevents", "preventing", "stop", "stops", "stopping", "keep", "keeps", "keeping", "avoid", "avoids", "avoiding", "halt", "halting", "cap", "capping", "limit", "limiting", "hold", "holding",
  // "bring caseloads in the assessment teams below 20 by Christmas": a target.
  "bring", "bringing", "get", "push", "pushing"]);
/** Verbs that hold it there or cross the line, not finite: "rising above", "to stay below". */
const CROSSING: ReadonlySet<string> = new Set(["rising", "rise", "going", "go", "staying", "stay", "remaining", "remain", "falling", "fall", "climbing", "climb", "creeping", "creep", "dropping", "drop", "getting", "get"]);
/** How far back in its clause a word of keeping may stand. */
const THRESHOLD_REACH = 12;

/**
 * "to prevent the number of children in care rising above 100,000", "keep the number … below
 * 100,000": a line to be held, no level the measure stands at (hry148). A word of keeping before it
 * in its clause, no comma between; before "above" or "below" nothing but the measure's words or a
 * verb of crossing not finite ("The number rose above 100,000 in 2024" states a bound).
 */
function thresholdKept(tokens: readonly Token[], figureStartTok: number, clauseStart: number): boolean {
  if (!isWordAt(tokens, figureStartTok - 1, "above", "below", "under", "beyond", "over")) return false;
  // ("saw over 80,000 children": "over" is a hedge, unless a verb of crossing stands before it.)
  const crossing = isWordIn(tokens, figureStartTok - 2, CROSSING);
  if (!crossing && isWordAt(tokens, figureStartTok - 1, "over")) return false;
  for (let at = figureStartTok - 2; at >= Math.max(0, figureStartTok - THRESHOLD_REACH) && (tokens[at]?.start ?? 0) >= clauseStart; at--) {
    if (tokens[at]!.kind === "punct") return false;
    if (isWordIn(tokens, at, KEEPING)) return true;
    // ("rose above", "fell below": a finite verb states where it went.)
    if (!crossing && at === figureStartTok - 2 && isWordIn(tokens, at, MOVE_VERBS)) return false;
  }
  return false;
}

/**
 * "By this time next decade it is forecast that there will be approaching 100,000 children in care":
 * a figure a forecast's "will" governs, in the sentence before it (hry91).
 */
function foretold(tokens: readonly Token[], figureStartTok: number): boolean {
  let forecast = false;
  for (let at = Math.max(0, figureStartTok - 12); at < figureStartTok; at++) {
    if (isWordAt(tokens, at, "forecast", "forecasts", "projected", "predicted", "predicts", "projects")) forecast = true;
    if (forecast && isWordAt(tokens, at, "will", "would")) return true;
  }
  return false;
}
