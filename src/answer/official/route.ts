// Which questions the official statistics answer, before the articles are searched: a council's
// name, a social care series (turnover, caseload, referrals, children looked after), providers by
// grade, and councils by grade. A grade question with a year the articles cover ("inadequate
// 2016") stays with the articles; without a year, or for a year they do not cover, the statistics
// answer it.

import type { Archive } from "../../archive/buildArchive.ts";
import type { Answer } from "../../types.ts";
import type { Command } from "../parseCommand.ts";
import { findCouncil } from "./councilNames.ts";
import { councilAnswer, councilTrendAnswer } from "./councils.ts";
import { gradeCountAnswer, gradeIn } from "./gradeCounts.ts";
import { providerAnswer, providersAsked, seriesAnswer, seriesAsked } from "./series.ts";

/** Words that make a grade question one about councils rather than anything graded. */
const ABOUT_COUNCILS = /\b(?:councils?|local authorit(?:y|ies)|las?|authorities|children'?s services|departments?)\b/i;
/** What else a grade question may say and still be a count of councils. */
const COUNT_WORDS = /\b(?:how|many|number|of|share|proportion|percentage|what|are|were|is|was|rated|judged|graded|now|currently|today|in|the|as|at|march|councils?|local|authorit(?:y|ies)|las?|children'?s|services|departments?|to be|improvement|requires?|inadequate|failing|outstanding|good|adequate|ri|\?)\b/gi;

function isGradeCount(topic: string): boolean {
  if (!gradeIn(topic)) return false;
  return topic.replace(COUNT_WORDS, " ").replace(/[?!.,]/g, " ").trim() === "" || ABOUT_COUNCILS.test(topic);
}

/** A lookup the statistics answer, or undefined to search the articles. `articles` runs that search. */
export function officialLookup(archive: Archive, command: Command, articles: () => Answer): Answer | undefined {
  if (archive.judgements.length === 0 && archive.official.length === 0) return undefined;
  const { topic } = command;
  const provider = gradeIn(topic) || /\bby grade\b|\bratings?\b/i.test(topic) ? providersAsked(topic) : undefined;
  if (provider) return providerAnswer(archive, command, provider, false);
  const series = seriesAsked(topic);
  if (series) return seriesAnswer(archive, command, series, false);
  if (isGradeCount(topic)) {
    if (command.years) {
      const fromArticles = articles();
      if (fromArticles.status === "found") return fromArticles;
    }
    return gradeCountAnswer(archive, command, gradeIn(topic)!);
  }
  const council = findCouncil(topic);
  return council ? councilAnswer(archive, command, council) : undefined;
}

/** `trend Slough`, `trend social worker vacancies`, `trend inadequate children's homes`; undefined for the articles' trends. */
export function officialTrend(archive: Archive, command: Command): Answer | undefined {
  if (archive.judgements.length === 0 && archive.official.length === 0) return undefined;
  const { topic } = command;
  const provider = providersAsked(topic);
  if (provider && gradeIn(topic)) return providerAnswer(archive, command, provider, true);
  const series = seriesAsked(topic);
  if (series) return seriesAnswer(archive, command, series, true);
  if (gradeIn(topic)) return undefined;
  const council = findCouncil(topic);
  return council ? councilTrendAnswer(archive, command, council) : undefined;
}
