// Words around a catalogue mention that change what it says of a figure: a negation ("had not
// experienced a change in DCS"), a population's name that holds an indicator's word ("care
// leavers"), and the basis a clause states ("since 2008" is a running count; "the highest since
// 1985" is a comparison, not one).

import { tokenize, type Token } from "../extract/figures/tokens.ts";
import { SUPERLATIVES_BEFORE_SINCE } from "../extract/figures/lexicon.ts";
import type { Basis } from "../types.ts";
import type { Indicator, Population } from "./catalogue.ts";
import { isWordAt } from "./frames.ts";
import type { PhraseMention } from "./phrases.ts";
import { vocabulary } from "./vocabulary.ts";

/**
 * "care leavers": a population's name may hold an indicator's word ("leavers" is turnover), which
 * names nothing there unless the indicator counts that population ("looked-after children").
 */
export function outsidePopulations(indicators: Array<PhraseMention<Indicator>>, populations: ReadonlyArray<PhraseMention<Population>>): Array<PhraseMention<Indicator>> {
  const inside = (mention: PhraseMention<Indicator>) => populations.some((population) => population.start <= mention.start && population.end >= mention.end && population.end - population.start > mention.end - mention.start && !mention.value.populations.includes(population.value.id));
  return indicators.some(inside) ? indicators.filter((mention) => !inside(mention)) : indicators;
}

const NEGATORS: ReadonlySet<string> = new Set(["not", "no", "never", "without", "nor", "neither"]);

/**
 * A negation among the three words before the indicator's name (not reaching back past the figure):
 * "had not experienced a change in DCS", "councils that did not change their director".
 */
export function negatedBefore(tokens: readonly Token[], at: number, figureEnd: number): boolean {
  const after = (tokens[at]?.start ?? 0) > figureEnd ? figureEnd : 0;
  let seen = 0;
  for (let back = at - 1; back >= 0 && seen < 3; back--) {
    const token = tokens[back]!;
    if (token.start < after) break;
    if (token.kind !== "word") continue;
    if (NEGATORS.has(token.lower) || token.lower.endsWith("n't") || token.lower.endsWith("n’t")) return true;
    seen++;
  }
  return false;
}

/** The one basis the clause states, if it states exactly one kind. */
export function basisIn(tokens: readonly Token[], bases: ReadonlyArray<PhraseMention<Basis>>, clause: { start: number; end: number }): Basis | undefined {
  const stated = bases.filter((mention) => mention.start >= clause.start && mention.end <= clause.end && !(mention.value === "cumulative" && isWordAt(tokens, mention.startTok - 1, ...SUPERLATIVES_BEFORE_SINCE)));
  const kinds = new Set(stated.map((mention) => mention.value));
  return kinds.size === 1 ? [...kinds][0] : undefined;
}

/** The one basis a sentence states ("now carry this rating" → stock), for a figure whose measure is inherited. */
export function statedBasis(sentence: string): Basis | undefined {
  const tokens = tokenize(sentence);
  return basisIn(tokens, vocabulary().bases.find(tokens), { start: 0, end: sentence.length });
}
