// Figures whose own words say they are no level of any measure: money put towards something, a
// count of those a story is about, of those concerned by events, of a shortfall, of owners, or of
// what was sent somewhere. Each was a wrong reading in a trial, named beside its rule.

import { MOVE_VERBS, TIME_UNITS } from "../extract/figures/lexicon.ts";
import { isPunct, isWord, pastBrackets, type Token } from "../extract/figures/tokens.ts";
import { DASHES, isWordAt, isWordIn, type Mentions } from "./frames.ts";
import { countsPaidFor, countsTakenOn, gradedOnlyInNextClause, oneNamedPlaces, settingsWhereAt } from "./noLevelGroups.ts";
import type { FigureSlot } from "./read.ts";

/** Any rule below that reads the figure as no level of a measure, whatever the sentence's words name. */
export function saysNoLevel(tokens: readonly Token[], figure: FigureSlot, mentions: Mentions): boolean {
  return isScore(tokens, figure) || countsCapacity(tokens, figure) || gradedThenMoved(tokens, figure, mentions) || fractionOfVacancies(tokens, figure) || partExplainedAfter(tokens, figure) || gradedGroupAbout(tokens, figure, mentions) || countsSentTo(tokens, figure, mentions) || countsOwners(tokens, figure) || oneFamilys(tokens, figure) || oneNamedPlaces(tokens, figure, mentions) || countsTakenOn(tokens, figure) || countsPaidFor(tokens, figure) || settingsWhereAt(tokens, figure, mentions) || gradedOnlyInNextClause(tokens, figure, mentions) || predicateAfterDashedShare(tokens, figure) || moneyTowards(tokens, figure) || partOfMoney(tokens, figure) || countsThoseConcerned(tokens, figure) || countsThoseInvolving(tokens, figure) || countsOnlySome(tokens, figure) || movedPronoun(tokens, figure, mentions) || countsShortfall(tokens, figure) || shareInSome(tokens, figure) || shareOfLeavers(tokens, figure) || measuredOnlyAsIncluded(tokens, figure, mentions);
}

/** Words before a count that make it room for some, not those there: "able to care for up to 893 children", "capacity for 40". */
const CAPACITY_WORDS: ReadonlySet<string> = new Set(["capacity", "accommodate", "accommodating", "house", "able", "room", "space", "beds", "places"]);

/** "302 children's homes …, able to care for up to 893 children": how many they could hold, no count of children in care (hry116). */
export function countsCapacity(tokens: readonly Token[], figure: FigureSlot): boolean {
  if (figure.unitKind !== "count") return false;
  for (let at = figure.startTok - 1; at >= Math.max(0, figure.startTok - 6); at--) {
    const token = tokens[at]!;
    if (token.kind === "punct") return false;
    if (token.kind !== "word" || !CAPACITY_WORDS.has(token.lower)) continue;
    // ("places" and "beds" only as "places for 40 children"; "able" only as "able to …".)
    if (["room", "space", "beds", "places"].includes(token.lower)) return isWordAt(tokens, at + 1, "for");
    return token.lower !== "able" || isWordAt(tokens, at + 1, "to");
  }
  return false;
}

/** Words between a grade and what those graded did next: "judged inadequate (that were subsequently) re-inspected". */
const BETWEEN_GRADE_AND_MOVE: ReadonlySet<string> = new Set(["that", "which", "who", "were", "was", "have", "had", "has", "been", "subsequently", "later", "since", "then", "all", "each"]);
const MOVES_AFTER_GRADE: ReadonlySet<string> = new Set(["improved", "improve", "improving", "declined", "deteriorated", "worsened", "reinspected", "re-inspected", "revisited", "upgraded", "downgraded"]);

/**
 * "Of the 31 homes judged inadequate that were subsequently re-inspected", "31 children's homes
 * judged inadequate improved": a count of those once graded that the sentence follows to a later
 * inspection, no count of those with the grade (hry120).
 */
export function gradedThenMoved(tokens: readonly Token[], figure: FigureSlot, mentions: Mentions): boolean {
  if (figure.unitKind !== "count" && figure.unitKind !== "share") return false;
  const grade = mentions.indicators.find((mention) => mention.value.kind === "grade" && mention.startTok >= figure.endTok && mention.startTok <= figure.endTok + 5 && isWordAt(tokens, mention.startTok - 1, "judged", "rated", "graded", "found"));
  if (!grade) return false;
  let at = grade.endTok;
  while (at < grade.endTok + 4 && isWordIn(tokens, at, BETWEEN_GRADE_AND_MOVE)) at++;
  // ("re-inspected" is three tokens.)
  if (isWordAt(tokens, at, "re") && isPunct(tokens[at + 1], "-")) return isWordAt(tokens, at + 2, "inspected", "visited", "graded", "rated");
  return isWordIn(tokens, at, MOVES_AFTER_GRADE);
}

/**
 * "Agency workers filled more than four in five vacancies": a share of the vacancies, no vacancy rate
 * (a share of posts), written as a fraction of them (hry124). ("82% of vacancies": catalogue notWith.)
 */
export function fractionOfVacancies(tokens: readonly Token[], figure: FigureSlot): boolean {
  return figure.unitKind === "share" && isWordAt(tokens, figure.endTok, "vacancies", "vacancy");
}

/** Words that make what a clause states a score: "The average Attainment 8 score for looked-after children was 19.1". */
const SCORE_WORDS: ReadonlySet<string> = new Set(["score", "scores", "scored", "scoring", "attainment"]);
/** How far back in its clause a score's word may stand from the figure. */
const SCORE_REACH = 10;

/** "The average Attainment 8 score for looked-after children was 19.1": a score, no count of the children it is for (hry117). */
export function isScore(tokens: readonly Token[], figure: FigureSlot): boolean {
  if (figure.unitKind === "money") return false;
  for (let at = figure.startTok - 1; at >= Math.max(0, figure.startTok - SCORE_REACH); at--) {
    const token = tokens[at]!;
    if (token.kind === "punct" && token.text !== "-") return false;
    if (token.kind === "word" && SCORE_WORDS.has(token.lower)) return true;
  }
  return isWordAt(tokens, figure.endTok, "points", "point");
}

/**
 * "24.1% of the 5,335 social workers who left the register … had been registered for less than a
 * year", "two thirds of social workers who left their council … quit frontline social work": a share
 * of those who left is how they break down, no turnover rate (hry104). ("15% of social workers left"
 * and "the proportion who left was 15%" are the rate.)
 */
export function shareOfLeavers(tokens: readonly Token[], figure: FigureSlot): boolean {
  // ("Almost two-thirds (63%) of social workers who left": past the bracket restating it, or closing on it, hry156.)
  const of = isPunct(tokens[figure.endTok], ")") ? figure.endTok + 1 : pastBrackets(tokens, figure.endTok);
  if (figure.unitKind !== "share" || !isWordAt(tokens, of, "of")) return false;
  for (let at = of + 1; at < Math.min(tokens.length, of + 9); at++) {
    if (!isWordAt(tokens, at, "who", "that")) continue;
    const verb = isWordAt(tokens, at + 1, "had", "have", "has") ? at + 2 : at + 1;
    return isWordAt(tokens, verb, "left", "leave", "quit", "departed", "moved");
  }
  return false;
}

/**
 * "an additional 345,000 children and young people, including those in care, can access …": the
 * measure's words name a part included in what the figure counts, not the figure (hry113).
 */
export function measuredOnlyAsIncluded(tokens: readonly Token[], figure: FigureSlot, mentions: Mentions): boolean {
  let including = -1;
  for (let at = figure.endTok; at < Math.min(tokens.length, figure.endTok + 8); at++) if (isWordAt(tokens, at, "including", "includes", "include")) including = at;
  if (including < 0) return false;
  const measured = mentions.indicators.filter((mention) => mention.startTok >= figure.endTok);
  // ("Councils looked after 80,000 children, including 5,000 in foster care": named right before it, the figure's own.)
  return measured.length > 0 && measured.every((mention) => mention.startTok > including) && !mentions.indicators.some((mention) => mention.endTok <= figure.startTok && mention.endTok >= figure.startTok - 6);
}

/** Words that make a group of councils some of them, not all: "some councils employ up to half …". */
const SOME: ReadonlySet<string> = new Set(["some", "several", "many", "certain", "few"]);
const COUNCIL_WORDS: ReadonlySet<string> = new Set(["councils", "authorities", "areas", "boroughs", "las"]);

/**
 * "some councils employ up to half of their social workers through an agency": a share in some
 * councils is no level anywhere (hry101). Read back through the figure's clause to a ";" or ".".
 */
export function shareInSome(tokens: readonly Token[], figure: FigureSlot): boolean {
  if (figure.unitKind !== "share") return false;
  for (let at = figure.startTok - 1; at > 0 && at >= figure.startTok - 12; at--) {
    if (isPunct(tokens[at], ";") || isPunct(tokens[at], ".")) return false;
    const local = isWordAt(tokens, at, "local") ? 1 : 0;
    if (isWordAt(tokens, at - 1, ...SOME) && (isWordAt(tokens, at + local, ...COUNCIL_WORDS))) return true;
  }
  return false;
}

/**
 * "76,890 missing incidents reported concerning 12,150 looked-after children": those events
 * concerned are some of the population, never all of it (hry98).
 */
export function countsThoseConcerned(tokens: readonly Token[], figure: FigureSlot): boolean {
  return figure.unitKind === "count" && isWordAt(tokens, figure.startTok - 1, "concerning", "involving", "affecting", "regarding");
}

/** Verbs after the counted that keep only those of them involving something: "notifications involved child deaths". */
const INVOLVING_VERBS: ReadonlySet<string> = new Set(["involved", "involving", "concerned", "related", "relating", "led", "resulted"]);
/** Words that open another clause or subject between the figure and a verb. */
const ANOTHER_SUBJECT: ReadonlySet<string> = new Set(["and", "but", "while", "whereas", "which", "this", "it", "they", "most", "many", "some", "who"]);
/** Words that may stand between the figure and the verb: its noun phrase and a time ("in 2020-21"). */
const INVOLVING_MAX_GAP = 8;

/**
 * "433 serious incident notifications involved child deaths", "191 notifications related to children
 * under one", "134 led to a serious case review", "536 notifications were about babies": those of
 * the counted that involve something, a part no measure names; never all of them (hry147). Not
 * "applications involving 20,000 children" (a number after: what all of them involve), nor "were about to".
 */
export function countsThoseInvolving(tokens: readonly Token[], figure: FigureSlot): boolean {
  if (figure.unitKind !== "count" && figure.unitKind !== "share") return false;
  for (let at = figure.endTok; at < Math.min(tokens.length, figure.endTok + INVOLVING_MAX_GAP); at++) {
    const token = tokens[at]!;
    if (token.kind === "punct" && token.text !== "-") return false;
    // ("80,080 children in care and this led to overspends": another subject, another clause.)
    if (isWordIn(tokens, at, ANOTHER_SUBJECT)) return false;
    // "involved in" is taking part; "related to", "led to", "resulted in" are what followed.
    const verb = isWordIn(tokens, at, INVOLVING_VERBS) && (isWordAt(tokens, at, "related", "relating", "led", "resulted") ? isWordAt(tokens, at + 1, "to", "in") : !isWordAt(tokens, at + 1, "in"));
    const about = isWordAt(tokens, at, "were", "was", "are", "is") && isWordAt(tokens, at + 1, "about") && !isWordAt(tokens, at + 2, "to");
    if (!verb && !about) continue;
    const object = verb ? at + (isWordAt(tokens, at + 1, "to", "in") ? 2 : 1) : at + 2;
    return !tokens.slice(object, object + 3).some((next) => next.kind === "digits");
  }
  return false;
}

/**
 * "In homes rated 'requires improvement' this rose to 53%", "yet this falls to just 21%": a level
 * that "this" or "it" reached is the measure said before; the grades around it in its own sentence
 * name groups, never the figure (hry153). Only where the sentence names no measure but grades.
 */
export function movedPronoun(tokens: readonly Token[], figure: FigureSlot, mentions: Mentions): boolean {
  // ("Turnover … it climbed to 34.2 per cent": a measure its sentence names is what "it" is.)
  if (mentions.indicators.some((mention) => mention.value.kind !== "grade")) return false;
  // ("this rose to 23 inadequate councils": the figure's own words give its grade.)
  if (mentions.indicators.some((mention) => mention.startTok >= figure.endTok && mention.startTok <= figure.endTok + 1)) return false;
  // ("Ofsted said this rose to 21 councils being judged inadequate": a figure with its own population counts it, graded after.)
  if (mentions.populations.some((population) => population.startTok === figure.endTok)) return false;
  const to = isWordAt(tokens, figure.startTok - 1, "just", "only", "about", "around", "nearly", "almost") ? figure.startTok - 2 : figure.startTok - 1;
  if (!isWordAt(tokens, to, "to")) return false;
  const verb = to - 1;
  if (!isWordIn(tokens, verb, MOVE_VERBS)) return false;
  const subject = isWordAt(tokens, verb - 1, "then", "has", "had", "have", "further", "sharply") ? verb - 2 : verb - 1;
  return isWordAt(tokens, subject, "this", "it", "that");
}

/** What a "only count" sentence says counts: the data, or a pronoun for them. */
const COUNTING_SUBJECTS: ReadonlySet<string> = new Set(["they", "these", "those", "it", "figures", "data", "statistics", "numbers", "totals", "which"]);
/** Verbs of what a count takes in: "they only count SGOs made for children in the care system". */
const TAKES_IN: ReadonlySet<string> = new Set(["count", "counts", "include", "includes", "cover", "covers", "record", "records", "capture", "captures"]);

/**
 * "3,520 SGOs were granted in 2014/15, but they only count SGOs made for children in the care
 * system, rather than all children": the sentence says its figure counts only some of what it
 * names; which some, no measure says (hry152).
 */
export function countsOnlySome(tokens: readonly Token[], figure: FigureSlot): boolean {
  // ("they only count", "the figures only include"; not "grants only cover a fraction", nor "the only count published".)
  for (let at = figure.endTok + 1; at < tokens.length - 1; at++) if (isWordAt(tokens, at, "only") && isWordIn(tokens, at + 1, TAKES_IN) && isWordIn(tokens, at - 1, COUNTING_SUBJECTS)) return true;
  return false;
}

/**
 * "a shortfall of 6,000 foster carers", "a shortage of 8,000", "a £872 million gap": how many are
 * missing, no count of those there are nor money spent (hry96, hry102). (Before "more"/"additional" is read elsewhere as an addition.)
 */
export function countsShortfall(tokens: readonly Token[], figure: FigureSlot): boolean {
  // "there was a £872 million gap", "a £2bn black hole" (hry102); a "funding gap" is the catalogue's.
  const after = figure.endTok;
  if (isWordAt(tokens, after, "gap", "gaps", "shortfall", "shortfalls", "hole") || (isWordAt(tokens, after, "black") && isWordAt(tokens, after + 1, "hole"))) return true;
  let at = figure.startTok - 1;
  if (isWordAt(tokens, at, "around", "about", "some", "nearly", "almost", "over", "estimated", "least")) at -= isWordAt(tokens, at, "least") ? 2 : 1;
  return isWordAt(tokens, at, "of") && isWordAt(tokens, at - 1, "shortfall", "shortfalls", "shortage", "shortages", "deficit", "gap", "lack");
}

/**
 * "the whereabouts were unknown of 6,110 children in the care of English local authorities": what
 * the words before "of" say of them makes the count a part (those missing), not all of them.
 */
export function partSaidBefore(tokens: readonly Token[], figure: FigureSlot): boolean {
  return isWordAt(tokens, figure.startTok - 1, "of") && isWordAt(tokens, figure.startTok - 2, "unknown", "missing", "absent", "untraced");
}

/**
 * "an overspend of £540m, with £58m accounted for by rising costs": the part a cause accounts for,
 * not the overspend (hry73); money a total includes.
 */
export function partExplainedAfter(tokens: readonly Token[], figure: FigureSlot): boolean {
  // "£142m in funding over three years, including £17.2m to Ofsted": money a total includes (hry81).
  // ("including £300m on placements" is the overspend's part the catalogue counts apart: a scope, kept.)
  if (figure.unitKind === "money" && isWordAt(tokens, figure.startTok - (tokens[figure.startTok - 1]?.kind === "word" ? 1 : 2), "including", "includes", "included") && isWordAt(tokens, figure.endTok, "to", "towards", "for")) return true;
  const at = figure.endTok;
  return (isWordAt(tokens, at, "accounted") && isWordAt(tokens, at + 1, "for")) || (isWordAt(tokens, at, "attributable", "attributed") && isWordAt(tokens, at + 1, "to"));
}

/**
 * "improvement at five 'inadequate' local authorities", "reports on three inadequate councils": a
 * count of graded councils behind a preposition is the group a story is about, never how many hold
 * the grade (hry87). "There are 17 inadequate councils" and "17 inadequate councils" as the subject still are.
 */
export function gradedGroupAbout(tokens: readonly Token[], figure: FigureSlot, mentions: Mentions): boolean {
  // (Not "compared with 18 inadequate homes", "up from 18 …": the earlier value of the same count.)
  // "strongly praised two good-rated councils", "visits to five inadequate councils" (hry97).
  const before = figure.startTok - 1;
  const about = isWordAt(tokens, before, "at", "on", "in", "for", "among", "across", "into", "visiting", "visited", "praised", "praising", "criticised", "criticized", "named", "naming", "highlighted", "inspected") || (isWordAt(tokens, before, "to") && isWordAt(tokens, before - 1, "visits", "visit", "letters", "letter", "trips"));
  if (figure.unitKind !== "count" || !about) return false;
  const grade = mentions.indicators.find((mention) => mention.value.kind === "grade" && mention.startTok >= figure.endTok && mention.startTok <= figure.endTok + 1);
  // ("two good-rated councils": past "-rated" too.)
  const rated = isWordAt(tokens, grade?.endTok ?? -1, "rated") ? 1 : isPunct(tokens[grade?.endTok ?? -1], "-") && isWordAt(tokens, (grade?.endTok ?? -1) + 1, "rated") ? 2 : 0;
  return grade !== undefined && mentions.populations.some((population) => population.startTok >= grade.endTok && population.startTok <= grade.endTok + 1 + rated);
}

/**
 * "of these half, 21, were to authorities graded inadequate": a count with no noun of its own that
 * went to a population counts what was sent (visits, placements), not the population (hry97).
 */
export function countsSentTo(tokens: readonly Token[], figure: FigureSlot, mentions: Mentions): boolean {
  if (figure.unitKind !== "count" || figure.countedNoun !== "") return false;
  const verb = isPunct(tokens[figure.endTok], ",") ? figure.endTok + 1 : figure.endTok;
  if (!isWordAt(tokens, verb, "were", "was", "went", "go", "going") || !isWordAt(tokens, verb + 1, "to")) return false;
  return mentions.populations.some((population) => population.startTok >= verb + 2 && population.startTok <= verb + 3);
}

/** "a third of children's homes are run by just 10 providers": how many own them, no count of providers registered or of homes (hry89). */
export function countsOwners(tokens: readonly Token[], figure: FigureSlot): boolean {
  const by = isWordAt(tokens, figure.startTok - 1, "just", "only", "around", "about", "some", "fewer", "than") ? figure.startTok - 2 : figure.startTok - 1;
  return figure.unitKind === "count" && isWordAt(tokens, by, "by") && isWordAt(tokens, by - 1, "run", "owned", "operated", "managed", "controlled", "held");
}

/**
 * "just 23 homes – four per cent of the overall total – received an 'inadequate' grading": the count's
 * predicate stands past an aside that restates it as a share, which the share reads; the count alone
 * would be read as all homes registered (hry136).
 */
export function predicateAfterDashedShare(tokens: readonly Token[], figure: FigureSlot): boolean {
  if (figure.unitKind !== "count") return false;
  let open = figure.endTok;
  while (open < figure.endTok + 3 && tokens[open]?.kind === "word") open++;
  if (!DASHES.has(tokens[open]?.text ?? "") || tokens[open - 1]!.end === tokens[open]!.start) return false;
  for (let close = open + 1; close < Math.min(tokens.length, open + 14); close++) {
    if (DASHES.has(tokens[close]!.text) && tokens[close - 1]!.end < tokens[close]!.start) {
      // (A share of a whole, "four per cent of the overall total"; not a move, "up 9% on the year".)
      const aside = tokens.slice(open + 1, close);
      return aside.some((token) => token.text === "%" || isWord(token, "cent", "percent", "half", "third", "quarter", "fifth")) && aside.some((token) => isWord(token, "of")) && !aside.some((token) => isWord(token, "up", "down", "rise", "increase", "fall", "drop", "more", "fewer", "higher", "lower"));
    }
  }
  return false;
}

/** One person or family, as a subject: what they have or had is theirs, no count of a population. */
const ONE_FAMILY: ReadonlySet<string> = new Set(["mother", "mum", "father", "dad", "woman", "man", "couple", "family", "parent", "grandmother", "grandparents", "carer"]);

/** "Mother has 16 babies taken into care", "a couple who had seven children removed": one family's count (hry133). */
export function oneFamilys(tokens: readonly Token[], figure: FigureSlot): boolean {
  if (figure.unitKind !== "count") return false;
  const verb = figure.startTok - 1;
  if (!isWordAt(tokens, verb, "has", "had", "have")) return false;
  const subject = isWordAt(tokens, verb - 1, "who", "that") ? verb - 2 : verb - 1;
  return isWordAt(tokens, subject, ...ONE_FAMILY);
}

/** Verbs of money put towards a gap: "would plug the overspend", "to cover the cost". */
const PLUGS = ["plug", "plugs", "offset", "offsets", "bridge", "bridges", "cover", "covers", "tackle", "fill"];

/**
 * "the £1.2 million would plug the vacancy factor part of the overspend", "the £2.6bn he said was
 * required": money put towards a measure, or asked for, is no level of it (hry90, hry91).
 */
export function moneyTowards(tokens: readonly Token[], figure: FigureSlot): boolean {
  if (figure.unitKind !== "money") return false;
  let at = figure.endTok;
  // ("£21m for councils to cover the cost of Staying Put": money given to meet costs, no spending, hry109.)
  while (at < figure.endTok + 6 && isWordAt(tokens, at, "would", "will", "could", "to", "is", "was", "he", "she", "they", "it", "said", "says", "for", "councils", "local", "authorities", "them")) at++;
  if (isWordAt(tokens, at, ...PLUGS)) return true;
  if (isWordAt(tokens, at, "meet", "meets") && isWordAt(tokens, at + 1, "the") && isWordAt(tokens, at + 2, "cost", "costs")) return true;
  if (isWordAt(tokens, at - 1, "was", "is", "were", "are") && isWordAt(tokens, at, "required", "needed", "necessary")) return true;
  // "prompt £800,000 spending from council to aid investigations": money for a purpose the sentence names (hry134).
  // ("The council spent £12m to run its homes" states its spending: the verb before says so.)
  const spentBefore = tokens.slice(Math.max(0, figure.startTok - 4), figure.startTok).some((token) => isWord(token, "spent", "spends", "spend", "spending", "paid", "pays", "costs", "cost"));
  for (let to = figure.endTok; !spentBefore && to < Math.min(tokens.length - 1, figure.endTok + 6) && tokens[to]!.kind !== "punct"; to++) {
    if (isWordAt(tokens, to, "to") && isWordAt(tokens, to + 1, ...PURPOSES)) return true;
  }
  return false;
}

/** Verbs of what money is for, after "to": "to aid investigations", "to fund a new team". */
const PURPOSES = ["aid", "fund", "pay", "support", "finance", "help", "investigate", "commission", "recruit", "hire", "build", "buy", "open", "run", ...PLUGS];

/** Money nouns a sum can be a part of. */
const MONEY_WHOLES: ReadonlySet<string> = new Set(["overspend", "overspends", "budget", "budgets", "spending", "spend", "deficit", "gap", "shortfall", "pressure", "pressures", "savings", "cost", "costs"]);

/**
 * "£19.8m of the overspend came from placements", "£3m of its budget": a part of a sum, which the
 * sentence places in the whole; no level of it (holdout9: Devon's £19.8m part stood for its overspend).
 */
export function partOfMoney(tokens: readonly Token[], figure: FigureSlot): boolean {
  if (figure.unitKind !== "money" || !isWordAt(tokens, figure.endTok, "of") || !isWordAt(tokens, figure.endTok + 1, "the", "its", "this", "that", "their")) return false;
  for (let at = figure.endTok + 2; at < figure.endTok + 5; at++) if (isWordAt(tokens, at, ...MONEY_WHOLES)) return true;
  return false;
}

/** "having spent more than 18 months in care": a count of months, which no indicator counts. */
export function countsTime(figure: FigureSlot): boolean {
  return figure.unitKind === "count" && TIME_UNITS.has(figure.countedNoun.split(" ")[0]!.toLowerCase());
}
