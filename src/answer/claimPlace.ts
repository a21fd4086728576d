// Whether a claim's place is in doubt. The figure reader places a figure in a council named before
// it in its clause ("In Norfolk, 1,100 …", "Bradford overspent by £28.6m"), but not in every shape a
// sentence can take ("… in 2023 in Kingston upon Hull", a council typed in lower case in chat). A
// claim the reader left unplaced is taken for the country's; when its sentence names a council,
// that reading would check a council's figure against England's and refute a true claim. Such a
// claim is left unverified instead: "reading" taken for Reading only costs a verdict.

import { findCouncils } from "../extract/ratings/councilMentions.ts";
import { tokenize } from "../extract/figures/tokens.ts";
import { isLocalPlace } from "../measure/same.ts";
import type { FigureMention } from "../types.ts";

/**
 * What the sentence's councils (by the gazetteer scan the figure reader places figures with, in any
 * case) say of the claim's place, from one scan: `inDoubt`, a figure read as the country's in a
 * sentence that names a council; `oneCouncil`, a figure placed in the one council the sentence
 * names ("Devon's social worker vacancy rate was 10 per cent in 2024" may be checked against
 * Devon's own figure; "Devon's rate, against Cornwall's 15" is not sure enough).
 */
export function claimPlaceOf(claimed: Pick<FigureMention, "geography">, sentence: string): { inDoubt: boolean; oneCouncil: boolean } {
  const councils = new Set(findCouncils(tokenize(sentence), { anyCase: true }).map((mention) => mention.council.name));
  return {
    inDoubt: !isLocalPlace(claimed.geography) && councils.size > 0,
    oneCouncil: claimed.geography !== undefined && councils.size === 1 && councils.has(claimed.geography),
  };
}

/** A claimed figure read as the country's in a sentence that names a council. */
export function claimPlaceInDoubt(claimed: Pick<FigureMention, "geography">, sentence: string): boolean {
  return claimPlaceOf(claimed, sentence).inDoubt;
}
