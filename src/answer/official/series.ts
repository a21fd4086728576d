// Official series: social worker turnover, vacancies, agency workers, caseload, referrals, children
// looked after (DfE), and providers by grade (Ofsted), for England, a region or a council, by year.
// What is asked is read from the question's words; where it is asked about comes after "in"/"for"
// or is any council or region named.

import type { Archive } from "../../archive/buildArchive.ts";
import { describeYears, periodRange, overlaps, type YearRange } from "../../measure/periods.ts";
import type { Answer, OfficialFigure } from "../../types.ts";
import type { Command } from "../parseCommand.ts";
import { findCouncil } from "./councilNames.ts";
import { findCouncils } from "../../extract/ratings/councilMentions.ts";
import { tokenize } from "../../extract/figures/tokens.ts";
import { asksForCount, aspectAskedIn, countsAskedAspect, readQueryMeasure, withoutMeasureWords } from "../../measure/query.ts";
import { INDICATORS } from "../../statistics/dfeSeries.ts";
import { catalogue } from "../../measure/catalogue.ts";
import { describeOfficial, officialAnswerOf, plural, releaseCitation } from "./format.ts";
import { gradeIn } from "./gradeCounts.ts";
import { tableOfKind } from "../../statistics/ofstedProviders.ts";

export interface Asked {
  indicator: string;
  /** The release's heading for the series. */
  label: string;
  /** Where the release gives the measure two ways (a count and a share), the one to show. */
  unit: string;
  /** The question without the words that name the measure: where it is asked about is read from this. */
  rest: string;
  /** A way the series counts the indicator apart, when the question names one ("started to be looked after"). */
  aspect?: string;
}

/**
 * The DfE series a question asks for: the indicator it names first (src/measure/query.ts, the
 * catalogue's words), when the releases hold it as a series. A population of the indicator other
 * than the series' own is another measure ("DCS turnover" is the directors', not the social workers').
 */
export function seriesAsked(topic: string): Asked | undefined {
  const read = readQueryMeasure(topic);
  const counting = asksForCount(topic);
  const population = read.population?.id;
  // The indicator named first is what is asked ("councils outstanding for care leavers" is a grade, whatever "leavers"
  // also names); "number of", "there are" name a count of providers in an article, but in a question they are the asking.
  const indicator = read.indicators.find((named) => !named.countsOf);
  const columns = INDICATORS.filter((column) => column.measure.indicator === indicator?.id);
  const first = columns[0];
  if (!indicator || !first) return undefined;
  // "children's homes staff turnover": people no indicator is counted over are no series' population either.
  if (population !== undefined && population !== first.measure.population && (indicator.populations.includes(population) || catalogue().indicators.every((other) => !other.populations.includes(population)))) return undefined;
  // "unaccompanied children in care", "UASC in care": a kind of the population, which the series does not count apart.
  if (read.kind !== undefined) return undefined;
  // A count and a share of one measure (re-referrals): the share unless a number is asked for.
  const column = columns.find((candidate) => (candidate.unit === "%") !== counting) ?? first;
  const aspect = aspectAskedIn(topic, indicator);
  // "children starting to be looked after": the population counted, then the way it is counted apart.
  const label = aspect ? `${catalogue().population(column.measure.population ?? "")?.label ?? column.metric} ${aspect}` : column.title;
  return { indicator: indicator.id, label, unit: column.unit, rest: withoutMeasureWords(topic), ...(aspect ? { aspect } : {}) };
}

/** Providers asked about: the catalogue's population, the kind Ofsted's tables count apart, and whether places are asked. */
export interface ProvidersAsked {
  population: string;
  label: string;
  /** The question without the measure's words (and the kind's): where, when and how it asks. */
  rest: string;
  /** "secure children's homes": the table Ofsted keeps for that kind (its aspect), when it keeps one. */
  aspect?: string;
  /** "places in secure children's homes": how many places, not how many providers. */
  places: boolean;
}

/**
 * Providers of one kind named by the question (the catalogue's populations that are providers:
 * children's homes, fostering agencies …), with the rest of the question once the measure's words are out.
 */
export function providersAsked(topic: string): ProvidersAsked | undefined {
  const { population, indicators, kind } = readQueryMeasure(topic);
  if (!population || (population.id !== "providers" && population.partOf !== "providers")) return undefined;
  // The tables hold providers by grade, how many are registered and their places; anything else is another measure.
  if (indicators.some((indicator) => indicator.kind !== "grade" && indicator.id !== "registered" && indicator.id !== "places")) return undefined;
  // "secure children's homes" have a table of their own; "private children's homes" are counted in no table, so
  // the whole population's figures would answer a question about a part of it: the articles answer that.
  const aspect = kind === undefined ? undefined : tableOfKind(population.id, kind);
  if (kind !== undefined && aspect === undefined) return undefined;
  const rest = withoutMeasureWords(topic).replace(kind === undefined ? /$^/ : new RegExp(`\\b${kind}\\b`, "i"), " ").replace(/\s+/g, " ").trim();
  return { population: population.id, label: population.label, rest, places: indicators.some((indicator) => indicator.id === "places"), ...(aspect ? { aspect } : {}) };
}

const regions = new WeakMap<readonly OfficialFigure[], string[]>();

/** The regions the official figures name, in order of first appearance: read once per archive, not per question. */
function regionsOf(official: readonly OfficialFigure[]): string[] {
  let names = regions.get(official);
  if (!names) {
    names = [...new Set(official.filter((figure) => figure.level === "regional").map((figure) => figure.geography))];
    regions.set(official, names);
  }
  return names;
}

/** The place named after the measure's words: a council, a region, or England. */
function placeOf(archive: Archive, rest: string): { name: string; level?: OfficialFigure["level"] } {
  // "East of England", "Yorkshire and the Humber": a region's own small words would be taken out below.
  const spoken = ` ${rest.toLowerCase().replace(/[^a-z' ]+/g, " ")} `;
  const regions = regionsOf(archive.official);
  const named = regions.filter((name) => spoken.includes(` ${name.toLowerCase()} `)).sort((a, b) => b.length - a.length)[0];
  // "North East Lincolnshire caseload": a council whose name holds a region's is the council (hry75).
  const holder = named ? findCouncils(tokenize(rest), { anyCase: true }).find((mention) => mention.council.name.toLowerCase().includes(named.toLowerCase())) : undefined;
  if (holder) return { name: holder.council.name, level: "council" };
  if (named) return { name: named, level: "regional" };
  // "agency rate Yorkshire 2023": a region by another of the catalogue's names for it.
  const read = readQueryMeasure(rest).place?.toLowerCase();
  const alias = read === undefined ? undefined : regions.find((name) => name.toLowerCase() === read);
  if (alias) return { name: alias, level: "regional" };
  // "children in care in Wales": a place the English record does not hold, never a council it resembles (Walsall).
  const beyond = /\b(wales|scotland|northern ireland|uk|united kingdom|britain)\b/i.exec(rest);
  if (beyond) return { name: beyond[1]! };
  // What is left of the question once its measure's words are out: the asking ("how many", "rate"), or a place.
  // "referrals to children's social care": where referrals go is part of what they are, not a place.
  const words = rest
    .replace(/\bper\s+10,?000\b|\bto (?:children'?s |local )?(?:social care|social services|services|care)(?: services)?\b|\b(?:in|for|of|at|to|the|what|how many|number|there|is|was|are|were|trend|social|work|workers?|england|national(?:ly)?|average|rate|share|fte|by|[?!.,])\b/gi, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (words === "") return { name: "England", level: "national" };
  const region = regions.find((name) => name.toLowerCase() === words.toLowerCase());
  if (region) return { name: region, level: "regional" };
  const council = findCouncil(words);
  return council ? { name: council.name, level: "council" } : { name: words };
}

const byIndicator = new WeakMap<readonly OfficialFigure[], Map<string, OfficialFigure[]>>();

/** The archive's official figures of one indicator, grouped once per archive (there are tens of thousands). */
export function figuresOf(archive: Archive, indicator: string): OfficialFigure[] {
  let groups = byIndicator.get(archive.official);
  if (!groups) {
    groups = new Map();
    for (const figure of archive.official) {
      const group = groups.get(figure.measure.indicator);
      if (group) group.push(figure);
      else groups.set(figure.measure.indicator, [figure]);
    }
    byIndicator.set(archive.official, groups);
  }
  return groups.get(indicator) ?? [];
}

function byPeriod(a: OfficialFigure, b: OfficialFigure): number {
  return (periodRange(a.period)?.to ?? 0) - (periodRange(b.period)?.to ?? 0);
}

function pick(candidates: OfficialFigure[], years: YearRange | undefined, trend: boolean): OfficialFigure[] {
  const sorted = [...candidates].sort(byPeriod);
  if (years) {
    // "referrals 2023-24" asks for that financial year, not the year to March 2023 that ends inside it.
    const exact = years.from === years.to - 1 ? sorted.filter((figure) => periodRange(figure.period)?.from === years.from && periodRange(figure.period)?.to === years.to) : [];
    if (exact.length > 0) return exact;
    // "2020" of a series counted to 31 March is the year to 31 March 2020 (2019-20), not 2020-21 as well.
    const ending = sorted.filter((figure) => {
      const range = periodRange(figure.period);
      return range !== undefined && range.to >= years.from && range.to <= years.to;
    });
    return ending.length > 0 ? ending : sorted.filter((figure) => overlaps(figure.period, years));
  }
  return trend ? sorted : sorted.slice(-1);
}

function seriesMessage(label: string, place: string, figures: OfficialFigure[], trend: boolean): string {
  const first = figures[0]!;
  if (figures.length === 1) return `${label[0]!.toUpperCase()}${label.slice(1)}, ${describeOfficial(first)}.`;
  const rows = figures.map((figure) => `${figure.periodLabel}: ${describeOfficial(figure, { where: false }).split(" — ")[0]}`);
  return [`${label[0]!.toUpperCase()}${label.slice(1)}, ${place}, ${plural(figures.length, "period")}${trend ? ", oldest first" : ""}:`, ...rows, `Source: ${releaseCitation(first.source)} (${first.cell?.file ?? ""}).`].join("\n");
}

/** The series' figures at the place the question names, oldest first, and that place. */
export function askedSeries(archive: Archive, asked: Asked): { place: string; figures: OfficialFigure[] } {
  const place = placeOf(archive, asked.rest);
  // Children starting or ceasing to be looked after are counted apart from the stock (catalogue `aspects`): the
  // ones the question names, else none of them. Re-referrals come as a count and a share.
  // The place first: it rules out nearly every figure of a series with one comparison, before the pattern.
  const indicator = catalogue().indicator(asked.indicator);
  const figures = figuresOf(archive, asked.indicator).filter(
    (figure) =>
      figure.geography === place.name &&
      (place.level === undefined || figure.level === place.level) &&
      figure.unit === asked.unit &&
      countsAskedAspect(indicator, asked.aspect, figure.measure.aspect),
  );
  return { place: place.name, figures: figures.sort(byPeriod) };
}

export function seriesAnswer(archive: Archive, command: Command, asked: Asked, trend: boolean): Answer | undefined {
  const { place, figures: candidates } = askedSeries(archive, asked);
  const figures = pick(candidates, command.years, trend);
  if (figures.length === 0) {
    const known = figuresOf(archive, asked.indicator).length > 0;
    if (!known) return undefined;
    return officialAnswerOf(command, "none", `The official statistics have no ${asked.label} for ${place}${command.years ? ` in ${describeYears(command.years)}` : ""}.`, { official: [] });
  }
  return officialAnswerOf(command, "found", seriesMessage(asked.label, place, figures, trend), { official: figures });
}

const GRADES = ["outstanding", "good", "requires-improvement", "inadequate"];

/** One period's row: the grades (with shares when all are shown), then how many are registered and their places. */
function providerRow(inPeriod: readonly OfficialFigure[], sharesShown: boolean, countsFirst: boolean): string {
  const graded = inPeriod.filter((figure) => GRADES.includes(figure.measure.indicator));
  const total = graded.reduce((sum, figure) => sum + (figure.value ?? 0), 0);
  const parts = graded.map((figure) => `${figure.metric} ${figure.text}${sharesShown ? ` (${((100 * (figure.value ?? 0)) / (total || 1)).toFixed(1)}%)` : ""}`);
  const counts = ["registered", "places"].flatMap((indicator) => inPeriod.filter((figure) => figure.measure.indicator === indicator).map((figure) => `${figure.text} ${indicator}`));
  const grades = parts.length > 0 ? `${parts.join(", ")}${sharesShown && total > 0 ? ` — ${total.toLocaleString("en-GB")} with a grade` : ""}` : "";
  const ordered = countsFirst ? [counts.join(", "), grades] : [grades, counts.join(", ")];
  return `${inPeriod[0]!.periodLabel}: ${ordered.filter((part) => part !== "").join("; ")}`;
}

/**
 * Children's homes (or other providers) by grade as at 31 March, how many are registered and their
 * places, from Ofsted's time-series tables; a kind the tables count apart ("secure") from its own table.
 */
export function providerAnswer(archive: Archive, command: Command, provider: ProvidersAsked, trend: boolean): Answer | undefined {
  const grade = gradeIn(command.topic);
  const indicator = provider.places ? "places" : grade ? grade.replace(/ /g, "-") : undefined;
  // "how many children's homes were there": how many are registered first, their grades after.
  const shown = indicator ? [indicator] : asksForCount(command.topic) || /\bthere (?:are|were|is|was)\b/i.test(command.topic) ? ["registered", "places", ...GRADES] : [...GRADES, "registered", "places"];
  const ofTable = (figure: OfficialFigure) => figure.measure.population === provider.population && figure.measure.aspect === provider.aspect;
  let candidates = archive.official.filter((figure) => ofTable(figure) && shown.includes(figure.measure.indicator));
  // A population the tables count only in parts (fostering agencies are the independent ones): those parts.
  if (candidates.length === 0 && provider.aspect === undefined) candidates = archive.official.filter((figure) => figure.measure.population === provider.population && (!indicator || figure.measure.indicator === indicator));
  if (candidates.length === 0) return undefined;
  const periods = [...new Set(candidates.map((figure) => figure.period))].sort();
  const chosen = command.years ? periods.filter((period) => overlaps(period, command.years!)) : trend ? periods : periods.slice(-1);
  const first = candidates[0]!;
  // The table's own name for what it counts, where it is narrower than the population ("independent fostering agencies").
  const label = first.measure.aspect ?? provider.label;
  const countsFirst = shown[0] === "registered";
  const what = provider.places ? `places in ${label}` : countsFirst ? label : `${label} by grade`;
  // Within a period, the grades before the count of providers and places: "by grade" is what is asked.
  const order = (figure: OfficialFigure) => shown.indexOf(figure.measure.indicator);
  const figures = candidates.filter((figure) => chosen.includes(figure.period)).sort((a, b) => byPeriod(a, b) || order(a) - order(b));
  if (figures.length === 0) return officialAnswerOf(command, "none", `The official statistics have ${what} for ${periods[0]}–${periods.at(-1)} only.`, { official: [] });
  const rows = chosen.map((period) => providerRow(figures.filter((figure) => figure.period === period), indicator === undefined, countsFirst));
  const named = `${label[0]!.toUpperCase()}${label.slice(1)}`;
  const heading = provider.places ? `Places in ${label}, England:` : countsFirst ? `${named} registered${figures.some((figure) => figure.measure.indicator === "places") ? ", their places" : ""} and latest overall effectiveness grades, England:` : `${named} by latest overall effectiveness grade${grade ? ` (${grade})` : ""}, England:`;
  const sheets = [...new Set(figures.map((figure) => `sheet ${figure.cell?.sheet}`))].join(" and ");
  return officialAnswerOf(command, "found", [heading, ...rows, `Source: ${releaseCitation(first.source)} (${first.cell?.file}, ${sheets}).`].join("\n"), { official: figures });
}
