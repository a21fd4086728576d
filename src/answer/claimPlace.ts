// Whether a claim's place is in doubt. The figure reader places a figure in a council named before
// it in its clause ("In Norfolk, 1,100 …", "Bradford overspent by £28.6m"), but not in every shape a
// sentence can take ("… in 2023 in Kingston upon Hull", a council typed in lower case in chat). A
// claim the reader left unplaced is taken for the country's; when its sentence names a council,
// that reading would check a council's figure against England's and refute a true claim. Such a
// claim is left unverified instead: "reading" taken for Reading only costs a verdict.

import { findCouncils } from "../extract/ratings/councilMentions.ts";
import { isWord, tokenize } from "../extract/figures/tokens.ts";
import { MONTH_NAMES } from "../extract/figures/lexicon.ts";
import { vocabulary } from "../measure/vocabulary.ts";
import { isLocalPlace } from "../measure/same.ts";
import type { FigureMention } from "../types.ts";

/**
 * What the sentence's councils (by the gazetteer scan the figure reader places figures with, in any
 * case) say of the claim's place, from one scan: `inDoubt`, a figure read as the country's in a
 * sentence that names a council; `oneCouncil`, a figure placed in the one council the sentence
 * names ("Devon's social worker vacancy rate was 10 per cent in 2024" may be checked against
 * Devon's own figure; "Devon's rate, against Cornwall's 15" is not sure enough); `unknownPlace`, a
 * figure read as the country's in a sentence naming a place nobody knows ("in Merseyside").
 */
export function claimPlaceOf(claimed: Pick<FigureMention, "geography">, sentence: string): { inDoubt: boolean; oneCouncil: boolean; unknownPlace: boolean } {
  const tokens = tokenize(sentence);
  const councils = new Set(findCouncils(tokens, { anyCase: true }).map((mention) => mention.council.name));
  const unknownPlace = !isLocalPlace(claimed.geography) && (unknownPlaceIn(tokens, claimed.geography) || (claimed.geography === undefined && SOME_AREAS.test(sentence)));
  return {
    unknownPlace,
    inDoubt: unknownPlace || (!isLocalPlace(claimed.geography) && councils.size > 0),
    oneCouncil: claimed.geography !== undefined && councils.size === 1 && councils.has(claimed.geography),
  };
}

/** A claimed figure read as the country's in a sentence that names a council. */
export function claimPlaceInDoubt(claimed: Pick<FigureMention, "geography">, sentence: string): boolean {
  return claimPlaceOf(claimed, sentence).inDoubt;
}

/**
 * "£1.8bn … in the most deprived areas", "in the poorest parts of England": some places picked out by a
 * quality, never the country, which the reader cannot place (hry142).
 */
const SOME_AREAS = /\b(?:in|across|for)\s+(?:the\s+)?(?:(?:most|least|more|less)\s+)?(?:deprived|poorest|poorer|richest|wealthiest|affluent|disadvantaged|rural|urban|coastal|northern|southern|worst-hit|hardest-hit)\s+(?:areas?|parts|councils|authorities|neighbourhoods|communities|regions|places|boroughs)\b/i;

// ("in Step Up", "in Think Ahead", "in Staying Put": a programme's second word, hry83.)
const PROGRAMME_HEADS: ReadonlySet<string> = new Set(["Families", "Homes", "Programme", "Programmes", "Strategy", "Review", "Fund", "Plan", "Act", "Partnership", "Initiative", "Scheme", "Project", "Hubs", "Start", "Futures", "Services", "Up", "Ahead", "Put", "Close", "Together", "First", "Forward"]);

/**
 * "4 councils in Merseyside", "78% of children's homes across Tyneside": a place the reader does not
 * know (no council, region or nation of the catalogue's), which a claim read as the country's may
 * well be about. A capitalised word after "in" or "across" that is no month, no acronym ("in SIF
 * inspections") and not the place the figure was given.
 */
function unknownPlaceIn(tokens: ReturnType<typeof tokenize>, placed: string | undefined): boolean {
  const known = vocabulary().geographies.find(tokens);
  return tokens.some((token, at) => {
    if (!isWord(tokens[at - 1], "in", "across", "throughout") || token.kind !== "word" || !/^\p{Lu}\p{Ll}+$/u.test(token.text)) return false;
    if (MONTH_NAMES.has(token.text) || token.text === placed || isWord(tokens[at + 1], "'s", "’s")) return false;
    // "in Supporting Families", "in Stable Homes": a programme's name, no place (hry60, hry63).
    if (PROGRAMME_HEADS.has(tokens[at + 1]?.text ?? "")) return false;
    return !known.some((mention) => mention.start <= token.start && mention.end >= token.end);
  });
}
