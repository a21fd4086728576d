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

/**
 * Whether a figure's aspect is what a question asks of an indicator whose series counts some ways
 * apart: the way the question names, else none of those ("trend fostering households" is the stock,
 * never the year's deregistrations; "trend deregistrations" never the stock, hry71).
 */
export function countsAskedAspect(indicator: Indicator | undefined, asked: string | undefined, aspect: string | undefined): boolean {
  return asked ? aspect === asked : !indicator?.aspects?.has(aspect ?? "");
}

/** "IFA share of fostering households", "percentage of councils": the question asks for a share, not a count. */
export function namesShare(text: string): boolean {
  return /\b(?:share|proportion|percentage|per ?cent|fraction)\b|%/i.test(text);
}

/**
 * Whether a figure's measure is what a topic asks of its indicator, where the indicator counts ways
 * apart (countsAskedAspect): one reading of the topic per indicator, for the many figures of a trend.
 */
export function askedAspectFilter(topic: string): (measure: { indicator: string; aspect?: string; scope?: string } | undefined) => boolean {
  const asked = new Map<string, { aspect: string | undefined; scope: string | undefined }>();
  return (measure) => {
    const indicator = measure && catalogue().indicator(measure.indicator);
    if (!indicator?.aspects && !indicator?.scopes) return true;
    let named = asked.get(indicator.id);
    if (!named) asked.set(indicator.id, (named = { aspect: aspectAskedIn(topic, indicator), scope: scopeAskedIn(topic, indicator) }));
    // "trend spending on residential care": the part of the money the topic names, else all of it (hry86).
    if (indicator.scopes && (named.scope ?? "") !== (measure?.scope ?? "")) return false;
    return !indicator.aspects || countsAskedAspect(indicator, named.aspect, measure?.aspect);
  };
}

/** "spending on residential care": the part of an indicator's money (catalogue `scopes`) the question names, if one. */
function scopeAskedIn(text: string, indicator: Indicator): string | undefined {
  const named = new Set(vocabulary().indicatorScopes.find(tokenize(text)).filter((mention) => mention.value.indicator === indicator.id).map((mention) => mention.value.aspect));
  return named.size === 1 ? [...named][0] : undefined;
}
