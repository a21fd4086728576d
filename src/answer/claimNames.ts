// A claim that names a programme, grant or scheme ("the Early Intervention Grant was £9.9bn",
// "Supporting Families funding was £165m") is about that thing: a figure of the same measure from a
// sentence that never names it (all government funding for children's services) neither confirms
// nor refutes it (hry102). The catalogue cannot list every programme, so the name itself is the test.

import { findPlaces } from "../extract/figures/context.ts";
import { tokenize } from "../extract/figures/tokens.ts";
import { vocabulary } from "../measure/vocabulary.ts";
import { castAsSource, claimedSource } from "./claimSource.ts";
import type { Figure } from "../types.ts";

/** Two or more capitalised words in a row: "Early Intervention Grant", "Supporting Families". */
const PROPER_PHRASE = /(?:[A-Z][\w’'&-]*\s+){1,5}[A-Z][\w’'&-]*/g;
/** Words a claim may open with, capitalised only by their place: no part of a name. */
const OPENERS = /^(?:The|A|An|In|Last|This|By|Since|Under|Across|Of|Some|All|Every|Each|Our)\s+/;
/** Months and days are capitalised but name no programme. */
const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** The names of programmes and schemes the claim's figure is about, as written. */
export function namedThings(claim: string): string[] {
  const names: string[] = [];
  const source = claimedSource(claim);
  for (const match of claim.matchAll(PROPER_PHRASE)) {
    const name = match[0].replace(OPENERS, "").trim();
    const words = name.split(/\s+/);
    if (words.length < 2 || words.some((word) => CALENDAR.test(word))) continue;
    const end = match.index + match[0].length;
    // ("Barnardo's Trust said": the claim's source, checked as a source in claimSource.ts.)
    if (castAsSource(claim, match.index, end, source)) continue;
    // A place or council ("North East", "Kent County Council") is checked as a place, elsewhere.
    if (/\bCouncils?\b/.test(name) || findPlaces(tokenize(name)).some((place) => place.end - place.start >= name.length - 1)) continue;
    names.push(name);
  }
  return [...names, ...ownerAcronyms(claim, source).filter((acronym) => !names.some((name) => name.includes(acronym)))];
}

/** Acronyms of the trade that name no programme or owner: units, honours, the frameworks the catalogue reads anyway. */
const PLAIN_ACRONYMS: ReadonlySet<string> = new Set(["UK", "US", "EU", "LA", "MP", "OBE", "CBE", "MBE", "FTE", "COVID", "GDP", "CEO", "PM", "TV", "BBC", "AM"]);

/**
 * "The NHS budget was £9.9 billion": a body's acronym before the measure says whose money it is; a
 * figure from a sentence that never names it (councils' funding) says nothing of it (hry142). Acronyms
 * the catalogue reads as measures, populations, places or frameworks ("DCS", "UASC", "SIF") are no owners.
 */
function ownerAcronyms(claim: string, source: string | undefined): string[] {
  const found: string[] = [];
  const words = vocabulary();
  for (const match of claim.matchAll(/\b[A-Z]{2,6}\b/g)) {
    const word = match[0];
    const end = match.index + word.length;
    if (PLAIN_ACRONYMS.has(word) || castAsSource(claim, match.index, end, source)) continue;
    const tokens = tokenize(word.toLowerCase());
    if ([words.indicators, words.populations, words.geographies, words.frameworks, words.aspects].some((finder) => finder.find(tokens).length > 0)) continue;
    found.push(word);
  }
  return found;
}

/** Whether a figure's sentence (or its article's title) states every name the claim gives. */
export function namesAll(figure: Pick<Figure, "sentence" | "source">, named: readonly string[]): boolean {
  if (named.length === 0) return true;
  const said = `${figure.sentence} ${figure.source.title ?? ""}`.toLowerCase();
  return named.every((name) => said.includes(name.toLowerCase()));
}
