// Pure wording shared by every adapter: how a date, a source, a figure and a speaker read. Each
// platform escapes or styles the result for itself; nothing here knows about a platform.

import { describeFigure } from "../../src/archive/compare.ts";
import { formatDate } from "../../src/ingest/dates.ts";
import type { Figure, Quote, Source } from "../../src/types.ts";

export { formatDate };

export function citation(source: Source): string {
  return [source.title, source.publisher, formatDate(source.date), source.url].filter(Boolean).join(" · ");
}

/** "one in seven (14.3 %) — inadequate · 2013 · England": the core's wording, then what and when. */
export function figureHeadline(figure: Figure): string {
  const facets = [figure.metric, figure.period, figure.geography].filter(Boolean).join(" · ");
  return `${describeFigure(figure)}${facets ? ` — ${facets}` : ""}`;
}

export function speakerLine(quote: Quote): string {
  const who = !quote.speaker ? "speaker not stated" : quote.role ? `${quote.speaker}, ${quote.role}` : quote.speaker;
  // The reader must know the words may go on: the stored article stops inside the quote.
  return quote.cutOff ? `${who} (cut off where the stored article ends)` : who;
}
