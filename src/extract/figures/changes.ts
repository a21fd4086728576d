// A figure that states a change ("rose by 11%", "a 7% increase", "an extra £12.4m") rather than a
// level: it measures nothing the catalogue holds, and the level after it ("to 6,800") still does.

import type { RecognisedNumber } from "./recognise.ts";
import { CHANGE_NOUNS, CHANGE_VERBS, MOVE_DOWN_VERBS, MOVE_UP_VERBS } from "./lexicon.ts";
import { qualifierBefore } from "./qualifiers.ts";
import { isWord, pastBrackets, type Token } from "./tokens.ts";

// ("1,510 additional young people stayed put": an addition, hry92.)
const CHANGE_AFTER: ReadonlySet<string> = new Set(["additional", "increase", "increases", "rise", "rises", "decrease", "decreases", "fall", "falls", "drop", "drops", "higher", "lower", "more", "fewer", "less", "up", "down", "growth", "reduction", "jump", "boost", "boosts", "uplift", "cut", "cuts", "injection"]);
/** Words before "by" that make what follows a change ("rose by 11%"); "held by 30 councils" is no change. */
const CHANGING: ReadonlySet<string> = new Set([...CHANGE_VERBS, "reduction", "higher", "lower", "more", "less", "fewer", "increasingly", "differ", "differs", "differed", "exceeded", "outnumbered"]);

/**
 * "rose by", "fell sharply by", "reduced the staffing budget by" (hry90): a change word within
 * `reach` words before "by", in its clause.
 */
function changesBefore(tokens: readonly Token[], by: number, reach = 4): boolean {
  for (let at = by - 1; at >= Math.max(0, by - reach) && tokens[at]!.kind !== "punct"; at--) {
    const token = tokens[at];
    if (token?.kind === "word" && CHANGING.has(token.lower)) return true;
  }
  return false;
}

/** How far back in its clause a verb of change may stand from "by": "reduce its use of agency workers by". */
const CHANGE_VERB_REACH = 9;

/** "3 percentage points", "a 7% increase", "rose by 11%", "16% lower": a change, not a level. */
export function isChange(found: RecognisedNumber, tokens: readonly Token[]): boolean {
  if (found.percentagePoints) return true;
  // "£1.4bn (10.7%) more than planned": past a bracketed restatement, the words that make it a change.
  const after = tokens[pastBrackets(tokens, found.endTok)];
  const before = tokens[found.startTok - 1];
  // "overspent by £4.2 million" states the overspend; "rose by 11%" states a change.
  // "spending £264m more than they budgeted": the overspend itself, a level (hry73).
  if (found.money && isWord(tokens[found.endTok], "more") && overBudget(tokens, found.endTok + 1)) return false;
  // "increased by almost 24,000", "rose by around £5m": past a hedge to "by" (hry103).
  const signAt = found.money && tokens[found.startTok - 1]?.kind !== "word" ? found.startTok - 1 : found.startTok;
  const by = (qualifierBefore(tokens, signAt)?.startTok ?? signAt) - 1;
  if ((after?.kind === "word" && CHANGE_AFTER.has(after.lower)) || (!found.money && isWord(tokens[by], "by") && changesBefore(tokens, by))) return true;
  // "managed to reduce its use of agency workers by 23% since 2017": a percentage after "by" is how much
  // something moved, however far its verb stands (hry149; "judged inadequate by 23% of councils" is no such order).
  // (Not an agent: "was reported by 87% of councils", "were made by 60% …".)
  if (found.kind === "percent" && isWord(tokens[by], "by") && !isWord(tokens[found.endTok], "of") && !/ed$/.test(tokens[by - 1]?.lower ?? "") && changesBefore(tokens, by, CHANGE_VERB_REACH)) return true;
  // "a 6.5% average increase in vacant posts": a move's adjective between (hry69). "a quarter of the
  // proportion of agency staff as …": a fraction of another figure, no level of its own.
  if (isWord(after, "average", "annual", "overall", "net", "year-on-year") && tokens[pastBrackets(tokens, found.endTok) + 1]?.kind === "word" && CHANGE_AFTER.has(tokens[pastBrackets(tokens, found.endTok) + 1]!.lower)) return true;
  if (found.proportion && isWord(after, "of") && isWord(tokens[found.endTok + 1], "the") && isWord(tokens[found.endTok + 2], "proportion", "rate", "level", "share", "number", "amount", "average")) return true;
  // "£335m in 2017-18, down £25m from 2016-17": the size of a move after "up"/"down" (hry64).
  const moveLead = found.money && tokens[found.startTok - 1]?.kind !== "word" ? found.startTok - 2 : found.startTok - 1;
  if (isWord(tokens[moveLead], "up", "down") && (isWord(tokens[found.endTok], "from", "on", "since", "compared") || levelAfter(tokens, found.endTok))) return true;
  // "seven cases higher than the average": past the figure's noun, a difference.
  for (const skip of [1, 2]) if (tokens.slice(found.endTok, found.endTok + skip).every((token) => token.kind === "word" && !isWord(token, "were", "was", "are", "is", "be", "been", "remained", "remain", "stood", "of", "per")) && isWord(tokens[found.endTok + skip], "higher", "lower", "more", "fewer", "less", "greater") && isWord(tokens[found.endTok + skip + 1], "than")) return true;
  if (found.money && isWord(tokens[by], "by") && moneyChangedBefore(tokens, by)) return true;
  // "an increase of 74 homes", "a fall of 3,000": the size of a change named before "of"; "a growth
  // in the care population of 5,700", "a rise in referrals of 3,000": the change's noun, then what grew.
  const lead = found.money && tokens[found.startTok - 1]?.kind !== "word" ? found.startTok - 2 : found.startTok - 1;
  // ("from a gap of 25.2 in 2017 to 25.6": a gap between two groups is a difference too, hry58.)
  if (isWord(tokens[lead], "of") && (isWord(tokens[lead - 1], ...CHANGE_NOUNS, "gap", "difference") || changeOfWhat(tokens, lead))) return true;
  // "with unaccompanied children accounting for 1,620 of the 1,760 increase": a part of a change.
  // "£925m (68%) of the increase": past its bracket too.
  const of = pastBrackets(tokens, found.endTok);
  const whole = isWord(tokens[of], "of") && isWord(tokens[of + 1], "the", "this", "that", "its") ? of + 2 : -1;
  if (whole > 0 && (isWord(tokens[whole], ...CHANGE_NOUNS) || (tokens[whole]?.kind === "digits" && isWord(tokens[whole + 1], ...CHANGE_NOUNS)))) return true;
  // "vacancies rose 27%", "had risen 13% to 6,800": a percentage right after a verb of change is
  // the change ("rose to 27%" states the level).
  if (found.kind === "percent" && before?.kind === "word" && MOVED_BY.has(before.lower)) return true;
  // "7,174 FTEs, up 6.1% on the year before": "up" or "down" a percentage "on" something is a change
  // ("making up 17.8% of the workforce" is a level).
  // "up 21% (1,391 posts) on the year before": past a bracketed restatement too.
  // "up 4.3% to £8.8 billion": the level follows (hry123).
  if (found.kind === "percent" && isWord(before, "up", "down") && (isWord(tokens[pastBrackets(tokens, found.endTok)], "on", "since", "from", "compared") || levelAfter(tokens, pastBrackets(tokens, found.endTok)))) return true;
  // "Social work vacancies up 21%": a headline's move, with nothing after it (hry88).
  if (found.kind === "percent" && isWord(before, "up", "down") && (tokens[found.endTok] === undefined || tokens[found.endTok]!.text === ".")) return true;
  // "The largest increase in the total number of notifications (60) occurred …": the bracket restates the change.
  if (bracketedAfterChange(tokens, found)) return true;
  // "an extra £12.4m", "add £3.5m to that budget": money added, not the budget it is added to. Not
  // "further" ("a further £5.2m overspend" is this year's overspend).
  if (found.money) return isWord(tokens[found.startTok - 2], ...ADDED);
  // "an extra 20,000 children could be in care by 2032", "an extra 20,000 … in 2022 compared with
  // 2012": how many more there are, not how many (hry148). Only beside a comparison or a forecast:
  // "2,400 children were in care and an additional 300 were on child protection plans" counts the 300.
  // ("The plans would add an extra 40 beds to the 60 already available", hry157: a verb of adding before.)
  if (isWord(before, "extra", "additional") && isWord(tokens[found.startTok - 2], "an", "a") && (isWord(tokens[found.startTok - 3], ...ADDED, "create", "creates", "creating", "open", "opens", "opening", "provide", "provides", "providing") || ADDED_AGAINST.test(tokens.slice(found.endTok).map((token) => token.text).join(" ")))) return true;
  // "two further authorities … this week became the latest to receive …": the week's addition to a
  // count, not the count (hry67). In a breakdown "a further 31 required improvement" is the grade's
  // own count, so only with a sentence that says the figure is the latest news.
  return (isWord(before, "further", "another") || isWord(after, "further")) && addsToLatest(tokens);
}

/** "to £8.8 billion", "to 6,800": after a move's size, the level it reached. */
function levelAfter(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return isWord(tokens[at], "to") && next !== undefined && (next.kind === "digits" || (next.text.length === 1 && "£$€".includes(next.text) && tokens[at + 2]?.kind === "digits"));
}

/** "became the latest to", "the latest council to", "this week", "last month": the sentence reports an addition to a running tally. */
function addsToLatest(tokens: readonly Token[]): boolean {
  return tokens.some((token, at) => (isWord(token, "latest") && (isWord(tokens[at + 1], "to") || isWord(tokens[at + 2], "to"))) || (isWord(token, "this", "last") && isWord(tokens[at + 1], "week", "fortnight", "month")));
}

/** "than (they|it|councils|had) budgeted/planned/allocated": at `than`, the money over a budget. */
function overBudget(tokens: readonly Token[], than: number): boolean {
  if (!isWord(tokens[than], "than")) return false;
  let verb = than + 1;
  // "than they had budgeted", "than had been budgeted", "than was planned".
  while (verb <= than + 3 && isWord(tokens[verb], "they", "it", "councils", "had", "has", "have", "was", "were", "been")) verb++;
  // ("more than planned spending in 2022-23" compares with another year's plan: a change.)
  return isWord(tokens[verb], "budgeted", "planned", "allocated", "budget", "forecast") && !isWord(tokens[verb + 1], "spending", "expenditure", "budget", "budgets", "spend");
}

const ADDED = ["extra", "additional", "add", "adds", "adding", "added"] as const;
/** After "an extra N", what makes it more than before: a comparison, a forecast, a deadline or a verb of adding. */
const ADDED_AGAINST = /\b(?:compared|than|since|could|would|will|might|may|by (?:19|20)\d\d|needed|need|created|opened|added|joined|more)\b/i;

/** How far before a bracketed figure "an increase in" may stand and still be what the bracket gives. */
const CHANGE_IN_REACH = 10;

/** "(60)" right after "the largest increase in the total number of notifications": the bracket gives the change's size. */
function bracketedAfterChange(tokens: readonly Token[], found: RecognisedNumber): boolean {
  if (tokens[found.startTok - 1]?.text !== "(" || tokens[found.endTok]?.text !== ")") return false;
  for (let at = found.startTok - 2; at >= Math.max(0, found.startTok - CHANGE_IN_REACH); at--) {
    const token = tokens[at]!;
    if (token.kind === "digits" || (token.kind === "punct" && token.text !== "'" && token.text !== "’")) return false;
    if (isWord(token, ...CHANGE_NOUNS) && isWord(tokens[at + 1], "in")) return true;
  }
  return false;
}



/** A verb changing money earlier in the clause, before "by" at `by`: the words between are what changed. */
function moneyChangedBefore(tokens: readonly Token[], by: number): boolean {
  for (let at = by - 1; at >= Math.max(0, by - 15); at--) {
    const token = tokens[at]!;
    if (token.kind === "punct" && /^[,.;:]$/.test(token.text)) return false;
    if (token.kind === "word" && CHANGING.has(token.lower)) return true;
  }
  return false;
}


/** Verbs of change that take the amount of the change straight after them: "rose 27%". */
const MOVED_BY: ReadonlySet<string> = new Set([...MOVE_UP_VERBS, ...MOVE_DOWN_VERBS]);

/** "growth in the care population of": a noun of change, "in", and up to four words of what changed before the "of" at `of`. */
function changeOfWhat(tokens: readonly Token[], of: number): boolean {
  for (let noun = of - 3; noun >= Math.max(0, of - 6); noun--) {
    if (!isWord(tokens[noun], ...CHANGE_NOUNS) || !isWord(tokens[noun + 1], "in")) continue;
    return tokens.slice(noun + 2, of).every((token) => token.kind === "word");
  }
  return false;
}
