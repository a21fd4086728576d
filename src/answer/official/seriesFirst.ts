// A series question the articles also answer ("social worker turnover 2022", "average caseload"):
// the official figure leads, then the articles' figures of the same measure (src/measure/same.ts),
// and the answer says which of them differ from the record in value or in period, as conflicts
// between articles are said. A reporter's rounding ("around 17%" for 17.2%) is agreement.

import { describeFigure, isBound, withinBound } from "../../archive/compare.ts";
import { claimMeansPeriod } from "../../measure/periods.ts";
import { sameMeasure, sameMeasureAnyPeriod } from "../../measure/same.ts";
import type { Answer, Figure, OfficialFigure } from "../../types.ts";
import { officialValue, plural } from "./format.ts";
import { agreesWithOfficial } from "./seriesCheck.ts";

/** How an article's figure differs from the official figure of the same measure, or undefined when it agrees. */
function difference(figure: Figure, official: OfficialFigure): string | undefined {
  const comparable = { value: official.value!, unit: official.unit, text: official.text };
  const valueAgrees = isBound(figure) ? withinBound(figure, comparable) : agreesWithOfficial(figure, official) !== "no";
  const samePeriod = claimMeansPeriod(figure.period, official);
  if (valueAgrees && samePeriod) return undefined;
  const differs = [valueAgrees ? "" : `the record says ${officialValue(official)}`, samePeriod ? "" : `the article's period is ${figure.period}, the record's ${official.periodLabel}`].filter(Boolean);
  return `${describeFigure(figure)} for ${figure.period} (${figure.source.publisher ?? figure.source.title}): ${differs.join("; ")}`;
}

/**
 * The official answer first, then the articles' figures that measure the same thing; the official
 * answer alone when no article figure does.
 */
export function seriesFirst(official: Answer, fromArticles: Answer): Answer {
  const shown = (official.official ?? []).filter((figure) => figure.value !== null);
  const same = fromArticles.figures.filter((figure) => shown.some((record) => sameMeasureAnyPeriod(figure, record)));
  if (same.length === 0 || !official.message) return official;
  const differing = same.flatMap((figure) => {
    const record = shown.find((candidate) => sameMeasure(figure, candidate));
    const differs = record ? difference(figure, record) : undefined;
    return differs ? [differs] : [];
  });
  // Article figures for periods the shown record does not cover are listed, not compared.
  const compared = same.filter((figure) => shown.some((record) => sameMeasure(figure, record))).length;
  const unmatched = same.length - compared;
  const otherPeriods = unmatched > 0 ? ` (${unmatched === same.length ? "" : `${unmatched} of them `}for other periods than the record's shown above)` : "";
  const differs = differing.length > 0 ? `\nDiffering from the record: ${differing.join("; ")}.` : compared > 0 ? `\nThey agree with the record${unmatched > 0 ? " where it covers their period" : ""}.` : "";
  return {
    ...fromArticles,
    figures: same,
    message: `${official.message}\nIn the articles: ${plural(same.length, "figure")} of the same measure${otherPeriods}.${differs}`,
    official: official.official ?? [],
  };
}
