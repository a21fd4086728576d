// The catalogue's words as phrase finders, built once: what extraction looks for in a sentence.

import type { Basis } from "../types.ts";
import { catalogue, type Framework, type Indicator, type Population } from "./catalogue.ts";
import { FirstWords, PhraseFinder } from "./phrases.ts";
import { tokenize } from "../extract/figures/tokens.ts";

export interface Vocabulary {
  indicators: PhraseFinder<Indicator>;
  populations: PhraseFinder<Population>;
  bases: PhraseFinder<Basis>;
  aspects: PhraseFinder<string>;
  /** The aspects indicators are counted apart by ("starting to be looked after"), each with its indicator. */
  indicatorAspects: PhraseFinder<{ indicator: string; aspect: string }>;
  /** The parts of what an indicator counts ("placements"), each with its indicator. */
  indicatorScopes: PhraseFinder<{ indicator: string; aspect: string }>;
  /** Words that mean a figure counts something other than the indicator ("lost"), each with its indicator. */
  indicatorNotWith: PhraseFinder<{ indicator: string }>;
  geographies: PhraseFinder<string>;
  frameworks: PhraseFinder<Framework>;
}

let built: Vocabulary | undefined;

export function vocabulary(): Vocabulary {
  if (built) return built;
  const shipped = catalogue();
  const named = <T>(map: ReadonlyMap<T, readonly string[]>) => [...map].map(([value, names]) => ({ value, names }));
  // One index of first words for every finder: a sentence's words are looked up once for all of them.
  const shared = new FirstWords();
  // Each indicator's ways of being counted apart (aspects, scopes), with the indicator they belong to.
  const parts = (of: (indicator: Indicator) => ReadonlyMap<string, readonly string[]> | undefined) =>
    new PhraseFinder(shipped.indicators.flatMap((indicator) => [...(of(indicator) ?? [])].map(([aspect, names]) => ({ value: { indicator: indicator.id, aspect }, names }))), shared);
  built = {
    indicators: new PhraseFinder(shipped.indicators.map((indicator) => ({ value: indicator, names: indicator.names, notBefore: indicator.notBefore })), shared),
    populations: new PhraseFinder(shipped.populations.map((population) => ({ value: population, names: [...population.names, ...[...(population.kindNames?.values() ?? [])].flat()], ...(population.notBefore ? { notBefore: population.notBefore } : {}) })), shared),
    bases: new PhraseFinder(named(shipped.bases), shared),
    aspects: new PhraseFinder(named(shipped.aspects), shared),
    indicatorAspects: parts((indicator) => indicator.aspects),
    indicatorScopes: parts((indicator) => indicator.scopes),
    indicatorNotWith: new PhraseFinder(shipped.indicators.flatMap((indicator) => (indicator.notWith ? [{ value: { indicator: indicator.id }, names: indicator.notWith }] : [])), shared),
    geographies: new PhraseFinder(named(shipped.geographies), shared),
    frameworks: new PhraseFinder(shipped.frameworks.map((framework) => ({ value: framework, names: framework.names })), shared),
  };
  return built;
}

/** Counted nouns are few and repeat: each is read once. */
const namedBy = new Map<string, string | undefined>();

/** The population a counted noun names ("local authorities" → councils, "agency workers" → social workers), if its head names one. */
export function populationNamed(noun: string): string | undefined {
  if (noun === "" || noun === "%") return undefined;
  if (namedBy.has(noun)) return namedBy.get(noun);
  const tokens = tokenize(noun);
  const id = vocabulary().populations.find(tokens).find((mention) => mention.endTok === tokens.length)?.value.id;
  if (namedBy.size > 10_000) namedBy.clear();
  namedBy.set(noun, id);
  return id;
}
