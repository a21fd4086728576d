// A heading and the list under it: "Agency social workers by region, September 2024" names the
// measure, period and place of the lines "London: 20.1%" that follow, which say none of their own.

import type { FigureMention, Measure } from "../types.ts";
import { findPeriods } from "../extract/figures/periods.ts";
import { tokenize } from "../extract/figures/tokens.ts";
import { readQueryMeasure } from "./query.ts";
import { catalogue } from "./catalogue.ts";
import { indicatorLabel } from "./index.ts";
import { unitKindOf } from "./same.ts";
import { populationNamed } from "./vocabulary.ts";

/** What a heading says its list is about: "Agency social workers by region, September 2024". */
export interface HeadingContext {
  /** The measures the heading names, one per indicator ("agency social workers": the rate and the count). */
  measures: Measure[];
  period?: string;
  place?: string;
  /** The population it names ("Children's homes by grade:"): a grade in its list is of them. */
  population?: string;
}

export function readHeading(text: string): HeadingContext {
  const named = readQueryMeasure(text);
  const measures: Measure[] = [];
  for (const indicator of named.indicators) {
    const population = named.population?.id ?? (indicator.populations.length === 1 ? indicator.populations[0] : undefined);
    if (!population || !indicator.populations.includes(population)) continue;
    measures.push({ indicator: indicator.id, population, ...(indicator.basis ? { basis: indicator.basis } : {}), ...(named.aspect ? { aspect: named.aspect } : {}) });
  }
  const period = findPeriods(tokenize(text)).find((mention) => mention.explicit)?.explicit;
  return { measures, ...(period ? { period } : {}), ...(named.place ? { place: named.place } : {}), ...(named.population ? { population: named.population.id } : {}) };
}

/**
 * "London: 20.1%" under the heading "Agency social workers by region, September 2024": a list
 * line's figure with nothing of its own takes what its heading names, when exactly one of the
 * heading's measures is that kind of number.
 */
export function underHeading(mention: FigureMention, heading: HeadingContext): FigureMention {
  let read = mention;
  const kind = unitKindOf(read);
  const fitting = heading.measures.filter((measure) => catalogue().indicator(measure.indicator)?.units.includes(kind));
  const counts = kind !== "count" || read.unit === "" || populationNamed(read.unit) === fitting[0]?.population;
  if (!read.measure && !read.change && fitting.length === 1 && counts) read = { ...read, measure: fitting[0]!, metric: indicatorLabel(fitting[0]!.indicator) };
  if (heading.period && read.periodFrom === "article") read = { ...read, period: heading.period };
  if (heading.place && !read.geography) read = { ...read, geography: heading.place };
  return read;
}
