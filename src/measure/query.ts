// What a question names: the indicator and population of "how many councils were inadequate" or
// "trend DCS turnover", read with the same vocabulary as the articles.

import { tokenize } from "../extract/figures/tokens.ts";
import { catalogue, type Indicator, type Population } from "./catalogue.ts";
import { vocabulary } from "./vocabulary.ts";
import { outsidePopulations } from "./modifiers.ts";
import { kindNamed } from "./narrowing.ts";

export interface QueryMeasure {
  /** Every indicator some words of the question name, in the order named ("vacancies" names the rate and the count). */
  indicators: Indicator[];
  population?: Population;
  aspect?: string;
  /** A kind of the population the question names ("secure children's homes"): figures of that kind are asked for. */
  kind?: string;
  /** A place the question names ("in London", "north west"); questions are often typed in lower case. */
  place?: string;
}

/** Whether a figure counts the kind of its population a question names: its subgroup says so ("secure homes"). */
export function ofKind(measure: { subgroup?: string } | undefined, kind: string): boolean {
  if (measure?.subgroup === undefined) return false;
  const words = measure.subgroup.toLowerCase().split(/[^a-z]+/);
  // "council-run": every part of a hyphenated kind.
  return kind.toLowerCase().split(/[^a-z]+/).every((part) => part === "" || words.includes(part));
}

export function readQueryMeasure(text: string): QueryMeasure {
  const tokens = tokenize(text);
  const words = vocabulary();
  // "local authority children's homes": councils named right before another population are a kind of it (hry66).
  const found = words.populations.find(tokens);
  const populations = found.length > 1 && found[0]!.value.id === "councils" && found[1]!.startTok === found[0]!.endTok ? found.slice(1) : found;
  // "care leavers inadequate 2025": "leavers" inside a population's name is no turnover.
  const named = [...new Set(outsidePopulations(words.indicators.find(tokens), populations).map((mention) => mention.value))];
  // "rate of children looked after per 10,000": of the indicators the words name, the rate first.
  // "how many children were in care": the count first.
  const perHead = /\bper\s+\d/i.test(text) || /\brate\b/i.test(text);
  const counting = asksForCount(text);
  const first = (unit: "rate" | "count") => [...named.filter((indicator) => indicator.units.includes(unit)), ...named.filter((indicator) => !indicator.units.includes(unit))];
  const population = populations[0]?.value;
  // "how many social workers are there" names no indicator: the population's own count is asked for.
  const counted = named.length === 0 && counting && population?.howMany ? catalogue().indicator(population.howMany) : undefined;
  const indicators = counted ? [counted] : perHead ? first("rate") : counting ? first("count") : named;
  const aspect = words.aspects.find(tokens)[0]?.value;
  const place = words.geographies.find(tokens)[0]?.value;
  const kindWord = populations[0] ? tokens[populations[0].startTok - 1]?.lower : undefined;
  // "UASC", "unaccompanied children": a name that is a kind by itself asks for that kind (its first word).
  const namedKind = populations[0] ? kindNamed(populations[0].value, text.slice(populations[0].start, populations[0].end))?.split(" ")[0] : undefined;
  const kind = kindWord !== undefined && population?.kinds?.includes(kindWord) ? kindWord : namedKind;
  return { indicators, ...(population ? { population } : {}), ...(aspect && aspect !== "overall" ? { aspect } : {}), ...(kind ? { kind } : {}), ...(place ? { place } : {}) };
}

/** "how many", "number of", "FTE": the question wants a count, not a rate or a share. */
export function asksForCount(text: string): boolean {
  return /\bhow many\b|\bnumber of\b|\bfte\b/i.test(text);
}

/**
 * The question with the words that name its indicator, population or aspect blanked out: what is
 * left says where and when ("agency rate Yorkshire 2023" → "Yorkshire 2023").
 */
export function withoutMeasureWords(text: string): string {
  const tokens = tokenize(text);
  const words = vocabulary();
  // Several values may share one span ("in care" is a count and a rate): blank characters, not cut spans.
  const blank = new Array<boolean>(text.length).fill(false);
  for (const span of [...words.indicators.find(tokens), ...words.populations.find(tokens), ...words.aspects.find(tokens)]) blank.fill(true, span.start, span.end);
  return [...text].map((character, at) => (blank[at] ? " " : character)).join("").replace(/\s+/g, " ").trim();
}

/** "how many children started to be looked after": the way the indicator's series counts it apart that the question names, if one. */
export function aspectAskedIn(text: string, indicator: Indicator): string | undefined {
  const named = new Set(vocabulary().indicatorAspects.find(tokenize(text)).filter((mention) => mention.value.indicator === indicator.id).map((mention) => mention.value.aspect));
  return named.size === 1 ? [...named][0] : undefined;
}
