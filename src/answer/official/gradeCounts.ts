// "How many councils are inadequate?": councils by grade as at 31 March of a year. Where a release
// has the per-council table for that date, the count is that table's (recountable from its cells);
// for other years it is counted from every council's judgement in force that day. Grades of
// different scales are never added: SIF and ILACS grade alike and count together (as Ofsted's own
// releases do), SLAC's "adequate" scale is said apart (catalogue `frameworks`, measure/frameworks.ts).

import { memo } from "../views.ts";
import type { Archive } from "../../archive/buildArchive.ts";
import { formatDate } from "../../ingest/dates.ts";
import { councilGazetteer } from "../../statistics/gazetteer.ts";
import { frameworkNamed, scaleGroupOf } from "../../measure/frameworks.ts";
import { readQueryMeasure } from "../../measure/query.ts";
import { tokenize } from "../../extract/figures/tokens.ts";
import type { Answer, CountedRef, Judgement, OfficialFigure } from "../../types.ts";
import type { Command } from "../parseCommand.ts";
import { inForce } from "./councils.ts";
import { officialAnswerOf, plural, releaseCitation, shareOf, trimmedList } from "./format.ts";
import { gradeIndicator } from "../../statistics/values.ts";

export const GRADE_WORDS: Array<[RegExp, string]> = [
  [/\binadequate\b|\bfailing\b/i, "inadequate"],
  [/\brequires? improvement\b|\bri\b/i, "requires improvement"],
  [/\boutstanding\b/i, "outstanding"],
  [/\badequate\b/i, "adequate"],
  [/\bgood\b/i, "good"],
];

export function gradeIn(text: string): string | undefined {
  // "less than good", "good or outstanding": a combination of grades is not the one grade it names.
  if (readQueryMeasure(text).indicators.some((indicator) => indicator.combines !== undefined)) return undefined;
  return GRADE_WORDS.find(([pattern]) => pattern.test(text))?.[1];
}

/** Each council's judgements, and the councils abolished by when: grouped once per archive. */
const councilHistories = memo((archive: Archive) => {
  const gazetteer = councilGazetteer();
  const abolished = new Map(gazetteer.ok ? gazetteer.value.councils.flatMap((council) => (council.abolished ? [[council.name, council.abolished] as const] : [])) : []);
  const byCouncil = new Map<string, Judgement[]>();
  for (const judgement of archive.judgements) {
    const list = byCouncil.get(judgement.council);
    if (list) list.push(judgement);
    else byCouncil.set(judgement.council, [judgement]);
  }
  return { abolished, byCouncil, inForceOn: new Map<string, Judgement[]>() };
});

/** The councils that existed on a date, and each one's judgement in force then (a few dates recur: kept per archive). */
function judgementsInForce(archive: Archive, date: string): Judgement[] {
  const { abolished, byCouncil, inForceOn } = councilHistories(archive);
  const known = inForceOn.get(date);
  if (known) return known;
  const inForceThen: Judgement[] = [];
  for (const [council, history] of byCouncil) {
    const end = abolished.get(council);
    if (end !== undefined && end <= date) continue;
    const judgement = inForce(history, date);
    if (judgement) inForceThen.push(judgement);
  }
  if (inForceOn.size > 200) inForceOn.clear();
  inForceOn.set(date, inForceThen);
  return inForceThen;
}

/** The councils-by-grade figures recountable from a per-council table, by year, in archive order: grouped once per archive. */
const snapshots = memo((archive: Archive) => {
  const byPeriod = new Map<string, OfficialFigure[]>();
  for (const figure of archive.official) {
    if (!figure.counted) continue;
    // Every counted figure's year, councils' or not: the latest is the default year of a grade count.
    if (!byPeriod.has(figure.period)) byPeriod.set(figure.period, []);
    if (figure.measure.population === "councils") byPeriod.get(figure.period)!.push(figure);
  }
  const years = [...new Set([...byPeriod.keys()].map((period) => Number(period)))].sort((a, b) => a - b);
  return { byPeriod, years };
});

/**
 * A copy: an answer carries the list, and must not share it with the next answer. The per-council
 * tables count ILACS judgements: a count under another framework named is counted from the history.
 */
function snapshotFigures(archive: Archive, year: number, framework?: string): OfficialFigure[] {
  if (framework !== undefined && framework !== "ILACS") return [];
  return (snapshots(archive).byPeriod.get(String(year)) ?? []).slice();
}

function answerFromSnapshot(command: Command, grade: string, figures: OfficialFigure[]): Answer {
  const figure = figures.find((entry) => entry.metric === grade);
  const any = figures[0]!;
  const counted = figure?.counted ?? { ...any.counted!, rows: [], labels: [] };
  const count = figure?.value ?? 0;
  const without = counted.tableRows - counted.outOf;
  const breakdown = figures.map((entry) => `${entry.metric} ${entry.value}`).join(", ");
  const message = [
    `${any.periodLabel[0]!.toUpperCase()}${any.periodLabel.slice(1)}: ${count} of ${counted.outOf} councils (${shareOf(count, counted.outOf)}) were rated ${grade} for overall effectiveness (ILACS).`,
    `All grades: ${breakdown}.${without > 0 ? ` ${plural(without, "council")} had no ILACS judgement and ${without === 1 ? "is" : "are"} not counted.` : ""}`,
    count > 0 ? `Councils: ${trimmedList(counted.labels)}.` : "",
    `Counted from ${releaseCitation(any.source)}: ${counted.file}, sheet ${counted.sheet ?? ""}, column ${counted.column} (“${counted.header}”).`,
  ];
  return officialAnswerOf(command, "found", message.filter(Boolean).join("\n"), { official: figure ? [figure, ...figures.filter((entry) => entry !== figure)] : figures });
}

interface InForceTally {
  framework: string;
  /** Councils whose judgement in force was under that framework (the one most councils were judged under). */
  under: Judgement[];
  matching: Judgement[];
  others: Array<[string, Judgement[]]>;
}

/** Each framework's judgements in force that day, the framework most councils were judged under first. */
function byFrameworkInForce(archive: Archive, date: string): Array<[string, Judgement[]]> {
  const byFramework = new Map<string, Judgement[]>();
  for (const judgement of judgementsInForce(archive, date)) {
    const list = byFramework.get(judgement.framework);
    if (list) list.push(judgement);
    else byFramework.set(judgement.framework, [judgement]);
  }
  return [...byFramework.entries()].sort((a, b) => b[1].length - a[1].length);
}

let regions: { ofCouncil: ReadonlyMap<string, string>; named: ReadonlySet<string> } | undefined;

/** Each council's region, as the gazetteer places it, and the regions so named: read once. */
function gazetteerRegions(): { ofCouncil: ReadonlyMap<string, string>; named: ReadonlySet<string> } {
  if (!regions) {
    const gazetteer = councilGazetteer();
    const ofCouncil = new Map(gazetteer.ok ? gazetteer.value.councils.flatMap((council) => (council.region ? [[council.name, council.region] as const] : [])) : []);
    regions = { ofCouncil, named: new Set(ofCouncil.values()) };
  }
  return regions;
}

/** "inadequate councils North West 2025": the region a grade question or claim names, if the gazetteer places councils in it. */
export function regionNamed(place: string | undefined): string | undefined {
  return place !== undefined && gazetteerRegions().named.has(place) ? place : undefined;
}

/** "the North West", "London", "Yorkshire and the Humber": a region as a sentence names it. */
export function regionPhrase(region: string): string {
  return /^(?:London|Yorkshire)/.test(region) ? region : `the ${region}`;
}

/**
 * The councils judged under one framework that day: the one named (a question or claim "under the
 * single inspection framework" is about the councils it had judged), else the one most were judged
 * under; only a region's councils when a region is named.
 */
function tallyInForce(archive: Archive, grade: string, date: string, named?: string, region?: string): InForceTally | undefined {
  const { ofCouncil } = gazetteerRegions();
  const inRegion = (judgement: Judgement) => region === undefined || ofCouncil.get(judgement.council) === region;
  const each = byFrameworkInForce(archive, date)
    .map(([name, list]): [string, Judgement[]] => [name, list.filter(inRegion)])
    .filter(([, list]) => list.length > 0);
  const frameworks = (named === undefined ? onOneScale(each) : each).sort((a, b) => b[1].length - a[1].length);
  const chosen = named === undefined ? frameworks[0] : frameworks.find(([name]) => name === named);
  if (!chosen) return undefined;
  const [framework, under] = chosen;
  const matching = under.filter((judgement) => judgement.grade === grade).sort((a, b) => a.council.localeCompare(b.council));
  return { framework, under, matching, others: frameworks.filter(([name]) => name !== framework) };
}

/**
 * Frameworks that grade on one scale, counted together ("ILACS or SIF": each council's latest
 * judgement on the four-point scale, as Ofsted's own counts as at 31 March take it); the name lists
 * those present, latest first.
 */
function onOneScale(frameworks: ReadonlyArray<[string, Judgement[]]>): Array<[string, Judgement[]]> {
  const groups = new Map<string, Array<[string, Judgement[]]>>();
  for (const entry of frameworks) {
    const group = scaleGroupOf(entry[0]);
    groups.set(group, [...(groups.get(group) ?? []), entry]);
  }
  return [...groups.entries()].map(([group, members]): [string, Judgement[]] => {
    const order = group.split(" or ");
    const present = members.map(([name]) => name).sort((a, b) => order.indexOf(a) - order.indexOf(b));
    return [present.join(" or "), members.flatMap(([, list]) => list)];
  });
}

/**
 * The year a question naming a framework but no year is about: the 31 March on which the most
 * councils had a judgement under it in force ("good under the single inspection framework" is
 * the count when SIF had judged nearly every council, before ILACS replaced it).
 */
function yearMostJudgedUnder(archive: Archive, framework: string, latest: number): number | undefined {
  let best: { year: number; councils: number } | undefined;
  for (let year = latest; year >= latest - 20; year--) {
    const councils = byFrameworkInForce(archive, `${year}-03-31`).find(([name]) => name === framework)?.[1].length ?? 0;
    if (councils > (best?.councils ?? 0)) best = { year, councils };
  }
  return best?.year;
}

export interface GradeTally {
  count: number;
  outOf: number;
  /** Councils that day with no judgement under `framework`: not counted in `outOf`. */
  unjudged: number;
  framework: string;
  /** The question or claim named the framework: the count is of the councils it judged, and `unjudged` bounds nothing. */
  named?: boolean;
  periodLabel: string;
  source: Judgement["source"];
  /** A per-council table's count: the rows it counted (absent for a count of judgements in force). */
  counted?: CountedRef;
}

/**
 * Councils with the grade as at 31 March of the year, out of how many, under which framework: for
 * numeric checks against the statistics ("a quarter of councils were rated requires improvement in
 * 2024"), which the measure module's checks will call.
 */
export function gradeTally(archive: Archive, grade: string, year: number, framework?: string, region?: string): GradeTally | undefined {
  // A check asks the same few (grade, year) pairs again and again; each is counted once per archive.
  const cache = tallyCache(archive);
  const key = `${grade}\u0000${year}\u0000${framework ?? ""}\u0000${region ?? ""}`;
  if (cache.has(key)) return cache.get(key);
  const tally = countTally(archive, grade, year, framework, region);
  if (cache.size > 1_000) cache.clear();
  cache.set(key, tally);
  return tally;
}

const tallyCache = memo(() => new Map<string, GradeTally | undefined>());

function countTally(archive: Archive, grade: string, year: number, framework: string | undefined, region: string | undefined): GradeTally | undefined {
  // A region's count is of its councils' judgements in force: the per-council table counts England.
  const snapshot = region === undefined ? snapshotFigures(archive, year, framework) : [];
  const figure = snapshot.find((entry) => entry.metric === grade);
  const named = framework !== undefined ? { named: true } : {};
  if (figure?.counted) return { count: figure.counted.rows.length, outOf: figure.counted.outOf, unjudged: figure.counted.tableRows - figure.counted.outOf, framework: "ILACS", ...named, periodLabel: figure.periodLabel, source: figure.source, counted: figure.counted };
  if (snapshot.length > 0) return undefined;
  const date = `${year}-03-31`;
  const tally = tallyInForce(archive, grade, date, framework, region);
  const source = tally?.under[0]?.source;
  const unjudged = tally ? tally.others.reduce((sum, [, list]) => sum + list.length, 0) : 0;
  return tally && source ? { count: tally.matching.length, outOf: tally.under.length, unjudged, framework: tally.framework, ...named, periodLabel: `as at ${formatDate(date)}`, source } : undefined;
}

function answerFromJudgements(archive: Archive, command: Command, grade: string, year: number, named: string | undefined, region?: string): Answer | undefined {
  const date = `${year}-03-31`;
  const tally = tallyInForce(archive, grade, date, named, region);
  if (!tally) return undefined;
  const { framework, under, matching, others } = tally;
  const otherLine = others.map(([name, list]) => `${plural(list.length, "council")} had no ${framework} judgement in force (theirs under ${name}: ${list.filter((judgement) => judgement.grade === grade).length} ${grade})`).join("; ");
  const sources = [...new Set(matching.concat(under).map((judgement) => releaseCitation(judgement.source)))];
  const councils = region ? `councils in ${regionPhrase(region)}` : "councils";
  const message = [
    `As at ${formatDate(date)}: ${matching.length} of ${under.length} ${councils} (${shareOf(matching.length, under.length)}) judged under ${framework} were rated ${grade}, by the judgement in force that day.`,
    otherLine ? `${otherLine}: not added, graded on another scale.` : "",
    matching.length > 0 ? `Councils: ${trimmedList(matching.map((judgement) => judgement.council))}.` : "",
    `Counted from every council's published judgements in ${sources.join("; ")}.`,
  ];
  const official = region ? [regionalFigure(grade, year, region, { count: matching.length, outOf: under.length, framework, source: under[0]!.source })] : undefined;
  return officialAnswerOf(command, "found", message.filter(Boolean).join("\n"), { judgements: matching, ...(official ? { official } : {}) });
}

/** A region's count as an official figure: counted from its councils' judgements in force, no single cell. */
function regionalFigure(grade: string, year: number, region: string, tally: { count: number; outOf: number; framework: string; source: Judgement["source"] }): OfficialFigure {
  return {
    value: tally.count,
    unit: "councils",
    text: String(tally.count),
    metric: grade,
    measure: { indicator: gradeIndicator(grade), population: "councils", basis: "stock", aspect: "overall effectiveness" },
    period: String(year),
    periodLabel: `as at ${formatDate(`${year}-03-31`)}, of ${tally.outOf} councils in ${regionPhrase(region)} judged under ${tally.framework}`,
    geography: region,
    level: "regional",
    source: tally.source,
  };
}

/** Undefined when the statistics cannot say (no judgements as at that date). */
export function gradeCountAnswer(archive: Archive, command: Command, grade: string, region?: string): Answer | undefined {
  const latest = snapshots(archive).years.at(-1);
  const framework = frameworkAsked(command.topic);
  // SLAC graded safeguarding and looked-after children apart: no overall grade to count.
  if (framework === "SLAC") return undefined;
  const year = command.years?.to ?? (framework !== undefined && latest !== undefined ? yearMostJudgedUnder(archive, framework, latest) : latest);
  if (year === undefined) return undefined;
  if (region) return answerFromJudgements(archive, command, grade, year, framework, region);
  const snapshot = snapshotFigures(archive, year, framework);
  if (snapshot.length > 0) return answerFromSnapshot(command, grade, snapshot);
  return answerFromJudgements(archive, command, grade, year, framework);
}

/** The framework a question or claim names, for counts: see frameworkNamed. */
export function frameworkAsked(topic: string): string | undefined {
  return frameworkNamed(tokenize(topic));
}
