// Places as a sentence combines them: two joined by "and" are both together ("London and the North
// East"), and a part of one is no whole of it ("the northernmost parts of Northern Ireland").

import { isWord, type Token } from "./tokens.ts";
import type { PlaceMention } from "./context.ts";

/**
 * "In London and the North East, over 40% of councils …": two places joined by "and" or "or" are
 * both, together, never either alone, and never the country (hry143: the share passed as England's).
 */
export function joinedPlaces(tokens: readonly Token[], places: PlaceMention[]): PlaceMention[] {
  // ("Vacancy rates in Kent and Essex were 20% and 15% respectively": each its own, respectivePlaces reads them.)
  if (places.length < 2 || tokens.some((token) => isWord(token, "respectively"))) return places;
  const joined: PlaceMention[] = [];
  for (const place of places) {
    const last = joined.at(-1);
    const between = last ? tokens.filter((token) => token.start >= last.end && token.end <= place.start) : [];
    if (last && between.length > 0 && between.length <= 2 && isWord(between[0], "and", "or") && (between.length === 1 || isWord(between[1], "the")) && !last.name.startsWith("part of")) {
      joined[joined.length - 1] = { name: `${last.name} ${between[0]!.lower} ${place.name}`, start: last.start, end: place.end };
    } else joined.push(place);
  }
  return joined;
}

/** "the northernmost parts of Northern Ireland", "areas of Wales": somewhere in it, not all of it (hry139). */
export function partOf(tokens: readonly Token[], startTok: number): boolean {
  return isWord(tokens[startTok - 1], "of") && isWord(tokens[startTok - 2], "part", "parts", "areas", "area", "corner", "pockets");
}
