// One function per command: a parsed Command and the archive in, a complete Answer out, message
// included, so every adapter says the same words.

import { LEAD_IN_TERM, type Archive } from "../archive/buildArchive.ts";
import { describeFigure, isShare } from "../archive/compare.ts";
import { seriesLabel } from "../measure/index.ts";
import { describeYears, overlaps, type YearRange } from "../measure/periods.ts";
import { formatDate } from "../ingest/dates.ts";
import { spokenForm, stem, terms } from "../text/index.ts";
import { askedAspectFilter, aspectAskedIn, namesShare, ofKind } from "../measure/query.ts";
import { catalogue } from "../measure/catalogue.ts";
import type { Answer, Figure, Quote } from "../types.ts";
import { checkClaim } from "./check.ts";
import { corroborate, findConflicts, sourceCount } from "./corroborate.ts";
import { lookup } from "./lookup.ts";
import { cellsInYears, measureGroups, measureTable } from "./measures.ts";
import type { Command } from "./parseCommand.ts";
import { analyzeTopic, namesMeasure, saidOtherwiseTerms, type QueryTerms } from "./queryTerms.ts";
import { searchSpeech } from "./speechSearch.ts";
import { inYears, searchQuotes } from "./quoteSearch.ts";
import { buildSeries, keptCandidates, trendCandidates } from "./trend.ts";
import { findMentions } from "./mentions.ts";
import { findCouncils } from "../extract/figures/context.ts";
import { tokenize } from "../extract/figures/tokens.ts";
import { archiveYears, asCited, citedSpeaker, memo, quotesBySpeaker, sourceSummaries } from "./views.ts";

/** How many figures and quotes an answer carries at most; adapters trim further to fit a platform. */
export const MAX_FIGURES = 20;
export const MAX_QUOTES = 10;
export { MAX_MENTIONS } from "./mentions.ts";

/**
 * "inadequate 2016" matches councils, children's homes and fostering agencies alike: when the
 * question names no population, each population's best figure comes first, best first, then the rest.
 */
function bestPerPopulationFirst(figures: readonly Figure[], query: QueryTerms): Figure[] {
  if (query.measure.population || !query.indicator) return [...figures];
  const leads: Figure[] = [];
  const seen = new Set<string>();
  for (const figure of figures) {
    const population = figure.measure?.population;
    if (!population || figure.measure?.indicator !== query.indicator || seen.has(population)) continue;
    seen.add(population);
    leads.push(figure);
  }
  if (leads.length < 2) return [...figures];
  return [...leads, ...figures.filter((figure) => !leads.includes(figure))];
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function searchedLine(archive: Archive): string {
  return `Searched ${plural(archive.sources.length, "article")} (${archiveYears(archive)}).`;
}

/** Said inside the sentence, before its full stop: which words were read as which. */
function corrections(query: QueryTerms | undefined): string {
  return query && query.corrections.length > 0 ? ` (read ${query.corrections.map(({ from, to }) => `“${from}” as “${to}”`).join(", ")})` : "";
}

/** Said after the message's own sentences. */
function truncation(command: Command): string {
  return command.truncated ? " Your text was long, so I read only its beginning." : "";
}

/** The topic as echoed in messages: long pastes are cut so the message stays one glance long. */
function topicLabel(command: Command): string {
  const characters = Array.from(command.topic);
  const topic = characters.length > 80 ? `${characters.slice(0, 80).join("").trimEnd()}…` : command.topic;
  const when = command.compare ? `${command.compare[0]} and ${command.compare[1]}` : command.years ? describeYears(command.years) : undefined;
  if (topic === "") return when ?? "that";
  return `“${topic}”${when ? ` in ${when}` : ""}`;
}

function cite(figure: Figure): string {
  const where = [figure.source.publisher ?? figure.source.title, formatDate(figure.source.date)].filter(Boolean).join(", ");
  return `${describeFigure(figure)} (${where})`;
}

/**
 * Whether the question names a thing no sentence of the archive names: a word the index has never
 * seen (after typo correction) that is not an attribution or question form, not an adverb ("recently")
 * and not a word the measure catalogue knows ("failing" names a grade however the archive says it).
 */
function absentSubject(archive: Archive, query: QueryTerms, topic: string): boolean {
  const unused = unusedWords(archive, query).filter((word) => !(word.length < 4 || /ly$/.test(word) || /^\d/.test(word) || namesMeasure(word)));
  if (unused.length === 0) return false;
  // "independent fostering agencies" asked of an archive that says "IFAs": words of a phrase the catalogue knows are that phrase.
  const saysTerm = (term: string) => archive.index.termId(term) !== undefined || archive.mentionIndex.termId(term) !== undefined;
  const otherwise = saidOtherwiseTerms(topic, (nameTerms) => nameTerms.length > 0 && nameTerms.every(saysTerm));
  return unused.some((word) => !otherwise.includes(stem(word)));
}

/**
 * The question's words no sentence of the archive uses: the figures' index lacks them, and so do the
 * sentences without figures and the prose before quotes ("Nottingham" may stand only in a heading
 * sentence). "No article uses X" says only these.
 */
function unusedWords(archive: Archive, query: QueryTerms): string[] {
  return query.unknown.filter((word) => {
    const term = stem(word);
    return !query.fillerTerms.includes(term) && archive.mentionIndex.termId(term) === undefined && archive.index.termId(LEAD_IN_TERM + term) === undefined;
  });
}

function noneAnswer(archive: Archive, command: Command, query?: QueryTerms): Answer {
  const unused = query ? unusedWords(archive, query) : [];
  const unknown = unused.length > 0 ? ` No article uses ${unused.map((word) => `“${spokenForm(word, command.topic)}”`).join(", ")}.` : "";
  return {
    query: command.query,
    intent: command.intent,
    status: "none",
    figures: [],
    quotes: [],
    message: `Nothing in the archive matches ${topicLabel(command)}${corrections(query)}.${unknown} ${searchedLine(archive)}${truncation(command)}`,
  };
}

/** "; 8 listed (…)": the count says what the list holds when it holds fewer figures than were found. */
function shownOf(found: number, listed: number, capped: boolean): string {
  if (listed >= found) return "";
  return `; ${listed} listed (${capped ? "add a topic to narrow" : "figures that agree on the same measure are listed once"})`;
}

/** A year and nothing else ("2016"): what the archive says about that period, best-sourced first. */
function periodAnswer(archive: Archive, command: Command & { years: YearRange }): Answer {
  // The measure table's cells for those years, not a pass over every figure of the archive.
  const cells = cellsInYears(measureTable(archive), command.years);
  const count = cells.reduce((sum, cell) => sum + cell.ordinals.length, 0);
  const measureTop = measureGroups(archive, cells).top;
  const figures = measureTop.slice(0, MAX_FIGURES);
  if (figures.length === 0) return noneAnswer(archive, command);
  return {
    query: command.query,
    intent: command.intent,
    status: "found",
    figures,
    quotes: [],
    message: `${plural(count, "figure")} for ${describeYears(command.years)}${shownOf(count, figures.length, measureTop.length > MAX_FIGURES)}.`,
  };
}

/** The one council each article's title names, if one ("Children's placements push Medway towards …"): read once per archive. */
const titleCouncils = memo(() => new Map<string, string | undefined>());

function titleCouncil(archive: Archive, source: Figure["source"]): string | undefined {
  const known = titleCouncils(archive);
  if (!known.has(source.id)) {
    const named = findCouncils(tokenize(source.title));
    known.set(source.id, named.length === 1 ? named[0]!.name : undefined);
  }
  return known.get(source.id);
}

/**
 * "Suffolk overspend": a figure placed in another council or region (or, unplaced, in an article whose
 * title names another council) answers nothing about the council the question names (Medway's
 * overspend), unless its sentence names that council too, as the gazetteer or the question spells it
 * ("Newcastle upon Tyne", "Newcastle"). Undefined when the question names no council.
 */
function placedElsewhere(archive: Archive, topic: string): ((figure: Figure) => boolean) | undefined {
  const found = findCouncils(tokenize(topic));
  if (found.length === 0) return undefined;
  const councils = found.map((council) => council.name);
  const spelled = [...councils, ...found.map((council) => topic.slice(council.start, council.end))];
  return (figure) => {
    const place = figure.geography ?? titleCouncil(archive, figure.source);
    return place !== undefined && !councils.includes(place) && !spelled.some((council) => figure.sentence.includes(council));
  };
}

/** The one council a question names ("trend Kent overspend"), as the gazetteer spells it. */
function councilAsked(topic: string): string | undefined {
  const found = findCouncils(tokenize(topic));
  return found.length === 1 ? found[0]!.name : undefined;
}

export function lookupAnswer(archive: Archive, command: Command): Answer {
  if (command.years && terms(command.topic).length === 0) return periodAnswer(archive, { ...command, years: command.years });
  const query = analyzeTopic(command.topic, archive);
  // "fostering households 2024" in an archive without the word "households": its figures about
  // fostering agencies would answer another question. Say plainly that nothing uses the word.
  if (absentSubject(archive, query, command.topic)) return noneAnswer(archive, command, query);
  const result = lookup(archive, command.topic, query, command.years);
  // "2016 vs 2013": only the two years, not the span between them.
  const inPeriods = command.compare ? result.figures.filter((entry) => command.compare!.some((year) => overlaps(entry.figure.period, { from: year, to: year }))) : result.figures;
  const elsewhere = placedElsewhere(archive, command.topic);
  const compared = elsewhere ? inPeriods.filter(({ figure }) => !elsewhere(figure)) : inPeriods;
  const figures = bestPerPopulationFirst(corroborate(compared.map((entry) => entry.figure)), query).slice(0, MAX_FIGURES);
  const quotes = asCited(archive, result.quotes.slice(0, MAX_QUOTES));
  if (figures.length > 0 || quotes.length > 0) {
    const counts = [figures.length > 0 ? plural(figures.length, "figure") : "", quotes.length > 0 ? plural(quotes.length, "quote") : ""].filter(Boolean).join(" and ");
    const lead = figures[0];
    const corroboration = lead && sourceCount(lead) > 1 ? ` The first is reported by ${sourceCount(lead)} sources.` : "";
    const conflicts = findConflicts(figures);
    const disagreement = conflicts.length > 0 ? ` Sources disagree on ${plural(conflicts.length, "measure")}: see below.` : "";
    return {
      query: command.query,
      intent: command.intent,
      status: "found",
      figures,
      quotes,
      ...(conflicts.length > 0 ? { conflicts } : {}),
      message: `${counts} for ${topicLabel(command)}${corrections(query)}.${corroboration}${disagreement}${truncation(command)}`,
    };
  }
  const nearest = result.outOfPeriod[0];
  if (nearest && command.years) {
    return {
      query: command.query,
      intent: command.intent,
      status: "nearest",
      figures: corroborate(result.outOfPeriod.map((entry) => entry.figure)).slice(0, MAX_FIGURES),
      quotes: [],
      message: `No figure for ${describeYears(command.years)}; nearest: ${nearest.figure.period} — ${cite(nearest.figure)}${corrections(query)}.${truncation(command)}`,
    };
  }
  const mentions = findMentions(archive, query, command.years);
  if (mentions.length > 0) {
    return {
      query: command.query,
      intent: command.intent,
      status: "found",
      figures: [],
      quotes: [],
      mentions,
      message: `No figure or quote for ${topicLabel(command)}${corrections(query)}, but ${plural(mentions.length, "sentence")} use${mentions.length === 1 ? "s" : ""} the words.${truncation(command)}`,
    };
  }
  return noneAnswer(archive, command, query);
}

export function checkAnswer(archive: Archive, command: Command): Answer {
  const { checks, verdict } = checkClaim(archive, command.topic);
  if (checks.length === 0) {
    return { query: command.query, intent: command.intent, figures: [], quotes: [], status: "none", verdict: "unverified", checks, evidence: [], message: `I found no figure to check in that claim. Paste a sentence with a number, e.g. \`check one in five councils were rated inadequate in 2013\`.` };
  }
  const evidence = corroborate(checks.flatMap((check) => check.evidence));
  const tally = (["contradicted", "unverified", "supported"] as const).flatMap((kind) => {
    const count = checks.filter((check) => check.verdict === kind).length;
    return count > 0 ? [`${count} ${kind}`] : [];
  });
  // The per-figure reasons travel in `checks`; the message is the one-line verdict every adapter shows first.
  const summary = checks.length === 1 ? `“${checks[0]!.claimed.text}” — ${checks[0]!.reason}` : `${plural(checks.length, "figure")} checked: ${tally.join(", ")}.`;
  return {
    query: command.query,
    intent: command.intent,
    quotes: [],
    // The evidence doubles as the figures, so a renderer that knows only figures still shows it.
    figures: evidence.slice(0, MAX_FIGURES),
    status: evidence.length > 0 ? "found" : "none",
    verdict,
    checks,
    evidence,
    message: `${verdict.toUpperCase()}: ${summary}${truncation(command)}`,
  };
}

export function trendAnswer(archive: Archive, command: Command): Answer {
  if (terms(command.topic).length === 0) {
    return { query: command.query, intent: command.intent, status: "usage", figures: [], quotes: [], message: "A trend needs a topic, e.g. `trend inadequate` or `trend turnover 2008-2016`." };
  }
  const query = analyzeTopic(command.topic, archive);
  const ranked = query.indicator ? [] : lookup(archive, command.topic, query, undefined).figures.map((entry) => entry.figure);
  // "trend secure children's homes": a kind of the population is its own series, never all of them.
  const { kind } = query.measure;
  // "trend deregistrations": the way an indicator is counted apart that the topic names, else none of them.
  const indicator = query.indicator === undefined ? undefined : catalogue().indicator(query.indicator);
  const asked = indicator && aspectAskedIn(command.topic, indicator);
  const ofAspectAsked = askedAspectFilter(command.topic);
  // "trend IFA share of fostering households": shares only, never the households' count under a share's heading (hry71).
  const shares = namesShare(command.topic);
  const found = trendCandidates(archive, query.indicator, ranked, query.terms, query.measure.population?.id);
  const candidates = keptCandidates(found, `${command.topic.toLowerCase()}|${shares}`, (figure) => ofAspectAsked(figure.measure) && (!shares || isShare(figure)));
  const series = buildSeries(kind ? candidates.filter((figure) => ofKind(figure.measure, kind)) : candidates, command.years, query.measure.place ?? councilAsked(command.topic), (figure) => figure.geography ?? titleCouncil(archive, figure.source));
  if (series.length === 0) {
    // No figures of one measure to chain ("trend DCS appointments" where the catalogue has no such
    // indicator): what the archive does say is still worth showing, and "nothing matches" would be false.
    const said = lookupAnswer(archive, command);
    if (said.status === "none") return noneAnswer(archive, command, query);
    return { ...said, message: `No trend for ${topicLabel(command)}: no figures of one measure across periods. ${said.message}` };
  }
  const rows = series.map((figure) => `${figure.period}: ${describeFigure(figure)}`).join("; ");
  return {
    query: command.query,
    intent: command.intent,
    status: "found",
    figures: series,
    series,
    quotes: [],
    message: `${query.indicator ? `${seriesLabel(query.indicator, series[0]!.measure?.basis)}${asked ? ` ${asked}` : ""}` : chainedLabel(series) ?? command.topic}, ${plural(series.length, "period")}, oldest first: ${rows}${corrections(query)}.${truncation(command)}`,
  };
}

/**
 * "trend fostering households" that chains applications to foster: the heading names what the series
 * counts, not the words asked (hry96). A series has one measure, so its first row's indicator is all of it.
 */
function chainedLabel(series: readonly Figure[]): string | undefined {
  const measure = series[0]?.measure;
  return measure ? seriesLabel(measure.indicator, measure.basis) : undefined;
}

/** "what did Unison say about agency caps": the speaker's quotes, on the topic when any is. */
function speechAnswer(archive: Archive, command: Command, speaker: string): Answer {
  const { quotes, speakers: named, onTopic } = searchSpeech(archive, speaker, command.topic, command.years);
  const speakers = [...new Set(named.map((name) => citedSpeaker(archive, name)))];
  const years = command.years ? ` in ${describeYears(command.years)}` : "";
  if (quotes.length === 0) {
    const who = speakers.length > 0 ? speakers.join(" or ") : `“${speaker}”`;
    return { ...noneAnswer(archive, command), message: `No quote by ${who}${years} in the archive. ${searchedLine(archive)}` };
  }
  const about = command.topic === "" ? "" : onTopic ? ` on “${command.topic}”` : `; none is on “${command.topic}”, so here is what they said`;
  return quotesFound(archive, command, quotes, ` by ${speakers.join(" or ")}${years}${about}`);
}

/** The quotes found, the first MAX_QUOTES cited, with how many and what they are (`described`). */
function quotesFound(archive: Archive, command: Command, quotes: readonly Quote[], described: string): Answer {
  return {
    query: command.query,
    intent: command.intent,
    status: "found",
    figures: [],
    quotes: asCited(archive, quotes.slice(0, MAX_QUOTES)),
    message: `${plural(quotes.length, "quote")}${described}${quotes.length > MAX_QUOTES ? ` (showing ${MAX_QUOTES})` : ""}.`,
  };
}

export function quoteAnswer(archive: Archive, command: Command): Answer {
  if (command.speaker !== undefined) return speechAnswer(archive, command, command.speaker);
  const { quotes, speakers: named } = searchQuotes(archive, command.topic, command.years);
  const speakers = [...new Set(named.map((speaker) => citedSpeaker(archive, speaker)))];
  // "quote Dave Hill golden hellos": one speaker named and none of their quotes on the words: what they said, and that it is not on them.
  // (Their quotes straight from the speaker's list: searching for the speaker again costs a scan of every name.)
  const [only] = named;
  const said = quotes.length === 0 && only !== undefined && named.length === 1 ? (quotesBySpeaker(archive).get(only) ?? []).map((id) => archive.quotes[id]!).filter((quote) => inYears(quote, command.years)) : [];
  if (said.length > 0) {
    const name = new Set(only!.toLowerCase().split(/\s+/));
    const words = command.topic.split(/\s+/).filter((word) => !name.has(word.toLowerCase().replace(/['’]s$/, ""))).join(" ");
    return quotesFound(archive, command, said, ` by ${speakers[0]}; none is on “${words}”, so here is what they said`);
  }
  if (quotes.length === 0) {
    const who = speakers.length > 0 ? ` from ${speakers.join(" or ")}` : "";
    return { ...noneAnswer(archive, command), message: `No quote${who} matches ${topicLabel(command)}. ${searchedLine(archive)}` };
  }
  const who = speakers.length > 0 ? ` by ${speakers.join(" or ")}` : "";
  return quotesFound(archive, command, quotes, `${who} for ${topicLabel(command)}`);
}

export function sourcesAnswer(archive: Archive, command: Command): Answer {
  const years = command.years;
  // "sources 2016": the articles of those years.
  const sources = years ? sourceSummaries(archive).filter(({ source }) => overlaps(source.date?.slice(0, 4), years)) : sourceSummaries(archive);
  return {
    query: command.query,
    intent: "sources",
    status: sources.length > 0 ? "found" : "none",
    figures: [],
    quotes: [],
    sources,
    message: years
      ? `${plural(sources.length, "article")} from ${describeYears(years)} in the archive (${archiveYears(archive)}).`
      : `${plural(sources.length, "article")} in the archive (${archiveYears(archive)}), ${plural(archive.figures.length, "figure")} and ${plural(archive.quotes.length, "quote")}.`,
  };
}
