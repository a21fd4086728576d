// What a figure measures, named once here so search and answer modules can use the same names.

import type { Token } from "./tokens.ts";

export interface MetricDefinition {
  name: string;
  /**
   * Lower-case word sequences, curly apostrophes straightened. "*" stands for up to three words
   * ("change * director" matches "change in their director"). Punctuation between words is ignored.
   */
  triggers: readonly string[];
  /** A trigger followed by one of these words means something else ("failed to", "good practice"). */
  notBefore?: readonly string[];
}

export const METRICS = [
  { name: "inadequate", triggers: ["inadequate", "failing", "failed", "lowest rating"], notBefore: ["to"] },
  {
    name: "good",
    triggers: ["good or better", "good or outstanding", "good and outstanding", "good"],
    notBefore: ["practice", "progress", "leadership", "leaders", "news", "reason", "idea", "deal", "work", "start", "thing", "things"],
  },
  { name: "requires improvement", triggers: ["requires improvement", "require improvement", "requiring improvement", "required improvement"] },
  { name: "outstanding", triggers: ["outstanding"], notBefore: ["issues", "concerns", "actions", "recommendations", "work", "debts"] },
  { name: "turnover", triggers: ["turnover", "churn"] },
  {
    name: "director change",
    triggers: ["new director", "new directors", "new dcs", "new dcss", "change * director", "changes * director", "changed * director", "change * directors", "changes * directors", "changed * directors"],
  },
  { name: "caseload", triggers: ["caseload", "caseloads", "per social worker", "workload", "workloads"] },
  // extractFigures gives this metric to counts of inspections ("4,500 inspections") from their unit, not
  // from the word nearby: "a cycle of inspections" says nothing about what "four in 10" measures.
  { name: "inspections", triggers: ["inspections", "inspection"] },
] as const satisfies readonly MetricDefinition[];

export type MetricName = (typeof METRICS)[number]["name"];

export interface MetricMention {
  name: MetricName;
  /** Character span of the matched words. */
  start: number;
  end: number;
}

const MAX_WILDCARD = 3;

interface CompiledTrigger {
  name: MetricName;
  words: readonly string[];
  notBefore: readonly string[];
}

const TRIGGERS: readonly CompiledTrigger[] = METRICS
  .flatMap((metric) => metric.triggers.map((trigger) => ({
    name: metric.name as MetricName,
    words: trigger.split(" "),
    notBefore: ("notBefore" in metric ? metric.notBefore : []) as readonly string[],
  })))
  .sort((a, b) => b.words.length - a.words.length);

/** Index in `words` just past a match of pattern[p..] starting at words[w], or -1. */
function matchFrom(words: readonly Token[], w: number, pattern: readonly string[], p: number): number {
  if (p === pattern.length) return w;
  const want = pattern[p]!;
  if (want === "*") {
    for (let skip = 0; skip <= MAX_WILDCARD; skip++) {
      const end = matchFrom(words, w + skip, pattern, p + 1);
      if (end >= 0) return end;
    }
    return -1;
  }
  return words[w]?.lower === want ? matchFrom(words, w + 1, pattern, p + 1) : -1;
}

/**
 * TRIGGERS by first word, each list in TRIGGERS order. A first word is never "*", so a trigger can
 * only match where its first word stands; trying all of them at every word was a hot spot.
 */
const TRIGGERS_BY_FIRST: ReadonlyMap<string, readonly CompiledTrigger[]> = TRIGGERS.reduce((map, trigger) => {
  const first = trigger.words[0]!;
  map.set(first, [...(map.get(first) ?? []), trigger]);
  return map;
}, new Map<string, CompiledTrigger[]>());

/** Every metric trigger in the sentence, longest match first, none overlapping. */
export function findMetricMentions(tokens: readonly Token[]): MetricMention[] {
  const words = tokens.filter((token) => token.kind !== "punct");
  const found: MetricMention[] = [];
  for (let w = 0; w < words.length;) {
    let matched = false;
    for (const trigger of TRIGGERS_BY_FIRST.get(words[w]!.lower) ?? []) {
      const end = matchFrom(words, w, trigger.words, 0);
      if (end < 0) continue;
      const after = words[end]?.lower;
      if (after !== undefined && trigger.notBefore.includes(after)) continue;
      found.push({ name: trigger.name, start: words[w]!.start, end: words[end - 1]!.end });
      w = end;
      matched = true;
      break;
    }
    if (!matched) w++;
  }
  return found;
}
