// `check <claim>`: the claim's figures are read with the same grammar as the archive, then compared
// with archive figures that measure the same thing. A right number for the wrong period is a
// contradiction; nothing measuring the claim's thing is `unverified`, never a guess.

import type { Archive } from "../archive/buildArchive.ts";
import { extractFigures } from "../extract/figures/index.ts";
import { splitSentences } from "../text/index.ts";
import type { ClaimCheck, Figure, FigureMention, Verdict } from "../types.ts";
import { claimStates, describeFigure, hedgedAtValue, isBound, isShare, roughlyRounds, roundingOf, valuesAgree, withinBound } from "../archive/compare.ts";
import { allAgainstSample, basesCompatible, describeMeasure, holdsEngland, oneCouncilAgainstCountry, sampleAgainstAll, settlesPlace, withStatedShare } from "../measure/same.ts";
import { namedThings, namesAll } from "./claimNames.ts";
import { claimedSource, withAttribution } from "./claimSource.ts";
import { claimPlaceInDoubt } from "./claimPlace.ts";
import { withoutUnsettledGrade } from "../measure/index.ts";
import { combinationFor, type Combination } from "./combine.ts";
import { checkAgainstStatistics } from "./official/numberCheck.ts";
import { checkAgainstProviders } from "./official/providerCheck.ts";
import { checkAgainstSeries, seriesNote } from "./official/seriesCheck.ts";
import { checkListedCount } from "./councilRatings.ts";
import { corroborate, mostReportedFirst } from "./corroborate.ts";
import { periodSortKey } from "../measure/periods.ts";
import { worstVerdict } from "./verdicts.ts";
import { asWholeCouncil } from "../measure/servicePart.ts";
import { claimedMonth, dayBeforeClaimedYear, fitsClaimedMonth } from "./monthFlows.ts";
import { partOfYear } from "../extract/figures/windows.ts";
import { claimedMove, directionAfter, directionTo, isEarlierValue, movedBetween, movedWord, type Move } from "../measure/direction.ts";
import { agreementCandidates, boundFigures, cellsFor, fittingGroups, inPeriod, measureGroups, measureTable, sentencesOfCell, type MeasureCell } from "./measures.ts";

/** The first three, then how many more: `total` when the list is the start of a longer one. */
function listed(figures: readonly Figure[], total = figures.length): string {
  const shown = figures.slice(0, 3).map((figure) => `${describeFigure(figure)}${figure.period ? ` (${figure.period})` : ""}`);
  return shown.join("; ") + (total > 3 ? `; and ${total - 3} more` : "");
}

function periodsOf(periods: ReadonlyArray<string | undefined>): string {
  return [...new Set(periods.map((period) => period ?? "undated"))].sort((a, b) => periodSortKey(a) - periodSortKey(b)).join(", ");
}

/** Evidence a check carries at most: the best-matching first; a large archive would otherwise attach thousands. */
export const MAX_EVIDENCE = 10;

function evidenceOf(...lists: ReadonlyArray<readonly Figure[]>): Figure[] {
  return corroborate(lists.flatMap((list) => list.slice(0, MAX_EVIDENCE))).slice(0, MAX_EVIDENCE);
}

/**
 * Reads only the cells of the measure table a claim can match (measures.ts): the claim's measure, in
 * its period, near its value. The cost follows the answer, not the archive.
 */
export function checkFigure(archive: Archive, claimed: FigureMention, claimText = ""): ClaimCheck {
  const claim = describeFigure(claimed);
  if (!claimed.measure) {
    return { claimed, verdict: "unverified", reason: `I can't tell what “${claimed.text}” measures, so I won't guess.`, evidence: [] };
  }
  const measure = describeMeasure(claimed);
  // A region's figure is no evidence about the country, nor a stock about a flow, nor money of all
  // children's services about the programme the claim names (claimNames.ts).
  const named = namedThings(claimText);
  // A claim about part of a year ("between April and September 2020") is settled only by a source's same part of it.
  const window = partOfYear(claimText);
  const partYear = window !== undefined;
  // (And the other way: "In the first half of this year, 300 …" settles no claim of the whole year.)
  const fitsBarPlace = (figure: Figure) => partOfYear(figure.sentence) === window && !dayBeforeClaimedYear(figure, claimed.period) && basesCompatible(figure.measure, claimed.measure) && !sampleAgainstAll(claimed, figure) && !allAgainstSample(claimed, figure) && !oneCouncilAgainstCountry(claimed, figure) && namesAll(figure, named);
  const fits = (figure: Figure) => settlesPlace(figure.geography, claimed.geography) && fitsBarPlace(figure);
  // What `fits` depends on, for the folded groups' cache: the claim's place, basis, window and named things.
  const fitsKey = `${claimed.geography ?? ""}|${claimed.measure.basis ?? ""}|${window ?? ""}|${named.join("|")}`;
  const { same, otherWay } = cellsFor(measureTable(archive), claimed);
  const combined = () => combinationFor(archive, claimed);
  if (same.length === 0) {
    const parts = combined();
    if (parts) return fromParts(claimed, claim, parts);
    return { claimed, verdict: "unverified", reason: `Nothing in the archive measures ${measure}.`, evidence: [] };
  }
  const current = inPeriod(same, claimed);
  // A period the source only implies (the article's date, "the year before") supports a claim only
  // for exactly that period: 932 complaints dated by a 2022 article are no evidence for 2021-22.
  // An undated earlier value ("up from the 400 offered for the previous cohort") supports no undated claim either (hry83).
  const dated = (figure: Figure) => (!claimed.period ? figure.period !== undefined || !isEarlierValue(figure.sentence, figure.text) : figure.periodFrom === undefined || figure.period === claimed.period);
  const month = claimedMonth(claimText);
  const agreeing = agreementCandidates(archive, current, claimed).filter((figure) => fits(figure) && dated(figure) && claimStates(claimed, figure) && fitsClaimedMonth(figure, month));
  // The fitting figures for exactly the claimed period: asked by the bound, the parts and the contradiction below.
  let exact: Figure[] | undefined;
  const forClaimedPeriod = () => (exact ??= fittingGroups(archive, current.filter((cell) => cell.period === claimed.period), fits, fitsKey));
  if (agreeing.length > 0) {
    const inCurrent = fittingGroups(archive, current, fits, fitsKey);
    // A sentence that gives the same measure for the same period twice, with values that do not
    // agree, means one of the two was read wrong: then neither may support a claim.
    // Many agreeing figures share a sentence (one report, many articles): each sentence is looked up once.
    const inSentence = new Map<string, Figure[]>();
    const sameSentenceOnce = (sentence: string) => inSentence.get(sentence) ?? inSentence.set(sentence, sameSentence(archive, current, sentence)).get(sentence)!;
    const undisputedFigures = agreeing.filter((figure) => !sameSentenceOnce(figure.sentence).some((other) => fits(other) && other.source.id === figure.source.id && other.period === figure.period && !valuesAgree(other, figure) && (!movedBetween(figure.sentence, other.text, figure.text) || isEarlierValue(figure.sentence, figure.text))));
    const undisputed = mostReportedFirst(undisputedFigures);
    if (undisputed.length === 0) {
      return { claimed, verdict: "unverified", reason: `A sentence gives two different figures for ${measure} in the same period (${listed(mostReportedFirst([...agreeing, ...inCurrent]))}), so I can't be sure.`, evidence: evidenceOf(mostReportedFirst(agreeing), inCurrent) };
    }
    const others = inCurrent.filter((figure) => !claimStates(claimed, figure));
    // "5,050 in 2014" against a claim for 2014-15 when a source gives 5,360 for exactly 2014-15; "almost
    // 4,000" against 3,830 when the same period's exact figure is 3,980: the nearer source decides (hry65).
    // (Every figure that agrees, not one per corroborated group: "One in seven" beside "nearly one in seven".)
    const agreeExactly = undisputedFigures.filter((figure) => figure.period === claimed.period);
    const hedgedOnly = agreeExactly.length > 0 && agreeExactly.every((figure) => figure.qualifier);
    // "7,600 vacancies were recorded" (dated by its article) against "the number of vacancies in 2022
    // was 7,900": a source that states the year outranks one that only implies it (hry135).
    const impliedOnly = agreeExactly.length > 0 && agreeExactly.every((figure) => figure.periodFrom !== undefined);
    // ("More than half" is not gainsaid by 56%: a figure inside a claimed bound says the same.) Looked up only when it may decide.
    // (Every figure of the period too, not one per corroborated group: "One in 10" beside "nearly one in 10".)
    const ofPeriod = () => current.filter((cell) => cell.period === claimed.period).flatMap((cell) => cell.ordinals.map((ordinal) => archive.figures[ordinal]!)).filter(fits);
    const exactly = claimed.period && (agreeExactly.length === 0 || hedgedOnly || impliedOnly) ? ofPeriod().filter((figure) => !claimStates(claimed, figure) && !(isBound(claimed) && withinBound(claimed, figure))) : [];
    const closer = exactly.filter((figure) => (!hedgedOnly || !figure.qualifier) && (!impliedOnly || figure.periodFrom === undefined));
    if (closer.length > 0) {
      return { claimed, verdict: "unverified", reason: `${claim}${claimed.period ? ` for ${claimed.period}` : ""} matches ${listed(undisputed)}, but ${listed(mostReportedFirst(closer))} says otherwise more exactly, so I can't confirm it.`, evidence: evidenceOf(undisputed, closer) };
    }
    return { claimed, verdict: "supported", reason: `${claim}${claimed.period ? ` for ${claimed.period}` : ""} matches ${listed(undisputed)}.`, evidence: evidenceOf(undisputed, others) };
  }
  // A claimed bound ("fewer than 20 councils") is no figure to confirm: figures inside it are
  // consistent with it, and only figures for the same period that all lie outside it refute it.
  // A bound with no year is not refuted by some year's figure: the claim may be about another year.
  if (isBound(claimed) && claimed.period) {
    const stated = forClaimedPeriod();
    if (stated.length > 0 && stated.every((figure) => !withinBound(claimed, figure) && !isBound(figure))) {
      return { claimed, verdict: "contradicted", reason: `For ${claimed.period} the sources say ${listed(stated)}, outside ${claim}.`, evidence: evidenceOf(stated) };
    }
    if (stated.length > 0) {
      return { claimed, verdict: "unverified", reason: `${claim} is a bound: the sources say ${listed(stated)}, which it neither confirms nor rules out as a figure.`, evidence: evidenceOf(stated) };
    }
  }
  // "more than 4,500" can neither confirm nor rule out 5,000.
  const bounds = mostReportedFirst(boundFigures(archive, current).filter((figure) => fits(figure) && withinBound(figure, claimed)));
  if (bounds.length > 0) {
    return { claimed, verdict: "unverified", reason: `The sources give only a bound: ${listed(bounds)}; that neither confirms nor rules out ${claim}.`, evidence: bounds.slice(0, MAX_EVIDENCE) };
  }
  if (!claimed.period) {
    const given = measureGroups(archive, same);
    return { claimed, verdict: "unverified", reason: `The claim gives no year, and no source has ${claim} for ${measure}; sources give ${listed(given.top, given.total)}.`, evidence: given.top.slice(0, MAX_EVIDENCE) };
  }
  const earlierOrLater = same.filter((cell) => cell.period !== undefined && !current.includes(cell));
  // Periods are named from the figures before folding: folding joins "2013" to an overlapping "2012-13".
  const agreeingElsewhere = agreementCandidates(archive, earlierOrLater, claimed).filter((figure) => fits(figure) && claimStates(claimed, figure));
  const elsewhere = mostReportedFirst(agreeingElsewhere);
  const elsewherePeriods = periodsOf(agreeingElsewhere.map((figure) => figure.period));
  // No source states the combination for the period, but one gives its parts: their sum decides.
  const parts = forClaimedPeriod().length === 0 ? combined() : undefined;
  if (parts) return fromParts(claimed, claim, parts);
  // Only a figure for exactly the claimed period contradicts it: a calendar year's claim is not
  // refuted by a financial year that merely overlaps it.
  // A month's count contradicts only a claim of that month, and a claim of a month only a count of it.
  const samePeriod = forClaimedPeriod().filter((figure) => fitsClaimedMonth(figure, month));
  const otherMonths = forClaimedPeriod().filter((figure) => !fitsClaimedMonth(figure, month));
  if (samePeriod.length === 0 && otherMonths.length > 0) {
    return { claimed, verdict: "unverified", reason: `For ${claimed.period} the sources give ${month ? "other months' counts" : "one month's counts"} (${listed(otherMonths)}), which neither confirm nor rule out ${claim}${month ? ` for ${month.replace(/^\w/, (first) => first.toUpperCase())}` : ""}.`, evidence: evidenceOf(otherMonths) };
  }
  // "6,520.7 agency workers" against an article's "6,500": the source printed fewer digits, a
  // rounding of the claim, which it can neither confirm nor refute; nor does a claim's rough one-digit
  // rounding of the source ("£0.6bn" for £605m, roughlyRounds) refute it.
  if (samePeriod.length > 0 && !isShare(claimed) && samePeriod.every((figure) => !isShare(figure) && (roundingOf(figure, claimed) !== undefined || roughlyRounds(claimed, figure)))) {
    const roundsClaim = samePeriod.every((figure) => roundingOf(figure, claimed) !== undefined);
    const rounding = roundsClaim ? `a rounding of ${claim}: they neither confirm nor rule out the exact figure` : `which ${claim} rounds only roughly: it neither confirms nor rules them out`;
    return { claimed, verdict: "unverified", reason: `For ${claimed.period} the sources say ${listed(samePeriod)}, ${rounding}.`, evidence: evidenceOf(samePeriod) };
  }
  // ("nearly half" against a claim of 50 %: a hedge at the claim's own value, hry149.)
  if (samePeriod.length > 0 && samePeriod.every((figure) => hedgedAtValue(claimed, figure))) {
    return { claimed, verdict: "unverified", reason: `For ${claimed.period} the sources say ${listed(samePeriod)}: a hedge at ${claim} itself, which neither confirms nor rules it out.`, evidence: evidenceOf(samePeriod) };
  }
  // "7,600 vacancies were recorded", in a February 2023 article: dated only by its publication, it may
  // be the September before's; with the claimed figure dated by another article alone, the two may be
  // one count a year apart, so neither refutes the other.
  if (samePeriod.length > 0 && samePeriod.every((figure) => figure.periodFrom === "article") && agreeingElsewhere.length > 0 && agreeingElsewhere.every((figure) => figure.periodFrom === "article")) {
    return { claimed, verdict: "unverified", reason: `For ${claimed.period} the sources say ${listed(samePeriod)} and ${claim} is the figure for ${elsewherePeriods}, but each is dated only by its article's date, so I can't tell which year each counts.`, evidence: evidenceOf(samePeriod, elsewhere) };
  }
  // "Councils predicted an overspend of £639m": the whole council's £639m, where children's services' is £319m (hry103).
  const wider = samePeriod.length > 0 ? asWholeCouncil(claimed, claimText) : undefined;
  const asWhole = wider ? agreementCandidates(archive, inPeriod(cellsFor(measureTable(archive), wider).same, wider), wider).filter((figure) => fits(figure) && claimStates(wider, figure)) : [];
  if (asWhole.length > 0) {
    return { claimed, verdict: "unverified", reason: `For ${claimed.period} the sources give ${listed(mostReportedFirst(asWhole))} for the whole council's money and ${listed(samePeriod)} otherwise; I can't tell which the claim means.`, evidence: evidenceOf(mostReportedFirst(asWhole), samePeriod) };
  }
  // "4,835 special guardianship orders were made in 2014", no place named, against England's 3,330 and
  // England and Wales's 4,835: the claim may mean either, so the one does not refute it (hry152).
  const elsewherePlaced = samePeriod.length > 0 && !claimed.geography ? agreementCandidates(archive, current, claimed).filter((figure) => figure.period === claimed.period && holdsEngland(figure.geography) && fitsBarPlace(figure) && claimStates(claimed, figure)) : [];
  if (elsewherePlaced.length > 0) {
    return { claimed, verdict: "unverified", reason: `For ${claimed.period} the sources say ${listed(samePeriod)}, but ${claim} is the figure for ${[...new Set(elsewherePlaced.map((figure) => figure.geography))].join(", ")}; the claim names no place, so I can't tell which it means.`, evidence: evidenceOf(elsewherePlaced, samePeriod) };
  }
  if (samePeriod.length > 0) {
    const wrongPeriod = elsewhere.length > 0 ? ` ${claim} is the figure for ${elsewherePeriods}.` : "";
    // The same measure counted the other way ("20 councils" beside "one in seven") helps the reader.
    const otherWayFitting = fittingGroups(archive, otherWay.filter((cell) => cell.period === claimed.period), fits, fitsKey);
    const alsoSaid = otherWayFitting.length > 0 ? ` They also give ${listed(otherWayFitting)}.` : "";
    return {
      claimed,
      verdict: "contradicted",
      reason: `For ${claimed.period} the sources say ${listed(samePeriod)}, not ${claim}.${wrongPeriod}${alsoSaid}`,
      evidence: evidenceOf(samePeriod, elsewhere, otherWayFitting),
    };
  }
  return {
    claimed,
    verdict: "unverified",
    reason: `The archive has no figure for ${measure} in ${partYear ? `the part of ${claimed.period} the claim names` : claimed.period} (${whyNoneFits(claimed, same, partYear)})${elsewhere.length > 0 ? `; ${claim} is the figure for ${elsewherePeriods}` : ""}.`,
    evidence: (elsewhere.length > 0 ? elsewhere : measureGroups(archive, same).top).slice(0, 5),
  };
}

/** Why no figure of the claimed period fits: "(it has 2022)" beside "no figure … in 2022" would read as a contradiction. */
function whyNoneFits(claimed: FigureMention, same: readonly MeasureCell[], partYear: boolean): string {
  if (!same.some((cell) => cell.period === claimed.period)) return `it has ${periodsOf(same.map((cell) => cell.period))}`;
  if (partYear) return `its ${claimed.period} figures are for the whole year or another part of it`;
  if (claimed.geography) return `its ${claimed.period} figures are not for ${claimed.geography}`;
  return `its ${claimed.period} figures count it another way: another basis, group, place or part of the year`;
}

/** A verdict from the sum of a combination's parts ("22% inadequate + 42% requires improvement = 64 %"). */
function fromParts(claimed: FigureMention, claim: string, parts: Combination): ClaimCheck {
  return parts.agrees
    ? { claimed, verdict: "supported", reason: `${claim} for ${claimed.period} matches the sum of its parts in one source: ${parts.working}.`, evidence: parts.parts }
    : { claimed, verdict: "contradicted", reason: `For ${claimed.period} one source gives the parts: ${parts.working}, not ${claim}.`, evidence: parts.parts };
}

/** The cells' figures in the sentence, unfolded: a fold may hide the sentence a figure stands in. */
function sameSentence(archive: Archive, cells: readonly MeasureCell[], sentence: string): Figure[] {
  return cells.flatMap((cell) => (sentencesOfCell(archive, cell).get(sentence) ?? []).map((ordinal) => archive.figures[ordinal]!));
}

/**
 * The official verdict, with what the articles say beside it. Where an article states the claimed
 * figure and the record's count on the days the claim may mean does not, the two count differently
 * (another day, another definition): the verdict is unverified, never a contradiction of the source.
 */
function officialFirst(official: ClaimCheck, fromArticles: ClaimCheck, series: boolean): ClaimCheck {
  const articles = fromArticles.evidence.length > 0 ? ` In the articles: ${fromArticles.reason}` : "";
  // An article that dates a series' figure by nothing but the day it was published ("the England rate
  // of 67", in a 2022 story) does not say which year it counts: the record's figure for the year
  // claimed stands. (Councils by grade are another matter: an article's count on another day of the
  // year is a count the record, taken at 31 March, does not hold.)
  const stated = fromArticles.evidence.filter((figure) => figure.period === official.claimed.period);
  const articleDatedOnly = series && stated.length > 0 && stated.every((figure) => figure.periodFrom === "article");
  // "8 councils were rated outstanding in 2023", stated by an article of the year's inspections ("eight of the 43 visited
  // by Ofsted in 2023"): the claim may mean those, which the record's count at 31 March does not hold (hry154).
  const claimed = official.claimed;
  const yearsInspections = claimed.measure?.basis === undefined && fromArticles.evidence.some((figure) => figure.period === claimed.period && figure.measure?.basis === "flow" && figure.measure.indicator === claimed.measure?.indicator && claimStates(claimed, figure));
  const articleSays = (fromArticles.verdict === "supported" && !articleDatedOnly) || yearsInspections;
  const verdict = official.verdict === "contradicted" && articleSays ? "unverified" : official.verdict;
  const lead = verdict === official.verdict ? official.reason : `The sources differ. ${official.reason}`;
  return { ...official, verdict, reason: `${lead}${articles}`, evidence: fromArticles.evidence };
}

/** An unverified claim of a series the record holds, for a period it cannot settle, says why. */
function withSeriesNote(check: ClaimCheck, note: () => string | undefined): ClaimCheck {
  if (check.verdict !== "unverified") return check;
  const why = note();
  return why ? { ...check, reason: `${why} In the articles: ${check.reason}` } : check;
}

/** "Bradford overspent …" where the reader placed no figure in Bradford: not England's figure either. */
function placeUnsettled(claimed: FigureMention): ClaimCheck {
  return { claimed, verdict: "unverified", reason: `The claim names a place (a council, or some areas) I can't tie “${claimed.text}” to, so I won't check it against another place's figure.`, evidence: [] };
}

/**
 * "Spending fell to £3.1bn" against "has almost doubled … to £3.1bn": the level agrees, the move it
 * claims is the opposite of the source's, so it is not confirmed. (Not called wrong: a direction
 * read from a few words can belong to another stretch of time; measured, calling it wrong cost the
 * blind set a wrong contradicted.)
 */
function againstDirection(check: ClaimCheck, move: Move | undefined): ClaimCheck {
  if (check.verdict !== "supported" || check.evidence.length === 0) return check;
  const claimed = move?.direction;
  if (!claimed) return check;
  // The figures that state the claimed level: other evidence (other categories, other years) moved on its own.
  const level = check.evidence.filter((figure) => figure.value === check.claimed.value);
  const moves = (level.length > 0 ? level : check.evidence).map((figure) => ({ figure, direction: directionTo(figure.sentence, figure.text) ?? directionAfter(figure.sentence, figure.text) }));
  const opposite = moves.find((move) => move.direction !== undefined && move.direction !== claimed);
  if (!opposite?.direction || moves.some((move) => move.direction === claimed)) return check;
  return { ...check, verdict: "unverified", reason: `${check.reason} But the source says it ${movedWord(opposite.direction)} to ${opposite.figure.text}, where the claim says it ${movedWord(claimed)}, so I can't confirm the claim.` };
}

/**
 * "DCS changes fell to 62 in 2023-24" against "There were 62 DCS changes in 2023-24. That was up from
 * 50 in 2022-23.": the source that states the level states the year before too, and the move between
 * them is the opposite of the claim's (hry57). Unverified, as `againstDirection` is.
 */
function againstEarlierYear(archive: Archive, check: ClaimCheck, move: Move | undefined): ClaimCheck {
  if (check.verdict !== "supported" || !move?.direction || !check.claimed.measure) return check;
  const cells = cellsFor(measureTable(archive), check.claimed).same;
  for (const figure of check.evidence.filter((each) => each.value === check.claimed.value && each.period !== undefined)) {
    const at = periodSortKey(figure.period);
    let earlier: Figure | undefined;
    for (const cell of cells) {
      const key = periodSortKey(cell.period);
      if (key >= at || (earlier && key <= periodSortKey(earlier.period))) continue;
      const sameSource = cell.ordinals.find((ordinal) => archive.figures[ordinal]!.source.id === figure.source.id && archive.figures[ordinal]!.geography === figure.geography);
      if (sameSource !== undefined) earlier = archive.figures[sameSource];
    }
    if (!earlier || earlier.value === figure.value) continue;
    const moved = figure.value > earlier.value ? "up" : "down";
    if (moved !== move.direction) return { ...check, verdict: "unverified", reason: `${check.reason} But the same source gives ${earlier.text} for ${earlier.period}: it ${movedWord(moved)} to ${figure.text}, where the claim says it ${movedWord(move.direction)}, so I can't confirm the claim.` };
  }
  return check;
}

/**
 * "Fell from 1,000 in 2022 to 1,200 in 2023": the claim's own figures moved the other way from the
 * verb it gives them. Each figure may match a source, but the claim as written cannot be true, so it
 * is contradicted whatever the sources say (a claim's own words are not a reading of another stretch
 * of time, the doubt that keeps `againstDirection` at unverified).
 */
function againstOwnFigures(check: ClaimCheck, move: Move | undefined, mentions: readonly FigureMention[]): ClaimCheck {
  if (move?.fromAt === undefined) return check;
  const end = check.claimed;
  const start = mentions.find((mention) => mention.start !== end.start && mention.start >= move.fromAt!);
  if (!start || start.change || end.change || start.value === end.value || (start.unit === "%") !== (end.unit === "%")) return check;
  const moved = start.value < end.value ? "up" : "down";
  if (moved === move.direction) return check;
  return { ...check, verdict: "contradicted", reason: `The claim says it ${movedWord(move.direction)} from ${start.text} to ${end.text}, but ${end.text} is ${moved === "up" ? "more" : "less"} than ${start.text}: it ${movedWord(moved)}, not ${movedWord(move.direction)}.` };
}

/** The claim's figures, one check each, and the overall verdict: the worst of them. */
export function checkClaim(archive: Archive, claim: string): { checks: ClaimCheck[]; verdict: Verdict } {
  const checks: ClaimCheck[] = [];
  for (const sentence of splitSentences(claim)) {
    const mentions = extractFigures(sentence.text, { claim: true });
    // "Spielman said …": the figure is confirmed only where she is the one saying it.
    const saidBy = claimedSource(sentence.text);
    for (const mention of mentions) {
      const settled = withoutUnsettledGrade(mention);
      const fromFigures = claimPlaceInDoubt(settled, sentence.text) ? placeUnsettled(settled) : checkFigure(archive, settled, sentence.text);
      // Councils the articles name with the grade count too, when no figure decides the claim.
      const listed = fromFigures.verdict === "unverified" ? checkListedCount(archive, settled) : undefined;
      const fromArticles = listed && (listed.verdict !== "unverified" || fromFigures.evidence.length === 0) ? listed : fromFigures;
      // The official record first, where it holds the claim's measure; the articles' evidence beside it.
      const asSeries = withStatedShare(settled, sentence.text);
      const byGrade = checkAgainstStatistics(archive, settled, sentence.text, fromArticles.evidence) ?? checkAgainstProviders(archive, settled, sentence.text);
      const bySeries = byGrade ? undefined : checkAgainstSeries(archive, asSeries, sentence.text, fromArticles.evidence);
      const official = byGrade ?? bySeries;
      const check = official ? officialFirst(official, fromArticles, bySeries !== undefined) : withSeriesNote(fromArticles, () => seriesNote(archive, asSeries, sentence.text));
      // The move the claim states, read once for both checks of it.
      const move = claimedMove(sentence.text, check.claimed);
      const judged = againstOwnFigures(againstEarlierYear(archive, againstDirection(check, move), move), move, mentions);
      checks.push({ ...withAttribution(archive, judged, saidBy), sentence: sentence.text });
    }
  }
  const verdict = worstVerdict(checks.map((check) => check.verdict));
  return { checks, verdict };
}
