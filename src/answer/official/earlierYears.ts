// `trend children in care` where the record holds 2021–2025 and the articles say what it was in
// 2015 or 2017: the official series first, then the articles' figures of the same measure and
// place for the years before the record begins, so the trend reaches back as far as the archive
// does. Years the record holds are the record's alone; an article's figure for them is not shown
// here (a lookup names where it differs).

import type { Answer, Figure } from "../../types.ts";
import { periodSortKey } from "../../measure/periods.ts";
import { sameMeasureAnyPeriod } from "../../measure/same.ts";

export function withEarlierArticleYears(official: Answer, articles: () => Answer): Answer {
  const record = official.official ?? [];
  if (official.status !== "found" || record.length === 0) return official;
  const first = record.reduce((earliest, figure) => Math.min(earliest, periodSortKey(figure.period)), Number.POSITIVE_INFINITY);
  const earlier = (articles().series ?? []).filter((figure: Figure) => figure.period !== undefined && periodSortKey(figure.period) < first && record.some((cell) => sameMeasureAnyPeriod(figure, cell)));
  if (earlier.length === 0) return official;
  const years = earlier.length === 1 ? "1 earlier period" : `${earlier.length} earlier periods`;
  return { ...official, series: earlier, message: `${official.message ?? ""}\nThe articles add ${years}, before the record begins (below).` };
}
