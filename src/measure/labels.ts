// Which figure an indicator's words belong to when a sentence holds several: the words right after
// a figure are its counted noun ("780 complaints"), and a name just before the next figure is that
// figure's label ("… and the vacancy rate to 16.5 per cent").

import type { Token } from "../extract/figures/tokens.ts";
import type { Indicator } from "./catalogue.ts";
import { VERBS, type Mentions } from "./frames.ts";
import type { PhraseMention } from "./phrases.ts";
import type { FigureSlot } from "./read.ts";

/** Words between a label and its figure: "the vacancy rate to 16.5", "caseload: 15.8", "turnover was 15.1". */
const LABEL_GLUE: ReadonlySet<string> = new Set([
  "to", "of", "at", "was", "is", "were", "stood", "reached", "hit", ":", "=",
  // "2,880 children's homes with places for 11,000 children": the places are the 11,000's.
  "for",
  // "… and the vacancy rate dropped to 17.3%": a verb of change between a label and its figure.
  "rose", "fell", "dropped", "increased", "decreased", "climbed", "grew", "declined", "eased", "edged", "slipped", "dipped", "jumped", "went", "came", "down", "up", "slightly", "sharply",
]);

/** "The agency rate edged down to 15.4 per cent and the vacancy rate to 16.5 per cent": "vacancy rate" labels the 16.5. */
export function labelsNext(tokens: readonly Token[], mention: PhraseMention<Indicator>, next: FigureSlot | undefined): boolean {
  if (!next || mention.endTok > next.startTok || next.startTok - mention.endTok > 4) return false;
  // "a budget of £58.2m": the currency sign stands before the figure too.
  for (let at = mention.endTok; at < next.startTok; at++) if (!LABEL_GLUE.has(tokens[at]!.lower) && !/^[£$€]$/.test(tokens[at]!.text)) return false;
  return true;
}

const CONJUNCTIONS: ReadonlySet<string> = new Set(["and", "or", "but", "while", "whereas"]);

/** Indicator words standing right after a figure are its counted noun, and that figure's alone. */
export function ownedMentions(tokens: readonly Token[], figures: readonly FigureSlot[], mentions: Mentions): Map<FigureSlot, Set<PhraseMention<Indicator>>> {
  const owners = new Map<FigureSlot, Set<PhraseMention<Indicator>>>();
  for (const figure of figures) {
    // "25.7%, vacancy rate 25.6%": past a comma the words are the next figure's label, not this one's noun.
    // "152 were inadequate": past a verb they are the sentence's predicate, not a noun.
    // "41 councils required improvement": past the population it counts, the words are its predicate.
    const between = tokens[figure.endTok];
    const counted = mentions.populations.some((population) => population.startTok === figure.endTok && population.endTok === figure.endTok + 1);
    // "15.8 per cent and turnover at 15 per cent": past a conjunction they start the next item.
    const joins = between !== undefined && CONJUNCTIONS.has(between.lower);
    const own = new Set(mentions.indicators.filter((mention) => mention.startTok === figure.endTok || (mention.startTok === figure.endTok + 1 && between?.kind !== "punct" && !VERBS.has(between?.lower ?? "") && !counted && !joins)));
    owners.set(figure, own);
  }
  return owners;
}

export function othersOwn(figure: FigureSlot, owners: ReadonlyMap<FigureSlot, ReadonlySet<PhraseMention<Indicator>>>): Set<PhraseMention<Indicator>> {
  const taken = new Set<PhraseMention<Indicator>>();
  for (const [owner, own] of owners) if (owner !== figure) for (const mention of own) taken.add(mention);
  return taken;
}

/** Words that join the items of a list: "good and inadequate", "the agency rate and the vacancy rate", "25, 19 and 12 per cent". */
const LIST_JOIN: ReadonlySet<string> = new Set([",", "and", "or", "the"]);
/** Words between a list of names and its list of figures: "… were 25 and 19 per cent", "… stood at". */
const LIST_GLUE: ReadonlySet<string> = new Set(["were", "was", "are", "is", "stood", "at", "of", "respectively", "reached", ":", "then", "now"]);

function joinedOnly(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  for (let at = from; at < to; at++) if (!LIST_JOIN.has(tokens[at]!.lower)) return false;
  return true;
}

/**
 * "The shares rated good and inadequate were 25 per cent and 19 per cent": two lists of the same
 * length, names then figures, pair up in order, with or without "respectively". Only when nothing
 * else stands between them: the names joined by "and"/"or"/commas, the figures likewise, and the
 * names' list right before the figures' behind a copula ("were", "stood at"). Each name must fit
 * its figure's kind of number, or the sentence is not such a pair of lists.
 */
export function parallelLabels(tokens: readonly Token[], figures: readonly FigureSlot[], mentions: Mentions, fits: (indicator: Indicator, figure: FigureSlot) => boolean): Map<FigureSlot, PhraseMention<Indicator>> {
  const paired = new Map<FigureSlot, PhraseMention<Indicator>>();
  for (let first = 0; first < figures.length - 1; first++) {
    // The figures' list: consecutive figures joined only by list words.
    let last = first;
    while (last + 1 < figures.length && joinedOnly(tokens, figures[last]!.endTok, figures[last + 1]!.startTok)) last++;
    if (last === first) continue;
    const listed = figures.slice(first, last + 1);
    // The names' list ends right before the figures, behind glue words only.
    let glueFrom = listed[0]!.startTok;
    while (glueFrom > 0 && LIST_GLUE.has(tokens[glueFrom - 1]!.lower)) glueFrom--;
    if (glueFrom === listed[0]!.startTok) {
      first = last;
      continue;
    }
    // Name spans, last first; one span may stand for several values ("vacancies": a rate or a count).
    const spans: Array<Array<PhraseMention<Indicator>>> = [];
    let end = glueFrom;
    for (let at = mentions.indicators.length - 1; at >= 0 && spans.length <= listed.length; at--) {
      const mention = mentions.indicators[at]!;
      if (spans[0]?.[0]?.startTok === mention.startTok) {
        spans[0]!.push(mention);
        continue;
      }
      if (mention.endTok > end) continue;
      if (mention.endTok !== end && !(spans.length > 0 && joinedOnly(tokens, mention.endTok, end))) break;
      spans.unshift([mention]);
      end = mention.startTok;
    }
    const names = spans.length === listed.length ? listed.map((figure, at) => spans[at]!.find((mention) => fits(mention.value, figure))) : [];
    if (names.length > 0 && names.every((name) => name !== undefined) && new Set(names.map((name) => name!.value.id)).size === names.length) {
      listed.forEach((figure, at) => paired.set(figure, names[at]!));
    }
    first = last;
  }
  return paired;
}
