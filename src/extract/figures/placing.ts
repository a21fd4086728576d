// Where a figure applies: a council named before it, places "respectively", a place that
// introduces one figure ("the England rate of 67"), else the nearest place in its clause.

import { tokenize, isPunct, isWord, type Token } from "./tokens.ts";
import { MONTH_NAMES, SUPERLATIVES } from "./lexicon.ts";
import { vocabulary } from "../../measure/vocabulary.ts";
import { speaksNationally } from "../../measure/scope.ts";
import type { SpanIndex, InClause, PlaceMention } from "./context.ts";
import type { RecognisedNumber } from "./recognise.ts";

export const RESPECTIVELY = /\brespectively\b/i;

/** The words of a council's name after its place ("Leeds City Council", "Kent County Council"). */
const COUNCIL_KINDS = "city|county|borough|metropolitan borough|district";
const COUNCIL_NAME_REST = new RegExp(`^\\s*(?:(?:${COUNCIL_KINDS})\\s+)?council\\b`, "i");
/** " County Council in the ", " in ": the words between a council and a place that say where the council is. */
const COUNCIL_IS_IN = new RegExp(`^(?:\\s+(?:${COUNCIL_KINDS}))?(?:\\s+council)?\\s+in\\s+(?:the\\s+)?$`, "i");

/**
 * "Waltham Forest in London and St Helens in Lancashire": a place that says where a council is
 * places the council, not the sentence's figures.
 */
export function locatesACouncil(place: PlaceMention, councils: readonly PlaceMention[], sentence: string): boolean {
  return councils.some((council) => council.end < place.start && COUNCIL_IS_IN.test(sentence.slice(council.end, place.start)));
}


/**
 * "Suffolk had the heaviest caseloads in the region, at 18.6", "Luton, the region's highest
 * vacancy rate at 24.5": a place a superlative ranks within is where the others stand, not where
 * the figure applies.
 */
export function ranksWithin(place: PlaceMention, tokens: readonly Token[]): boolean {
  const first = tokens.findIndex((token) => token.start >= place.start);
  let after = tokens.findIndex((token) => token.start >= place.end);
  if (first < 0) return false;
  if (after >= 0 && isWord(tokens[after], "'s", "’s")) after++;
  if (after >= 0 && SUPERLATIVES.has(tokens[after]?.lower ?? "")) return true;
  if (!isWord(tokens[first - 1], "in", "across")) return false;
  // ("with the highest in London (25 per cent)": a figure in brackets after the place is that place's, hry156.)
  if (after >= 0 && isPunct(tokens[after], "(")) return false;
  for (let at = first - 2; at >= Math.max(0, first - 6); at--) {
    const token = tokens[at]!;
    // ("The lowest rate is in Yorkshire and the Humber where seven per cent …": said to be there, the place ranked, hry156.)
    if (token.kind !== "word" || isWord(token, "is", "was", "are", "were")) return false;
    // "the highest share in the region", not "highest in London (85%)", where the place is the one ranked.
    if (SUPERLATIVES.has(token.lower)) return isWord(tokens[at - 1], "the");
  }
  return false;
}

/** A contrast that may bring its own subject; "but" straight before a verb ("but overspent") shares the sentence's. */
const CONTRAST_WITH_SUBJECT = /\b(?:while|whereas|although|though)\b|\bbut\b(?!\s+(?:also\s+|still\s+|then\s+)?(?:[a-z]+ed|[a-z]*spent|has|had|is|was|saw|fell|rose|grew|cut|lost|kept|made|met|went|became|began)\b)/i;
/** "the number of children in care": a population a measure's phrase names, which the figure counts. */
const MEASURED_POPULATION = /\b(?:the\s+)?(?:number|numbers|proportion|share|rate|total)\s+of\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+\s+(?:in\s+care|looked\s+after)\b|\b(?:the\s+)?(?:number|numbers|proportion|share|rate|total)\s+of\s+[\w'’-]+/gi;

/**
 * "Kent overspent by £42.6m", "Birmingham's budget of £193m", "In Leeds, 30% of …": a council named
 * before the figure in its clause is where the figure applies. Not for a count of councils: in
 * "Birmingham and 19 other councils" the 19 are elsewhere.
 */
export function councilOf(figure: RecognisedNumber, clause: number, councils: ReadonlyArray<InClause<PlaceMention>>, counted: string | undefined, sentence: string, places: ReadonlyArray<InClause<PlaceMention>>): string | undefined {
  if (counted && vocabulary().populations.find(tokenize(counted))[0]?.value.id === "councils") return undefined;
  let nearest: InClause<PlaceMention> | undefined;
  let earlier: InClause<PlaceMention> | undefined;
  // "2% in Hounslow and 6% in Peterborough", "to 26.8 for North East Lincolnshire": a council right after
  // the figure, behind "in" or "for", is its own before any named earlier (hry53, hry75).
  const inRightAfter = councils.find((council) => council.start > figure.end && /^\s+(?:(?:were|was|are|is)\s+)?(?:in|for)\s+$/.test(sentence.slice(figure.end, council.start)));
  if (inRightAfter) return inRightAfter.name;
  // "… to 649.2 in Middlesborough": a name right after it the gazetteer does not know (a misspelling, a district) is still its own place, not the one before (hry68).
  const unknownAfter = /^\s+in\s+([A-Z][a-z'’-]+)/.exec(sentence.slice(figure.end));
  if (unknownAfter && !places.some((place) => place.start === figure.end + unknownAfter[0].length - unknownAfter[1]!.length) && !MONTH_NAMES.has(unknownAfter[1]!)) return undefined;
  // "followed by York at 19 weeks and Lincoln at 20": a name right before "at" the gazetteer does not know is the figure's own, not the place before (hry110).
  const unknownBefore = /\b([A-Z][a-z'’-]+) (?:at|on|with) $/.exec(sentence.slice(0, figure.start));
  const knownBefore = (place: PlaceMention) => place.end === figure.start - unknownBefore![0].length + unknownBefore![1]!.length;
  if (unknownBefore && !places.some(knownBefore) && !councils.some(knownBefore) && !MONTH_NAMES.has(unknownBefore[1]!)) return undefined;
  for (const council of councils) {
    // "48.1 per cent of Halton's social workers": the council whose staff the share is of.
    if (council.clause === clause && council.start > figure.end && /^\s+of\s+$/.test(sentence.slice(figure.end, council.start))) return council.name;
    if (council.clause === clause && council.end <= figure.start) nearest = council;
    if (council.end <= figure.start) earlier = council;
  }
  // "Leeds City Council spent £152.6m, compared with a budget of £123.2m – an overspend of £29.5m":
  // the council the sentence is about holds for its later clauses too, unless another place, another
  // subject ("while councils overspent by £800m") or a contrast comes between.
  // "five councils - Gloucestershire, …, Tower Hamlets, and Wandsworth, where … 145 young people": the last of a list is no more the figure's than the others.
  if ((nearest ?? earlier) && councils.some((other) => other.end <= (nearest ?? earlier)!.start && /^\s*(?:,|&|and|or)\s*(?:and\s+)?$/.test(sentence.slice(other.end, (nearest ?? earlier)!.start)))) return undefined;
  if (!nearest && earlier) {
    // The rest of the council's name ("Leeds City Council") is no other subject.
    const between = sentence.slice(earlier.end, figure.start).replace(COUNCIL_NAME_REST, "");
    // ("Sandwell Children's Trust launched in April 2018, but overspent …, with the number of children in care
    // rising from 778 to 901": "but" before a verb keeps the subject, and a population after "the number of"
    // is what the figure counts, no new subject, hry99.)
    const subjects = vocabulary().populations.find(tokenize(between.replace(MEASURED_POPULATION, "")));
    if (!CONTRAST_WITH_SUBJECT.test(between) && subjects.length === 0) nearest = earlier;
    // "Walsall's agency rate halved …, while its vacancy rate fell to 13.3%": "its" is the council's, past the contrast too (hry55).
    else if (/\b(?:while|whereas|but|and)\s+its\s+[^;:]{0,60}$/i.test(between) && !councils.some((other) => other !== earlier && other.start > earlier.end && other.end <= figure.start)) nearest = earlier;
  }
  // "around £5.2 million in Bedford in 2020-21": a council right after the figure, "in" it, when none came before.
  // "45 households approved by Gloucestershire County Council": the council that did it (hry71).
  // ("690 children with a child protection plan (CPP) in Leeds": a noun phrase and its acronym between, hry106.)
  // ("489 newly arrived children were referred to Kent's children's services": where they were referred, hry141.)
  const after = nearest ? undefined : councils.find((council) => council.clause === clause && council.start > figure.end && /^(?:\s+(?:[\w'’-]+|\([A-Z]{2,6}\))){0,8}\s+(?:in|(?:[a-z]+ed|run|paid|spent|held|made|taken|given)\s+by|referred\s+to|placed\s+with|looked\s+after\s+by)\s+$/.test(sentence.slice(figure.end, council.start)));
  if (after) return after.name;
  // "30 per cent of Devon's social workers …, almost twice the national rate of 16.2 per cent": a
  // place named between the council and the figure is the figure's.
  if (nearest && places.some((place) => place.clause === clause && place.start >= nearest.end && place.end <= figure.start)) return undefined;
  return nearest?.name;
}

/**
 * "London and the North East had agency rates of 24 and 8 per cent respectively": the places named
 * before the figures, in order, one each. When the counts differ ("Inner and Outer London"), no
 * place is sure: the figures get none rather than a neighbour's.
 */
export function respectivePlaces(sentence: string, numbers: readonly RecognisedNumber[], figures: readonly boolean[], places: readonly PlaceMention[]): Map<number, string | undefined> | undefined {
  const at = sentence.search(RESPECTIVELY);
  if (at < 0) return undefined;
  const first = numbers.findIndex((found, index) => figures[index] && found.start > (places[0]?.start ?? -1));
  if (first < 0) return undefined;
  const named = places.filter((place) => place.end <= numbers[first]!.start).map((place) => place.name);
  const listed = numbers.map((found, index) => ({ found, index })).filter(({ found, index }) => figures[index] && index >= first && found.end <= at);
  const byFigure = new Map<number, string | undefined>();
  listed.forEach(({ index }, order) => byFigure.set(index, named.length === listed.length ? named[order] : undefined));
  return byFigure;
}

/** Words between a place and the one figure it names: "the England rate of 67", "the national average of 15.4", "England's rate was 67". */
const OWNED_PLACE_GLUE: ReadonlySet<string> = new Set(["rate", "average", "figure", "level", "total", "of", "was", "is", "stood", "at", "'s", "’s"]);

/**
 * "more than double the England rate of 67", "above the national average of 15.4": a place named
 * in the phrase that introduces one figure is that figure's, and no other's in the sentence.
 */
export function placesOfFigures(tokens: readonly Token[], places: ReadonlyArray<InClause<PlaceMention>>, numbers: readonly RecognisedNumber[]): Map<PlaceMention, RecognisedNumber> {
  const owned = new Map<PlaceMention, RecognisedNumber>();
  for (const place of places) {
    let at = tokens.findIndex((token) => token.start >= place.end);
    if (at < 0) continue;
    let glue = 0;
    while (glue < 4 && at < tokens.length && OWNED_PLACE_GLUE.has(tokens[at]!.lower)) {
      at++;
      glue++;
    }
    // Only a noun of measure ("rate", "average") makes the phrase one figure's: "England, 67" does not.
    if (glue === 0 || !tokens.slice(at - glue, at).some((token) => isWord(token, "rate", "average", "figure", "level", "total"))) continue;
    const named = numbers.find((number) => number.startTok === at);
    if (named) owned.set(place, named);
  }
  return owned;
}

/** Where a figure applies: the nearest place in its clause, else in its sentence, but never the place of another figure it is compared with. */
export function placeOf(figure: RecognisedNumber, clause: number, places: SpanIndex<InClause<PlaceMention>>, mentioned: ReadonlyArray<InClause<PlaceMention>>, comparisonPlaces: ReadonlySet<PlaceMention>, sentence: string, owned: ReadonlyMap<PlaceMention, RecognisedNumber>): string | undefined {
  for (const [place, number] of owned) if (number === figure) return place.name;
  // "to 17.9 per cent in London": a place right after the figure, behind "in", is its own.
  for (const place of mentioned) {
    // ("15 per cent were in the South West": behind a copula too, hry50.)
    if (place.clause === clause && place.start > figure.end && place.start - figure.end <= 18 && /^\s+(?:(?:were|was|are|is)\s+)?(?:in|across|for)\s+(?:the\s+)?$/.test(sentence.slice(figure.end, place.start))) return place.name;
    // "45% of looked after children in England, 45% … in Scotland and 49% … in Wales": the group the figure is of, then its place (hry113).
    if (place.start > figure.end && place.start - figure.end <= 45 && /^\s+of\s+(?:the\s+)?[a-z’'-]+(?:\s+[a-z’'-]+){0,4}\s+in\s+(?:the\s+)?$/.test(sentence.slice(figure.end, place.start))) return place.name;
  }
  const nearest = places.nearestInClauseThenSentence(figure, clause);
  // "higher than the national average, at 98%": the place compared with is not the figure's (hry62).
  if (nearest && nearest.end <= figure.start && /\bthan\s+(?:the\s+)?$/i.test(sentence.slice(0, nearest.start)) && sentence.slice(nearest.end, figure.start).includes(",")) return undefined;
  // "English, Scottish and Welsh councils and Northern Ireland’s trusts … at least 0.1%": places
  // named together before the figure share it; none is its own (hry98).
  if (nearest && nearest.end <= figure.start && mentioned.some((other) => other.clause === nearest.clause && other.name !== nearest.name && !comparisonPlaces.has(other) && other.end <= nearest.start && /^[^\d;]*(?:\band\b|&)[^\d;]*$/.test(sentence.slice(other.end, nearest.start)))) return undefined;
  if (!nearest || !comparisonPlaces.has(nearest)) return nearest?.name;
  return nearest.start >= figure.end && nearest.clause === clause ? nearest.name : undefined;
}

/** "the local rate", "the local figure": the article's one council's measure. */
const LOCAL_MEASURE = /\blocal (?:rate|figure|average|total|number|proportion|share)\b/i;

/**
 * The figure's place once the article's one council (`council`, when it has named only one) is
 * weighed against the place the sentence gave it (`place`). "The local rate … was 31.9 per 10,000,
 * lower than the rates for the West Midlands and England": the council's, before any place it is
 * compared with (hry146). "There was also a £2.3m overspend in education services", in an article
 * about Staffordshire: money that names no place is the council's, unless the sentence speaks of
 * councils at large or a national body (hry131), or of a department the article has not tied to the
 * council ("The Department overspent"). Money only: measured, giving every unplaced figure the council
 * cost four held-out sets the national director turnover and news-in-brief figures of one council's story.
 */
export function withArticleCouncil(found: RecognisedNumber, sentence: string, council: string | undefined, first: boolean, place: string | undefined): string | undefined {
  if (council === undefined) return place;
  if (LOCAL_MEASURE.test(sentence.slice(0, found.start)) && (first || !place)) return council;
  if (place) return place;
  return found.money && !speaksNationally(sentence) && !/\bdepartment\b/i.test(sentence) ? council : undefined;
}
