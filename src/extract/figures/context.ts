// Reads the words around a figure: which clause it sits in, what it counts, and where.

import { vocabulary } from "../../measure/vocabulary.ts";
import { isLowerCase, isPunct, isWord } from "./tokens.ts";
import { findCouncils as councilMentions } from "../ratings/councilMentions.ts";
import type { Token } from "./tokens.ts";
import { joinedPlaces, partOf } from "./placeJoins.ts";

export interface Clause {
  start: number;
  end: number;
  /** Opens with "while", "whereas", "but", "compared with": its own facts (a comparison period) are not shared. */
  contrast: boolean;
}

/** Splits on ";", " while ", " whereas ", " but ", "compared with/to", ", up/down from", ", during which". */
export function splitClauses(tokens: readonly Token[], length: number): Clause[] {
  const cuts: Array<{ at: number; contrast: boolean }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isPunct(token, ";")) cuts.push({ at: token.end, contrast: false });
    else if (isWord(token, "while", "whereas", "but")) cuts.push({ at: token.start, contrast: true });
    else if (isWord(token, "compared") && isWord(tokens[i + 1], "with", "to")) cuts.push({ at: token.start, contrast: true });
    else if (isWord(token, "up", "down") && isWord(tokens[i + 1], "from") && isPunct(tokens[i - 1], ",")) cuts.push({ at: token.start, contrast: true });
    // "… rose from 345 to 368 between 2017 and 2020, during which time average caseloads fell …": a
    // clause with its own subject and measure.
    else if (isPunct(tokens[i - 1], ",") && isWord(token, "during", "over", "in", "at", "by") && isWord(tokens[i + 1], "which")) cuts.push({ at: token.start, contrast: false });
  }
  const clauses: Clause[] = [];
  let start = 0;
  let contrast = false;
  for (const cut of cuts) {
    if (cut.at > start) clauses.push({ start, end: cut.at, contrast });
    start = cut.at;
    contrast = cut.contrast;
  }
  clauses.push({ start, end: Math.max(length, start), contrast });
  return clauses;
}

/** Binary search: clauses are sorted and contiguous. */
export function clauseIndexAt(clauses: readonly Clause[], offset: number): number {
  let low = 0;
  let high = clauses.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (clauses[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

export type InClause<T> = T & { clause: number };

/**
 * Tags each item with its clause once, so per-figure lookups stay cheap on long sentences. In place:
 * the items come fresh from a finder, and copying each one was a measurable share of extraction.
 */
export function tagClauses<T extends { start: number }>(items: T[], clauses: readonly Clause[]): Array<InClause<T>> {
  for (const item of items) (item as InClause<T>).clause = clauseIndexAt(clauses, item.start);
  return items as Array<InClause<T>>;
}

/** Characters between two spans; 0 when they touch or overlap. */
function distance(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}

interface Span {
  start: number;
  end: number;
}

/** The item nearest to `target` in a list sorted by start whose spans do not overlap; ties go to the earlier. */
function nearestIn<T extends Span>(list: readonly T[], target: Span): T | undefined {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]!.start <= target.start) low = mid + 1;
    else high = mid;
  }
  const before = list[low - 1];
  const after = list[low];
  if (!before || !after) return before ?? after;
  return distance(after, target) < distance(before, target) ? after : before;
}

/** Mentions (metrics, periods, places) of one sentence, searchable by position so long sentences stay fast. */
export class SpanIndex<T extends Span & { clause: number }> {
  private readonly all: T[];
  private readonly byClause = new Map<number, T[]>();

  constructor(items: readonly T[]) {
    this.all = [...items].sort((a, b) => a.start - b.start);
    for (const item of this.all) {
      const list = this.byClause.get(item.clause);
      if (list) list.push(item);
      else this.byClause.set(item.clause, [item]);
    }
  }

  nearestInClause(target: Span, clause: number): T | undefined {
    return nearestIn(this.byClause.get(clause) ?? [], target);
  }

  /** Nearest in the target's clause, else nearest anywhere in the sentence. */
  nearestInClauseThenSentence(target: Span, clause: number): T | undefined {
    return this.nearestInClause(target, clause) ?? nearestIn(this.all, target);
  }

  overlaps(target: Span): boolean {
    const nearest = nearestIn(this.all, target);
    return nearest !== undefined && nearest.start < target.end && target.start < nearest.end;
  }

  /** Items in clauses for which `keep` holds. */
  filterClauses(keep: (clause: number) => boolean): T[] {
    return this.all.filter((item) => keep(item.clause));
  }
}

interface CountedNoun {
  words: readonly string[];
  unit: string;
}

function noun(text: string, unit = text): CountedNoun {
  return { words: text.split(" "), unit };
}

/** Nouns figures count in this domain, with the plural each is reported as. Longest first. */
const COUNTED_NOUNS: readonly CountedNoun[] = [
  noun("local authorities"), noun("local authority", "local authorities"),
  noun("authorities", "local authorities"), noun("authority", "local authorities"), noun("las", "local authorities"),
  noun("councils"), noun("council", "councils"),
  noun("children's homes"), noun("children's home", "children's homes"),
  noun("social workers"), noun("social worker", "social workers"),
  noun("care leavers"), noun("care leaver", "care leavers"),
  noun("foster carers"), noun("foster carer", "foster carers"),
  noun("young people"),
  noun("inspections"), noun("inspection", "inspections"),
  noun("children"), noun("child", "children"),
  noun("providers"), noun("provider", "providers"),
  noun("areas"), noun("area", "areas"),
  noun("departments"), noun("department", "departments"),
  noun("directors"), noun("director", "directors"), noun("dcss", "directors"), noun("dcs", "directors"),
  // "7,174 agency social workers" counts social workers, not agencies.
  noun("agency social workers", "social workers"), noun("agency social worker", "social workers"),
  noun("agency workers"), noun("agency worker", "agency workers"),
  noun("agencies"), noun("agency", "agencies"),
  noun("schools"), noun("school", "schools"),
  noun("families"), noun("family", "families"),
].sort((a, b) => b.words.length - a.words.length);

/** Words that end a noun phrase: a counted noun never lies past them. */
const PHRASE_BREAKS: ReadonlySet<string> = new Set([
  "is", "are", "was", "were", "has", "have", "had", "be", "been", "being", "will", "would", "can", "could", "may",
  "might", "must", "shall", "should", "do", "does", "did", "in", "on", "at", "of", "for", "to", "from", "by", "with",
  "and", "or", "but", "the", "a", "an", "this", "that", "these", "those", "which", "who", "whom", "whose", "what",
  "where", "when", "per", "than", "as", "so", "its", "their", "his", "her", "our", "your", "it", "they", "we", "he",
  "she", "there", "here", "not", "no", "also", "now", "still", "only", "just", "each", "every", "all", "total",
  "overall", "percent", "cent", "whereas", "while", "plus", "minus", "ago", "currently", "recently",
  "requires", "require", "needs", "remains", "says", "shows", "seems", "appears", "means", "includes", "represents",
  "goes", "makes", "takes", "gets", "comes", "looks", "suggests", "finds", "rises", "falls", "stands", "across",
  "whereby", "thus", "hence", "yes", "less", "fewer", "under", "over", "about", "around",
]);

const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(["people", "staff", "men", "women", "personnel"]);
const MAX_MODIFIERS = 2;

/** COUNTED_NOUNS by first word, in the same order, so a lookup tries only nouns that can match. */
const COUNTED_BY_FIRST: ReadonlyMap<string, readonly CountedNoun[]> = COUNTED_NOUNS.reduce((map, candidate) => {
  const first = candidate.words[0]!;
  map.set(first, [...(map.get(first) ?? []), candidate]);
  return map;
}, new Map<string, CountedNoun[]>());

function countedNounAt(tokens: readonly Token[], i: number): { unit: string; endTok: number } | null {
  const token = tokens[i];
  if (token === undefined || token.kind !== "word") return null;
  for (const candidate of COUNTED_BY_FIRST.get(token.lower) ?? []) {
    if (!candidate.words.every((word, k) => isWord(tokens[i + k], word))) continue;
    const end = i + candidate.words.length;
    // "council-run children's homes", "LA-owned homes": the first half of a hyphenated compound modifies what follows.
    if (tokens[end]?.text === "-" && tokens[end]!.start === tokens[end - 1]!.end && tokens[end + 1]?.kind === "word") continue;
    return { unit: candidate.unit, endTok: end };
  }
  return null;
}

function isModifier(token: Token | undefined): boolean {
  return token !== undefined && token.kind === "word" && !PHRASE_BREAKS.has(token.lower);
}

/**
 * Where the modifier at `i` ends, or -1 when none starts there. A hyphenated compound ("full-time",
 * "part-time") is one modifier: "30 full-time staff members" counts staff.
 */
export function modifierEnd(tokens: readonly Token[], i: number): number {
  if (!isModifier(tokens[i])) return -1;
  const hyphen = tokens[i + 1];
  const after = tokens[i + 2];
  if (hyphen?.text === "-" && hyphen.start === tokens[i]!.end && after?.kind === "word" && after.start === hyphen.end) return i + 3;
  return i + 1;
}

/** "14 local authorities", "85 independent fostering agencies", "children's services departments". */
export function countedNounAfter(tokens: readonly Token[], i: number): string | null {
  let at = i;
  for (let skip = 0; skip <= MAX_MODIFIERS; skip++) {
    const found = countedNounAt(tokens, at);
    // "1,500 child protection social workers": a singular noun before another is a modifier of it.
    if (found && found.endTok === at + 1 && !tokens[at]!.lower.endsWith("s")) {
      const head = modifierEnd(tokens, found.endTok) > 0 ? countedNounAt(tokens, modifierEnd(tokens, found.endTok)) ?? countedNounAt(tokens, found.endTok) : null;
      if (head) return head.unit;
    }
    if (found) return found.unit;
    at = modifierEnd(tokens, at);
    if (at < 0) return null;
  }
  return null;
}

/** "11 of the authorities", "85% of providers". */
export function countedNounAfterOf(tokens: readonly Token[], i: number): string | null {
  if (!isWord(tokens[i], "of")) return null;
  const next = isWord(tokens[i + 1], "the", "these", "those", "all", "its", "their", "our", "england's") ? i + 2 : i + 1;
  return countedNounAfter(tokens, next);
}

/** Verbs that end a "number of" subject: a figure after one is the subject's, not inside it. */
const SUBJECT_ENDS = ["has", "have", "had", "is", "are", "was", "were", "rose", "fell", "grew", "increased", "decreased", "doubled", "halved", "trebled", "tripled", "dropped", "climbed", "jumped", "reached", "stood", "went", "soared", "remained", "hit", "topped"] as const;

/**
 * "the number of children waiting for a bed in England's 13 secure children's homes has doubled
 * from 25 to 50": a figure after a "number of" phrase that holds an earlier figure counts what the
 * phrase names (children), not what the earlier figure inside it counted (homes). The noun ("" when
 * the phrase names none this reader knows), or undefined when no such phrase stands before it.
 */
export function numberOfSubject(tokens: readonly Token[], earlier: { startTok: number } | undefined, figure: { startTok: number }): string | undefined {
  // "from 423 in March 2018 to 418": the earlier figure starts the move the later one ends, not a part of the phrase.
  if (earlier === undefined || isWord(tokens[earlier.startTok - 1], "from", "between")) return undefined;
  for (let at = earlier.startTok - 2; at >= 0; at--) {
    if (!isWord(tokens[at], "number", "numbers") || !isWord(tokens[at + 1], "of")) continue;
    // Inside the phrase: no verb between it and the earlier figure ("rose from 2,000 to 2,100" states the phrase's own figures).
    for (let between = at + 2; between < earlier.startTok; between++) if (isWord(tokens[between], ...SUBJECT_ENDS)) return undefined;
    // The phrase must be the one the later figure reads: no other "number of" between them.
    for (let between = earlier.startTok; between < figure.startTok - 1; between++) if (isWord(tokens[between], "number", "numbers") && isWord(tokens[between + 1], "of")) return undefined;
    return countedNounAfterOf(tokens, at + 1) ?? genericNounAfter(tokens, at + 2) ?? "";
  }
  return undefined;
}

function looksPlural(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== "word" || !isLowerCase(token) || PHRASE_BREAKS.has(token.lower)) return false;
  if (IRREGULAR_PLURALS.has(token.lower)) return true;
  const word = token.lower;
  return word.length > 3 && word.endsWith("s") && !/(?:ss|us|is|'s)$/.test(word);
}

/** Any lower-case plural right after the number, with at most one modifier before it ("60,000 expert features"). */
export function genericNounAfter(tokens: readonly Token[], i: number): string | null {
  if (looksPlural(tokens[i])) return tokens[i]!.lower;
  const next = modifierEnd(tokens, i);
  if (next > 0 && isLowerCase(tokens[i]!) && looksPlural(tokens[next])) return tokens[next]!.lower;
  // "two landmark court rulings": two words describe the noun counted (hry108).
  // (Plain words only: "7,200 full-time equivalent posts" are posts of what the sentence counts.)
  const last = next === i + 1 && tokens[next] !== undefined && isLowerCase(tokens[i]!) && isLowerCase(tokens[next]) ? modifierEnd(tokens, next) : -1;
  if (last > 0 && looksPlural(tokens[last])) return tokens[last]!.lower;
  return null;
}

export interface PlaceMention {
  name: string;
  start: number;
  end: number;
}

/**
 * "in England", "England's", "the UK", "the North West", "across the country": the catalogue's places.
 * A place must be written as a name (capitalised) unless it is a phrase like "across the country":
 * "uk" in a web address and "the north" of a building are no places.
 */
export function findPlaces(tokens: readonly Token[], councils: readonly PlaceMention[] = findCouncils(tokens)): PlaceMention[] {
  return joinedPlaces(tokens, namedPlaces(tokens, councils));
}
function namedPlaces(tokens: readonly Token[], councils: readonly PlaceMention[]): PlaceMention[] {
  return vocabulary()
    .geographies.find(tokens)
    .filter((mention) => {
      // "North East Lincolnshire" is a council, not the North East.
      if (councils.some((council) => council.start <= mention.start && council.end >= mention.end)) return false;
      // "University College London", "London School of Economics": an institution's name, not where a figure is (hry50).
      if (INSTITUTIONS.has(tokens[mention.startTok - 1]?.text ?? "") || INSTITUTIONS.has(tokens[mention.endTok]?.text ?? "")) return false;
      // "in English and maths": the school subject, not the country (hry58).
      if (isWord(tokens[mention.startTok], "english") && isWord(tokens[mention.endTok], "and", "maths", "math", "language", "literature", "lessons", "gcse", "gcses", "grades", "results")) return false;
      // "national cost pressures", "a national charity": the country's only before a word of its figures ("the national average") (hry55).
      if (isWord(tokens[mention.startTok], "national") && tokens[mention.endTok]?.kind === "word" && !NATIONAL_FIGURES.has(tokens[mention.endTok]!.lower)) return false;
      const first = tokens[mention.startTok]!;
      const phrase = isWord(first, "the", "across", "national", "nationally", "county", "shire");
      // "inner London", "outer London": the part in lower case, the city named.
      const part = isWord(first, "inner", "outer") && tokens[mention.startTok + 1] !== undefined && isCapitalised(tokens[mention.startTok + 1]!);
      // "in the east of England": a region written in lower case but for the country it is of (hry136).
      const ofCountry = mention.endTok - mention.startTok > 1 && isWord(first, "north", "south", "east", "west") && isCapitalised(tokens[mention.endTok - 1]!);
      return phrase || part || ofCountry || isCapitalised(first);
    })
    // "the northernmost parts of Northern Ireland", "areas of Wales": somewhere in it, not all of it (hry139).
    .map((mention) => ({ name: partOf(tokens, mention.startTok) ? `part of ${mention.value}` : mention.value, start: mention.start, end: mention.end }));
}


const NATIONAL_FIGURES: ReadonlySet<string> = new Set(["average", "averages", "rate", "rates", "figure", "figures", "level", "levels", "total", "picture", "data", "statistics",
  "median", "mean", "trend", "proportion", "share", "percentage", "benchmark", "turnover", "vacancy", "caseload", "caseloads", "agency", "count", "number", "numbers", "scale", "rise", "increase", "fall"]);

/** Capitalised nouns that make a place's name part of an institution's, right before or after it. */
const INSTITUTIONS: ReadonlySet<string> = new Set(["College", "University", "School", "Hospital", "Institute", "Academy", "Museum", "Zoo"]);

function isCapitalised(token: Token): boolean {
  return token.text[0] !== undefined && token.text[0] !== token.text[0].toLowerCase();
}

/** Council names that are also ordinary words, and so say nothing alone at a sentence's start ("Reading the report"). */
const WORDS_AS_NAMES: ReadonlySet<string> = new Set(["reading", "bury", "derby", "harrow", "slough", "hull"]);
/**
 * Council names that are also people's names. Opening a claim typed to be checked, a place
 * ("Bradford overspent by £28.6m in 2022-23") unless a verb of speech shows a person ("Kent said
 * …"); opening an article's sentence, not sure enough to place a figure (measured: placing them
 * there added a wrong "contradicted" on the blind set).
 */
const PEOPLE_AS_NAMES: ReadonlySet<string> = new Set(["dudley", "sutton", "brent", "poole", "kent", "bradford", "telford", "bedford", "richmond", "kingston", "westminster", "merton"]);
const SPEECH_AFTER_NAME: ReadonlySet<string> = new Set(["said", "says", "told", "added", "argued", "warned", "explained", "wrote", "writes", "thinks", "believes", "insisted", "admitted", "acknowledged"]);

/** A one-word council name opening the sentence that is more likely a word or a person. */
function openingNameIsNoPlace(tokens: readonly Token[], mention: { startTok: number; endTok: number }, claim: boolean): boolean {
  if (mention.startTok !== 0 || mention.endTok !== 1) return false;
  const first = tokens[0]!;
  // "Devon's agency rate": a possessive is a name's, never a verb's; "Bury Council" is the council.
  if (/['’]s$/.test(first.text) || isWord(tokens[1], "council", "county", "city", "borough")) return false;
  if (WORDS_AS_NAMES.has(first.lower)) return true;
  if (!PEOPLE_AS_NAMES.has(first.lower)) return false;
  return !claim || (tokens[1]?.kind === "word" && SPEECH_AFTER_NAME.has(tokens[1].lower));
}

/**
 * "The council looked after 1,022 children": the council the article last named, where a sentence
 * speaks of "the council" or "the authority" ("the council's workforce").
 */
export function councilReferences(tokens: readonly Token[], council: string | undefined, department = false): PlaceMention[] {
  if (!council) return [];
  const found: PlaceMention[] = [];
  // "Its children and family services directorate is projected to overspend by £7.9m", "It spent
  // £22.2m on placing 176 children": a sentence whose subject is the council the article is about (hry128, hry131).
  if (/^its$/i.test(tokens[0]?.text ?? "") || (/^It$/.test(tokens[0]?.text ?? "") && tokens[1]?.kind === "word" && COUNCIL_DOINGS.has(tokens[1].lower))) found.push({ name: council, start: tokens[0]!.start, end: tokens[0]!.end });
  for (let at = 0; at < tokens.length - 1; at++) {
    if (!isWord(tokens[at], "the")) continue;
    const local = isWord(tokens[at + 1], "local") ? 1 : 0;
    const noun = tokens[at + 1 + local];
    if (noun?.kind !== "word") continue;
    // "The department overspent by £5.1m": the council's children's services, in an article that
    // has not named the Department for Education (whose "department" it would then more likely be).
    const named = /^(?:council|authority|city|county|borough)(?:['’]s)?$/.test(noun.lower) || (department && local === 0 && /^department(?:['’]s)?$/.test(noun.text) && !isWord(tokens[at + 2], "for"));
    if (named) found.push({ name: council, start: tokens[at]!.start, end: noun.end });
  }
  return found;
}

/** What a council does with money, staff and children: after "It" they make it the council ("It is thought that …" does not). */
const COUNCIL_DOINGS: ReadonlySet<string> = new Set([
  "spent", "spends", "overspent", "overspends", "underspent", "budgeted", "paid", "pays", "employs", "employed", "placed", "places",
  "looks", "looked", "forecasts", "forecast", "expects", "expected", "plans", "planned", "received", "receives", "saved", "cut", "cuts",
  "faces", "faced", "recruited", "recruits", "hired", "hires", "supports", "supported", "runs", "ran", "owns", "owned", "closed", "opened",
]);

/** "Councils in the region", "across the region", "the region's": the one region the article has named. */
export function regionReferences(tokens: readonly Token[], region: string | undefined): PlaceMention[] {
  if (!region) return [];
  const found: PlaceMention[] = [];
  for (let at = 0; at < tokens.length - 1; at++) {
    if (isWord(tokens[at], "the") && /^region(?:['’]s)?$/.test(tokens[at + 1]!.lower)) found.push({ name: region, start: tokens[at]!.start, end: tokens[at + 1]!.end });
  }
  return found;
}

/**
 * Councils named as such, as places: the ratings reader's gazetteer scan (capitalised: "reading"
 * and "bury" are words), less a one-word name opening the sentence that is a word ("Reading the
 * report, …") or a person ("Kent said …"), unless it is possessive or "council" or the like follows it.
 */
/** "Liverpool Gardens, Worthing": a council's name before one of these, capitalised, names a street (hry105). */
const STREET_WORDS: ReadonlySet<string> = new Set(["Gardens", "Road", "Street", "Lane", "Avenue", "Way", "Square", "Terrace", "Drive", "Crescent", "Close", "Grove"]);

export function findCouncils(tokens: readonly Token[], claim = false): PlaceMention[] {
  return councilMentions(tokens)
    .filter((mention) => !openingNameIsNoPlace(tokens, mention, claim) && !STREET_WORDS.has(tokens[mention.endTok]?.text ?? ""))
    .map((mention) => ({ name: mention.council.name, start: mention.start, end: mention.end }));
}
