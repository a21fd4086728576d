// "Norfolk is rated inadequate": a claim about a council's grade, checked against the judgement in
// force (now, or at the end of a year the claim names).

import type { Archive } from "../../archive/buildArchive.ts";
import { extractYears } from "../parseCommand.ts";
import { formatDate } from "../../ingest/dates.ts";
import type { Answer } from "../../types.ts";
import type { Command } from "../parseCommand.ts";
import { findCouncil } from "./councilNames.ts";
import { inForce, judgementsOf } from "./councils.ts";
import { describeJudgement, releaseCitation } from "./format.ts";
import { gradeIn, GRADE_WORDS } from "./gradeCounts.ts";
import { checkRatingClaim, ratingSentences, ratingsLine, ratingsOf } from "../councilRatings.ts";

const CLAIM = /^(.+?)\s+(?:is|was|are|were|has been|had been|remains|remained|stays|became|is now|now)\s+(?:rated\s+|judged\s+|graded\s+|still\s+|currently\s+|now\s+)*(?:as\s+)?(.+)$/i;

/**
 * An Answer when the claim is a council's grade; undefined for anything else (the figure checks take
 * it). The official record decides when it holds a judgement in force on the claimed date; otherwise
 * the articles' own statements of the council's rating (councilRatings.ts) do.
 */
export function checkCouncilGrade(archive: Archive, command: Command): Answer | undefined {
  const { years, rest } = extractYears(command.topic);
  const match = CLAIM.exec(rest.replace(/[.!]+$/, "").trim());
  if (!match) return undefined;
  const claimedGrade = gradeIn(match[2]!);
  if (!claimedGrade || match[2]!.replace(GRADE_WORDS.find(([, grade]) => grade === claimedGrade)![0], "").replace(/\b(?:to be good|by ofsted|for overall effectiveness|overall|in)\b/gi, "").trim() !== "") return undefined;
  const council = findCouncil(match[1]!);
  if (!council) return undefined;
  if (archive.judgements.length === 0 && archive.ratings.length === 0) return undefined;
  const date = years ? `${years.to}-12-31` : new Date().toISOString().slice(0, 10);
  const history = judgementsOf(archive, council);
  const judgement = inForce(history, date);
  const base = { query: command.query, intent: command.intent, figures: [], quotes: [], evidence: [], checks: [] };
  if (!judgement) {
    const fromArticles = checkRatingClaim(archive, council.name, claimedGrade, years);
    const noRecord = archive.judgements.length > 0 ? ` The official statistics hold no judgement of ${council.name}${years ? ` by the end of ${years.to}` : ""}.` : "";
    return {
      ...base,
      status: fromArticles.ratings.length > 0 ? "found" : "none",
      verdict: fromArticles.verdict,
      judgements: [],
      ratings: fromArticles.ratings,
      mentions: ratingSentences(fromArticles.ratings),
      message: `${fromArticles.verdict.toUpperCase()}: ${fromArticles.reason}${noRecord}`,
    };
  }
  const supported = judgement.grade === claimedGrade;
  const since = `${describeJudgement(judgement)}, in force since ${formatDate(judgement.published)}`;
  const reason = supported
    ? `${council.name} ${years ? "was" : "is"} rated ${judgement.grade}: ${since}.`
    : `${council.name} ${years ? "was" : "is"} rated ${judgement.grade}, not ${claimedGrade}: ${since}.`;
  // The articles' sentences on the council for the year, after the record: context, not the verdict.
  const articles = years ? ratingsOf(archive, council.name, years) : [];
  return {
    ...base,
    status: "found",
    verdict: supported ? "supported" : "contradicted",
    judgements: [judgement],
    ...(articles.length > 0 ? { ratings: articles, mentions: ratingSentences(articles) } : {}),
    message: [`${supported ? "SUPPORTED" : "CONTRADICTED"}: ${reason} Source: ${releaseCitation(judgement.source)}.`, ratingsLine(articles)].filter(Boolean).join("\n"),
  };
}
