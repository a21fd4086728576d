// Pure wording shared by every adapter: how a date, a source, a figure and a speaker read. Each
// platform escapes or styles the result for itself; nothing here knows about a platform.

import { countNoun } from "../../src/archive/compare.ts";
import { formatDate } from "../../src/ingest/dates.ts";
import type { Figure, Quote, Source } from "../../src/types.ts";

export { formatDate };

export function citation(source: Source): string {
  return [source.title, source.publisher, formatDate(source.date), source.url].filter(Boolean).join(" · ");
}

function roundedValue(figure: Figure): string {
  const round = (value: number) => String(Number(value.toFixed(1)));
  const value = figure.upper !== undefined ? `${round(figure.value)}–${round(figure.upper)}` : round(figure.value);
  return figure.unit === "%" ? `${value} %` : value;
}

/** "one in seven (14.3 %) — inadequate · 2013 · England": the words as printed, the number when they are words. */
export function figureHeadline(figure: Figure): string {
  const unit = figure.unit && figure.unit !== "%" && !figure.text.includes(figure.unit) ? ` ${countNoun(figure.value, figure.unit)}` : "";
  const rounded = roundedValue(figure);
  const printedDigits = figure.text.replace(/,/g, "");
  const showValue = !printedDigits.includes(rounded.replace(" %", "")) || figure.upper !== undefined;
  const facets = [figure.metric, figure.period, figure.geography].filter(Boolean).join(" · ");
  // Ranges carry their qualifier inside the printed words ("to as high as 34"); do not say it twice.
  const qualifier = figure.qualifier && !figure.text.toLowerCase().includes(figure.qualifier.toLowerCase()) ? `${figure.qualifier} ` : "";
  return `${qualifier}${figure.text}${unit}${showValue ? ` (${rounded})` : ""}${facets ? ` — ${facets}` : ""}`;
}

export function speakerLine(quote: Quote): string {
  if (!quote.speaker) return "speaker not stated";
  return quote.role ? `${quote.speaker}, ${quote.role}` : quote.speaker;
}
