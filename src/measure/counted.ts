// What a count counts: the population named right after it, and the counts the catalogue reads
// without an indicator of their own ("2,209 children's homes" is the number of homes registered).
// Read by read.ts for each figure.

import { pastBrackets, type Token } from "../extract/figures/tokens.ts";
import { modifierEnd } from "../extract/figures/context.ts";
import { SUPERLATIVES } from "../extract/figures/lexicon.ts";
import { catalogue, type Indicator, type Population, type UnitKind } from "./catalogue.ts";
import { isWordAt, isWordIn, QUOTE_MARKS, VERBS, type Mentions } from "./frames.ts";
import type { PhraseMention } from "./phrases.ts";
import { opensPart, runByStart } from "./narrowing.ts";
import { populationNamed } from "./vocabulary.ts";
import type { ClauseSpan, FigureSlot } from "./read.ts";

const PREPOSITIONS: ReadonlySet<string> = new Set(["from", "than", "into", "per", "to"]);

/** The population a figure counts: the noun right after it ("21 councils") or after "of" ("28% of LAs"). */
export function countedPopulation(tokens: readonly Token[], figure: FigureSlot, mentions: Mentions): PhraseMention<Population> | undefined {
  // "an average caseload of 16.1 children": an average's noun is what it is counted in, not who it is of.
  if (figure.unitKind === "average") return undefined;
  let at = figure.endTok;
  // "28% of LAs", "a quarter of children's services departments", "11 of the 17 councils" ("31 out of the 33 local authorities", hry101).
  const outOf = isWordAt(tokens, at, "out") && isWordAt(tokens, at + 1, "of") ? 1 : 0;
  if (isWordAt(tokens, at + outOf, "of")) {
    at += 1 + outOf;
    if (isWordAt(tokens, at, "the", "all", "those", "these", "their", "its", "england's")) at += 1;
  }
  // At most two words between ("85 independent fostering agencies"); a hyphenated one ("full-time") is one.
  let limit = at;
  // ("36% of agency Ofsted registered children's homes": after "of", three, hry54.)
  for (let modifiers = 0; modifiers < (at > figure.endTok ? 3 : 2); modifiers++) {
    const next = modifierEnd(tokens, limit);
    if (next < 0) break;
    limit = next;
  }
  limit = Math.max(limit, at + 2);
  for (const mention of mentions.populations) {
    if (mention.startTok < at) continue;
    if (mention.startTok > limit) break;
    // "65 DCS changes", "65 changes in DCS post holders": a population word inside a name of an
    // indicator not counted over it, past the figure, is part of what is counted (changes), not the counted.
    // ("27 new DCSs": the population ending the name is its head noun, and what is counted.)
    if (mentions.indicators.some((indicator) => indicator.startTok >= at && indicator.startTok <= mention.startTok && (indicator.endTok > mention.endTok || (indicator.endTok === mention.endTok && isWordAt(tokens, mention.startTok - 1, "in", "of", "to"))) && !indicator.value.populations.includes(mention.value.id))) continue;
    // "82 per cent of local authority run homes": the homes are counted, the councils run them.
    // ("42 local authority children's homes": the councils' words say whose homes, hry122.)
    if (mention.value.id === "councils") {
      const run = mentions.populations.find((other) => other !== mention && other.startTok > mention.startTok && other.startTok <= mention.endTok + 3 && runByStart(tokens, other.startTok) >= 0);
      if (run) return run;
      const whose = mentions.populations.find((other) => other.startTok === mention.endTok && other.value.id !== "councils");
      if (whose) return whose;
    }
    // None of them a verb or a figure.
    const between = tokens.slice(at, mention.startTok).filter((token) => token.text !== "-");
    // Nor a preposition: "20 miles from home" counts miles, "657,800 referrals to children's services" referrals. (What money is spent "on" is its object.)
    // Nor a participle: "60,000 living with foster carers" counts those who live with them.
    // ("38 of the 152 councils": the total the part is drawn from stands between, hry52.)
    const total = (token: Token, k: number) => k === 0 && token.kind === "digits" && isWordAt(tokens, figure.endTok + outOf, "of");
    if (between.every((token, k) => total(token, k) || (token.kind === "word" && !VERBS.has(token.lower) && !opensPart(token.lower) && (figure.unitKind === "money" || !PREPOSITIONS.has(token.lower))))) return mention;
  }
  // "providers were children's homes (4,010)": a figure in brackets counts the words before them.
  if (tokens[figure.startTok - 1]?.text === "(") return mentions.populations.find((mention) => mention.endTok === figure.startTok - 1);
  // "Fostering households: 43,905", a key-figures list's item: its label alone (a kind at most before it) counts it.
  if (tokens[figure.startTok - 1]?.text === ":" && figure.endTok === tokens.length - (tokens.at(-1)?.kind === "punct" ? 1 : 0)) {
    return mentions.populations.find((mention) => mention.endTok === figure.startTok - 1 && mention.startTok <= 1);
  }
  return undefined;
}

export function unitFits(indicator: Indicator, unitKind: UnitKind): boolean {
  return indicator.units.includes(unitKind);
}

/** A verb between the figure and `to`: the figure has a predicate of its own ("12 had undergone ..."). */
export function hasOwnPredicate(tokens: readonly Token[], figure: FigureSlot, to: number): boolean {
  for (let at = figure.endTok; at < tokens.length && tokens[at]!.start < to; at++) {
    const token = tokens[at]!;
    if (token.kind === "word" && VERBS.has(token.lower)) return true;
  }
  return false;
}

const OBJECT_OF: ReadonlySet<string> = new Set(["about", "across", "among", "for", "with", "against", "per", "at", "in", "into", "inside", "within", "between", "on"]);
/** Nouns of an event a count "of" counts the subjects of: "the closure of 12 homes". */
const EVENTS_OF: ReadonlySet<string> = new Set(["resignation", "resignations", "closure", "closures", "deregistration", "deregistrations", "de-registration", "cancellation", "cancellations", "suspension", "suspensions", "inspection", "inspections", "opening", "openings", "registration", "registrations", "loss", "departure", "exit", "exits"]);
/** Verbs of an event done to what a count counts: "Ofsted closed 12 children's homes" are no homes registered. */
const DONE_TO: ReadonlySet<string> = new Set(["closed", "shut", "inspected", "visited", "opened", "deregistered", "de-registered", "cancelled", "suspended", "raided", "investigated", "deregister", "closes", "shuts",
  // "has built more than 800 homes for private rent", "enough electricity to power 800 homes": houses, not children's homes.
  "built", "build", "builds", "building", "power", "powers", "powering", "sold", "sell", "bought", "buy"]);
const FOUND: ReadonlySet<string> = new Set(["found", "finds", "identified", "identifies", "discovered", "uncovered", "flagged"]);
/** Words that may follow "the number of children's homes" before its figure without narrowing it. */
const PLAIN_AFTER_POPULATION: ReadonlySet<string> = new Set(["was", "is", "stood", "rose", "fell", "grew", "increased", "decreased", "reached", "from", "to", "at", "in", "of"]);
/** A participle after the counted noun that makes the count a flow of something else ("142 schools inspected"). */
const NOT_A_STOCK: ReadonlySet<string> = new Set(["inspected", "judged", "rated", "visited", "registered"]);
/** Past tenses without "-ed": "nearly 800 providers met that deadline" counts those that did, not all there are. */
const IRREGULAR_PAST: ReadonlySet<string> = new Set(["met", "made", "took", "got", "saw", "left", "lost", "won", "sent", "kept", "became", "went", "ran", "gave", "told", "said", "sought", "brought", "bought", "sold", "paid", "chose", "fell", "rose", "grew"]);

/** Verbs that say the counted are there: "2,460 children's homes operated in 2020". */
const STOCK_VERBS: ReadonlySet<string> = new Set(["operated", "existed", "remained", "totalled", "totaled", "numbered", "stayed"]);

/** "800 providers met the deadline", "300 homes applied": a verb of what the counted did, after their noun. */
function didSomething(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  return token?.kind === "word" && (NOT_A_STOCK.has(token.lower) || IRREGULAR_PAST.has(token.lower) || (token.lower.endsWith("ed") && token.lower.length > 4 && !STOCK_VERBS.has(token.lower)));
}
/**
 * "the number of children's homes", "the number of registered children's homes": nothing but
 * modifiers between "number of" and the population. "the number of children placed in children's
 * homes", "the number of placements in … children's homes" count what comes first (children,
 * placements), not the homes they are in.
 */
export function countsPopulationNamed(tokens: readonly Token[], named: { endTok: number }, population: { startTok: number }): boolean {
  for (let at = named.endTok; at < population.startTok; at++) {
    const token = tokens[at]!;
    if (token.kind !== "word" || VERBS.has(token.lower) || PLACED_IN.has(token.lower) || populationNamed(token.lower) !== undefined) return false;
  }
  return true;
}

/** Words that put the counted thing somewhere: "children placed in children's homes". */
const PLACED_IN: ReadonlySet<string> = new Set(["in", "at", "on", "with", "within", "across", "placed", "living", "staying", "housed", "looked"]);

/**
 * "2,209 children's homes", "the number of children's homes they run ..., from 434 ... to 423": a
 * count of a provider population that names no other measure is the indicator the catalogue marks
 * `countsOf` (the number in existence), when the count is the sentence's statement, not an object.
 */
export function countedByDefault(tokens: readonly Token[], figure: FigureSlot, stretch: { from: number; to: number }, clause: ClauseSpan, counted: PhraseMention<Population> | undefined, mentions: Mentions): { indicator: Indicator; population: Population } | undefined {
  if (figure.unitKind !== "count" || hasOwnPredicate(tokens, figure, stretch.to) || isWordIn(tokens, figure.startTok - 1, OBJECT_OF)) return undefined;
  // ("Inspectors raised concerns at four homes in Devon", "Ofsted closed 12 homes": where or to which something happened.)
  let verb = figure.startTok - 1;
  while (verb > figure.startTok - 4 && isWordAt(tokens, verb, "only", "just", "about", "around", "some", "nearly", "almost", "down", "more", "than", "over", "least", "at", "up", "to")) verb--;
  if (isWordIn(tokens, verb, DONE_TO)) return undefined;
  // "Six of the 10 providers with the most children's homes": a part of a stated total, never how many exist (hry59).
  const total = isWordAt(tokens, figure.endTok + 1, "the", "these", "those", "its", "their") ? figure.endTok + 2 : figure.endTok + 1;
  if (isWordAt(tokens, figure.endTok, "of") && tokens[total]?.kind === "digits") return undefined;
  // "Ofsted found 292 settings": those an investigation turned up, no register (hry51); "found 301
  // unregistered children's homes" names the kind it counts, read as a part of them.
  if (isWordIn(tokens, verb, FOUND) && counted?.startTok === figure.endTok) return undefined;
  // "the voluntary resignation of 51 homes from Ofsted's register": an event's count, no stock.
  if (isWordAt(tokens, figure.startTok - 1, "of") && isWordIn(tokens, figure.startTok - 2, EVENTS_OF)) return undefined;
  const defaults = catalogue().indicators.filter((indicator) => indicator.countsOf);
  if (counted) {
    if (didSomething(tokens, counted.endTok)) return undefined;
    const indicator = defaults.find((candidate) => candidate.populations.includes(counted.value.id));
    return indicator ? { indicator, population: counted.value } : undefined;
  }
  // No noun of its own: the clause must name the measure ("the number of children's homes").
  if (figure.countedNoun !== "") return undefined;
  // Several indicators share "the number of": the one counted over the population named after it.
  let named: PhraseMention<Indicator> | undefined;
  let population: PhraseMention<Population> | undefined;
  for (const mention of mentions.indicators) {
    if (!mention.value.countsOf || mention.start < clause.start || mention.end > figure.start) continue;
    population = mentions.populations.find((other) => other.start >= mention.end && other.end <= figure.start && mention.value.populations.includes(other.value.id));
    named = mention;
    if (population) break;
  }
  // "the number of children's homes they run ... from 434": a relative clause after the population
  // makes it a part of them (those the councils run), which this reading cannot name.
  if (!named || !population || !isWordIn(tokens, population.endTok, PLAIN_AFTER_POPULATION) && tokens[population.endTok]?.kind !== "punct") return undefined;
  if (!countsPopulationNamed(tokens, named, population)) return undefined;
  return { indicator: named.value, population: population.value };
}

/**
 * "rated inadequate in four areas", "good in three out of four areas": after "in" or "across", areas
 * are the judgement areas a council is inspected in, not councils (which "areas" can also name).
 */
export function inJudgementAreas(tokens: readonly Token[], figure: FigureSlot, counted: PhraseMention<Population> | undefined): boolean {
  if (counted === undefined || counted.endTok !== counted.startTok + 1 || !isWordAt(tokens, counted.startTok, "areas", "area")) return false;
  // "Ofsted graded three areas at Cheshire East as requires improvement": a council's areas are its judgement areas.
  if (figure.oneCouncil) return true;
  // "in all four areas", "in each of the four areas".
  let at = figure.startTok - 1;
  while (at > 0 && isWordAt(tokens, at, "all", "the", "each", "of")) at--;
  return isWordAt(tokens, at, "in", "across");
}

/**
 * "182 plans started each day", "more than 180 children are placed on plans every day": a count per
 * day or week, no count of the year (hry68); "£9,600 a week", a price, no council's spending. Within
 * a few words of the figure, before another figure.
 */
export function perTimeUnit(tokens: readonly Token[], figure: FigureSlot): boolean {
  if (figure.unitKind !== "count" && figure.unitKind !== "money") return false;
  for (let at = figure.endTok; at < Math.min(tokens.length - 1, figure.endTok + 8); at++) {
    // "between £9,600 and £32,500 a week": a weekly price, both ends of the range (hry73).
    const rangeEnd = tokens[at]!.kind === "digits" && isWordAt(tokens, at - (tokens[at - 1]?.text === "£" ? 2 : 1), "and", "to");
    if ((tokens[at]!.kind === "digits" && !rangeEnd) || tokens[at]!.text === ";") return false;
    if (isWordAt(tokens, at, "each", "every", "a", "per") && isWordAt(tokens, at + 1, "day", "week", "hour", "minute", "fortnight")) return true;
  }
  return false;
}

/** "achieving two 'outstanding' judgements", "three good ratings": a count of judgements, no count of councils (hry67). */
export function countsJudgements(tokens: readonly Token[], figure: FigureSlot): boolean {
  for (let at = figure.endTok; at < Math.min(tokens.length, figure.endTok + 9); at++) {
    if (isWordAt(tokens, at, "judgements", "judgments", "ratings", "grades")) return true;
    // ("two or more consecutive 'outstanding' Ofsted judgements", hry105.)
    if (tokens[at]!.kind === "word" && !isWordAt(tokens, at, "outstanding", "good", "inadequate", "requires", "require", "improvement", "adequate", "overall", "separate", "more", "or", "consecutive", "successive", "ofsted", "inspection")) return false;
  }
  return false;
}

/** "any of these three areas": a figure after "these" or "those" points back; "none of the 24" names what none were of. Neither states a quantity. */
export function pointsBack(tokens: readonly Token[], figure: FigureSlot): boolean {
  return isWordAt(tokens, figure.startTok - 1, "these", "those") || noneOf(tokens, figure);
}

/** "two other residential settings", "three further councils": some besides those the story named, never all of them (hry122). */
export function othersBesides(tokens: readonly Token[], figure: FigureSlot): boolean {
  return figure.unitKind === "count" && isWordAt(tokens, figure.endTok, "other", "further", "remaining");
}

/**
 * "There are 69 residential schools also registered as a children's home. 75% of these are judged
 * good": a share of what was counted just before, which the sentence does not name; never all of the
 * population named further back (hry62).
 */
export function shareOfThoseBefore(tokens: readonly Token[], figure: FigureSlot): boolean {
  // ("The majority (81%; 1,247) of these referrals were …": past the bracket the figure stands in, hry126.)
  const of = tokens[figure.endTok]?.text === ")" ? figure.endTok + 1 : figure.endTok;
  const next = of + 2;
  if (!isWordAt(tokens, of, "of") || !isWordAt(tokens, of + 1, "these", "those")) return false;
  // ("Almost a quarter of them, 24.7 per cent": a share restated, whose whole the sentence gives; only "of these are …".)
  if (figure.unitKind === "share") return isWordIn(tokens, next, VERBS);
  // "Only 510 of these pupils had been looked after …": a count of the ones before, named by a noun
  // that is no population of ours (hry117). ("Nearly 84,000 of these children are in care": all of them that are.)
  const noun = tokens[next];
  return figure.unitKind === "count" && noun?.kind === "word" && !VERBS.has(noun.lower) && populationNamed(noun.lower) === undefined && isWordIn(tokens, next + 1, VERBS);
}

/** "none of the 24 councils in the North West has an outstanding rating": the total none were drawn from. */
function noneOf(tokens: readonly Token[], figure: FigureSlot): boolean {
  const of = isWordAt(tokens, figure.startTok - 1, "the") ? figure.startTok - 2 : figure.startTok - 1;
  return isWordAt(tokens, of, "of") && isWordAt(tokens, of - 1, "none", "neither");
}

/** Words that give each member of a counted group a number of its own: "13 experiencing two changes". */
const EACH_HAVING: ReadonlySet<string> = new Set(["experiencing", "having", "seeing", "with", "each", "had", "saw", "experienced", "underwent", "faced"]);

/**
 * "across 49 authorities, with 13 experiencing two DCS changes", "eight councils having had two
 * directors": a figure right after a count and a word that gives each counted member something is
 * a number per member, no count of the indicator.
 */
export function perMember(tokens: readonly Token[], previous: FigureSlot | undefined, figure: FigureSlot, mentions: Mentions): boolean {
  // "providers that own 10 or more homes", "councils with 20 or more children in care": a size each has, no count (hry62).
  if (isWordAt(tokens, figure.endTok, "or") && isWordAt(tokens, figure.endTok + 1, "more", "fewer", "less", "over", "above") && isWordAt(tokens, figure.startTok - 1, "own", "owns", "owning", "with", "having", "have", "has", "run", "runs", "running")) return true;
  // "8,098 children were placed in three different homes": how many each of them had, no count of homes.
  if (isWordAt(tokens, figure.endTok, "different", "separate") && isWordAt(tokens, figure.startTok - 1, "in", "between", "across", "to", "at")) return true;
  // "40 councils with 12 rated inadequate" is a part of the count, not a number each has.
  if (!previous || previous.unitKind !== "count" || figure.unitKind !== "count" || figure.countedNoun === "") return false;
  let at = figure.startTok - 1;
  if (isWordAt(tokens, at, "had", "experienced", "seen") && isWordAt(tokens, at - 1, "having")) at -= 1;
  // "Eight councils each saw two changes of director": "each" before the verb gives every member its own (hry57).
  if (isWordAt(tokens, at - 1, "each") && tokens[at]?.kind === "word") at -= 1;
  if (!tokens[at] || !EACH_HAVING.has(tokens[at]!.lower)) return false;
  // "40 councils with 12 councils rated inadequate": the same population again is a part of it.
  const own = countedPopulation(tokens, figure, mentions)?.value;
  if (own && own === countedPopulation(tokens, previous, mentions)?.value) return false;
  return at === previous.endTok || mentions.populations.some((population) => population.endTok === at && population.startTok === previous.endTok);
}

/** Words that rank: "the 15 largest providers", "the 20 most deprived councils", "the top 10 councils". */
const RANKING: ReadonlySet<string> = new Set([...SUPERLATIVES, "top", "bottom", "leading", "first", "last"]);

/**
 * "the 15 largest children's home providers make an average 23% profit": how many were picked by
 * a ranking, no count of the population.
 */
export function rankedSelection(tokens: readonly Token[], figure: FigureSlot): boolean {
  const after = tokens[figure.endTok];
  // ("Caerphilly council's 20 most expensive looked-after children": after any possessive, hry85.)
  const determined = isWordAt(tokens, figure.startTok - 1, "the", "its", "their") || /['’]s$/.test(tokens[figure.startTok - 1]?.lower ?? "");
  if (determined && after !== undefined && (RANKING.has(after.lower) || /^[a-z]{3,}est$/.test(after.lower))) return true;
  // "the top 10 councils", "the largest 12 providers".
  const before = tokens[figure.startTok - 1];
  if (before !== undefined && (RANKING.has(before.lower) || /^[a-z]{3,}est$/.test(before.lower)) && isWordAt(tokens, figure.startTok - 2, "the")) return true;
  // "217,800 of the most urgent referrals", "of the most serious cases": a part picked by a superlative.
  return isWordAt(tokens, figure.endTok, "of") && isWordAt(tokens, figure.endTok + 1, "the") && isWordAt(tokens, figure.endTok + 2, "most", "least");
}

/** What a share may be of though the catalogue counts no such population: "of posts", "of places", "of cases". */
const SHARE_BASES: ReadonlySet<string> = new Set(["posts", "post", "places", "place", "beds", "cases", "case", "roles", "jobs", "time", "budget", "budgets", "spending", "money", "total", "country", "england", "areas"]);
/** Groups no catalogue population counts, so a share of them measures nothing it knows. */
const UNCOUNTED_GROUPS: ReadonlySet<string> = new Set(["cohort", "cohorts", "participants", "respondents", "trainees", "graduates", "students", "recruits", "intake", "intakes", "applicants", "members", "people", "adults", "parents", "pupils", "schools", "hospitals", "academies", "prisons", "nurseries", "childminders", "childminder", "pre-schools", "preschools", "playgroups", "colleges", "universities", "businesses", "companies", "forces", "police", "officers"]);
/** Words after "of" that point back to a whole named before: "6% of those in care", "half of them". */
const POINTING_BACK: ReadonlySet<string> = new Set(["those", "them", "these", "which", "whom", "all", "each", "it", "this", "that"]);

/**
 * "three-quarters of participants from the first cohort had left their employer", "Of the second
 * cohort, …, 63% had left": a share of a whole the catalogue counts no population of (a cohort,
 * participants, respondents) is no share of social workers, councils or children, whatever its
 * predicate names.
 */
export function shareOfUncounted(tokens: readonly Token[], figure: FigureSlot, mentions: Mentions): boolean {
  if (figure.unitKind !== "share") return false;
  // "Nearly half (48%) of respondents said …": past the bracket that restates it, or the one it stands in (hry75).
  const of = tokens[figure.endTok]?.text === ")" ? figure.endTok + 1 : pastBrackets(tokens, figure.endTok);
  if (isWordAt(tokens, of, "of")) return uncountedWhole(tokens, of + 1, mentions);
  // "Of the second cohort, registering in 2016, 63% had left": the sentence's opening names the whole.
  return isWordAt(tokens, 0, "of") && figure.startTok > 1 && tokens.slice(1, figure.startTok).some((token) => token.text === ",") && uncountedWhole(tokens, 1, mentions);
}

function uncountedWhole(tokens: readonly Token[], at: number, mentions: Mentions): boolean {
  // "(80%) of those who reported an increase in their caseload said …": those who answered a survey so (hry75).
  if (isWordAt(tokens, at, "those") && isWordAt(tokens, at + 1, "who") && isWordAt(tokens, at + 2, "said", "reported", "responded", "answered", "told", "felt", "thought", "believed", "agreed")) return true;
  const head = isWordAt(tokens, at, "the", "its", "their", "a", "an", "our", "his", "her") ? at + 1 : at;
  if (tokens[head]?.kind !== "word" || isWordIn(tokens, head, POINTING_BACK)) return false;
  // The whole's words up to a preposition, verb or punctuation: "participants", "the fast-track provider's first cohort".
  // (Within the whole's own words: in "94% of childminders were judged good", the grade after the verb is what they were, hry120.)
  let wordsEnd = head;
  while (wordsEnd <= head + 3 && tokens[wordsEnd]?.kind === "word" && !VERBS.has(tokens[wordsEnd]!.lower)) wordsEnd++;
  const starts = (list: ReadonlyArray<{ startTok: number }>) => list.some((mention) => mention.startTok >= head && mention.startTok < wordsEnd);
  if (starts(mentions.populations) || starts(mentions.indicators)) return false;
  for (let end = head; end < Math.min(tokens.length, head + 4); end++) {
    if (tokens[end]!.kind !== "word" || isWordIn(tokens, end, SHARE_BASES)) return false;
    if (isWordIn(tokens, end, UNCOUNTED_GROUPS)) return true;
  }
  return false;
}

/** "Councils rated inadequate had …", "for 'good' councils the rate was …": a group of councils by their grade. */
const GRADED_GROUP = /\b(?:(?:for|in|among|at|across)\s+['‘"]?(outstanding|good|inadequate|requires improvement)['’"]?\s+(?:councils|local authorities|authorities|las|ones)|(?:councils|local authorities|authorities|las)\s+(?:rated|judged|graded)\s+['‘"]?(outstanding|good|inadequate|requires improvement))\b/gi;

/**
 * The graded group of councils a figure of another measure is of ("Local authorities rated outstanding
 * had an average agency usage of 6.4%; for 'good' councils the rate was 15.1%"): the group named last
 * before the figure, as its subgroup; never all councils' or all social workers' figure (hry69).
 */
export function gradedGroupBefore(sentence: string, figureStart: number): string | undefined {
  let group: string | undefined;
  for (const match of sentence.slice(0, figureStart).matchAll(GRADED_GROUP)) group = `councils rated ${(match[1] ?? match[2] ?? "").toLowerCase()}`;
  return group;
}

/** The indicator mentions less grades that name a group of councils ("for 'good' councils the rate was 15.1%"): no figure of that grade's share (hry69). */
export function withoutGradedGroups(tokens: readonly Token[], indicators: Array<PhraseMention<Indicator>>): Array<PhraseMention<Indicator>> {
  return indicators.filter((mention) => {
    if (mention.value.kind !== "grade") return true;
    const before = QUOTE_MARKS.has(tokens[mention.startTok - 1]?.text ?? "") ? mention.startTok - 2 : mention.startTok - 1;
    const after = QUOTE_MARKS.has(tokens[mention.endTok]?.text ?? "") ? mention.endTok + 1 : mention.endTok;
    return !(isWordAt(tokens, before, "for", "in", "among", "at", "across") && isWordAt(tokens, after, "councils", "authorities", "las", "ones")) && !groupRatedBefore(tokens, before);
  });
}

/** Nouns before the group's preposition that make the graded what is counted. */
const COUNTED_BEFORE_GROUP: ReadonlySet<string> = new Set(["councils", "authorities", "homes", "providers", "agencies", "las", "number", "numbers", "figure", "proportion", "share", "rate", "percentage"]);
/** Words of a group between its preposition and "rated": "in those services", "among those working in homes". */
const GROUP_WORDS: ReadonlySet<string> = new Set(["those", "the", "its", "their", "services", "homes", "settings", "providers", "councils", "authorities", "areas", "ones", "working", "children's", "childrens", "in", "at"]);

/**
 * "falls to just 21% in those services rated 'inadequate'", "In homes rated 'requires improvement'
 * this rose to 53%", "38% among those working in homes rated as 'requiring improvement'": a grade
 * naming the group another measure is taken in, no share of that grade (hry153). `at` is the token
 * before the grade (past its quote mark).
 */
function groupRatedBefore(tokens: readonly Token[], at: number): boolean {
  const rated = isWordAt(tokens, at, "as") ? at - 1 : at;
  if (!isWordAt(tokens, rated, "rated", "judged", "graded")) return false;
  for (let k = rated - 1; k >= Math.max(0, rated - 6); k--) {
    // ("The number for councils rated inadequate", "25 councils among those rated inadequate": what is counted is the graded.)
    if (isWordAt(tokens, k, "in", "among", "across") && k < rated - 1) return !isWordIn(tokens, k - 1, COUNTED_BEFORE_GROUP);
    if (!isWordIn(tokens, k, GROUP_WORDS)) return false;
  }
  return false;
}

