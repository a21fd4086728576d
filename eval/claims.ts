// Verdicts scored against claims written by hand against the evaluation's documents. The numbers
// that matter most are the wrong verdicts that assert something: a wrong `supported` and a wrong
// `contradicted`. `unverified` is never wrong in that sense, only unhelpful.

import type { Answer, Verdict } from "../src/types.ts";

export interface ClaimAnnotation {
  claim: string;
  /** The verdict the documents support. */
  expected: Verdict;
  why?: string;
  /**
   * The verdict once the official statistics are read too (`npm run eval -- --statistics`), where
   * they settle what the documents do not; `expected` when absent.
   */
  withStatistics?: Verdict;
  whyWithStatistics?: string;
}

export interface ClaimScore {
  claims: number;
  right: number;
  accuracy: number;
  wrongSupported: number;
  wrongContradicted: number;
  /** Expected supported or contradicted, answered unverified. */
  unhelpful: number;
  misses: string[];
}

export function scoreClaims(claims: readonly ClaimAnnotation[], answer: (text: string) => Answer, { statistics = false }: { statistics?: boolean } = {}): ClaimScore {
  const score: ClaimScore = { claims: claims.length, right: 0, accuracy: 0, wrongSupported: 0, wrongContradicted: 0, unhelpful: 0, misses: [] };
  for (const claim of claims) {
    const reply = answer(`check ${claim.claim}`);
    const got = reply.verdict ?? "unverified";
    const expected = statistics ? (claim.withStatistics ?? claim.expected) : claim.expected;
    if (got === expected) {
      score.right++;
      continue;
    }
    if (got === "supported") score.wrongSupported++;
    else if (got === "contradicted") score.wrongContradicted++;
    else score.unhelpful++;
    const severity = got === "unverified" ? "unhelpful" : "WRONG";
    score.misses.push(`${severity}: “${claim.claim}” → ${got}, expected ${expected} — ${reply.checks?.[0]?.reason ?? reply.message ?? ""}`);
  }
  score.accuracy = claims.length === 0 ? 1 : score.right / claims.length;
  // Wrong assertions first: they are the ones that hurt a newsroom.
  score.misses.sort((a, b) => Number(b.startsWith("WRONG")) - Number(a.startsWith("WRONG")));
  return score;
}
