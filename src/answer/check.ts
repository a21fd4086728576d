// `check <claim>`: the claim's figures are read with the same grammar as the archive, then compared
// with archive figures that measure the same thing. A right number for the wrong period is a
// contradiction; nothing measuring the claim's thing is `unverified`, never a guess.

import type { Archive } from "../archive/buildArchive.ts";
import { extractFigures } from "../extract/figures/index.ts";
import { splitSentences } from "../text/index.ts";
import type { ClaimCheck, Figure, FigureMention, Verdict } from "../types.ts";
import { describeFigure, isShare, samePeriod, sameUnit, valuesAgree, withinBound } from "../archive/compare.ts";
import { corroborate } from "./corroborate.ts";
import { periodSortKey } from "../archive/periods.ts";
import { figuresByMetric } from "./views.ts";

function listed(figures: readonly Figure[]): string {
  const shown = figures.slice(0, 3).map((figure) => `${describeFigure(figure)}${figure.period ? ` (${figure.period})` : ""}`);
  return shown.join("; ") + (figures.length > 3 ? `; and ${figures.length - 3} more` : "");
}

function periodsOf(figures: readonly Figure[]): string {
  return [...new Set(figures.map((figure) => figure.period ?? "undated"))].sort((a, b) => periodSortKey(a) - periodSortKey(b)).join(", ");
}

/** "inadequate (share of local authorities)": what a claim measures, in words for messages. */
function measureOf(claimed: FigureMention): string {
  if (isShare(claimed)) return `${claimed.metric} (as a share${claimed.of ? ` of ${claimed.of}` : ""})`;
  return `${claimed.metric} (as a count${claimed.unit ? ` of ${claimed.unit}` : ""})`;
}

/** Evidence a check carries at most: the best-matching first; a large archive would otherwise attach thousands. */
export const MAX_EVIDENCE = 10;

export function checkFigure(archive: Archive, claimed: FigureMention): ClaimCheck {
  const claim = describeFigure(claimed);
  if (!claimed.metric) {
    return { claimed, verdict: "unverified", reason: `I can't tell what “${claimed.text}” measures, so I won't guess.`, evidence: [] };
  }
  const measure = measureOf(claimed);
  // One pass over the metric's figures sorts each into what the verdict needs: a large archive has
  // hundreds of thousands of figures for "inadequate", and each pass over them costs milliseconds.
  const sameThing: Figure[] = [];
  const candidates: Figure[] = [];
  const agreeing: Figure[] = [];
  const bounding: Figure[] = [];
  const elsewhere: Figure[] = [];
  const otherWayFigures: Figure[] = [];
  for (const figure of figuresByMetric(archive).get(claimed.metric) ?? []) {
    if (!sameUnit(figure, claimed)) {
      // The same measure counted the other way ("20 councils" beside "one in seven") helps the reader.
      if (claimed.period && figure.period === claimed.period && isShare(figure) !== isShare(claimed)) otherWayFigures.push(figure);
      continue;
    }
    sameThing.push(figure);
    if (!claimed.period || samePeriod(figure, claimed)) {
      candidates.push(figure);
      if (valuesAgree(figure, claimed)) agreeing.push(figure);
      // "more than 4,500" can neither confirm nor rule out 5,000.
      else if (withinBound(figure, claimed)) bounding.push(figure);
    } else if (figure.period && valuesAgree(figure, claimed)) elsewhere.push(figure);
  }
  if (sameThing.length === 0) {
    return { claimed, verdict: "unverified", reason: `Nothing in the archive measures ${measure}.`, evidence: [] };
  }
  if (agreeing.length > 0) {
    const agreed = new Set(agreeing);
    const evidence = corroborate([...agreeing, ...candidates.filter((figure) => !agreed.has(figure))]).slice(0, MAX_EVIDENCE);
    return { claimed, verdict: "supported", reason: `${claim}${claimed.period ? ` for ${claimed.period}` : ""} matches ${listed(corroborate(agreeing))}.`, evidence };
  }
  if (bounding.length > 0) {
    const bounds = corroborate(bounding);
    return { claimed, verdict: "unverified", reason: `The sources give only a bound: ${listed(bounds)}; that neither confirms nor rules out ${claim}.`, evidence: bounds.slice(0, MAX_EVIDENCE) };
  }
  if (!claimed.period) {
    return {
      claimed,
      verdict: "unverified",
      reason: `The claim gives no year, and no source has ${claim} for ${measure}; sources give ${listed(corroborate(sameThing))}.`,
      evidence: corroborate(sameThing).slice(0, MAX_EVIDENCE),
    };
  }
  if (candidates.length > 0) {
    const wrongPeriod = elsewhere.length > 0 ? ` ${claim} is the figure for ${periodsOf(elsewhere)}.` : "";
    const otherWay = corroborate(otherWayFigures);
    const alsoSaid = otherWay.length > 0 ? ` They also give ${listed(otherWay)}.` : "";
    return {
      claimed,
      verdict: "contradicted",
      reason: `For ${claimed.period} the sources say ${listed(corroborate(candidates))}, not ${claim}.${wrongPeriod}${alsoSaid}`,
      evidence: corroborate([...candidates, ...elsewhere, ...otherWay]).slice(0, MAX_EVIDENCE),
    };
  }
  if (elsewhere.length > 0) {
    return {
      claimed,
      verdict: "contradicted",
      reason: `${claim} is the figure for ${periodsOf(elsewhere)}, not ${claimed.period}; the archive has no figure for ${measure} in ${claimed.period}.`,
      evidence: corroborate(elsewhere).slice(0, MAX_EVIDENCE),
    };
  }
  return {
    claimed,
    verdict: "unverified",
    reason: `The archive has no figure for ${measure} in ${claimed.period} (it has ${periodsOf(sameThing)}).`,
    evidence: corroborate(sameThing).slice(0, 5),
  };
}

const SEVERITY: Record<Verdict, number> = { supported: 0, unverified: 1, contradicted: 2 };

/** The claim's figures, one check each, and the overall verdict: the worst of them. */
export function checkClaim(archive: Archive, claim: string): { checks: ClaimCheck[]; verdict: Verdict } {
  const checks: ClaimCheck[] = [];
  for (const sentence of splitSentences(claim)) {
    for (const mention of extractFigures(sentence.text, {})) checks.push(checkFigure(archive, mention));
  }
  const verdict = checks.reduce<Verdict>((worst, check) => (SEVERITY[check.verdict] > SEVERITY[worst] ? check.verdict : worst), checks.length > 0 ? "supported" : "unverified");
  return { checks, verdict };
}
