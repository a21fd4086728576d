// How official records are cited in messages: the release, then exactly where in it.

import { formatDate } from "../../ingest/dates.ts";
import { normalizeGrade } from "../../statistics/values.ts";
import type { Answer, AnswerStatus, CellRef, Judgement, OfficialFigure, Source } from "../../types.ts";
import type { Command } from "../parseCommand.ts";

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

export function releaseCitation(source: Source): string {
  return [source.publisher, source.title, formatDate(source.date)].filter(Boolean).join(", ");
}

export function cellCitation(cell: CellRef): string {
  return [cell.file, cell.sheet ? `sheet ${cell.sheet}` : "", `row ${cell.row}`, `column ${cell.column}`].filter(Boolean).join(", ");
}

export function officialValue(figure: OfficialFigure): string {
  if (figure.value === null) return `${figure.text} (${figure.status?.meaning ?? "no number"})`;
  const number = figure.value.toLocaleString("en-GB", { maximumFractionDigits: 1 });
  if (figure.unit === "%") return `${number}%`;
  return `${number} ${figure.unit}`;
}

/** "14.4% — turnover, England, year to 30 September 2024 (DfE, …; csww…csv, row 12, column turnover_rate_fte)". */
export function describeOfficial(figure: OfficialFigure, { where = true }: { where?: boolean } = {}): string {
  const cell = figure.cell ? cellCitation(figure.cell) : figure.counted ? `${figure.counted.file}, counted from column ${figure.counted.column}` : "";
  const what = [figure.geography, figure.periodLabel].join(", ");
  return `${officialValue(figure)} — ${what}${where ? ` (${releaseCitation(figure.source)}; ${cell})` : ""}`;
}

export function describeJudgement(judgement: Judgement): string {
  const type = judgement.inspectionType && judgement.inspectionType !== `${judgement.framework} inspection` ? judgement.inspectionType : `${judgement.framework} inspection`;
  const dates = [judgement.inspected ? `inspected ${formatDate(judgement.inspected)}` : "", `published ${formatDate(judgement.published)}`].filter(Boolean).join(", ");
  return `${gradeWords(judgement.gradeText, judgement.grade)} (${type}; ${dates})`;
}

/**
 * A grade as the release spells it, in full where it abbreviates: "RI" reads "Requires improvement
 * [RI]"; a SLAC grade the release writes the later way reads "Adequate [Requires improvement to be good]".
 */
export function gradeWords(text: string, grade = normalizeGrade(text)): string {
  if (!grade || text.toLowerCase().startsWith(grade)) return text;
  return `${grade[0]!.toUpperCase()}${grade.slice(1)} [${text}]`;
}

export function shareOf(count: number, total: number): string {
  return total > 0 ? `${((count / total) * 100).toFixed(1)}%` : "n/a";
}

/** A list trimmed for chat: the JSON keeps every entry. */
export function trimmedList(items: readonly string[], shown = 12): string {
  if (items.length <= shown) return items.join(", ");
  return `${items.slice(0, shown).join(", ")} and ${items.length - shown} more`;
}

/** An answer from the statistics alone: no article figures or quotes, the records in `extra`. */
export function officialAnswerOf(command: Command, status: AnswerStatus, message: string, extra: Pick<Answer, "judgements" | "official">): Answer {
  return { query: command.query, intent: command.intent, status, figures: [], quotes: [], ...extra, message };
}
