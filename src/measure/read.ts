// What each figure of a sentence measures, read from the words around it with the catalogue's
// vocabulary. The rule throughout: a figure gets a measure only when its own stretch of the sentence
// names it. Guessing is the bug; a figure left without a measure is still found by lookup, and check
// and trend simply do not use it.
//
// A sentence is cut into clauses (by the extractor), and each clause into one stretch per figure:
// from the end of the previous figure to the start of the next. "23 outstanding LAs, 58 are good,
// 52 require improvement and 17 are rated inadequate" gives each number its own grade this way,
// where "the nearest grade" would hand 58 the "outstanding" of the 23 before it.

import type { Measure } from "../types.ts";
import { isPunct, type Token } from "../extract/figures/tokens.ts";
import type { Indicator, Population, UnitKind } from "./catalogue.ts";
import { bracketedAfterLabel, closingTotal, inBracketsAfter, frameOwnIndicator, copulaPredicate, countsUnknownNumber, findFrames, isTotalOf, isWordAt, namedByNumberOf, opensUnmeasuredFrame, optional, predicateAfterWhole, restatedInBrackets, saysAnother, stretchOf, type Mentions } from "./frames.ts";
import { nearestIn, type PhraseMention } from "./phrases.ts";
import { asWholeCouncil, childrensServicesParts, unscopedPartOfWhole } from "./servicePart.ts";
import { aspectOf, countedApartIn, gradedForOtherService, twoAspectsNamed, countsSomethingElse, isPartOf, partByParticiple, scopeIn } from "./aspects.ts";
import { othersOwn, ownedMentions, parallelLabels } from "./labels.ts";
import { chooseIndicator, fitsFigure } from "./choose.ts";
import { countsTime, partSaidBefore, saysNoLevel } from "./noLevel.ts";
import { basisIn, basisOfFigure, forecastBefore, negatedBefore, outsidePopulations, outsideQuotedSpeech } from "./modifiers.ts";
import { narrowedPopulations, ownNarrowingFirst, participleAfterFigure } from "./narrowing.ts";
import { teamAfterFigure } from "./restrictions.ts";
import { spentOn } from "./spending.ts";
import { agesOf, breakdownPart } from "./breakdowns.ts";
import { populationNamed, vocabulary } from "./vocabulary.ts";
import { countedByDefault, countedPopulation, countsJudgements, gradedGroupBefore, perTimeUnit, withoutGradedGroups, countsPopulationNamed, hasOwnPredicate, inJudgementAreas, perMember, pointsBack, rankedSelection, othersBesides, shareOfThoseBefore, shareOfUncounted, unitFits } from "./counted.ts";

/** What the extractor knows of a figure: where it stands, and what kind of number it is. */
export interface FigureSlot {
  start: number;
  end: number;
  startTok: number;
  /** Exclusive. */
  endTok: number;
  clause: number;
  unitKind: UnitKind;
  /** The noun a count counts, as printed ("elements", "councils"); "" when none. */
  countedNoun: string;
  /** A change, not a level ("3 percentage points", "a 7% increase"): no catalogue measure is a change. */
  change: boolean;
  /** The figure (index among the slots) this one is compared with: "rose to 16.6, from 16.3". */
  comparedWith?: number;
  /** Its sentence names one council and no other: "three areas" there are that council's judgement areas. */
  oneCouncil?: boolean;
}

export interface ClauseSpan {
  start: number;
  end: number;
}

/** Words that may stand between two figures stating one thing two ways ("a quarter ..., 21 in total,"). */
const APPOSITION_GLUE: ReadonlySet<string> = new Set(["or", "in", "total", "all", "some", "around", "about", "nearly", "almost", "just", "over", "under"]);

/** Nothing but glue words and punctuation between the two, past the first one's counted noun. */
function inApposition(tokens: readonly Token[], a: FigureSlot, b: FigureSlot, mentions: Mentions): boolean {
  if (a.clause !== b.clause) return false;
  const counted = countedPopulation(tokens, a, mentions);
  const between = tokens.slice(Math.max(a.endTok, counted && counted.startTok >= a.endTok ? counted.endTok : a.endTok), b.startTok);
  return between.length <= 4 && between.every((token) => token.kind === "punct" || APPOSITION_GLUE.has(token.lower));
}

/** What a figure's words name: the indicator, the population it is counted over, and where the name stands. */
interface Reading {
  indicator: Indicator;
  population: Population | undefined;
  after: boolean;
  mentionStart: number;
  mentionEnd: number;
  /** "had not experienced a change in DCS": the figure counts those the indicator does not describe (a restatement says so too). */
  negated: boolean;
}

/**
 * The measure of each figure (in sentence order), or undefined where the sentence does not say.
 * `figures` must be sorted by position and tagged with their clause.
 */
export function readMeasures(sentence: string, tokens: readonly Token[], figures: readonly FigureSlot[], clauses: readonly ClauseSpan[]): Array<Measure | undefined> {
  const words = vocabulary();
  const populations = words.populations.find(tokens);
  const mentions: Mentions = {
    indicators: withoutGradedGroups(tokens, outsideQuotedSpeech(sentence, outsidePopulations(words.indicators.find(tokens), populations), figures)),
    populations,
    bases: words.bases.find(tokens),
    aspects: words.aspects.find(tokens),
  };
  const { frames, opening } = findFrames(sentence, tokens, figures, mentions);
  const owners = ownedMentions(tokens, figures, mentions);
  const paired = parallelLabels(tokens, figures, mentions, fitsFigure);
  const stretches = figures.map((_, index) => stretchOf(tokens, figures, index, clauses));
  // "a rise of 15% (520)": a bracket that restates a change is one too.
  const changes = figures.map((figure, index) => figure.change === true || (index > 0 && figures[index - 1]!.change === true && inBracketsAfter(tokens, figures[index - 1]!, figure)));
  // "is likely to rise to 100,000 over the next decade": a forecast measures nothing yet, nor does it restate a level.
  const forecasts = figures.map((figure) => forecastBefore(tokens, figure.startTok, clauses[figure.clause]!.start));
  const readings: Array<Reading | undefined> = [];
  let carried: Population | undefined;
  const countedBy: Array<Population | undefined> = [];
  /** The figures that count a council's judgement areas: no measure of councils, now or from the sentence's others. */
  const areaCounts = new Set<number>();
  figures.forEach((figure, index) => {
    const frame = frames.get(figure);
    const stretch = stretches[index]!;
    const counted = countedPopulation(tokens, figure, mentions);
    // "Of the 43 inspections, 10 local authorities were judged good, seven were inadequate": a
    // figure with no noun of its own in a list counts what the item before it counted, not the frame.
    // "17 DCSs were in interim posts, nine of whom had been in post …": a part counts what the whole did.
    const elided = !counted && index > 0 && ((frame && frames.get(figures[index - 1]!) === frame) || isPartOf(tokens, figure)) ? countedBy[index - 1] : undefined;
    countedBy.push(counted?.value ?? elided);
    // What the figure counts (its noun, the list's, or its frame's) is strong evidence; a population merely
    // named nearby, or by an earlier figure, is weak: it may say where ("in some areas"), not what.
    const strong = counted?.value ?? elided ?? frame?.population;
    // ("The number of children subject to DoL applications was 1,368": what "number of" names first, hry129.)
    const numbered = namedByNumberOf(tokens, figure, mentions.populations.filter((mention) => mention.start >= stretch.from));
    const weak = numbered?.value ?? nearestIn(mentions.populations, stretch.from, stretch.to, figure.start) ?? carried;
    const population = strong ?? weak;
    if (population) carried = population;
    // "15 of the 102 councils": the total a share or count is drawn from measures nothing itself.
    const total = (index > 0 && isTotalOf(tokens, figures[index - 1]!, figure)) || opensUnmeasuredFrame(figure, frames, mentions, opening) || closingTotal(tokens, figure);
    // "Almost a third (30%) of the 62 respondents said …": drawn from a total of something the
    // catalogue does not count, it measures nothing it knows.
    const next = figures[index + 1];
    const ofUncounted = next !== undefined && next.countedNoun !== "" && isTotalOf(tokens, figure, next) && !countedPopulation(tokens, next, mentions);
    // "52.5 per cent (31) were graded requires improvement": the bracketed figure restates this one, and
    // what it says is read there (below); the grade before the bracket is another figure's.
    const restated = next !== undefined && restatedInBrackets(tokens, figure, next);
    // "three areas requiring improvement and two inadequate": the count after a count of judgement areas counts them too.
    const areas = inJudgementAreas(tokens, figure, counted) || (!counted && figure.countedNoun === "" && areaCounts.has(index - 1));
    if (areas) areaCounts.add(index);
    if (changes[index] || pointsBack(tokens, figure) || total || ofUncounted || restated || areas || forecasts[index] || perMember(tokens, figures[index - 1], figure, mentions) || rankedSelection(tokens, figure) || bracketedAfterLabel(tokens, figure) || countsTime(figure) || partSaidBefore(tokens, figure) || saysNoLevel(tokens, figure, mentions) || shareOfUncounted(tokens, figure, mentions) || countsJudgements(tokens, figure) || perTimeUnit(tokens, figure)) {
      readings.push(undefined);
      return;
    }
    const named = paired.get(figure);
    const framed = frameOwnIndicator(figure, frames, mentions, opening);
    let pick = named ? { mention: named, after: false } : framed ? { mention: framed, after: true } : chooseIndicator(tokens, figure, stretch, mentions, frame, othersOwn(figure, owners), strong, figures[index + 1]);
    if (pick && !pick.after && saysAnother(tokens, figure, stretch.to)) pick = undefined;
    // "three elements", "two strong inspection frameworks": a count of something the catalogue has
    // no population for measures nothing it knows, unless its noun is the indicator ("780 complaints").
    if (figure.unitKind === "count" && figure.countedNoun !== "" && !counted && populationNamed(figure.countedNoun) === undefined) {
      const own = [...(owners.get(figure) ?? [])].find((mention) => unitFits(mention.value, figure.unitKind));
      // "143,810 of the year's referrals were re-referrals": the noun after "of" is the whole.
      const predicate = own ? predicateAfterWhole(tokens, figure, own, mentions.indicators.filter((mention) => mention.end <= stretch.to && unitFits(mention.value, figure.unitKind))) : undefined;
      pick = predicate ? { mention: predicate, after: true } : own ? { mention: copulaPredicate(tokens, figure, own, mentions.indicators.filter((mention) => mention.end <= stretch.to && unitFits(mention.value, figure.unitKind))) ?? own, after: true } : undefined;
    }
    const byDefault = pick ? undefined : countedByDefault(tokens, figure, stretch, clauses[figure.clause]!, counted, mentions);
    if (byDefault) {
      readings.push({ indicator: byDefault.indicator, population: byDefault.population, after: true, mentionStart: figure.start, mentionEnd: figure.end, negated: false });
      return;
    }
    // "The number of councils led by an interim director rose from 12": "number of" names a count of
    // providers, and councils are none; a count of what the catalogue does not measure is no measure.
    // "there were 185,450 section 47 enquiries": with no population of its own named at all, no count of providers either.
    if (pick?.mention.value.countsOf && !strong && (!weak || !pick.mention.value.populations.includes(weak.id))) pick = undefined;
    const countedAfter = pick?.mention.value.countsOf && !pick.after && !strong ? mentions.populations.find((mention) => mention.start >= pick!.mention.end && mention.end <= figure.start) : undefined;
    if (countedAfter && (!pick!.mention.value.populations.includes(countedAfter.value.id) || !countsPopulationNamed(tokens, pick!.mention, countedAfter))) pick = undefined;
    if (pick && countsSomethingElse(tokens, pick.mention.value, figure, stretch)) pick = undefined;
    const fitting = pick && (strong || !weak || pick.mention.value.populations.includes(weak.id)) ? population : strong;
    readings.push(pick ? { indicator: pick.mention.value, population: fitting, after: pick.after, mentionStart: pick.mention.start, mentionEnd: pick.mention.end, negated: negatedBefore(tokens, pick.mention.startTok, figure.end) } : undefined);
  });
  // "around 30 children are placed in Scottish units – up from 20 the previous year – due to a
  // shortage of places": the figure compared with restates the first's measure; when that one has
  // none, words past it are another clause's, not the earlier figure's (hry72).
  // ("the proportion of agency staff covering vacancies dropped from 79.2% to 72.6%, …, drafting in additional agency social
  // workers": the move's end states its start's measure, not one the next clause names, hry88.)
  figures.forEach((figure, index) => {
    const target = figure.comparedWith;
    if (target === undefined || !readings[index]?.after || countedPopulation(tokens, figure, mentions)) return;
    if (!readings[target]) readings[index] = undefined;
    else if (target === index - 1 && readings[target]!.indicator !== readings[index]!.indicator && unitFits(readings[target]!.indicator, figure.unitKind)) readings[index] = { ...readings[target]!, mentionStart: figure.start, mentionEnd: figure.end };
  });
  // "from 24% to 23%", "compared with 53% as at 31 March 2022", "(85%) and lowest in the North West
  // (36%)": a figure with no predicate of its own states the sentence's one measure of its kind again.
  figures.forEach((figure, index) => {
    if (readings[index] || changes[index] || forecasts[index] || areaCounts.has(index) || bracketedAfterLabel(tokens, figure) || pointsBack(tokens, figure) || (index > 0 && isTotalOf(tokens, figures[index - 1]!, figure)) || opensUnmeasuredFrame(figure, frames, mentions, opening) || closingTotal(tokens, figure) || saysNoLevel(tokens, figure, mentions) || hasOwnPredicate(tokens, figure, stretches[index]!.to) || saysAnother(tokens, figure, stretches[index]!.to) || countsJudgements(tokens, figure) || perTimeUnit(tokens, figure)) return;
    if (figure.unitKind === "count" && figure.countedNoun !== "" && !countedPopulation(tokens, figure, mentions)) return;
    if (countsUnknownNumber(tokens, figure, clauses[figure.clause]!.start, mentions)) return;
    // "31,000 social workers, 5,000 working as agency staff": what the part is, the whole is not.
    if (figures[index + 1] && partByParticiple(tokens, figures[index + 1]!)) return;
    // "a quarter of children's services departments, 21 in total, are currently rated inadequate":
    // a figure restated at once in other terms shares the restatement's predicate.
    const next = figures[index + 1];
    // "39 of the 153 authorities (25%) are top graded": past its total, the bracketed share restates it.
    const bracketed = next && isTotalOf(tokens, figure, next) ? figures[index + 2] : undefined;
    const sharedWith = bracketed && tokens[bracketed.startTok - 1]?.text === "(" ? index + 2 : next && (inApposition(tokens, figure, next, mentions) || restatedInBrackets(tokens, figure, next)) ? index + 1 : -1;
    const restated = sharedWith >= 0 && readings[sharedWith] && unitFits(readings[sharedWith]!.indicator, figure.unitKind) ? readings[sharedWith] : undefined;
    const sameKind = readings.filter((reading, other) => reading !== undefined && figures[other]!.unitKind === figure.unitKind) as Reading[];
    const unanimous = sameKind.length > 0 && sameKind.every((reading) => reading.indicator === sameKind[0]!.indicator) ? sameKind[0] : undefined;
    // "agency workers made up 17.6 per cent, up from 15.5%": what it is compared with, whatever else the sentence measures.
    // "14 of 152 were inadequate, down from 16": compared with the 14, not with its total.
    let target = figure.comparedWith;
    if (target !== undefined && target > 0 && isTotalOf(tokens, figures[target - 1]!, figures[target]!)) target -= 1;
    const comparedWith = target === undefined ? undefined : readings[target];
    // Compared with a figure that measures nothing known, it measures nothing known either.
    if (target !== undefined && !comparedWith && !restated) return;
    const model = restated ?? comparedWith ?? unanimous;
    // "more than double its quota of 66": words that say it counts something else rule out the sentence's measure too.
    if (!model || countsSomethingElse(tokens, model.indicator, figure, stretches[index]!)) return;
    const own = countedPopulation(tokens, figure, mentions)?.value;
    // "91 per cent of fostering agencies …, compared with 82% of children's homes": its own group, if the indicator counts it.
    if (own && own !== model.population && !(model === comparedWith && model.indicator.populations.includes(own.id))) return;
    readings[index] = { ...model, ...(own ? { population: own } : {}), after: false, mentionStart: figure.start, mentionEnd: figure.end };
  });
  // "the number of children's homes they run", "homes run by LAs": a population narrowed by a
  // relative clause is a subgroup of it, never all of it.
  const narrowed = narrowedPopulations(sentence, tokens, mentions);
  const subgroups = figures.map((figure, index): string | undefined => {
    const own = frames.get(figure)?.subgroup ?? (shareOfThoseBefore(tokens, figure) ? "of those counted before" : undefined) ?? (othersBesides(tokens, figure) ? "others besides those named" : undefined) ?? (readings[index] && readings[index]!.indicator.kind !== "grade" && !readings[index]!.indicator.populations.includes("councils") ? gradedGroupBefore(sentence, figure.start) : undefined) ?? (readings[index] ? breakdownPart(sentence, figure.start) : undefined);
    if (own) return own;
    const reading = readings[index];
    const team = reading ? (teamAfterFigure(sentence, tokens, figure.endTok, clauses[figure.clause]!.start, figure.startTok) ?? participleAfterFigure(sentence, tokens, figure.endTok, mentions) ?? (figure.unitKind === "money" ? spentOn(sentence, tokens, figure, clauses[figure.clause]!, mentions) : undefined)) : undefined;
    if (team) return team;
    const stretch = stretches[index]!;
    const clause = clauses[figure.clause]!;
    for (const [mention, { words, teamEnd }] of narrowed.size < 2 ? narrowed : ownNarrowingFirst(narrowed, figure)) {
      // "the total reached 3,119, including secure children's homes": a part the whole includes.
      if (includedPart(tokens, mention, figure)) continue;
      // "4,009 homes of all types (mainstream homes, secure homes and …)": the kinds a total lists.
      if (inListedBrackets(tokens, mention, figure) || inIncludedAside(tokens, mention, figure)) continue;
      // A team narrows only the figures of its own clause, before another subject or a conjunction:
      // "social workers in the assessment teams were carrying 27 cases, and agency staff filled 38
      // per cent of posts" — the 38 is the service's.
      const team = teamEnd !== undefined;
      const from = team ? clause.start : Math.min(stretch.from, clause.start);
      if (team && mentions.populations.some((other) => other !== mention && other.start >= mention.end && other.end <= figure.start)) continue;
      if (team && figure.start > teamEnd && /\b(?:and|but|while|whereas)\b/i.test(sentence.slice(teamEnd, figure.start))) continue;
      // "Local authorities overspent by £800m, with county councils overspending by £264m": the figure's own unnarrowed population came first
      // (not one a preposition governs: "what we would expect for every child, yet there are 12,000 children … for whom", hry81).
      if (mention.start > figure.end && mentions.populations.some((other) => other.value === mention.value && other.start >= clause.start && other.end <= figure.start && !narrowed.has(other) && !isWordAt(tokens, other.startTok - 1, "every", "each", "for", "to"))) continue;
      // "4,100 unaccompanied asylum seekers in care, and 81,000 children in total": the figure names its own, unnarrowed.
      // "the fewest local authority-run homes (16) and the second fewest children's homes in total (96)": nor one named again as the whole, nearer before it (hry74).
      // ("… the most UASC were Kent (370 young people), Hillingdon (139)": a bracketed item of a list names no whole, hry98.)
      if (mention.end <= figure.start && mentions.populations.some((other) => other.value === mention.value && ((other.startTok === figure.endTok && !isPunct(tokens[figure.startTok - 1], "(")) || (other.start >= mention.end && other.end <= figure.start && namesWhole(tokens, other))) && !narrowed.has(other))) continue;
      // The population the reading names, else the indicator's only one ("7,380 unaccompanied asylum-seeking children … in care").
      const counted = reading?.population?.id ?? (reading?.indicator.populations.length === 1 ? reading.indicator.populations[0] : undefined);
      if (counted !== undefined && mention.value.id === counted && mention.start >= from && mention.end <= Math.max(stretch.to, figure.end)) return words;
    }
    return undefined;
  });
  // "3,290 care leavers aged 17 and 18": the ages go with whatever else the subgroup says (hry117).
  figures.forEach((figure, index) => {
    const ages = readings[index] ? agesOf(sentence, figure.start, figure.end) : undefined;
    if (ages) subgroups[index] = subgroups[index] ? `${subgroups[index]} ${ages}` : `those ${ages}`;
  });
  // "7,380 unaccompanied asylum-seeking children …, up from 5,080 in 2020": the earlier figure of a
  // comparison counts the same part of the population as the one it is compared with.
  figures.forEach((figure, index) => {
    const target = figure.comparedWith;
    if (target === undefined || !readings[index] || readings[index]!.indicator !== readings[target]?.indicator) return;
    // "the number of private sector homes, from 2,205 in 2022 to 2,450 homes in 2023": either way round.
    if (subgroups[index] === undefined) subgroups[index] = subgroups[target];
    else if (subgroups[target] === undefined) subgroups[target] = subgroups[index];
  });
  // "… stood at 238 a year ago, rising to 369 by April, but has now gone up to 605": a figure with no
  // subject of its own since the one before goes on counting what that one counted.
  figures.forEach((figure, index) => {
    const before = figures[index - 1];
    if (!before || subgroups[index] !== undefined || subgroups[index - 1] === undefined || readings[index]?.indicator !== readings[index - 1]?.indicator) return;
    if (!namesOwnSubject(tokens, mentions, before.endTok, clauses[figure.clause]!.end)) subgroups[index] = subgroups[index - 1];
  });
  // "four in 10 … good or better at safeguarding; 20 are currently rated as inadequate": a judgement
  // area the sentence states for one grade holds for the grades after it, until another is named.
  let area: { aspect: string; population: string | undefined } | undefined;
  const measures = figures.map((figure, index): Measure | undefined => {
    const reading = readings[index];
    if (!reading) return undefined;
    const { indicator } = reading;
    const population = narrowedKind(reading.population ?? soleGradePopulation(indicator, mentions), mentions, figure);
    // A population the indicator is not counted over ("80% of children ... good") means the words
    // near the figure are about something else: no measure rather than a wrong one.
    // A grade without a population is left for the article to settle (the population it last named);
    // a claim or an article that never names one leaves the figure without a measure.
    if (population && !indicator.populations.includes(population.id)) return undefined;
    // "103 local authorities had not experienced a change in DCS", "no longer inadequate": the figure counts the others.
    if (reading.negated) return undefined;
    // "Two thirds of local authorities that were once judged inadequate have improved": the grade says which are counted.
    // "two thirds of inadequate councils improved": the grade before the population says which are counted, too.
    if ([...narrowed.values()].some(({ graded }) => graded !== undefined && reading.mentionStart >= graded.start && reading.mentionEnd <= graded.end)) return undefined;
    const stretch = stretches[index]!;
    const stated = indicator.kind === "grade" ? aspectOf(tokens, mentions, figure, stretch, { start: reading.mentionStart, end: reading.mentionEnd, after: reading.after }) : undefined;
    if (indicator.kind === "grade" && !stated && gradedForOtherService(tokens, mentions, reading.mentionEnd)) return undefined;
    if (stated) area = { aspect: stated, population: population?.id };
    const aspect = stated ?? (indicator.kind === "grade" && area && area.population === population?.id ? area.aspect : countedApartIn(tokens, indicator, figure, stretch, clauses[figure.clause]!, figures[index + 1], mentions.indicators));
    const { basis: saysBasis, aspectAtDate } = basisOfFigure(indicator, aspect, figure.unitKind, () => basisIn(tokens, mentions.bases, clauses[figure.clause]!));
    // ("doubled since 2015-16, jumping from £3.9bn to £8.1bn": levels a move joins are no running total.)
    const basis = saysBasis === "cumulative" && (figure.comparedWith !== undefined || figures.some((other) => other.comparedWith === index)) ? undefined : saysBasis;
    const measure: Measure = {
      indicator: indicator.id,
      ...optional("population", population?.id ?? (indicator.populations.length === 1 ? indicator.populations[0] : undefined)),
      ...optional("subgroup", subgroups[index]),
      ...optional("basis", basis),
      ...optional("aspect", aspect === "overall" || aspectAtDate ? undefined : aspect),
      ...optional("scope", scopeIn(tokens, indicator, figure, stretch, countedBy[index] !== undefined)),
    };
    return measure;
  });
  // "55,240 … under a care order, up from 40,090 in 2014": the earlier figure is counted the same way.
  figures.forEach((figure, index) => {
    const own = measures[index];
    const target = figure.comparedWith === undefined ? undefined : measures[figure.comparedWith];
    if (own && target && own.indicator === target.indicator) measures[index] = { ...own, ...optional("aspect", own.aspect ?? target.aspect), ...optional("scope", own.scope ?? target.scope) };
  });
  // "an overspend of £639m, with £319m accounted for by children's services": the whole council's and its part.
  for (const [part, whole] of childrensServicesParts(tokens, figures)) {
    const total = measures[whole];
    const wider = total && asWholeCouncil({ measure: total })?.measure;
    if (!total || !wider) continue;
    measures[whole] = wider;
    measures[part] ??= total;
  }
  figures.forEach((figure, index) => {
    if (measures[index] && measures[index].scope === undefined && unscopedPartOfWhole(tokens, figure)) measures[index] = undefined;
    const indicator = readings[index]?.indicator;
    if (measures[index] && indicator && twoAspectsNamed(tokens, indicator, figure, clauses[figure.clause]!.start, stretches[index]!)) measures[index] = undefined;
  });
  return measures;
}

/**
 * "inspections of independent fostering agencies found 85% of providers to be good": a wide
 * population stands for the one kind of it the sentence named before the figure.
 */
function narrowedKind(population: Population | undefined, mentions: Mentions, figure: FigureSlot): Population | undefined {
  if (!population) return population;
  const kinds = new Set(mentions.populations.filter((mention) => mention.end <= figure.start && mention.value.partOf === population.id).map((mention) => mention.value));
  return kinds.size === 1 ? [...kinds][0] : population;
}

/** A grade with no population of its own in reach takes the one grade population the sentence names, if just one. */
function soleGradePopulation(indicator: Indicator, mentions: Mentions): Population | undefined {
  if (indicator.kind !== "grade") return undefined;
  const named = new Set(mentions.populations.map((mention) => mention.value).filter((population) => indicator.populations.includes(population.id)));
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * "the total reached 3,119, including secure children's homes and …": a part named as within the
 * figure, not the figure's subgroup. ("including 14 secure children's homes" counts the part itself.)
 */
function includedPart(tokens: readonly Token[], mention: PhraseMention<Population>, figure: FigureSlot): boolean {
  for (let at = mention.startTok - 1; at >= Math.max(0, mention.startTok - 4); at--) {
    if (isWordAt(tokens, at, "including", "includes", "include", "alongside")) return figure.startTok < at || figure.startTok >= mention.endTok;
    if (tokens[at]?.kind !== "word") return false;
  }
  return false;
}

/** "children's homes in total", "all children's homes": a population named as the whole of it. */
function namesWhole(tokens: readonly Token[], mention: PhraseMention<Population>): boolean {
  return (isWordAt(tokens, mention.endTok, "in") && isWordAt(tokens, mention.endTok + 1, "total")) || isWordAt(tokens, mention.endTok, "overall", "altogether") || isWordAt(tokens, mention.startTok - 1, "all");
}

/** Words that give a figure a subject of its own: "and 82,170 children in total", "of all 83,000". */
const OWN_SUBJECT: ReadonlySet<string> = new Set(["total", "overall", "all", "altogether", "whole", "including", "of", "among", "while", "whereas"]);

/** Whether the words from token `from` (just past the figure before) to the end of the figure's clause (`clauseEnd`, a character offset) give it a subject: a population, or a word that makes it a total or a part. */
function namesOwnSubject(tokens: readonly Token[], mentions: Mentions, from: number, clauseEnd: number): boolean {
  const start = tokens[from]?.start ?? clauseEnd;
  if (mentions.populations.some((mention) => mention.start >= start && mention.end <= clauseEnd)) return true;
  for (let at = from; at < tokens.length && tokens[at]!.start < clauseEnd; at++) if (OWN_SUBJECT.has(tokens[at]!.lower)) return true;
  return false;
}

const DASH_MARKS: ReadonlySet<string> = new Set(["-", "–", "—"]);

/**
 * "The number of children in need - a category that includes children on protection plans, disabled
 * children and care leavers - was 402,400": a kind the whole includes, in a dashed aside before the
 * figure, is no part the figure counts (hry119).
 */
function inIncludedAside(tokens: readonly Token[], mention: PhraseMention<Population>, figure: FigureSlot): boolean {
  if (mention.endTok > figure.startTok) return false;
  const closes = tokens.slice(mention.endTok, figure.startTok).some((token) => DASH_MARKS.has(token.text) && token.kind === "punct");
  if (!closes) return false;
  for (let at = mention.startTok - 1; at >= 0; at--) {
    if (DASH_MARKS.has(tokens[at]!.text)) return false;
    if (isWordAt(tokens, at, "includes", "including", "include", "included")) return true;
  }
  return false;
}

/** The mention stands in brackets after the figure that list several things ("(mainstream homes, secure homes and …)"). */
function inListedBrackets(tokens: readonly Token[], mention: PhraseMention<Population>, figure: FigureSlot): boolean {
  if (mention.startTok < figure.endTok) return false;
  let open = -1;
  for (let at = mention.startTok - 1; at >= figure.endTok; at--) {
    if (tokens[at]!.text === ")") return false;
    if (tokens[at]!.text === "(") {
      open = at;
      break;
    }
  }
  if (open < 0) return false;
  for (let at = open + 1; at < tokens.length && tokens[at]!.text !== ")"; at++) if (tokens[at]!.text === "," || isWordAt(tokens, at, "and", "or")) return true;
  return false;
}
