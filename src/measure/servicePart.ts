// "Councils predicted an overspend of £639m, with £319m accounted for by children's services": the
// first amount is the whole council's money, the second its children's services' part. Children's
// services name no scope in the catalogue (reporters on this beat use an unqualified overspend for
// children's services' own), so without this the whole council's £639m would stand for children's
// services and support "children's services overspent by £639m" (hry103).

import { isWord, type Token } from "../extract/figures/tokens.ts";
import type { Measure } from "../types.ts";
import { catalogue } from "./catalogue.ts";
import type { FigureSlot } from "./read.ts";

/** The catalogue scope of the whole of a council's money (catalogue.yaml, `whole council`). */
export const WHOLE_COUNCIL = "whole council";

/** Words that, before a part's amount, say it is a part of an amount named before it. */
const PART_OPENERS: ReadonlyArray<readonly string[]> = [["with"], ["of", "which"], ["including"], ["and"]];

/** The amount at `part`, a later money figure of the sentence, is children's services' share of the amount at `whole`. */
function childrensServicesPart(tokens: readonly Token[], whole: FigureSlot, part: FigureSlot): boolean {
  if (whole.unitKind !== "money" || part.unitKind !== "money" || part.startTok <= whole.endTok) return false;
  // The part follows the whole closely, opened by "with", "of which", "including": ", with £319m …".
  const gap = part.startTok - whole.endTok;
  if (gap > 12) return false;
  const opened = PART_OPENERS.some((opener) => {
    for (let at = whole.endTok; at + opener.length <= part.startTok; at++) if (opener.every((word, k) => isWord(tokens[at + k], word))) return true;
    return false;
  });
  if (!opened) return false;
  // "… £319m accounted for by children's services", "£319m of it on children's services", "… £319m was children's services'".
  for (let at = part.endTok; at < Math.min(tokens.length, part.endTok + 6); at++) {
    if (isChildrensServices(tokens, at)) return true;
    if (tokens[at]?.kind === "punct" && tokens[at]!.text !== "'") break;
  }
  // ", with children's services accounting for £319m".
  for (let at = whole.endTok; at < part.startTok; at++) if (isChildrensServices(tokens, at) && isWord(tokens[at + 2], "accounting", "accounted", "responsible")) return true;
  return false;
}

const CHILDRENS_SERVICES = /\bchildren['’]?s (?:services|social care)\b/i;

function isChildrensServices(tokens: readonly Token[], at: number): boolean {
  return isWord(tokens[at], "children's", "childrens") && isWord(tokens[at + 1], "services", "social");
}

/** Words between "£319m of" and the whole's amount: "of a projected £639m overspend", "of the total £639m". */
const BEFORE_WHOLE: ReadonlySet<string> = new Set(["a", "an", "the", "its", "their", "councils'", "projected", "predicted", "forecast", "expected", "estimated", "total", "overall", "combined"]);

/** "Children's services accounted for £319m of a projected £639m overspend": the part first, then the whole. */
function partBeforeWhole(tokens: readonly Token[], part: FigureSlot, whole: FigureSlot): boolean {
  if (whole.unitKind !== "money" || part.unitKind !== "money" || !isWord(tokens[part.endTok], "of")) return false;
  let at = part.endTok + 1;
  while (at < whole.startTok && isWord(tokens[at], ...BEFORE_WHOLE)) at++;
  // The currency sign before the whole's digits: "£639m".
  if (at !== whole.startTok && !(at === whole.startTok - 1 && tokens[at]?.kind === "punct")) return false;
  for (let before = Math.max(0, part.startTok - 6); before < part.startTok; before++) if (isChildrensServices(tokens, before)) return true;
  return false;
}

/** Index of each children's-services part → the index of the whole council's amount it is part of. */
export function childrensServicesParts(tokens: readonly Token[], figures: readonly FigureSlot[]): Map<number, number> {
  const parts = new Map<number, number>();
  figures.forEach((figure, index) => {
    if (index === 0) return;
    const before = figures[index - 1]!;
    if (childrensServicesPart(tokens, before, figure)) parts.set(index, index - 1);
    else if (partBeforeWhole(tokens, before, figure)) parts.set(index - 1, index);
  });
  return parts;
}

/**
 * A claim of a council money measure with no scope, read as the whole council's: "councils predicted
 * an overspend of £639m" may mean the whole council's overspend, which children's services' £319m
 * does not refute. Undefined when the claim names a scope or children's services, or its indicator has no whole-council scope.
 */
export function asWholeCouncil<T extends { measure?: Measure | undefined }>(claimed: T, claimText = ""): T | undefined {
  const measure = claimed.measure;
  // "children's services overspent by £639m" names its part of the council's money.
  if (!measure || measure.scope !== undefined || CHILDRENS_SERVICES.test(claimText) || !catalogue().indicator(measure.indicator)?.scopes?.has(WHOLE_COUNCIL)) return undefined;
  return { ...claimed, measure: { ...measure, scope: WHOLE_COUNCIL } };
}

/**
 * "£19.8m of the overspend came from the cost of residential and fostering placements": a part of
 * the amount named after it. With no part the catalogue counts apart (a scope), it is no level of
 * the whole, whose measure it would otherwise take.
 */
export function unscopedPartOfWhole(tokens: readonly Token[], figure: FigureSlot): boolean {
  if (figure.unitKind !== "money" || !isWord(tokens[figure.endTok], "of")) return false;
  let at = figure.endTok + 1;
  while (at < figure.endTok + 4 && isWord(tokens[at], ...BEFORE_WHOLE)) at++;
  return at > figure.endTok + 1 && isWord(tokens[at], "overspend", "overspends", "deficit", "budget", "spending", "gap");
}
