// A grade question the articles also answer ("inadequate 2016"): the official count of councils on
// 31 March of the year leads, then the articles' figures, and the article figures of the same
// measure and year that differ from the record are named in `officialDifferences`, as series
// lookups name theirs (seriesFirst.ts), so every platform shows them as a section of their own.

import type { Archive } from "../../archive/buildArchive.ts";
import { valuesAgree } from "../../archive/compare.ts";
import { catalogue } from "../../measure/catalogue.ts";
import { periodRange } from "../../measure/periods.ts";
import type { Answer, Figure, OfficialDifference } from "../../types.ts";
import type { Command } from "../parseCommand.ts";
import { frameworkAsked, gradeCountAnswer, gradeTally, type GradeTally } from "./gradeCounts.ts";
import { recordAs, tallyFigure } from "./tallyRecord.ts";

/** An article figure of exactly the counted measure: councils, this grade, no subgroup or judgement area, this year. */
function countsTheSame(figure: Figure, indicator: string | undefined, year: number): boolean {
  const measure = figure.measure;
  return measure !== undefined && measure.indicator === indicator && measure.population === "councils" && !measure.subgroup && !measure.aspect && periodRange(figure.period)?.to === year;
}

/** The article figures that differ from the tally in value (the record's exact share: tallyRecord.ts). */
export function gradeDifferences(figures: readonly Figure[], tally: GradeTally, grade: string, year: number): OfficialDifference[] {
  const indicator = catalogue().indicators.find((candidate) => candidate.label === grade)?.id;
  return figures.flatMap((figure) => (countsTheSame(figure, indicator, year) && !valuesAgree(figure, recordAs(figure, tally)) ? [{ figure, official: tallyFigure(tally, grade, year, figure), differs: ["value" as const] }] : []));
}

/** The official count first, then the articles' answer; the articles' answer alone when the record cannot lead (SLAC, no count). */
export function gradeFirst(archive: Archive, command: Command, grade: string, fromArticles: Answer): Answer {
  const year = command.years?.to;
  const tally = year === undefined ? undefined : gradeTally(archive, grade, year, frameworkAsked(command.topic));
  const official = gradeCountAnswer(archive, command, grade);
  // SLAC graded safeguarding and looked-after children apart: its counts are no council's overall grade.
  if (year === undefined || !tally || tally.framework === "SLAC" || official?.status !== "found" || !official.message) return fromArticles;
  const differences = gradeDifferences(fromArticles.figures, tally, grade, year);
  const count = differences.length;
  const differs = count > 0 ? ` ${count === 1 ? "1 figure differs" : `${count} figures differ`} from the record (below): another day's count, or another definition.` : "";
  const lead = official.message.split("\n")[0]!;
  return {
    ...fromArticles,
    message: `${lead}\nIn the articles: ${fromArticles.message ?? ""}${differs}`,
    ...(official.judgements ? { judgements: official.judgements } : {}),
    ...(official.official ? { official: official.official } : {}),
    ...(count > 0 ? { officialDifferences: differences } : {}),
  };
}
