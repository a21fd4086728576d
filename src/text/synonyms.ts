// The sector's vocabulary, folded to one word per idea before stemming, on both sides (articles and
// queries) so that "failing councils" finds "inadequate local authorities" and the reverse.
// Patterns are fixed literals run over lower-cased text; user text never becomes a pattern.

export interface SynonymGroup {
  canonical: string;
  pattern: RegExp;
  /** Shown in help and docs. */
  phrases: string[];
}

function group(canonical: string, phrases: string[]): SynonymGroup {
  const escaped = phrases
    .slice()
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+").replace(/'/g, "['’]?"));
  return { canonical, phrases, pattern: new RegExp(`(?<![\\p{L}\\d])(?:${escaped.join("|")})(?![\\p{L}\\d])`, "gu") };
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

export function foldSynonyms(lowerCased: string): string {
  let text = lowerCased;
  for (const { canonical, pattern } of SYNONYM_GROUPS) text = text.replace(pattern, ` ${canonical} `);
  return text;
}
