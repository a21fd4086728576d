// What a question names: the indicator and population of "how many councils were inadequate" or
// "trend DCS turnover", read with the same vocabulary as the articles.

import { tokenize } from "../extract/figures/tokens.ts";
import type { Indicator, Population } from "./catalogue.ts";
import { vocabulary } from "./vocabulary.ts";

export interface QueryMeasure {
  /** Every indicator some words of the question name, in the order named ("vacancies" names the rate and the count). */
  indicators: Indicator[];
  population?: Population;
  aspect?: string;
  /** A place the question names ("in London", "north west"); questions are often typed in lower case. */
  place?: string;
}

export function readQueryMeasure(text: string): QueryMeasure {
  const tokens = tokenize(text);
  const words = vocabulary();
  const named = [...new Set(words.indicators.find(tokens).map((mention) => mention.value))];
  // "rate of children looked after per 10,000": of the indicators the words name, the rate first.
  // "how many children were in care": the count first.
  const perHead = /\bper\s+\d/i.test(text) || /\brate\b/i.test(text);
  const counting = /\bhow many\b|\bnumber of\b/i.test(text);
  const first = (unit: "rate" | "count") => [...named.filter((indicator) => indicator.units.includes(unit)), ...named.filter((indicator) => !indicator.units.includes(unit))];
  const indicators = perHead ? first("rate") : counting ? first("count") : named;
  const population = words.populations.find(tokens)[0]?.value;
  const aspect = words.aspects.find(tokens)[0]?.value;
  const place = words.geographies.find(tokens)[0]?.value;
  return { indicators, ...(population ? { population } : {}), ...(aspect && aspect !== "overall" ? { aspect } : {}), ...(place ? { place } : {}) };
}
