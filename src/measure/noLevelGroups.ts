// Counts of a group a story is about, or of those an event touched, that its words show are no
// level of any measure: one home of a place, children a sum pays for, workers taken on, people who
// signed, settings or councils at which something happened, and a count graded only in the next
// clause. Read by noLevel.ts's saysNoLevel, beside its other rules.

import { TIME_UNITS } from "../extract/figures/lexicon.ts";
import type { Token } from "../extract/figures/tokens.ts";
import { isWordAt, isWordIn, type Mentions } from "./frames.ts";
import type { FigureSlot } from "./read.ts";

/**
 * "Kids moved out of one Oldham children's home": "one" before a name is one home of a place, no
 * count of the country's homes (hry153). Title case ("One Children's Home") is the population's own name.
 */
export function oneNamedPlaces(tokens: readonly Token[], figure: FigureSlot, mentions: Mentions): boolean {
  // (Only behind a preposition, "moved out of one Oldham children's home": "only one London council was rated inadequate" counts councils.)
  if (figure.unitKind !== "count" || figure.endTok !== figure.startTok + 1 || !isWordAt(tokens, figure.startTok, "one") || !isWordAt(tokens, figure.startTok - 1, "of", "in", "at", "from", "into", "to", "for")) return false;
  const next = tokens[figure.endTok];
  return next?.kind === "word" && /^[A-Z]/.test(next.text) && !mentions.populations.some((population) => population.startTok === figure.endTok);
}

/** "spends £90,631.71 a week looking after 20 children": those a sum pays for, no count of all in care (hry160). */
export function countsPaidFor(tokens: readonly Token[], figure: FigureSlot): boolean {
  if (figure.unitKind !== "count" || !isWordAt(tokens, figure.startTok - 1, "after", "for") || !isWordAt(tokens, figure.startTok - 2, "looking", "caring", "care", "look")) return false;
  return isWordIn(tokens, figure.startTok - 3, TIME_UNITS) && isWordAt(tokens, figure.startTok - 4, "a", "per", "each", "every");
}

/** Words of a hedge or an addition between a verb and its count: "signed by more than 10,500". */
const HEDGES_BEFORE: ReadonlySet<string> = new Set(["almost", "nearly", "around", "about", "some", "over", "more", "than", "another", "an", "a", "extra", "additional", "just", "only"]);
/** "Councils recruited 7,174 agency social workers": a year's starters, never those in post (hry149); or those who signed something. */
export function countsTakenOn(tokens: readonly Token[], figure: FigureSlot): boolean {
  if (figure.unitKind !== "count") return false;
  let at = figure.startTok - 1;
  while (at > 0 && isWordIn(tokens, at, HEDGES_BEFORE)) at--;
  if (isWordAt(tokens, at, "recruited", "hired", "recruiting", "hiring", "recruit", "hire") || (isWordAt(tokens, at, "on") && isWordAt(tokens, at - 1, "took", "taken", "taking", "take"))) return true;
  // ("a petition signed by more than 10,500 care experienced people": those who signed, hry162.)
  if (isWordAt(tokens, at, "by") && isWordAt(tokens, at - 1, "signed", "backed", "endorsed")) return true;
  // ("14 social workers recruited from overseas": the participle after the counted noun.)
  for (let next = figure.endTok; next < Math.min(tokens.length, figure.endTok + 5) && tokens[next]!.kind === "word"; next++) if (isWordAt(tokens, next, "recruited", "hired")) return true;
  return false;
}

/** Populations of places children live or are cared for, and councils, which a story may be set "at". */
const SETTINGS_POPULATIONS: ReadonlySet<string> = new Set(["childrens-homes", "residential-special-schools", "supported-accommodation", "fostering-agencies", "adoption-agencies", "providers", "councils"]);

/**
 * "serious failures at three residential special schools registered as children's homes": the
 * settings where something happened, which the story is about, no count of those registered
 * (hry155). Only behind "at" ("14,000 places in 2,706 homes" counts the homes).
 */
export function settingsWhereAt(tokens: readonly Token[], figure: FigureSlot, mentions: Mentions): boolean {
  // ("commissioners at two councils where …", "sent into two of the councils rated inadequate", hry158.)
  if (figure.unitKind !== "count" || !isWordAt(tokens, figure.startTok - 1, "at", "into")) return false;
  const noun = isWordAt(tokens, figure.endTok, "of") && isWordAt(tokens, figure.endTok + 1, "the", "those") ? figure.endTok + 2 : figure.endTok;
  return mentions.populations.some((population) => population.startTok >= noun && population.startTok <= noun + 1 && SETTINGS_POPULATIONS.has(population.value.id));
}

/**
 * "46 local authorities have been lifted out of intervention …, and the number of inadequate local
 * authorities has fallen": a count with its own noun and predicate takes no grade named only past
 * ", and" in the next clause (hry158).
 */
export function gradedOnlyInNextClause(tokens: readonly Token[], figure: FigureSlot, mentions: Mentions): boolean {
  if (figure.unitKind !== "count" || !mentions.populations.some((population) => population.startTok === figure.endTok)) return false;
  let boundary = -1;
  for (let at = figure.endTok; at < tokens.length - 1 && boundary < 0; at++) if (tokens[at]!.text === ";" || (tokens[at]!.text === "," && isWordAt(tokens, at + 1, "and", "but", "while", "whereas"))) boundary = at;
  const grades = mentions.indicators.filter((mention) => mention.value.kind === "grade" && mention.startTok >= figure.endTok);
  return boundary > 0 && grades.length > 0 && grades.every((mention) => mention.startTok > boundary) && !mentions.indicators.some((mention) => mention.endTok <= figure.startTok);
}
