// The catalogue's words as phrase finders, built once: what extraction looks for in a sentence.

import type { Basis } from "../types.ts";
import { catalogue, type Framework, type Indicator, type Population } from "./catalogue.ts";
import { PhraseFinder } from "./phrases.ts";
import { councilGazetteer } from "../statistics/gazetteer.ts";

export interface Vocabulary {
  indicators: PhraseFinder<Indicator>;
  populations: PhraseFinder<Population>;
  bases: PhraseFinder<Basis>;
  aspects: PhraseFinder<string>;
  geographies: PhraseFinder<string>;
  frameworks: PhraseFinder<Framework>;
  /** Councils by every name the gazetteer knows (src/statistics/councils.json), as places. */
  councils: PhraseFinder<string>;
}

let built: Vocabulary | undefined;

/** "Brighton & Hove" is written "Brighton and Hove" too: both spellings of every name. */
function councilNames(): Array<{ value: string; names: string[] }> {
  const gazetteer = councilGazetteer();
  if (!gazetteer.ok) return [];
  return gazetteer.value.councils.map((council) => {
    const names = [council.name, ...(council.aliases ?? [])].map((name) => name.toLowerCase().replace(/’/g, "'"));
    return { value: council.name, names: [...new Set(names.flatMap((name) => [name, name.replace(/&/g, "and")]))].filter((name) => !name.includes(",")) };
  });
}

export function vocabulary(): Vocabulary {
  if (built) return built;
  const shipped = catalogue();
  const named = <T>(map: ReadonlyMap<T, readonly string[]>) => [...map].map(([value, names]) => ({ value, names }));
  built = {
    indicators: new PhraseFinder(shipped.indicators.map((indicator) => ({ value: indicator, names: indicator.names, notBefore: indicator.notBefore }))),
    populations: new PhraseFinder(shipped.populations.map((population) => ({ value: population, names: population.names }))),
    bases: new PhraseFinder(named(shipped.bases)),
    aspects: new PhraseFinder(named(shipped.aspects)),
    geographies: new PhraseFinder(named(shipped.geographies)),
    frameworks: new PhraseFinder(shipped.frameworks.map((framework) => ({ value: framework, names: framework.names }))),
    councils: new PhraseFinder(councilNames()),
  };
  return built;
}
