// When a rating applies: the period the sentence states around the grade (read by the figure
// grammar's period finder), or the article's date, marked as implied. "since 2013" is no period of
// the rating itself: the rating holds at the article's date.

import { findPeriods, isWhenYear, resolveRelative, tokenBeforeWhen, yearOfDate, type PeriodMention } from "../figures/periods.ts";
import type { Token } from "../figures/tokens.ts";

export type RatingPeriod = { period?: string; periodFrom?: "relative" | "article" };

export class SentencePeriods {
  private readonly periods: PeriodMention[];

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly date: string | undefined,
  ) {
    this.periods = findPeriods(tokens);
  }

  private afterSince(period: PeriodMention): boolean {
    const at = this.tokens.findIndex((token) => token.start === period.start);
    return this.tokens[at - 1]?.lower === "since";
  }

  /** The first period within tokens [from, to); "since" when it is a "since 2013". */
  within(from: number, to: number): RatingPeriod | "since" | undefined {
    if (from > to) return undefined;
    const start = this.tokens[from]?.start ?? this.text.length;
    const end = to > 0 ? (this.tokens[to - 1]?.end ?? 0) : 0;
    const period = this.periods.find((candidate) => candidate.start >= start && candidate.end <= end);
    if (!period) return undefined;
    if (this.afterSince(period)) return "since";
    if (period.explicit) return { period: period.explicit };
    const resolved = resolveRelative(period.relative!, yearOfDate(this.date));
    return resolved ? { period: resolved, periodFrom: "relative" } : undefined;
  }

  /** The last explicit period within tokens [from, to): "In 2016, Leeds was …". */
  before(from: number, to: number): RatingPeriod | undefined {
    const start = this.tokens[from]?.start ?? 0;
    const end = this.tokens[to]?.start ?? 0;
    const period = this.periods.filter((candidate) => candidate.start >= start && candidate.end <= end).at(-1);
    return period?.explicit && !this.afterSince(period) ? { period: period.explicit } : undefined;
  }

  /** "Since the last inspection in 2019, when Cheshire East was rated …": the year a "when" right before `head` points back to. */
  whenBefore(head: number): RatingPeriod | undefined {
    const year = this.tokens[tokenBeforeWhen(this.tokens, head)];
    return isWhenYear(year) ? { period: year.text } : undefined;
  }

  /** The article's year, marked as implied. */
  article(): RatingPeriod {
    const year = yearOfDate(this.date);
    return year === undefined ? {} : { period: String(year), periodFrom: "article" };
  }
}
