// Which period a figure in its sentence is of: the sentence's periods indexed the ways a figure
// reads them, then the rules that choose between a date in its clause, a relative phrase, the
// sentence's one date and the article's.

import type { Clause, InClause } from "./context.ts";
import { SpanIndex } from "./context.ts";
import { financialYearBack, financialYearEnding, resolveRelative, yearsBack, yearsLaterBefore } from "./periods.ts";
import type { PeriodMention } from "./periods.ts";
import type { RecognisedNumber } from "./recognise.ts";

/** A sentence's periods, split the ways periodOf consults them. */
export interface PeriodIndex {
  explicit: SpanIndex<InClause<PeriodMention>>;
  relative: SpanIndex<InClause<PeriodMention>>;
  /** The one explicit period the sentence states outside contrast clauses, if exactly one. */
  shared: string | undefined;
  all: SpanIndex<InClause<PeriodMention>>;
}

export function indexPeriods(periods: ReadonlyArray<InClause<PeriodMention>>, clauses: readonly Clause[]): PeriodIndex {
  const explicit = new SpanIndex(periods.filter((period) => period.explicit !== undefined));
  const shared = new Set(explicit.filterClauses((clause) => !clauses[clause]!.contrast).map((period) => period.explicit));
  return {
    explicit,
    relative: new SpanIndex(periods.filter((period) => period.relative !== undefined)),
    shared: shared.size === 1 ? [...shared][0] : undefined,
    all: new SpanIndex(periods),
  };
}

/** A contrast clause that moves the time on: "but this rate has now dropped to", "while it has since risen to". */
const LATER_CLAUSE = /\b(?:but|while|whereas)\b[^.;]*?\b(now|since|currently|today)\b[^.;\d]*$/i;

/** A year a relative phrase can count back from: "2023", not "2022-23". */
function plainYear(period: string | undefined): number | undefined {
  return period && /^\d{4}$/.test(period) ? Number(period) : undefined;
}

/**
 * The period of a figure: an explicit one in its clause, else a relative one there read against the
 * article's date, else the one explicit period the sentence states outside contrast clauses, else the
 * article's year. The earlier figure of a comparison ("up from 52") has only a period stated with
 * it: it is not the period of the figure it is compared with.
 */
export function periodOf(figure: RecognisedNumber, clause: number, periods: PeriodIndex, context: { articleYear: number | undefined; articlePeriod: string | undefined; reference: string | undefined; compared: boolean; spansYears: boolean; lastYearCompared: boolean; anchors: PeriodIndex; sentence: string }, nextStart: number): { period?: string; from?: "relative" | "article" } {
  const { articleYear, articlePeriod, reference, compared } = context;
  // "79% at 31 March 2016 and 75% at 30 September 2015": a date right after the figure, before the
  // next figure, is its own; only without one does the nearest count.
  // ("While in 2014/15 councils spent £637.3m on centres, by 2017/18 this had slipped to …": past a
  // comma, with the figure's own year stated before it, a date starts the next statement.)
  // (Only when a figure follows that date: "…, according to the census for 30 September 2025" is the figure's own.)
  const statedBefore = periods.explicit.filterClauses((index) => index === clause).some((period) => period.end <= figure.start);
  const ownBefore = nextStart < context.sentence.length && statedBefore;
  // ("Funding for 2019/20 will be £23.77m, and funding beyond 2020 …": past ", and", another statement's date, hry109.)
  const nextStatement = (period: { start: number }) => statedBefore && /,\s*(?:and|but|while|whereas)\b|;/.test(context.sentence.slice(figure.end, period.start));
  // ("rose in 2021 to 15.4 per cent and again in 2022 to 17.1 per cent": past "and", a date that leads into the next figure is the next one's, hry52.)
  const leadsIntoNext = (period: { start: number; end: number }) => /\b(?:and|but|while)\b/.test(context.sentence.slice(figure.end, period.start)) && /^\s*(?:to|at)\s*$/.test(context.sentence.slice(period.end, nextStart));
  const followingMention = periods.explicit.filterClauses((index) => index === clause).find((period) => period.start >= figure.end && period.end <= nextStart && !(ownBefore && context.sentence.slice(figure.end, period.start).includes(",")) && !nextStatement(period) && !leadsIntoNext(period));
  // "3,590 children adopted over the previous year and … a peak in 2015": a relative period nearer the figure is its own.
  const nearerRelative = followingMention !== undefined && periods.relative.filterClauses((index) => index === clause).some((period) => period.start >= figure.end && period.end <= followingMention.start);
  const following = nearerRelative ? undefined : followingMention?.explicit;
  if (following) return { period: following };
  // "a 4% increase on the previous year (2,209)": a relative phrase right before the figure (or
  // right after it) is its own, nearer than the date that opens the sentence.
  // ("in the previous financial year when 10,620 applications were received", "over the previous year,
  // when there were 593,900 referrals": "when" joins them too, hry118.)
  const adjacent = periods.relative.filterClauses((index) => index === clause).find((period) => (period.end <= figure.start && (figure.start - period.end <= 4 || /^,?\s*when\b[^,.;:()]{0,60}$/.test(context.sentence.slice(period.end, figure.start)))) || (period.start >= figure.end && period.end <= nextStart && !period.possessive));
  // "As at 31 March 2018, there were 2,209 ..., a 3% increase on the previous year (2,145)": the year
  // before is the sentence's own year's, else the year the article last dated its data to, not the
  // year it was published.
  const back = adjacent?.relative ? yearsBack(adjacent.relative) : undefined;
  // The year "the previous year" steps back from is one stated before it: "follows a peak in 2015" after it is another story.
  // (Counted from any year the sentence states, the compared figure's too: "from £120m in 2013-14 to £160m the following year".)
  const statedMention = back === undefined ? undefined : context.anchors.explicit.nearestInClauseThenSentence(figure, clause);
  const stated = statedMention !== undefined && adjacent !== undefined && statedMention.start > adjacent.end ? undefined : statedMention?.explicit;
  // "Between 1 April 2021 and 31 March 2022 … 932 the previous year": 2020-21. "Last year" is the
  // year before the writer's, though: in a February 2024 article after "At 30 September 2023, …",
  // "Last year 27.5 per cent left" is 2023's, not the year before the data's day.
  // "as at 31 March 2017, a 1% decrease from last year (44,320)": compared with, "last year" is the data's year before.
  const fromReference = adjacent?.relative !== "last-year" || context.lastYearCompared;
  // "£188m the following year and £230m last year", in October 2017: the writer's last year, in the
  // shape the sentence counts years (2016-17), not the year before the one stated.
  if (!fromReference && stated && /^\d{4}-\d{2}$/.test(stated) && articleYear !== undefined) return { period: financialYearEnding(articleYear), from: "relative" };
  const base = stated ?? (fromReference ? reference : undefined);
  const financial = base && back !== undefined ? financialYearBack(base, back) : undefined;
  if (financial) return { period: financial, from: "relative" };
  if (adjacent?.relative === "year-after" && stated && /^\d{4}$/.test(stated)) return { period: String(Number(stated) + 1), from: "relative" };
  const anchor = back !== undefined ? (fromReference ? Number(stated) || plainYear(reference) : undefined) || articleYear : articleYear;
  const adjacentYear = adjacent?.relative ? resolveRelative(adjacent.relative, anchor) : undefined;
  if (adjacentYear) return { period: adjacentYear, from: "relative" };
  if (compared) return {};
  const explicitMention = periods.explicit.nearestInClause(figure, clause);
  const nearest = periods.relative.nearestInClause(figure, clause);
  // "rose to 650,000 from last year's 621,000": the possessive year is the figure's after it only.
  const relativeMention = (nearest?.possessive || (nearest && /\b(?:from|on|than|with)\s+$/.test(context.sentence.slice(0, nearest.start)))) && nearest.start >= figure.end ? undefined : nearest;
  // "17 of the 48 inspected last year were top rated, as were eight of the 43 visited in 2023": the nearer of the two.
  if (explicitMention?.explicit && !(relativeMention && gap(relativeMention, figure) < gap(explicitMention, figure))) return { period: explicitMention.explicit };
  const resolved = relativeMention?.relative ? resolveRelative(relativeMention.relative, articleYear) : undefined;
  if (resolved) return { period: resolved, from: "relative" };
  // "In 2016/17 there were 12.5 … but this rate has now dropped to 12.2": past "but", "now" is the
  // article's time and "since" some time after; neither is the year the sentence stated (hry110).
  const later = periods.shared ? LATER_CLAUSE.exec(context.sentence.slice(0, figure.start))?.[1]?.toLowerCase() : undefined;
  if (later) return later === "since" || articleYear === undefined ? {} : { period: String(articleYear), from: "article" };
  if (periods.shared) return { period: periods.shared };
  // "In 2012 there were 99 … Ten years later there were 222": years after a day another sentence gave; not the article's (hry100).
  if (yearsLaterBefore(context.sentence, figure.start)) return {};
  if (articlePeriod) return { period: articlePeriod, from: "article" };
  // "36% were rated good after their first SIF inspection", written in 2023: of the framework's
  // years, which the sentence does not give; not of the year the article was written.
  if (context.spansYears) return {};
  return articleYear === undefined ? {} : { period: String(articleYear), from: "article" };
}

/** Characters between a mention and a figure, whichever comes first. */
function gap(mention: { start: number; end: number }, figure: { start: number; end: number }): number {
  return mention.start >= figure.end ? mention.start - figure.end : Math.max(0, figure.start - mention.end);
}

