// The core's one use case: text in, Answer out. Every adapter calls this and only renders the result.

import type { Archive } from "../archive/buildArchive.ts";
import type { Answer, CommandHelp } from "../types.ts";
import { checkAnswer, lookupAnswer, quoteAnswer, sourcesAnswer, trendAnswer } from "./compose.ts";
import { parseCommand, type Command } from "./parseCommand.ts";
import { checkCouncilGrade } from "./official/gradeCheck.ts";
import { checkSeriesMove } from "./official/moveCheck.ts";
import { officialLookup, officialTrend } from "./official/route.ts";
import { withReleases } from "./official/sources.ts";
import { withEarlierArticleYears } from "./official/earlierYears.ts";

export type AnswerFn = (text: string) => Answer;

export const COMMANDS: CommandHelp[] = [
  { command: "<topic> [year]", description: "Figures and quotes on a topic, narrowed to a year or range.", example: "inadequate 2016" },
  { command: "check <claim>", description: "Checks every figure in a claim or pasted paragraph against the archive.", example: "check one in five councils were rated inadequate in 2013" },
  { command: "trend <topic>", description: "One figure per period, oldest first, with sources.", example: "trend inadequate" },
  { command: "quote <speaker or words> [year]", description: "What someone said, with role, date and source.", example: "quote wilshaw leadership" },
  { command: "<council> [year]", description: "A council's Ofsted judgement now (or in force at the end of a year), with the previous one.", example: "Norfolk" },
  { command: "<grade> [year]", description: "How many councils had that grade as at 31 March, out of how many, and which.", example: "how many councils are inadequate" },
  { command: "<series> [place] [year]", description: "Official figures: social worker turnover, vacancies, agency, caseload, referrals, children looked after.", example: "social worker turnover 2024" },
  { command: "sources", description: "The articles in the archive, with how many figures and quotes each gave, and the statistics releases.", example: "sources" },
  { command: "help", description: "This list.", example: "help" },
];

function helpAnswer(command: Pick<Command, "query">): Answer {
  const lines = COMMANDS.map((entry) => `${entry.command}: ${entry.description} e.g. \`${entry.example}\``);
  return { query: command.query, intent: "help", status: "found", figures: [], quotes: [], commands: COMMANDS, message: lines.join("\n") };
}

export function createAnswerer(archive: Archive): AnswerFn {
  return (text: string): Answer => {
    const parsed = parseCommand(text);
    if (!parsed.ok) return { query: parsed.query, intent: "help", status: "usage", figures: [], quotes: [], commands: COMMANDS, message: parsed.message };
    const { command } = parsed;
    const answer = answerCommand(archive, command);
    return command.truncated ? { ...answer, truncated: true } : answer;
  };
}

function answerCommand(archive: Archive, command: Command): Answer {
  switch (command.intent) {
    case "help":
      return helpAnswer(command);
    case "sources":
      return withReleases(sourcesAnswer(archive, command), archive);
    case "check":
      return checkCouncilGrade(archive, command) ?? checkSeriesMove(archive, command) ?? checkAnswer(archive, command);
    case "trend":
    {
      const official = officialTrend(archive, command);
      return official ? withEarlierArticleYears(official, () => trendAnswer(archive, command)) : trendAnswer(archive, command);
    }
    case "quote":
      return quoteAnswer(archive, command);
    case "lookup": {
      // The statistics' router may consult the articles first; their answer is computed once.
      let fromArticles: Answer | undefined;
      const articles = () => (fromArticles ??= lookupAnswer(archive, command));
      return officialLookup(archive, command, articles) ?? articles();
    }
  }
}
