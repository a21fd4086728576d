// The sector's vocabulary, folded to one word per idea before stemming, on both sides (articles and
// queries) so that "failing councils" finds "inadequate local authorities" and the reverse.
// Patterns are fixed literals run over lower-cased text; user text never becomes a pattern.

export interface SynonymGroup {
  canonical: string;
  pattern: RegExp;
  /** Shown in help and docs. */
  phrases: string[];
}

function alternatives(phrases: readonly string[]): string {
  return phrases
    .slice()
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+").replace(/'/g, "['’]?"))
    .join("|");
}

function group(canonical: string, phrases: string[]): SynonymGroup {
  return { canonical, phrases, pattern: new RegExp(`(?<![\\p{L}\\d])(?:${alternatives(phrases)})(?![\\p{L}\\d])`, "gu") };
}

export const SYNONYM_GROUPS: SynonymGroup[] = [
  group("dcs", ["directors of children's services", "director of children's services", "dcss", "dcs", "children's services director", "children's services directors"]),
  group("requiresimprovement", ["requires improvement", "require improvement", "requiring improvement", "required improvement", "ri"]),
  group("council", ["local authorities", "local authority", "las", "la", "councils", "council", "authorities", "authority", "boroughs", "borough"]),
  group("inadequate", ["inadequate", "inadequacy", "failing", "failed", "fail", "fails", "failure"]),
  group("caseload", ["caseloads", "caseload", "workloads", "workload", "children per social worker"]),
  group("turnover", ["turnover", "churn", "staff turnover"]),
  group("childrenshome", ["children's homes", "children's home", "residential care", "care homes"]),
  group("percent", ["per cent", "percent", "percentage"]),
];

// Every group in one pattern, a capture group each, so a text is scanned once rather than once per
// group (ingest speed: this runs on every sentence). No phrase of one group overlaps another's, so
// one leftmost pass folds exactly what a pass per group did.
const ALL_GROUPS = new RegExp(`(?<![\\p{L}\\d])(?:${SYNONYM_GROUPS.map((entry) => `(${alternatives(entry.phrases)})`).join("|")})(?![\\p{L}\\d])`, "gu");

function canonicalOf(...match: unknown[]): string {
  for (let at = 0; at < SYNONYM_GROUPS.length; at++) if (match[at + 1] !== undefined) return ` ${SYNONYM_GROUPS[at]!.canonical} `;
  return String(match[0]);
}

export function foldSynonyms(lowerCased: string): string {
  return lowerCased.replace(ALL_GROUPS, canonicalOf);
}

/**
 * How a folded word reads in a message: as the question wrote it ("residential care"), else the
 * group's first phrase ("childrenshome" is "children's homes"; hry74 saw the folded form).
 */
export function spokenForm(word: string, asked = ""): string {
  const group = SYNONYM_GROUPS.find((candidate) => candidate.canonical === word);
  if (!group) return word;
  const lower = asked.toLowerCase();
  return group.phrases.find((phrase) => lower.includes(phrase)) ?? group.phrases[0]!;
}
