// One sentence's ratings as facts: one per council, grade, area and period, each carrying the list
// of councils the sentence gives that grade (a listed count) and whether the sentence says the list
// is the whole set.

import { placesOtherThanEngland, type GradePhrase } from "../../measure/index.ts";
import type { CouncilRatingMention } from "../../types.ts";
import { tokenize, type Token } from "../figures/tokens.ts";
import type { CouncilMention } from "./councilMentions.ts";

/** A council given a grade by one reading of the sentence. */
export interface Read {
  council: CouncilMention;
  grade: GradePhrase;
  earlier: boolean;
  aspect?: string;
  period?: string;
  periodFrom?: "relative" | "article";
  /** Which group of names the reading came from: a list is whole only if one group says so. */
  group: number;
  exhaustive: boolean;
}

/**
 * Whether a list of councils in the sentence can stand for all councils with the grade: a region's
 * councils, or those inspected in a year or so far, are a part of them.
 */
export function countsEveryCouncil(sentence: string, tokens: readonly Token[] = tokenize(sentence)): boolean {
  return placesOtherThanEngland(tokens).length === 0 && !/\b(?:inspected|inspections?|among|of the|out of|so far|since|region|regions)\b/i.test(sentence);
}

export function toMentions(text: string, tokens: readonly Token[], found: readonly Read[]): CouncilRatingMention[] {
  const seen = new Set<string>();
  const reads = found.filter((read) => {
    const key = [read.council.council.name, read.grade.indicator, read.aspect, read.period, read.earlier].join("\u0000");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const listKey = (read: Read) => [read.grade.indicator, read.aspect, read.period, read.earlier].join("\u0000");
  const restricted = !countsEveryCouncil(text, tokens);
  return reads.map((read) => {
    const same = reads.filter((other) => listKey(other) === listKey(read));
    const listed = [...new Set(same.map((other) => other.council.council.name))];
    const start = Math.min(...same.map((other) => other.council.start));
    const end = Math.max(...same.map((other) => other.council.end));
    const groups = new Set(same.map((other) => other.group));
    const exhaustive = !read.earlier && !restricted && groups.size === 1 && same.every((other) => other.exhaustive);
    return {
      council: read.council.council.name,
      named: text.slice(read.council.start, read.council.end),
      grade: read.grade.indicator,
      gradeText: text.slice(read.grade.start, read.grade.end),
      ...(read.aspect ? { aspect: read.aspect } : {}),
      ...(read.earlier ? { earlier: true } : {}),
      ...(read.period ? { period: read.period } : {}),
      ...(read.periodFrom ? { periodFrom: read.periodFrom } : {}),
      listed,
      listedText: text.slice(start, end),
      ...(exhaustive ? { exhaustive: true } : {}),
    };
  });
}
