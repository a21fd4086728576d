// The overall verdict of several checks: the worst of them. A claim is only as sure as its least
// sure figure, and one contradicted figure makes the claim wrong.

import type { Verdict } from "../types.ts";

const SEVERITY: Record<Verdict, number> = { supported: 0, unverified: 1, contradicted: 2 };

/** The worst of the verdicts; `none` when there are none (nothing checked is not supported). */
export function worstVerdict(verdicts: readonly Verdict[], none: Verdict = "unverified"): Verdict {
  if (verdicts.length === 0) return none;
  return verdicts.reduce((worst, each) => (SEVERITY[each] > SEVERITY[worst] ? each : worst));
}
