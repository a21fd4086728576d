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

const CLAIM = /^(.+?)\s+(?:is|was|are|were|has been|had been|remains|remained|stays|became|is now|now)\s+(?:rated\s+|judged\s+|graded\s+|still\s+|currently\s+|now\s+)*(?:as\s+)?(.+)$/i;

/** An Answer when the claim is a council's grade; undefined for anything else (the figure checks take it). */
export function checkCouncilGrade(archive: Archive, command: Command): Answer | undefined {
  if (archive.judgements.length === 0) return undefined;
  const { years, rest } = extractYears(command.topic);
  const match = CLAIM.exec(rest.replace(/[.!]+$/, "").trim());
  if (!match) return undefined;
  const claimedGrade = gradeIn(match[2]!);
  if (!claimedGrade || match[2]!.replace(GRADE_WORDS.find(([, grade]) => grade === claimedGrade)![0], "").replace(/\b(?:to be good|by ofsted|for overall effectiveness|overall|in)\b/gi, "").trim() !== "") return undefined;
  const council = findCouncil(match[1]!);
  if (!council) return undefined;
  const date = years ? `${years.to}-12-31` : new Date().toISOString().slice(0, 10);
  const history = judgementsOf(archive, council);
  const judgement = inForce(history, date);
  const base = { query: command.query, intent: command.intent, figures: [], quotes: [], evidence: [], checks: [] };
  if (!judgement) return { ...base, status: "none", verdict: "unverified", judgements: [], message: `UNVERIFIED: the official statistics hold no judgement of ${council.name}${years ? ` by the end of ${years.to}` : ""}.` };
  const supported = judgement.grade === claimedGrade;
  const since = `${describeJudgement(judgement)}, in force since ${formatDate(judgement.published)}`;
  const reason = supported
    ? `${council.name} ${years ? "was" : "is"} rated ${judgement.grade}: ${since}.`
    : `${council.name} ${years ? "was" : "is"} rated ${judgement.grade}, not ${claimedGrade}: ${since}.`;
  return {
    ...base,
    status: "found",
    verdict: supported ? "supported" : "contradicted",
    judgements: [judgement],
    message: `${supported ? "SUPPORTED" : "CONTRADICTED"}: ${reason} Source: ${releaseCitation(judgement.source)}.`,
  };
}
