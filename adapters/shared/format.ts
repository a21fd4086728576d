// Pure wording shared by every adapter: how a date, a source, a figure and a speaker read. Each
// platform escapes or styles the result for itself; nothing here knows about a platform.

import { describeFigure } from "../../src/archive/compare.ts";
import { formatDate } from "../../src/ingest/dates.ts";
import { officialValue } from "../../src/answer/official/format.ts";
import type { Figure, OfficialDifference, Quote, Source } from "../../src/types.ts";

export { formatDate };

export function citation(source: Source): string {
  return [source.title, source.publisher, formatDate(source.date), source.url].filter(Boolean).join(" · ");
}

/**
 * "one in seven (14.3 %) — inadequate · 2013 · England": the core's wording, then what and when.
 * What is counted apart is part of what: "children on child protection plans (started in the year)", and
 * so is the part of the population counted: "number of providers (secure children's homes)".
 * A year the sentence does not state is marked as the article's: "144 notifications — 2020" read
 * as the notifications of 2020 when the article, published then, counted them since 2018.
 */
export function figureHeadline(figure: Figure): string {
  // A part of the population is said too: "only 13 children's homes — number of providers (secure children's homes)".
  const parts = [figure.measure?.aspect, figure.measure?.subgroup].filter(Boolean).join("; ");
  const what = figure.metric && parts ? `${figure.metric} (${parts})` : figure.metric;
  const when = figure.period && figure.periodFrom === "article" ? `${figure.period} (${figure.source.date?.startsWith(figure.period) ? "year of article" : "from the article"})` : figure.period;
  const facets = [what, when, figure.geography].filter(Boolean).join(" · ");
  return `${describeFigure(figure)}${facets ? ` — ${facets}` : ""}`;
}

export function speakerLine(quote: Quote): string {
  const who = !quote.speaker ? "speaker not stated" : quote.role ? `${quote.speaker}, ${quote.role}` : quote.speaker;
  // The reader must know the words may go on: the stored article stops inside the quote.
  return quote.cutOff ? `${who} (cut off where the stored article ends)` : who;
}

/** "1 figure", "2 figures": `noun` is singular and takes an "s". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** "15 October 2013 to 28 June 2016": the span of the dated sources, or undefined when none is dated. */
export function dateSpan(sources: readonly Source[]): string | undefined {
  const dates = sources.flatMap((source) => (source.date ? [source.date] : [])).sort();
  const first = dates[0];
  const last = dates.at(-1);
  if (!first || !last) return undefined;
  return first === last ? formatDate(first) : `${formatDate(first)} to ${formatDate(last)}`;
}

/** The heading every platform gives the article figures that differ from the official figure. */
export const OFFICIAL_DIFFERENCES_TITLE = "Differs from the official statistics";

/** "official: 15.9% — England, year to 30 September 2023 (value differs)": the record beside an article figure. */
export function officialContrast(difference: OfficialDifference): string {
  const { official, differs } = difference;
  return `official: ${officialValue(official)} — ${official.geography}, ${official.periodLabel} (${differs.join(" and ")} ${differs.length === 1 ? "differs" : "differ"})`;
}
