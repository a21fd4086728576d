// Answer → terminal text, and Answer → one JSON line. Pure functions, tested by exact output.

import type { Answer, ClaimCheck, Figure, Quote } from "../../src/types.ts";
import { citation, figureHeadline, OFFICIAL_DIFFERENCES_TITLE, officialContrast, plural, speakerLine } from "../shared/format.ts";

// Terminal escape sequences from an article must not reach the user's terminal.
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, "");
}

function renderFigure(figure: Figure, index: number): string {
  const lines = [`${index + 1}. ${figureHeadline(figure)}`, `   “${figure.sentence}”`, `   ${citation(figure.source)}`];
  if (figure.arithmetic) lines.push(`   arithmetic: ${figure.arithmetic.note}`);
  for (const other of figure.corroboratedBy ?? []) lines.push(`   also: ${citation(other)}`);
  return lines.join("\n");
}

function renderQuote(quote: Quote): string {
  return [`“${quote.text}”`, `   — ${speakerLine(quote)}`, `   ${citation(quote.source)}`].join("\n");
}

/** With one check the message already gives its reason; with several, each check says its own. */
function renderCheck(check: ClaimCheck, withReason: boolean): string {
  const lines = withReason ? [`${check.verdict.toUpperCase()}: “${check.claimed.text}” — ${check.reason}`] : [];
  check.evidence.slice(0, 5).forEach((figure, index) => lines.push(renderFigure(figure, index)));
  return lines.join("\n");
}

export function renderText(answer: Answer): string {
  const sections: string[] = [];
  if (answer.message) sections.push(answer.message);
  const checks = answer.checks ?? [];
  for (const check of checks) sections.push(renderCheck(check, checks.length > 1));
  if (answer.series && answer.series.length > 0) {
    const row = (figure: Figure) => [`${figure.period ?? "undated"}: ${figureHeadline(figure)}`, ...(figure.caveat ? [`   (${figure.caveat})`] : []), `   ${citation(figure.source)}`].join("\n");
    sections.push(answer.series.map(row).join("\n"));
  } else if (!answer.checks) {
    if (answer.figures.length > 0) sections.push(answer.figures.map(renderFigure).join("\n\n"));
  }
  for (const group of answer.conflicts ?? []) {
    sections.push(`Sources disagree:\n${group.map((figure) => `   ${figureHeadline(figure)} — ${citation(figure.source)}`).join("\n")}`);
  }
  const differences = answer.officialDifferences ?? [];
  if (differences.length > 0) {
    sections.push(`${OFFICIAL_DIFFERENCES_TITLE}:\n${differences.map((difference) => `   ${figureHeadline(difference.figure)} — ${citation(difference.figure.source)}\n      ${officialContrast(difference)}`).join("\n")}`);
  }
  if (answer.quotes.length > 0) sections.push(answer.quotes.map(renderQuote).join("\n\n"));
  for (const mention of answer.mentions ?? []) sections.push(`“${mention.sentence}”\n   ${citation(mention.source)}`);
  for (const summary of answer.sources ?? []) {
    sections.push(`${citation(summary.source)}\n   ${plural(summary.figures, "figure")}, ${plural(summary.quotes, "quote")}`);
  }
  return clean(sections.join("\n\n"));
}

/** One line of JSON: the Answer as the core returned it. */
export function renderJson(answer: Answer): string {
  return JSON.stringify(answer);
}
