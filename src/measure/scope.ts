// Whether a sentence speaks of one council or of councils at large. Placement (extract/figures/
// placing.ts) gives one council's story its unplaced money unless the sentence speaks of more; a check
// (same.ts) keeps one council's unplaced money from answering a claim about England. Both read the
// words here, so "councils at large" means one thing.

/** Councils at large or the country: a sentence with these speaks of more than one council. */
const COUNCILS_AT_LARGE = /\b(?:councils|local authorities|authorities|nationally|England|country)\b/i;
/**
 * Wider: national words and the bodies whose money is national ("the LGA", "the Treasury", "a grant").
 * Placement reads these too; a check does not, since "the council blamed government cuts for its £5m
 * overspend" is still one council's money.
 */
const NATIONAL_SCOPE = /\b(?:national|nationwide|countrywide|English|UK|Britain|British|government|LGA|Local Government Association|County Councils Network|CCN|Treasury|DfE|Department for Education|ministers?|sector|grant|fund)\b/i;
/** "the council", "its children's services department": a sentence about one council. */
const ONE_COUNCIL = /\b(?:the|its) (?:council|authority|local authority|county council|(?:children's |children’s )?(?:services )?department|directorate)\b/i;

export function speaksOfCouncilsAtLarge(sentence: string): boolean {
  return COUNCILS_AT_LARGE.test(sentence);
}

/** Councils at large, the country, or a national body or its money. */
export function speaksNationally(sentence: string): boolean {
  return COUNCILS_AT_LARGE.test(sentence) || NATIONAL_SCOPE.test(sentence);
}

export function speaksOfOneCouncil(sentence: string): boolean {
  return ONE_COUNCIL.test(sentence);
}
