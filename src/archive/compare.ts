// When two figures' values agree, and how a figure is worded. Whether they measure the same thing
// at all is src/measure's question; these rules apply once it has said yes.

import type { Figure, FigureMention } from "../types.ts";

type Comparable = Pick<FigureMention, "value" | "upper" | "unit" | "of" | "text" | "qualifier" | "metric" | "period" | "geography">;

export function isShare(figure: Pick<FigureMention, "unit">): boolean {
  return figure.unit === "%";
}

/** Words, not digits: "one in seven", "a quarter". Such figures are rounded by nature. */
export function isVerbal(figure: Pick<FigureMention, "text">): boolean {
  return !/\d/.test(figure.text) || /\b(?:in|out of)\b/i.test(figure.text);
}

const APPROXIMATE = /^(?:nearly|almost|around|about|approximately|roughly|some|just over|just under)$/i;

/** Digits after the decimal point as printed: "34.2 per cent" → 1, "34 %" → 0. */
function decimalsOf(figure: Pick<FigureMention, "text">): number {
  const match = /\d\.(\d+)/.exec(figure.text);
  return match ? match[1]!.length : 0;
}

/** Rounded by its words or its hedge: "one in seven", "a quarter", "around 80%". */
export function isRounded(figure: Pick<FigureMention, "text" | "qualifier">): boolean {
  return isVerbal(figure) || APPROXIMATE.test(figure.qualifier ?? "");
}

/**
 * Fair rounding: a ratio or an approximate share may be 2.5 points off ("one in seven" vs 13 %);
 * exact shares may differ by rounding the less precise one's last digit ("34 %" vs 34.2 %, but not
 * 34.2 % vs 34.7 %); counts must match exactly unless hedged, then as far as the hedge's rounding (countHedgeFits).
 */
/** Hedges that say the true value lies just below the words ("almost half" of 46 %) or just above. */
const BELOW = /^(?:nearly|almost|just under|close to)$/i;
const ABOVE = /^(?:just over)$/i;

/**
 * A hedged share against an exact one: "almost half" fits 46 % (within 4 points below), "just over
 * a quarter" fits 27 %; the other side gets only the rounding of the words.
 */
function hedgeFits(hedged: Comparable, exact: Comparable): boolean | undefined {
  const qualifier = hedged.qualifier ?? "";
  // ("nearly half" is below half: it states no 50 %, hry149.)
  if (BELOW.test(qualifier)) return exact.value < hedged.value - 1e-9 && exact.value >= hedged.value - 4 - 1e-9;
  if (ABOVE.test(qualifier)) return exact.value > hedged.value + 1e-9 && exact.value <= hedged.value + 4 + 1e-9;
  return undefined;
}

/**
 * "nearly half" against a claim of 50 %, "50 %" against a claim of "just over half": a hedge at the
 * other's own value, which says the truth lies just to one side of it. Neither confirms nor refutes.
 */
export function hedgedAtValue(claimed: Comparable, figure: Comparable): boolean {
  const edge = (hedged: Comparable, other: Comparable) => (BELOW.test(hedged.qualifier ?? "") || ABOVE.test(hedged.qualifier ?? "")) && !other.qualifier && Math.abs(hedged.value - other.value) < 1e-9;
  return edge(figure, claimed) || edge(claimed, figure);
}

export function valuesAgree(a: Comparable, b: Comparable): boolean {
  if ((a.upper !== undefined || b.upper !== undefined) && a.upper !== b.upper) return false;
  if (isShare(a) && isShare(b) && (a.qualifier ?? "") !== (b.qualifier ?? "")) {
    // (Against a figure itself rounded, "four out of five" beside "nearly 80%", the two roundings' reach decides, below.)
    const fits = (isRounded(b) ? undefined : hedgeFits(a, b)) ?? (isRounded(a) ? undefined : hedgeFits(b, a));
    if (fits !== undefined) return fits;
  }
  const loose = isRounded(a) || isRounded(b);
  const difference = Math.abs(a.value - b.value);
  if (isShare(a)) return difference <= (loose ? shareHedge(a, b) : 0.5 * 10 ** -Math.min(decimalsOf(a), decimalsOf(b))) + 1e-9;
  if (loose) return countHedgeFits(a, b) ?? countHedgeFits(b, a) ?? difference <= Math.max(a.value, b.value) * 0.05;
  return difference < 1e-9;
}

/**
 * How far apart two shares may be when one is rounded: 2.5 points for words ("one in seven") or a
 * hedged whole number ("around 80 %"); a hedged share printed with decimals ("approximately 47.5 %")
 * is rounded only to the point, so 1 (hry149: it never stated 45 %).
 */
function shareHedge(a: Comparable, b: Comparable): number {
  const hedgedPrecisely = (figure: Comparable) => !isVerbal(figure) && APPROXIMATE.test(figure.qualifier ?? "") && decimalsOf(figure) > 0;
  const rounded = [a, b].filter((figure) => isRounded(figure));
  return rounded.length > 0 && rounded.every(hedgedPrecisely) ? 1 : 2.5;
}

/**
 * A hedged count against another: "nearly 80,000" is below 80,000, "just over 3,000" above; and a
 * hedge stretches a count only as far as its rounding ("around 43,400" is to the hundred: within 1 %,
 * never 45,370), never more than 3 %. Undefined when `hedged` carries no hedge.
 */
function countHedgeFits(hedged: Comparable, other: Comparable): boolean | undefined {
  if (!APPROXIMATE.test(hedged.qualifier ?? "") && !BELOW.test(hedged.qualifier ?? "") && !ABOVE.test(hedged.qualifier ?? "")) return undefined;
  const qualifier = hedged.qualifier ?? "";
  if (BELOW.test(qualifier) && other.value > hedged.value + 1e-9) return false;
  if (ABOVE.test(qualifier) && other.value < hedged.value - 1e-9) return false;
  const largest = Math.max(hedged.value, other.value);
  // ("almost 400,000" is no 380,000: a round hedge stretches 3 % at most, hry94.)
  const tolerance = Math.min(largest * 0.03, Math.max(roundingUnit(hedged.value), largest * 0.01));
  return Math.abs(hedged.value - other.value) <= tolerance + 1e-9;
}

/** The place value of a whole number's last non-zero digit: 100 for 43,400, 1,000 for 3,000; 1 below ten or with decimals. */
function roundingUnit(value: number): number {
  if (!Number.isInteger(value) || Math.abs(value) < 10) return 1;
  let unit = 1;
  while (value % (unit * 10) === 0) unit *= 10;
  return unit;
}

/**
 * A claim printed with less precision than an exact figure, the way reporters round: "17" for an
 * average of 16.6, "83,500" for 83,530. "rounded" when the exact figure, rounded to the claim's last
 * printed digit, is the claim and a claim of a thousand or more keeps two significant digits; "coarse"
 * when only a round number of one significant digit gets there ("80,000" for 83,530), or the exact
 * figure cut off at the claim's last digit ("16" for 16.6): near, but no figure to confirm or refute;
 * undefined when the claim is not a rounding of it. Shares are valuesAgree's question.
 */
export function roundingOf(claimed: Pick<FigureMention, "value" | "upper" | "text">, exact: Pick<FigureMention, "value">, { cutOff = true }: { cutOff?: boolean } = {}): "rounded" | "coarse" | undefined {
  if (claimed.upper !== undefined || !Number.isFinite(claimed.value) || claimed.value === 0) return undefined;
  const decimals = decimalsOf(claimed);
  // "£152.6m": the digits printed times the word's scale (a million), so the last digit is £100,000.
  const printed = Number(/\d[\d,]*(?:\.\d+)?/.exec(claimed.text)?.[0].replace(/,/g, "") ?? Number.NaN);
  const scale = printed > 0 && printed !== claimed.value ? 10 ** Math.round(Math.log10(claimed.value / printed)) : 1;
  // The claim's last printed digit: a decimal place, the units, or (from a thousand up, where
  // reporters drop digits) the last non-zero digit: "20" is twenty, "83,500" is to the hundred.
  let step = 10 ** -decimals;
  const digits = claimed.value / scale;
  // ("£150m": a scaled amount's own trailing zero is dropped digits too.)
  if (decimals === 0 && (Math.abs(digits) >= 1000 || (scale > 1 && Math.abs(digits) >= 10))) while (Math.round(digits) % (step * 10) === 0) step *= 10;
  step *= scale;
  const near = (value: number) => Math.abs(value - claimed.value) <= step * 1e-6;
  // Cut off rather than rounded ("16" for 16.6): some reporters do, so it is near, not wrong.
  if (!near(Math.round(exact.value / step) * step)) return cutOff && near(Math.trunc(exact.value / step) * step) ? "coarse" : undefined;
  const significant = Math.floor(Math.log10(Math.abs(claimed.value))) - Math.round(Math.log10(step)) + 1;
  return step < 10 || significant >= 2 ? "rounded" : "coarse";
}

/**
 * Whether a claim states a source's value: the two agree (valuesAgree), or the claim prints it with
 * fewer digits, the way reporters round ("£152.6m" for £152.620m, "83,500" for 83,530, hry73). A
 * hedged claim or source (a bound: "more than 4,500") or a share keeps valuesAgree's own allowance.
 */
export function claimStates(claimed: Comparable, figure: Comparable): boolean {
  // "up to £5m" does not state £5m, nor "more than 4,500" 4,500: a source's bound states only a bound the same way (hry111).
  if (isBound(figure) && (!isBound(claimed) || isFloor(claimed) !== isFloor(figure))) return false;
  // A claimed bound is stated by a figure close to it on its side: "more than one in three" by 34.2%, never by 32%.
  if (isBound(claimed) && !isBound(figure) && !(isFloor(claimed) ? figure.value > claimed.value : figure.value < claimed.value)) return false;
  return valuesAgree(figure, claimed) || (!isShare(claimed) && !isShare(figure) && !claimed.qualifier && !figure.qualifier && roundingOf(claimed, figure) === "rounded");
}

/** How far a claim's rough rounding may be from the source and still be one ("£8bn" for £8.3bn; not "£1bn" for £778m). */
const ROUGH_ROUNDING = 0.1;

/**
 * A claim that rounds a source only roughly, to one significant digit ("£0.6bn" for £605m): it
 * neither confirms nor refutes it. Not past a tenth of the value, and never against a bound.
 */
export function roughlyRounds(claimed: Comparable, figure: Comparable): boolean {
  if (claimed.qualifier || isBound(figure) || roundingOf(claimed, figure, { cutOff: false }) === undefined) return false;
  return Math.abs(claimed.value - figure.value) <= ROUGH_ROUNDING * Math.abs(figure.value);
}

/**
 * Values outside this span cannot agree with `figure` whatever the other's wording: lets a search
 * over figures sorted by value read only the span instead of every figure.
 */
export function agreementSpan(figure: Comparable): { from: number; to: number } {
  if (isShare(figure)) return { from: figure.value - 5 - 1e-9, to: figure.value + 5 + 1e-9 };
  const [low, high] = [figure.value * 0.95, figure.value / 0.95].sort((x, y) => x - y) as [number, number];
  return { from: low - 1e-9, to: high + 1e-9 };
}

const AT_LEAST = /^(?:more than|over|at least|exceeds?|above|in excess of|as high as)$/i;
const AT_MOST = /^(?:less than|fewer than|under|up to|below|at most|as low as)$/i;

/** A bound from below: "more than 4,500", "at least 30". */
function isFloor(figure: Pick<FigureMention, "qualifier">): boolean {
  return AT_LEAST.test(figure.qualifier ?? "");
}

/** "more than 4,500", "up to 40 %": a figure stated as a bound. */
export function isBound(figure: Pick<FigureMention, "qualifier">): boolean {
  return isFloor(figure) || AT_MOST.test(figure.qualifier ?? "");
}

/**
 * A bound, not a value: "more than 4,500" neither confirms nor rules out 5,000. True when `claimed`
 * lies on the open side of a source's bound, or on the bound itself ("up to £5m" neither confirms nor
 * rules out £5m; "more than 4,500" is often a rounding of about 4,500).
 */
export function withinBound(source: Comparable, claimed: Comparable): boolean {
  if (source.upper !== undefined || claimed.upper !== undefined) return false;
  const qualifier = source.qualifier ?? "";
  if (AT_LEAST.test(qualifier)) return claimed.value >= source.value;
  if (AT_MOST.test(qualifier)) return claimed.value <= source.value;
  return false;
}

/** "1 area", "2 areas": units are stored plural; one of them reads singular. */
export function countNoun(value: number, unit: string): string {
  if (value !== 1 || !unit) return unit;
  if (/ies$/.test(unit)) return unit.replace(/ies$/, "y");
  if (/(?:ss|ch|sh|x)es$/.test(unit)) return unit.replace(/es$/, "");
  return unit.endsWith("s") && !unit.endsWith("ss") ? unit.slice(0, -1) : unit;
}

/** A number as answers print it: to one decimal, without a trailing ".0" ("14.3", "12"). */
export function oneDecimal(value: number): string {
  return String(Number(value.toFixed(1)));
}

/** The number itself, rounded to one decimal: "14.3 %", "7–34", "12". */
export function formatValue(figure: Pick<FigureMention, "value" | "upper" | "unit">): string {
  const value = figure.upper !== undefined ? `${oneDecimal(figure.value)}–${oneDecimal(figure.upper)}` : oneDecimal(figure.value);
  return figure.unit === "%" ? `${value} %` : value;
}

/**
 * "one in seven (14.3 %)", "34.2 per cent", "20 local authorities", "Twelve councils (12)": the
 * words as printed, what was counted, and the number wherever the words do not show it. Every
 * adapter and every message words a figure this way.
 */
export function describeFigure(figure: Pick<Figure, "value" | "upper" | "unit" | "text" | "qualifier">): string {
  // Ranges carry their qualifier inside the printed words ("to as high as 34"); do not say it twice.
  const hedge = figure.qualifier && !figure.text.toLowerCase().includes(figure.qualifier.toLowerCase()) ? `${figure.qualifier} ` : "";
  // A rate whose base the source left out ("a rate of 156") says so, never "156 rate".
  const counted = figure.unit === "rate" ? " (a rate, its base not stated)" : !isShare(figure) && figure.unit && !figure.text.includes(figure.unit) ? ` ${countNoun(figure.value, figure.unit)}` : "";
  const value = formatValue(figure);
  // "1 in 10" holds the digits 10 but not the share they make.
  const shown = !isVerbal(figure) && figure.text.replace(/,/g, "").includes(value.replace(" %", "")) && figure.upper === undefined;
  return `${hedge}${figure.text}${counted}${shown ? "" : ` (${value})`}`;
}
