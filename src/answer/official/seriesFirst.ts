// A series question the articles also answer ("social worker turnover 2022", "average caseload"):
// the official figure leads, then the articles' figures of the same measure (src/measure/same.ts),
// and the answer names those that differ from the record in value or in period
// (`officialDifferences`), as conflicts between articles are named. A reporter's rounding ("around
// 17%" for 17.2%) is agreement.

import { isBound, withinBound } from "../../archive/compare.ts";
import { claimMeansPeriod } from "../../measure/periods.ts";
import { measureKey, sameMeasure, sameMeasureAnyPeriod } from "../../measure/same.ts";
import type { Archive } from "../../archive/buildArchive.ts";
import type { Answer, Figure, OfficialDifference, OfficialFigure } from "../../types.ts";
import { plural } from "./format.ts";
import { agreesWithOfficial } from "./seriesCheck.ts";

const articleMeasures = new WeakMap<readonly Figure[], Set<string>>();

/**
 * Whether any article figure measures what one of the official figures does (the same measureKey,
 * which sameMeasureAnyPeriod requires): when none does, the article search is not run at all.
 */
export function articlesMayMeasure(archive: Archive, official: readonly OfficialFigure[]): boolean {
  let keys = articleMeasures.get(archive.figures);
  if (!keys) {
    keys = new Set(archive.figures.flatMap((figure) => measureKey(figure) ?? []));
    articleMeasures.set(archive.figures, keys);
  }
  return official.some((figure) => keys.has(measureKey(figure) ?? ""));
}

/** How an article's figure differs from the official figure of the same measure, or undefined when it agrees. */
function difference(figure: Figure, official: OfficialFigure): OfficialDifference | undefined {
  const comparable = { value: official.value!, unit: official.unit, text: official.text };
  const valueAgrees = isBound(figure) ? withinBound(figure, comparable) : agreesWithOfficial(figure, official) !== "no";
  const differs: OfficialDifference["differs"] = [];
  if (!valueAgrees) differs.push("value");
  if (!claimMeansPeriod(figure.period, official)) differs.push("period");
  return differs.length > 0 ? { figure, official, differs } : undefined;
}

/**
 * The official answer first, then the articles' figures that measure the same thing; the official
 * answer alone when no article figure does.
 */
export function seriesFirst(official: Answer, fromArticles: Answer): Answer {
  const shown = (official.official ?? []).filter((figure) => figure.value !== null);
  const same = fromArticles.figures.filter((figure) => shown.some((record) => sameMeasureAnyPeriod(figure, record)));
  if (same.length === 0 || !official.message) return official;
  const differences: OfficialDifference[] = [];
  let compared = 0;
  for (const figure of same) {
    const record = shown.find((candidate) => sameMeasure(figure, candidate));
    if (!record) continue;
    compared += 1;
    const differs = difference(figure, record);
    if (differs) differences.push(differs);
  }
  // Article figures for periods the shown record does not cover are listed, not compared.
  const unmatched = same.length - compared;
  const otherPeriods = unmatched > 0 ? ` (${unmatched === same.length ? "" : `${unmatched} of them `}for other periods than the record's shown above)` : "";
  const verdict = differences.length > 0 ? ` ${differences.length === compared ? (compared === 1 ? "It differs" : "They differ") : `${differences.length} of ${compared} differ`} from the record (below).` : compared > 0 ? ` ${compared === 1 ? "It agrees" : "They agree"} with the record.` : "";
  return {
    ...fromArticles,
    figures: same,
    message: `${official.message}\nIn the articles: ${plural(same.length, "figure")} of the same measure${otherPeriods}.${verdict}`,
    official: official.official ?? [],
    ...(differences.length > 0 ? { officialDifferences: differences } : {}),
  };
}
