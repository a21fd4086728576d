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

/** Whether the sentence names a council, by the gazetteer scan the figure reader places figures with, in any case. */
function namesCouncil(sentence: string): boolean {
  return findCouncils(tokenize(sentence), { anyCase: true }).length > 0;
}

/** A claimed figure read as the country's in a sentence that names a council. */
export function claimPlaceInDoubt(claimed: Pick<FigureMention, "geography">, sentence: string): boolean {
  return !isLocalPlace(claimed.geography) && namesCouncil(sentence);
}
