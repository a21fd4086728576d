// A council's judgements: the one in force now (or on a date), with sub-judgements, link and the
// grade before it, and the whole history across frameworks for a trend.

import type { Archive } from "../../archive/buildArchive.ts";
import { formatDate } from "../../ingest/dates.ts";
import type { Council } from "../../statistics/gazetteer.ts";
import type { Answer, Judgement } from "../../types.ts";
import type { Command } from "../parseCommand.ts";
import { cellCitation, describeJudgement, gradeWords, officialAnswerOf, plural, releaseCitation } from "./format.ts";
import { ratingSentences, ratingsLine, ratingsOf } from "../councilRatings.ts";
import { memo } from "../views.ts";

export function judgementsOf(archive: Archive, council: Council): Judgement[] {
  return archive.judgements.filter((judgement) => judgement.council === council.name).sort((a, b) => a.published.localeCompare(b.published));
}

/** The judgement published last on or before the date: the one in force then. */
export function inForce(history: readonly Judgement[], date: string): Judgement | undefined {
  let found: Judgement | undefined;
  for (const judgement of history) if (judgement.published <= date) found = judgement;
  return found;
}

/** The last day the record holds a judgement for: a date after it is beyond what the statistics can say. Read once per archive. */
export const recordEnds = memo((archive: Archive): string => {
  let last = "";
  for (const judgement of archive.judgements) if (judgement.published > last) last = judgement.published;
  return last;
});

/**
 * "Sandwell … rated good for the first time", reported after the record's last judgement while the
 * record still has it requiring improvement: the reporting is newer, and the answer says so rather
 * than leave the old judgement standing as the current one.
 */
export function newerInArticles(archive: Archive, council: Council, current: Judgement, ends: string): string {
  const newer = ratingsOf(archive, council.name).filter((rating) => !rating.earlier && !rating.aspect && rating.source.date !== undefined && rating.source.date > ends && rating.grade.replace(/-/g, " ") !== current.grade);
  const latest = newer.sort((a, b) => (b.source.date ?? "").localeCompare(a.source.date ?? ""))[0];
  return latest ? `Newer than the statistics, which run to ${formatDate(ends)}: ${latest.source.publisher ?? "an article"}, ${formatDate(latest.source.date!)}, reports ${council.name} rated ${latest.gradeText.replace(/^['‘"“]|['’"”]$/g, "")} (below).` : "";
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function details(judgement: Judgement): string {
  const subs = Object.entries(judgement.subJudgements ?? {}).map(([name, grade]) => `${name}: ${gradeWords(grade)}`);
  return [
    subs.length > 0 ? `Sub-judgements: ${subs.join("; ")}.` : "",
    judgement.url ? `Report: ${judgement.url}` : "",
    `Source: ${releaseCitation(judgement.source)} (${cellCitation(judgement.cell)}).`,
  ]
    .filter(Boolean)
    .join("\n");
}

/**
 * The articles' sentences giving the council's rating (for the years asked), after the official
 * answer: the record leads, the reporting follows with its own dates.
 */
function withArticles(archive: Archive, command: Command, council: Council, answer: Answer): Answer {
  const ratings = ratingsOf(archive, council.name, command.years);
  if (ratings.length === 0) return answer;
  return {
    ...answer,
    status: answer.status === "none" ? "found" : answer.status,
    ratings,
    mentions: ratingSentences(ratings),
    message: [answer.message, ratingsLine(ratings)].filter(Boolean).join("\n"),
  };
}

/** A council lookup the articles alone answer (no official statistics loaded); undefined when they name no rating of it. */
export function articleCouncilAnswer(archive: Archive, command: Command, council: Council): Answer | undefined {
  const answer = withArticles(archive, command, council, officialAnswerOf(command, "none", "", {}));
  return answer.ratings ? answer : undefined;
}

function noJudgement(archive: Archive, command: Command, council: Council, when: string): Answer {
  return withArticles(archive, command, council, officialAnswerOf(command, "none", `The official statistics hold no judgement of ${council.name} ${when}.`, { judgements: [] }));
}

function abolishedNote(council: Council): string {
  // A council formed from others: their judgements are theirs (ask for them by name), not this one's.
  if (!council.abolished && council.formedFrom) return ` Formed from ${council.formedFrom.join(" and ")}, whose judgements are listed under their own names.`;
  if (!council.abolished) return "";
  return ` ${council.name} no longer exists (from ${formatDate(council.abolished)}: ${(council.successors ?? []).join(" and ")}).`;
}

export function councilAnswer(archive: Archive, command: Command, council: Council): Answer {
  const history = judgementsOf(archive, council);
  const date = command.years ? `${command.years.to}-12-31` : today();
  const current = inForce(history, date < today() ? date : today());
  const ends = recordEnds(archive);
  const when = !command.years ? "" : date > ends ? `, latest judgement in the statistics (they run to ${formatDate(ends)})` : `, judgement in force at the end of ${command.years.to}`;
  if (!current) return noJudgement(archive, command, council, command.years ? `published by the end of ${command.years.to}` : "at all");
  const before = history.slice(0, history.indexOf(current)).reverse();
  const previous = before[0];
  const duringYears = command.years ? history.filter((judgement) => Number(judgement.published.slice(0, 4)) >= command.years!.from && Number(judgement.published.slice(0, 4)) <= command.years!.to && judgement !== current) : [];
  const lines = [
    `${council.name}${when}: ${describeJudgement(current)}.${abolishedNote(council)}`,
    newerInArticles(archive, council, current, ends),
    details(current),
    previous ? `Previous: ${describeJudgement(previous)}.` : "No earlier judgement in the statistics.",
    duringYears.length > 0 ? `Also published in ${command.years!.from === command.years!.to ? command.years!.from : `${command.years!.from}–${command.years!.to}`}: ${duringYears.map(describeJudgement).join("; ")}.` : "",
  ];
  return withArticles(archive, command, council, officialAnswerOf(command, "found", lines.filter(Boolean).join("\n"), { judgements: [current, ...before] }));
}

export function councilTrendAnswer(archive: Archive, command: Command, council: Council): Answer {
  const history = judgementsOf(archive, council).filter((judgement) => !command.years || (Number(judgement.published.slice(0, 4)) >= command.years.from && Number(judgement.published.slice(0, 4)) <= command.years.to));
  if (history.length === 0) return noJudgement(archive, command, council, command.years ? `published in those years` : "at all");
  const rows = history.map((judgement) => `${formatDate(judgement.published)}: ${judgement.framework} — ${describeJudgement(judgement)}`);
  const heading = `${council.name}, ${plural(history.length, "judgement")}, oldest first (SLAC 2009–2012, SIF 2013–2017, ILACS from 2018: different frameworks and scales).${abolishedNote(council)}`;
  return officialAnswerOf(command, "found", [heading, ...rows].join("\n"), { judgements: history });
}
