// Which questions the official statistics answer, before the articles are searched: a council's
// name, a social care series (turnover, caseload, referrals, children looked after), providers by
// grade, and councils by grade. A grade question with a year the articles cover ("inadequate
// 2016") stays with the articles; without a year, or for a year they do not cover, the statistics
// answer it.

import type { Archive } from "../../archive/buildArchive.ts";
import type { Answer } from "../../types.ts";
import type { Command } from "../parseCommand.ts";
import { findCouncil } from "./councilNames.ts";
import { articleCouncilAnswer, councilAnswer, councilTrendAnswer } from "./councils.ts";
import { gradeCountAnswer, regionNamed, gradeIn } from "./gradeCounts.ts";
import { gradeFirst } from "./gradeFirst.ts";
import { providerAnswer, providersAsked, seriesAnswer, seriesAsked } from "./series.ts";
import { articlesMayMeasure, seriesFirst } from "./seriesFirst.ts";
import { withNamedCouncils } from "../councilRatings.ts";
import { readQueryMeasure } from "../../measure/query.ts";

/** Words that make a grade question one about councils rather than anything graded. */
const ABOUT_COUNCILS = /\b(?:councils?|local authorit(?:y|ies)|las?|authorities|children'?s services|departments?)\b/i;
/** What else a grade question may say and still be a count of councils. */
const COUNT_WORDS = /\b(?:how|many|number|of|share|proportion|percentage|what|are|were|is|was|rated|judged|graded|now|currently|today|in|the|as|at|march|there|england|councils?|local|authorit(?:y|ies)|las?|children'?s|services|departments?|to be|improvement|requires?|inadequate|failing|outstanding|good|adequate|ri|\?)\b/gi;

/** Nothing left once the question's counting words are taken out. */
function onlyCountWords(text: string): boolean {
  return text.replace(COUNT_WORDS, " ").replace(/\b(?:by grade|grades?|ratings?|judgements?|agency|agencies|independent|voluntary|all)\b/gi, " ").replace(/[?!.,]/g, " ").trim() === "";
}

/** Whether a question that names a grade asks only how many councils hold it ("outstanding North East 2024": in a region, hry87). */
function isGradeCount(topic: string): boolean {
  if (onlyCountWords(topic) || ABOUT_COUNCILS.test(topic)) return true;
  const region = regionNamed(readQueryMeasure(topic).place);
  return region !== undefined && onlyCountWords(topic.replace(new RegExp(`\\b(?:the\\s+)?${region.replace(/ /g, "\\s+")}\\b`, "i"), " "));
}

/**
 * A figure in the question ("one in seven councils", "highest in 30 years", "good or better") is
 * a claim or a measure the statistics do not hold as such: the articles answer it.
 */
const ARTICLE_SHAPED = /\d|\bone in\b|\b(?:a |one )?(?:half|quarter|third|fifth)\b|\bper ?cent\b|%|\bor better\b|\bor outstanding\b|\bhighest\b|\blowest\b|\brecord\b/i;
/** Whether the question carries a figure of its own; "per 10,000" is the base of a rate, not one. */
function articleShaped(topic: string): boolean {
  return ARTICLE_SHAPED.test(topic.replace(/\bper\s+[\d,]+/gi, "per"));
}

/**
 * Whether Ofsted's provider tables answer a question about providers: a grade, places, or nothing but
 * the asking ("how many children's homes were there", "secure children's homes 2023", "trend
 * secure children's homes"). Anything else the question adds ("children's homes profits") is the articles'.
 */
function tablesAnswer(provider: { places: boolean; rest: string }, grade: string | undefined): boolean {
  // The tables count England's providers only: "children's homes places North West" is the articles'.
  const place = readQueryMeasure(provider.rest).place;
  if ((place !== undefined && place !== "England") || findCouncil(provider.rest) !== undefined) return false;
  return grade !== undefined || provider.places || onlyCountWords(provider.rest);
}

/** Asking for a share: "what share of", "what proportion", "what percentage". */
const ASKS_FOR_SHARE = /\bwhat (?:share|proportion|percentage|fraction)\b|^\s*(?:the\s+)?(?:share|proportion|percentage|fraction) of\b|\bhow many (?:per ?cent|in (?:every|each) \w+)\b/i;

/** Asking for the count itself. */
const ASKS_FOR_COUNT = /\bhow many\b|\bnumber of\b|\bby grade\b|\bgrades\b|\bratings\b/i;

/** "…, says the LGA", "according to the County Councils Network": who said it, no place or measure of the question (hry60). */
const ATTRIBUTION = /[\s,]+(?:says|said|say|according to|reports?|reported by)\s+(?:the\s+)?[A-Z][\w'’&. -]{1,60}[?!.]*$/;

function withoutAttribution(command: Command): Command {
  const topic = command.topic.replace(ATTRIBUTION, "").trim();
  return topic === command.topic || topic === "" ? command : { ...command, topic };
}

/** A lookup the statistics answer, or undefined to search the articles. `articles` runs that search. */
export function officialLookup(archive: Archive, asked: Command, articles: () => Answer): Answer | undefined {
  const command = withoutAttribution(asked);
  if (archive.judgements.length === 0 && archive.official.length === 0) {
    // No statistics loaded: a council's name, or a grade, is still answered from what the articles say councils were rated.
    if (archive.ratings.length === 0 || command.truncated || articleShaped(command.topic)) return undefined;
    const grade = gradeIn(command.topic);
    if (grade && isGradeCount(command.topic)) {
      const named = withNamedCouncils(archive, command.years, grade, articles());
      return named.ratings ? named : undefined;
    }
    const council = findCouncil(command.topic);
    return council ? articleCouncilAnswer(archive, command, council) : undefined;
  }
  // A long paste is not a statistics question (and its answer must say it was cut).
  if (command.truncated || articleShaped(command.topic)) return undefined;
  const { topic } = command;
  // The grade is read once per question: reading it reads the question's measure.
  const grade = gradeIn(topic);
  const provider = providersAsked(topic);
  if (provider && tablesAnswer(provider, grade)) {
    // "share of children's home places run by private providers": a share the tables do not hold; the articles may (hry112).
    if (!grade && ASKS_FOR_SHARE.test(topic)) {
      const fromArticles = articles();
      if (fromArticles.status === "found" && fromArticles.figures[0]?.unit === "%") return fromArticles;
    }
    // Providers by grade are what the articles report too: theirs first unless the count is asked for or they have none.
    if (!ASKS_FOR_COUNT.test(topic)) {
      const fromArticles = articles();
      // The articles lead only with a figure of those providers ("good fostering agencies 2019" is not
      // answered by a carer's "14 years"); sentences that merely use the words are no answer beside the record.
      const best = fromArticles.figures[0];
      if (fromArticles.status === "found" && best?.measure?.population === provider.population) return fromArticles;
    }
    const official = providerAnswer(archive, command, provider, false);
    // A year the tables do not reach ("how many children's homes were there in 2025") may be one the articles do.
    if (official?.status === "none") {
      const fromArticles = articles();
      if (fromArticles.status === "found") return fromArticles;
    }
    return official;
  }
  const series = seriesAsked(topic);
  // "what share of London's children in care are placed outside London": a share no count series holds; the articles may (hry54).
  if (series && series.unit !== "%" && ASKS_FOR_SHARE.test(topic)) {
    const fromArticles = articles();
    if (fromArticles.status === "found" && fromArticles.figures[0]?.unit === "%") return fromArticles;
  }
  if (series) {
    const official = seriesAnswer(archive, command, series, false);
    // A year the statistics do not cover ("caseloads 2016") may still be one the articles do.
    if (official?.status === "none") {
      const fromArticles = articles();
      return fromArticles.status === "found" ? fromArticles : official;
    }
    // The record leads; the articles' figures of the same measure follow, with where they differ.
    if (official?.status === "found" && articlesMayMeasure(archive, official.official ?? [])) {
      const fromArticles = articles();
      if (fromArticles.status === "found") return seriesFirst(official, fromArticles);
    }
    return official;
  }
  // "outstanding for help and protection": the record counts overall grades only; the articles answer a judgement area.
  const gradeCounted = grade && isGradeCount(topic) ? readQueryMeasure(topic) : undefined;
  if (grade && gradeCounted && gradeCounted.aspect === undefined) {
    // "inadequate councils North West 2025": the region's councils, counted from their judgements.
    const region = regionNamed(gradeCounted.place);
    if (region) return gradeCountAnswer(archive, command, grade, region);
    if (command.years) {
      const fromArticles = articles();
      if (fromArticles.status === "found") return withNamedCouncils(archive, command.years, grade, gradeFirst(archive, command, grade, fromArticles));
    }
    const official = gradeCountAnswer(archive, command, grade);
    return official ? withNamedCouncils(archive, command.years, grade, official) : undefined;
  }
  const council = findCouncil(topic);
  return council ? councilAnswer(archive, command, council) : undefined;
}

/** `trend Slough`, `trend social worker vacancies`, `trend inadequate children's homes`; undefined for the articles' trends. */
export function officialTrend(archive: Archive, asked: Command): Answer | undefined {
  const command = withoutAttribution(asked);
  if (archive.judgements.length === 0 && archive.official.length === 0) return undefined;
  const { topic } = command;
  const grade = gradeIn(topic);
  const provider = providersAsked(topic);
  if (provider && tablesAnswer(provider, grade)) return providerAnswer(archive, command, provider, true);
  const series = seriesAsked(topic);
  if (series) return seriesAnswer(archive, command, series, true);
  if (grade) return undefined;
  const council = findCouncil(topic);
  return council ? councilTrendAnswer(archive, command, council) : undefined;
}
