// "Over a third of social workers feel their caseload is unsafe, according to a Community Care
// online survey of 420 social workers. The average caseload held is now 33.5": the sentence after
// one naming a survey reports the survey's answers, not the official count it sounds like (hry46:
// a poll's average supported a claim about England's caseload). Which measures a survey cannot
// give is the catalogue's: an indicator whose `notWith` words hold "survey".

import type { FigureMention } from "../types.ts";
import { catalogue } from "./catalogue.ts";

const NAMES_SURVEY = /\b(?:surveys?|surveyed|polls?|polled|questionnaire|respondents)\b/i;

/** A sentence citing an official source of its own: "The DfE's figures show …". */
const NAMES_OFFICIAL = /\b(?:official|government|DfE|Department for Education|census|national (?:figures|data|statistics|average))\b/i;

export function namesSurvey(sentence: string): boolean {
  return NAMES_SURVEY.test(sentence);
}

/** The sentence's figures, those of a measure no survey gives left unmeasured when the sentence just before named a survey. */
export function afterSurvey<T extends FigureMention>(found: readonly T[], sentence: string, surveyBefore: boolean): readonly T[] {
  if (!surveyBefore || NAMES_OFFICIAL.test(sentence)) return found;
  return found.map((mention) => {
    const indicator = mention.measure ? catalogue().indicator(mention.measure.indicator) : undefined;
    if (!indicator?.notWith?.includes("survey")) return mention;
    const { measure: _measure, metric: _metric, ...unmeasured } = mention;
    return unmeasured as T;
  });
}
