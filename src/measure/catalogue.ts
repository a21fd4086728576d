// The measure catalogue (catalogue.yaml) read once and checked: every indicator, population, basis,
// aspect and geography the sector's figures are described by. A catalogue that does not hold
// together stops the process at start with the entry and the reason: a typo in a data file must
// not silently turn into figures nobody can check.

import { readFileSync } from "node:fs";
import { parseYaml } from "../data/yaml.ts";
import type { Basis } from "../types.ts";

export type UnitKind = "count" | "share" | "rate" | "average" | "money";
const UNIT_KINDS: readonly UnitKind[] = ["count", "share", "rate", "average", "money"];
const BASES: readonly Basis[] = ["stock", "flow", "cumulative"];

export interface Population {
  id: string;
  label: string;
  names: readonly string[];
  /** The wider population this is one kind of ("fostering agencies" are providers). */
  partOf?: string;
  /** The indicator a question asking how many of this population, naming none, asks for. */
  howMany?: string;
  /** Words right before a name that make it a kind of the population ("secure children's homes"). */
  kinds: readonly string[];
  /** Names that are a kind by themselves ("5,570 UASC"), by the kind each stands for. */
  kindNames?: ReadonlyMap<string, readonly string[]>;
  /** Words that, right after a name, make it a modifier of something else ("children's home placements"). */
  notBefore?: readonly string[];
  /**
   * The country's figures of it come from a census published the year after it is taken (the DfE's
   * workforce census of 30 September, out each February): one dated only by its article is the year before's.
   */
  publishedYearAfter?: true;
}

export interface Indicator {
  id: string;
  label: string;
  /** "grade" for inspection grades: shares of one population add up across grades of one scale. */
  kind?: "grade";
  units: readonly UnitKind[];
  populations: readonly string[];
  names: readonly string[];
  /** Words that, right after a name, mean it is not this indicator ("good practice"). */
  notBefore: readonly string[];
  /** The grades this indicator adds up ("good-or-better" = good + outstanding). */
  combines?: readonly string[];
  /** Always counted this way (turnover is a flow); otherwise read from the sentence. */
  basis?: Basis;
  /** A count of one of its populations that names no other indicator is this one ("2,209 children's homes"). */
  countsOf?: boolean;
  /**
   * What a share of this indicator measures when its sentence states what it is a share of with one
   * of `over` ("21.9 per cent of referrals", "the re-referral rate"): the official series' aspect.
   */
  share?: { aspect: string; over: readonly string[] };
  /** Ways the official series counts this indicator apart ("starting to be looked after"), with the words that say each. */
  aspects?: ReadonlyMap<string, readonly string[]>;
  /** Aspects counted over a year, of an indicator that is otherwise a stock ("approved in the year" of fostering households). */
  flowAspects?: readonly string[];
  /** The parts of what this indicator counts a figure can be of (a council's "placements"), with the words that say each. */
  scopes?: ReadonlyMap<string, readonly string[]>;
  /** Words near a figure that mean it counts something else ("lost 5,400 FTE social workers" counts leavers). */
  notWith?: readonly string[];
}

/** An inspection framework and the years its inspections ran (`to` absent: still running). */
export interface Framework {
  id: string;
  names: readonly string[];
  from: number;
  to?: number;
  /** The grades it gives, best first: frameworks with the same scale may be counted together. */
  scale: readonly string[];
}

export interface Catalogue {
  populations: readonly Population[];
  indicators: readonly Indicator[];
  bases: ReadonlyMap<Basis, readonly string[]>;
  aspects: ReadonlyMap<string, readonly string[]>;
  geographies: ReadonlyMap<string, readonly string[]>;
  frameworks: readonly Framework[];
  indicator(id: string): Indicator | undefined;
  population(id: string): Population | undefined;
}

type Raw = Record<string, unknown>;

function fail(where: string, reason: string): never {
  throw new Error(`measure catalogue: ${where}: ${reason}`);
}

/** A list of words; a list inside it (a YAML alias such as `*other-workforces`, shared by several entries) is read in place. */
function words(value: unknown, where: string): string[] {
  const flat = Array.isArray(value) ? value.flat() : value;
  if (!Array.isArray(flat) || flat.some((item) => typeof item !== "string" || item.trim() === "")) fail(where, "must be a list of words");
  return (flat as string[]).map((item) => item.toLowerCase().replace(/’/g, "'").trim());
}

function text(value: unknown, where: string): string {
  if (typeof value !== "string" || value.trim() === "") fail(where, "must be text");
  return value as string;
}

function entries(value: unknown, where: string): Raw[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== "object" || item === null)) fail(where, "must be a list of entries");
  return value as Raw[];
}

function nameMap<K extends string>(value: unknown, where: string, allowed?: readonly K[]): Map<K, string[]> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(where, "must map names to lists of words");
  const map = new Map<K, string[]>();
  for (const [key, list] of Object.entries(value as Raw)) {
    if (allowed && !allowed.includes(key as K)) fail(`${where}.${key}`, `unknown (use ${allowed.join(", ")})`);
    map.set(key as K, words(list, `${where}.${key}`));
  }
  return map;
}

function basisOf(value: unknown, where: string): Basis {
  if (!BASES.includes(value as Basis)) fail(where, `must be one of ${BASES.join(", ")}`);
  return value as Basis;
}

/** Reads and checks a catalogue's text. Exported for tests of the checks themselves. */
export function readCatalogue(source: string): Catalogue {
  const raw = parseYaml(source) as Raw | null;
  if (typeof raw !== "object" || raw === null) fail("file", "is not a YAML mapping");
  const populations = entries(raw["populations"], "populations").map((entry, at): Population => ({
    id: text(entry["id"], `populations[${at}].id`),
    label: text(entry["label"], `populations[${at}].label`),
    names: words(entry["names"], `populations[${at}].names`),
    ...(entry["partOf"] === undefined ? {} : { partOf: text(entry["partOf"], `populations[${at}].partOf`) }),
    ...(entry["howMany"] === undefined ? {} : { howMany: text(entry["howMany"], `populations[${at}].howMany`) }),
    kinds: entry["kinds"] === undefined ? [] : words(entry["kinds"], `populations[${at}].kinds`),
    ...(entry["kindNames"] === undefined ? {} : { kindNames: nameMap(entry["kindNames"], `populations[${at}].kindNames`) }),
    ...(entry["notBefore"] === undefined ? {} : { notBefore: words(entry["notBefore"], `populations[${at}].notBefore`) }),
    ...(entry["publishedYearAfter"] === true ? { publishedYearAfter: true as const } : {}),
  }));
  const populationIds = new Set(populations.map((population) => population.id));
  for (const population of populations) if (population.partOf && !populationIds.has(population.partOf)) fail(`${population.id}.partOf`, `“${population.partOf}” is not a population`);
  const indicators = entries(raw["indicators"], "indicators").map((entry, at): Indicator => {
    const id = text(entry["id"], `indicators[${at}].id`);
    const units = words(entry["units"], `${id}.units`) as UnitKind[];
    for (const unit of units) if (!UNIT_KINDS.includes(unit)) fail(`${id}.units`, `“${unit}” is not one of ${UNIT_KINDS.join(", ")}`);
    const forPopulations = words(entry["populations"], `${id}.populations`);
    for (const population of forPopulations) if (!populationIds.has(population)) fail(`${id}.populations`, `“${population}” is not a population`);
    const aspects = entry["aspects"] === undefined ? undefined : nameMap(entry["aspects"], `${id}.aspects`);
    return {
      id,
      label: text(entry["label"], `${id}.label`),
      ...(entry["kind"] === "grade" ? { kind: "grade" as const } : {}),
      units,
      populations: forPopulations,
      // The words that say an aspect name the indicator as well: "28,440 children were taken into care".
      names: [...words(entry["names"], `${id}.names`), ...[...(aspects?.values() ?? [])].flat()],
      notBefore: entry["notBefore"] === undefined ? [] : words(entry["notBefore"], `${id}.notBefore`),
      ...(entry["combines"] === undefined ? {} : { combines: words(entry["combines"], `${id}.combines`) }),
      ...(entry["basis"] === undefined ? {} : { basis: basisOf(entry["basis"], `${id}.basis`) }),
      ...(entry["countsOf"] === true ? { countsOf: true } : {}),
      ...(entry["shareAspect"] === undefined ? {} : { share: { aspect: text(entry["shareAspect"], `${id}.shareAspect`), over: words(entry["shareOver"], `${id}.shareOver`) } }),
      ...(aspects ? { aspects } : {}),
      ...(entry["flowAspects"] === undefined ? {} : { flowAspects: words(entry["flowAspects"], `${id}.flowAspects`) }),
      ...(entry["scopes"] === undefined ? {} : { scopes: nameMap(entry["scopes"], `${id}.scopes`) }),
      ...(entry["notWith"] === undefined ? {} : { notWith: words(entry["notWith"], `${id}.notWith`) }),
    };
  });
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  if (byId.size !== indicators.length) fail("indicators", "two entries share an id");
  for (const indicator of indicators) {
    for (const part of indicator.combines ?? []) if (!byId.has(part)) fail(`${indicator.id}.combines`, `“${part}” is not an indicator`);
    for (const aspect of indicator.flowAspects ?? []) if (!indicator.aspects?.has(aspect)) fail(`${indicator.id}.flowAspects`, `“${aspect}” is not one of its aspects`);
  }
  for (const population of populations) if (population.howMany && !byId.has(population.howMany)) fail(`${population.id}.howMany`, `“${population.howMany}” is not an indicator`);
  const populationsById = new Map(populations.map((population) => [population.id, population]));
  return {
    populations,
    indicators,
    bases: nameMap(raw["bases"], "bases", BASES),
    aspects: nameMap(raw["aspects"], "aspects"),
    geographies: nameMap(raw["geographies"], "geographies"),
    frameworks: frameworksOf(raw["frameworks"]),
    indicator: (id) => byId.get(id),
    population: (id) => populationsById.get(id),
  };
}

function year(value: unknown, where: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1990 || value > 2100) fail(where, "must be a year");
  return value as number;
}

function frameworksOf(value: unknown): Framework[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail("frameworks", "must be a list");
  return (value as unknown[]).map((item, at) => {
    if (typeof item !== "object" || item === null) fail(`frameworks[${at}]`, "must be an entry");
    const entry = item as Raw;
    const id = text(entry["id"], `frameworks[${at}].id`);
    const from = year(entry["from"], `${id}.from`);
    const to = entry["to"] === undefined ? undefined : year(entry["to"], `${id}.to`);
    if (to !== undefined && to < from) fail(`${id}.to`, "is before its start");
    return { id, names: words(entry["names"], `${id}.names`), from, ...(to === undefined ? {} : { to }), scale: words(entry["scale"], `${id}.scale`) };
  });
}

/** The shipped catalogue, read on first use. */
let shipped: Catalogue | undefined;

export function catalogue(): Catalogue {
  shipped ??= readCatalogue(readFileSync(new URL("./catalogue.yaml", import.meta.url), "utf8"));
  return shipped;
}
