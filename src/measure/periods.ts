// Figures carry periods as text ("2016", "2012-13"); queries carry year ranges. These compare them.

/** A span of calendar years, inclusive: what a query's "2016" or "2012-13" asks for. */
export interface YearRange {
  from: number;
  to: number;
}

/** An archive has a few dozen distinct periods and check compares each against every figure of a metric. */
const ranges = new Map<string, YearRange | undefined>();

/** "2016" → 2016–2016; "2012-13" (a financial or academic year) → 2012–2013. The range is shared: do not change it. */
export function periodRange(period: string | undefined): YearRange | undefined {
  if (!period) return undefined;
  if (ranges.has(period)) return ranges.get(period);
  const range = readPeriod(period);
  if (ranges.size > 10_000) ranges.clear();
  ranges.set(period, range);
  return range;
}

function readPeriod(period: string): YearRange | undefined {
  const match = /^(\d{4})(?:\s*[-–/]\s*(\d{2}|\d{4}))?$/.exec(period.trim());
  if (!match) return undefined;
  const from = Number(match[1]);
  if (!match[2]) return { from, to: from };
  const tail = match[2];
  const to = tail.length === 4 ? Number(tail) : Math.floor(from / 100) * 100 + Number(tail) + (Number(tail) < from % 100 ? 100 : 0);
  return { from, to };
}

export function overlaps(period: string | undefined, years: YearRange): boolean {
  const range = periodRange(period);
  return range !== undefined && range.from <= years.to && range.to >= years.from;
}

/** How many years lie between a figure's period and the asked range (0 when they overlap). */
export function yearGap(period: string | undefined, years: YearRange): number {
  const range = periodRange(period);
  if (!range) return Number.POSITIVE_INFINITY;
  if (range.to < years.from) return years.from - range.to;
  if (range.from > years.to) return range.from - years.to;
  return 0;
}

export function describeYears(years: YearRange): string {
  return years.from === years.to ? String(years.from) : `${years.from}–${years.to}`;
}

/** Sort key: a period's last year, then its first ("2012-13" sorts after "2012", before "2013-14"). */
export function periodSortKey(period: string | undefined): number {
  const range = periodRange(period);
  return range ? range.to * 10_000 + range.from : Number.POSITIVE_INFINITY;
}

/**
 * Whether a claim's period means an official figure's period. The same text always does. The
 * Department for Education's years to 31 March are stored as "2022-23" and named by the year they
 * end ("2023" in the release), so a claim for 2023 means the year to 31 March 2023; a stock on 31
 * March 2024 ends the financial year 2023-24, so a claim for 2023-24 means it. A census as at 30
 * September falls inside a financial year without ending it: "2022-23" could mean either autumn, so
 * it means neither.
 */
export function claimMeansPeriod(claimed: string | undefined, official: { period: string; periodLabel: string }): boolean {
  if (!claimed) return false;
  if (claimed === official.period) return true;
  const claimedRange = periodRange(claimed);
  const officialRange = periodRange(official.period);
  if (!claimedRange || !officialRange || claimedRange.to !== officialRange.to) return false;
  const single = (range: YearRange) => range.from === range.to;
  const split = (range: YearRange) => range.to === range.from + 1;
  if (single(claimedRange) && split(officialRange)) return /^year to 31 March\b/i.test(official.periodLabel);
  if (split(claimedRange) && single(officialRange)) return /^as at 31 March\b/i.test(official.periodLabel);
  return false;
}
