// Which figure an indicator's words belong to when a sentence holds several: the words right after
// a figure are its counted noun ("780 complaints"), and a name just before the next figure is that
// figure's label ("… and the vacancy rate to 16.5 per cent").

import type { Token } from "../extract/figures/tokens.ts";
import type { Indicator } from "./catalogue.ts";
import { VERBS, type Mentions } from "./frames.ts";
import type { PhraseMention } from "./phrases.ts";
import type { FigureSlot } from "./read.ts";

/** Words between a label and its figure: "the vacancy rate to 16.5", "caseload: 15.8", "turnover was 15.1". */
const LABEL_GLUE: ReadonlySet<string> = new Set(["to", "of", "at", "was", "is", "were", "stood", "reached", "hit", ":", "="]);

/** "The agency rate edged down to 15.4 per cent and the vacancy rate to 16.5 per cent": "vacancy rate" labels the 16.5. */
export function labelsNext(tokens: readonly Token[], mention: PhraseMention<Indicator>, next: FigureSlot | undefined): boolean {
  if (!next || mention.endTok > next.startTok || next.startTok - mention.endTok > 3) return false;
  // "a budget of £58.2m": the currency sign stands before the figure too.
  for (let at = mention.endTok; at < next.startTok; at++) if (!LABEL_GLUE.has(tokens[at]!.lower) && !/^[£$€]$/.test(tokens[at]!.text)) return false;
  return true;
}

/** Indicator words standing right after a figure are its counted noun, and that figure's alone. */
export function ownedMentions(tokens: readonly Token[], figures: readonly FigureSlot[], mentions: Mentions): Map<FigureSlot, Set<PhraseMention<Indicator>>> {
  const owners = new Map<FigureSlot, Set<PhraseMention<Indicator>>>();
  for (const figure of figures) {
    // "25.7%, vacancy rate 25.6%": past a comma the words are the next figure's label, not this one's noun.
    // "152 were inadequate": past a verb they are the sentence's predicate, not a noun.
    // "41 councils required improvement": past the population it counts, the words are its predicate.
    const between = tokens[figure.endTok];
    const counted = mentions.populations.some((population) => population.startTok === figure.endTok && population.endTok === figure.endTok + 1);
    const own = new Set(mentions.indicators.filter((mention) => mention.startTok === figure.endTok || (mention.startTok === figure.endTok + 1 && between?.kind !== "punct" && !VERBS.has(between?.lower ?? "") && !counted)));
    owners.set(figure, own);
  }
  return owners;
}

export function othersOwn(figure: FigureSlot, owners: ReadonlyMap<FigureSlot, ReadonlySet<PhraseMention<Indicator>>>): Set<PhraseMention<Indicator>> {
  const taken = new Set<PhraseMention<Indicator>>();
  for (const [owner, own] of owners) if (owner !== figure) for (const mention of own) taken.add(mention);
  return taken;
}
