// `check <claim>`: the claim's figures are read with the same grammar as the archive, then compared
// with archive figures that measure the same thing. A right number for the wrong period is a
// contradiction; nothing measuring the claim's thing is `unverified`, never a guess.

import type { Archive } from "../archive/buildArchive.ts";
import { extractFigures } from "../extract/figures/index.ts";
import { splitSentences } from "../text/index.ts";
import type { ClaimCheck, Figure, FigureMention, Verdict } from "../types.ts";
import { describeFigure, isShare, valuesAgree, withinBound } from "../archive/compare.ts";
import { corroborate, mostReportedFirst } from "./corroborate.ts";
import { periodSortKey } from "../archive/periods.ts";
import { agreementCandidates, boundFigures, cellsFor, inPeriod, measureGroups, measureTable } from "./measures.ts";

/** The first three, then how many more: `total` when the list is the start of a longer one. */
function listed(figures: readonly Figure[], total = figures.length): string {
  const shown = figures.slice(0, 3).map((figure) => `${describeFigure(figure)}${figure.period ? ` (${figure.period})` : ""}`);
  return shown.join("; ") + (total > 3 ? `; and ${total - 3} more` : "");
}

function periodsOf(periods: ReadonlyArray<string | undefined>): string {
  return [...new Set(periods.map((period) => period ?? "undated"))].sort((a, b) => periodSortKey(a) - periodSortKey(b)).join(", ");
}

/** "inadequate (share of local authorities)": what a claim measures, in words for messages. */
function measureOf(claimed: FigureMention): string {
  if (isShare(claimed)) return `${claimed.metric} (as a share${claimed.of ? ` of ${claimed.of}` : ""})`;
  return `${claimed.metric} (as a count${claimed.unit ? ` of ${claimed.unit}` : ""})`;
}

/** Evidence a check carries at most: the best-matching first; a large archive would otherwise attach thousands. */
export const MAX_EVIDENCE = 10;

function evidenceOf(...lists: ReadonlyArray<readonly Figure[]>): Figure[] {
  return corroborate(lists.flatMap((list) => list.slice(0, MAX_EVIDENCE))).slice(0, MAX_EVIDENCE);
}

/**
 * Reads only the cells of the measure table a claim can match (measures.ts): the claim's kind of
 * number, in its period, near its value. The cost follows the answer, not the archive.
 */
export function checkFigure(archive: Archive, claimed: FigureMention): ClaimCheck {
  const claim = describeFigure(claimed);
  if (!claimed.metric) {
    return { claimed, verdict: "unverified", reason: `I can't tell what “${claimed.text}” measures, so I won't guess.`, evidence: [] };
  }
  const measure = measureOf(claimed);
  const { same, otherWay } = cellsFor(measureTable(archive), claimed);
  if (same.length === 0) {
    return { claimed, verdict: "unverified", reason: `Nothing in the archive measures ${measure}.`, evidence: [] };
  }
  const current = inPeriod(same, claimed);
  const agreeing = mostReportedFirst(agreementCandidates(archive, current, claimed).filter((figure) => valuesAgree(figure, claimed)));
  if (agreeing.length > 0) {
    const others = measureGroups(archive, current).top.filter((figure) => !valuesAgree(figure, claimed));
    return { claimed, verdict: "supported", reason: `${claim}${claimed.period ? ` for ${claimed.period}` : ""} matches ${listed(agreeing)}.`, evidence: evidenceOf(agreeing, others) };
  }
  // "more than 4,500" can neither confirm nor rule out 5,000.
  const bounds = mostReportedFirst(boundFigures(archive, current).filter((figure) => withinBound(figure, claimed)));
  if (bounds.length > 0) {
    return { claimed, verdict: "unverified", reason: `The sources give only a bound: ${listed(bounds)}; that neither confirms nor rules out ${claim}.`, evidence: bounds.slice(0, MAX_EVIDENCE) };
  }
  if (!claimed.period) {
    const given = measureGroups(archive, same);
    return { claimed, verdict: "unverified", reason: `The claim gives no year, and no source has ${claim} for ${measure}; sources give ${listed(given.top, given.total)}.`, evidence: given.top.slice(0, MAX_EVIDENCE) };
  }
  const earlierOrLater = same.filter((cell) => cell.period !== undefined && !current.includes(cell));
  // Periods are named from the figures before folding: folding joins "2013" to an overlapping "2012-13".
  const agreeingElsewhere = agreementCandidates(archive, earlierOrLater, claimed).filter((figure) => valuesAgree(figure, claimed));
  const elsewhere = mostReportedFirst(agreeingElsewhere);
  const elsewherePeriods = periodsOf(agreeingElsewhere.map((figure) => figure.period));
  if (current.length > 0) {
    const given = measureGroups(archive, current);
    const wrongPeriod = elsewhere.length > 0 ? ` ${claim} is the figure for ${elsewherePeriods}.` : "";
    // The same measure counted the other way ("20 councils" beside "one in seven") helps the reader.
    const otherWayGiven = measureGroups(archive, otherWay.filter((cell) => cell.period === claimed.period));
    const alsoSaid = otherWayGiven.total > 0 ? ` They also give ${listed(otherWayGiven.top, otherWayGiven.total)}.` : "";
    return {
      claimed,
      verdict: "contradicted",
      reason: `For ${claimed.period} the sources say ${listed(given.top, given.total)}, not ${claim}.${wrongPeriod}${alsoSaid}`,
      evidence: evidenceOf(given.top, elsewhere, otherWayGiven.top),
    };
  }
  if (elsewhere.length > 0) {
    return {
      claimed,
      verdict: "contradicted",
      reason: `${claim} is the figure for ${elsewherePeriods}, not ${claimed.period}; the archive has no figure for ${measure} in ${claimed.period}.`,
      evidence: elsewhere.slice(0, MAX_EVIDENCE),
    };
  }
  return {
    claimed,
    verdict: "unverified",
    reason: `The archive has no figure for ${measure} in ${claimed.period} (it has ${periodsOf(same.map((cell) => cell.period))}).`,
    evidence: measureGroups(archive, same).top.slice(0, 5),
  };
}

const SEVERITY: Record<Verdict, number> = { supported: 0, unverified: 1, contradicted: 2 };

/** The claim's figures, one check each, and the overall verdict: the worst of them. */
export function checkClaim(archive: Archive, claim: string): { checks: ClaimCheck[]; verdict: Verdict } {
  const checks: ClaimCheck[] = [];
  for (const sentence of splitSentences(claim)) {
    for (const mention of extractFigures(sentence.text, {})) checks.push({ ...checkFigure(archive, mention), sentence: sentence.text });
  }
  const verdict = checks.reduce<Verdict>((worst, check) => (SEVERITY[check.verdict] > SEVERITY[worst] ? check.verdict : worst), checks.length > 0 ? "supported" : "unverified");
  return { checks, verdict };
}
