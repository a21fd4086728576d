// Official series: social worker turnover, vacancies, agency workers, caseload, referrals, children
// looked after (DfE), and providers by grade (Ofsted), for England, a region or a council, by year.
// What is asked is read from the question's words; where it is asked about comes after "in"/"for"
// or is any council or region named.

import type { Archive } from "../../archive/buildArchive.ts";
import { describeYears, periodRange, overlaps, type YearRange } from "../../measure/periods.ts";
import type { Answer, OfficialFigure } from "../../types.ts";
import type { Command } from "../parseCommand.ts";
import { findCouncil } from "./councilNames.ts";
import { readQueryMeasure } from "../../measure/query.ts";
import { describeOfficial, officialAnswerOf, plural, releaseCitation } from "./format.ts";
import { gradeIn } from "./gradeCounts.ts";

interface Asked {
  indicator: string;
  population?: string;
  label: string;
  /** Where the file gives the measure two ways (a count and a share), the one to show. */
  unit?: string;
  /** Words that name the measure, removed before looking for a place. */
  words: RegExp;
}

/** Director (DCS) turnover is an article measure, not the social worker series. */
const NOT_WORKFORCE = /\b(?:dcs|directors?)\b/i;

const SERIES: Array<[RegExp, Asked]> = [
  [/\bre-?referrals?\b/i, { indicator: "re-referrals", label: "re-referrals within 12 months, as a share of referrals", unit: "%", words: /\bre-?referrals?\b|\brate\b|\bshare\b/gi }],
  [/\breferrals?\b/i, { indicator: "referrals", label: "referrals to children's social care", words: /\breferrals?\b|\bnumber of\b/gi }],
  // "rate of children in care north east 2024", "children looked after rate", "per 10,000".
  [/\b(?:children )?(?:looked[- ]after|in care)\b.*\brate\b|\brate\b.*\b(?:looked[- ]after|in care)\b|\bper 10,?000\b/i, { indicator: "children-looked-after-rate", label: "children looked after per 10,000 children", words: /\bchildren\b|\blooked[- ]after\b|\bin care\b|\brate\b|\bper 10,?000\b|\bnumber of\b/gi }],
  // "children in care", "how many children were in care" (not "in care proceedings").
  [/\blooked[- ]after\b|\bchildren(?:\s+\w+){0,2}\s+in care\b(?!\s+proceedings)|\bcla\b/i, { indicator: "children-looked-after", label: "children looked after", words: /\bchildren\b|\blooked[- ]after\b|\bin care\b|\bcla\b|\bnumber of\b|\bhow many\b/gi }],
  [/\bcase ?loads?\b|\bworkloads?\b/i, { indicator: "caseload", label: "average caseload per case-holding social worker", words: /\baverage\b|\bcase ?loads?\b|\bworkloads?\b|\bsocial workers?\b|\bsocial work\b/gi }],
  // "vacancies covered by agency workers", "agency workers covering vacancies": the census's two cover rates.
  [/\bvacanc(?:y|ies)\b.*\b(?:covered|filled)\b.*\bagency\b|\bvacancy agency (?:worker )?cover\b/i, { indicator: "vacancy-agency-cover", label: "social worker vacancies covered by agency workers", unit: "%", words: /\bsocial workers?\b|\bsocial work\b|\bvacanc(?:y|ies)\b|\bcovered\b|\bfilled\b|\bby\b|\bagency\b|\bworkers?\b|\bstaff\b|\bcover\b|\brate\b/gi }],
  [/\bagency\b.*\bcovering\b|\bagency (?:worker )?cover rate\b/i, { indicator: "agency-cover", label: "agency social workers covering vacancies", unit: "%", words: /\bsocial workers?\b|\bsocial work\b|\bagency\b|\bworkers?\b|\bstaff\b|\bcovering\b|\bvacanc(?:y|ies)\b|\bcover\b|\brate\b/gi }],
  [/\bvacanc(?:y|ies)\b.*\b(?:number|how many|fte)\b|\b(?:number of|how many) vacanc/i, { indicator: "vacancies", label: "social worker vacancies (full-time equivalent)", words: /\bsocial workers?\b|\bsocial work\b|\bvacanc(?:y|ies)\b|\bnumber of\b|\bhow many\b|\bfte\b/gi }],
  [/\bvacanc(?:y|ies)\b/i, { indicator: "vacancy-rate", label: "social worker vacancy rate", words: /\bsocial workers?\b|\bsocial work\b|\bvacanc(?:y|ies)\b|\brate\b/gi }],
  [/\bagency\b.*\b(?:number|how many|fte)\b|\b(?:number of|how many) agency/i, { indicator: "agency-workers", label: "agency social workers (full-time equivalent)", words: /\bsocial workers?\b|\bagency\b|\bworkers?\b|\bnumber of\b|\bhow many\b|\bfte\b/gi }],
  [/\bagency\b/i, { indicator: "agency-rate", label: "agency social worker rate", words: /\bsocial workers?\b|\bsocial work\b|\bagency\b|\bworkers?\b|\brate\b|\bstaff\b/gi }],
  [/\bturnover\b/i, { indicator: "turnover", label: "social worker turnover", words: /\bsocial workers?\b|\bsocial work\b|\bturnover\b|\brate\b/gi }],
  [/\b(?:how many|number of) (?:children'?s )?social workers\b|\bsocial workers in post\b/i, { indicator: "social-workers-in-post", label: "children's social workers in post (full-time equivalent)", words: /\bhow many\b|\bnumber of\b|\bchildren'?s\b|\bsocial workers\b|\bin post\b|\bare there\b/gi }],
];

const PROVIDERS: Array<[RegExp, string, string]> = [
  [/\bchildren'?s homes?\b|\bresidential care\b/i, "childrens-homes", "children's homes"],
  [/\bfostering\b/i, "fostering-agencies", "independent fostering agencies"],
  [/\badoption\b/i, "adoption-agencies", "voluntary adoption agencies"],
  [/\bresidential special schools?\b/i, "residential-special-schools", "residential special schools"],
  [/\bsupported accommodation\b/i, "supported-accommodation", "supported accommodation"],
  [/\bproviders\b/i, "providers", "all social care providers"],
];

export function seriesAsked(topic: string): Asked | undefined {
  if (NOT_WORKFORCE.test(topic)) return undefined;
  return SERIES.find(([pattern]) => pattern.test(topic))?.[1];
}

export function providersAsked(topic: string): { population: string; label: string; rest: string } | undefined {
  const found = PROVIDERS.find(([pattern]) => pattern.test(topic));
  return found ? { population: found[1], label: found[2], rest: topic.replace(found[0], " ") } : undefined;
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
  if (named) return { name: named, level: "regional" };
  // "agency rate Yorkshire 2023": a region by another of the catalogue's names for it.
  const read = readQueryMeasure(rest).place?.toLowerCase();
  const alias = read === undefined ? undefined : regions.find((name) => name.toLowerCase() === read);
  if (alias) return { name: alias, level: "regional" };
  // "children in care in Wales": a place the English record does not hold, never a council it resembles (Walsall).
  const beyond = /\b(wales|scotland|northern ireland|uk|united kingdom|britain)\b/i.exec(rest);
  if (beyond) return { name: beyond[1]! };
  const words = rest.replace(/\b(?:in|for|of|at|the|what|how many|number|there|is|was|are|were|trend|social|workers?|england|national(?:ly)?|average|[?!.,])\b/gi, " ").replace(/\s+/g, " ").trim();
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

export function seriesAnswer(archive: Archive, command: Command, asked: Asked, trend: boolean): Answer | undefined {
  const place = placeOf(archive, command.topic.replace(asked.words, " "));
  // Children starting or ceasing to be looked after are flows beside the stock asked about; re-referrals come as a count and a share.
  // The place first: it rules out nearly every figure of a series with one comparison, before the pattern.
  const candidates = figuresOf(archive, asked.indicator).filter(
    (figure) =>
      figure.geography === place.name &&
      (place.level === undefined || figure.level === place.level) &&
      (asked.unit === undefined || figure.unit === asked.unit) &&
      !/looked after/.test(figure.measure.aspect ?? ""),
  );
  const figures = pick(candidates, command.years, trend);
  if (figures.length === 0) {
    const known = figuresOf(archive, asked.indicator).length > 0;
    if (!known) return undefined;
    return officialAnswerOf(command, "none", `The official statistics have no ${asked.label} for ${place.name}${command.years ? ` in ${describeYears(command.years)}` : ""}.`, { official: [] });
  }
  return officialAnswerOf(command, "found", seriesMessage(asked.label, place.name, figures, trend), { official: figures });
}

/** Children's homes (or other providers) by grade as at 31 March, from Ofsted's time-series tables. */
export function providerAnswer(archive: Archive, command: Command, provider: { population: string; label: string }, trend: boolean): Answer | undefined {
  const grade = gradeIn(command.topic);
  const indicator = grade ? grade.replace(/ /g, "-") : undefined;
  const wanted = (figure: OfficialFigure) =>
    figure.measure.population === provider.population && figure.measure.aspect === undefined && (indicator ? figure.measure.indicator === indicator : ["outstanding", "good", "requires-improvement", "inadequate", "registered"].includes(figure.measure.indicator));
  let candidates = archive.official.filter(wanted);
  if (candidates.length === 0) candidates = archive.official.filter((figure) => figure.measure.population === provider.population && (!indicator || figure.measure.indicator === indicator));
  if (candidates.length === 0) return undefined;
  const periods = [...new Set(candidates.map((figure) => figure.period))].sort();
  const chosen = command.years ? periods.filter((period) => overlaps(period, command.years!)) : trend ? periods : periods.slice(-1);
  // Within a period, the grades before the count of providers: "by grade" is what is asked.
  const gradesFirst = (a: OfficialFigure, b: OfficialFigure) => byPeriod(a, b) || Number(a.measure.indicator === "registered") - Number(b.measure.indicator === "registered");
  const figures = candidates.filter((figure) => chosen.includes(figure.period)).sort(gradesFirst);
  if (figures.length === 0) return officialAnswerOf(command, "none", `The official statistics have ${provider.label} by grade for ${periods[0]}–${periods.at(-1)} only.`, { official: [] });
  const rows = chosen.map((period) => {
    const inPeriod = figures.filter((figure) => figure.period === period);
    const registered = inPeriod.find((figure) => figure.measure.indicator === "registered");
    const graded = inPeriod.filter((figure) => figure.measure.indicator !== "registered");
    const total = graded.reduce((sum, figure) => sum + (figure.value ?? 0), 0);
    const parts = graded.map((figure) => `${figure.metric} ${figure.text}${indicator ? "" : ` (${((100 * (figure.value ?? 0)) / (total || 1)).toFixed(1)}%)`}`);
    return `${inPeriod[0]!.periodLabel}: ${parts.join(", ")}${!indicator && total > 0 ? ` — ${total.toLocaleString("en-GB")} with a grade` : ""}${registered ? `; ${registered.text} registered` : ""}`;
  });
  const first = figures[0]!;
  const heading = `${provider.label[0]!.toUpperCase()}${provider.label.slice(1)} by latest overall effectiveness grade${grade ? ` (${grade})` : ""}, England:`;
  const sheets = [...new Set(figures.map((figure) => `sheet ${figure.cell?.sheet}`))].join(" and ");
  return officialAnswerOf(command, "found", [heading, ...rows, `Source: ${releaseCitation(first.source)} (${first.cell?.file}, ${sheets}).`].join("\n"), { official: figures });
}
