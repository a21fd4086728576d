// Questions as a reporter types them, scored by what the answer leads with. A question is right
// when the answer's first item is one its annotation accepts:
//
// - The first item is what a reader sees first: a council's judgement (`judgements[0]`, when the
//   judgements are one council's history), or the count of councils holding a grade (when they are
//   several councils: the answer's opening line, "15 of 102 councils … inadequate", is their count),
//   else an official figure (`official[0]`), else the first article figure (`figures[0]`). For a
//   question that asks for a quote it is the first quote (`quotes[0]`).
// - An official statistic is a source like an article: where the record answers the question (a
//   grade count on 31 March of the year, a workforce or children-in-care series), the annotation
//   lists it among the accepted items, written by hand from the release, never copied from the
//   bot. An article figure for the same measure and period is accepted too; where the two differ
//   (an article counting differently from the record) both are listed.
// - `none`: the archive has nothing that answers; right when the answer gives no figure, quote,
//   judgement or official figure (sentences that merely use the words, `mentions`, are allowed).

import type { Answer, Figure, Judgement, OfficialFigure, Quote } from "../src/types.ts";

/**
 * One acceptable lead. A value is compared within 0.1 % (or 0.01 for small numbers); an official
 * figure without a value is any cell of that indicator, period and place (the record is the answer).
 */
export type Accepted =
  | { figure: { document: string; value: number } }
  | { quote: { speaker: string; document?: string } }
  | { official: { indicator: string; value?: number; period?: string; geography?: string } }
  | { judgement: { council: string } }
  | { none: true };

export interface QuestionAnnotation {
  question: string;
  accept: Accepted[];
  why?: string;
}

export interface QuestionScore {
  questions: number;
  right: number;
  accuracy: number;
  misses: string[];
}

const near = (value: number | null | undefined, want: number) => value !== null && value !== undefined && Math.abs(value - want) <= Math.max(0.01, Math.abs(want) * 0.001);
const squash = (text: string) => text.toLowerCase().replace(/[^a-z]+/g, " ").trim();

/** "Sir Michael Wilshaw" is "Michael Wilshaw": the annotated name's words all stand in the speaker's. */
function sameName(speaker: string | null, want: string): boolean {
  if (!speaker) return false;
  const have = ` ${squash(speaker)} `;
  return squash(want)
    .split(" ")
    .every((word) => have.includes(` ${word} `));
}

type Lead = { kind: "judgement"; item: Judgement } | { kind: "count"; grade: string; councils: number } | { kind: "official"; item: OfficialFigure } | { kind: "figure"; item: Figure } | { kind: "quote"; item: Quote } | { kind: "nothing" };

/** The catalogue id of a judgement's grade ("requires improvement" → "requires-improvement"). */
const gradeId = (grade: string) => grade.toLowerCase().replace(/ to be good$/, "").replace(/\s+/g, "-");

function figureLead(answer: Answer): Lead {
  const judgements = answer.judgements ?? [];
  const councils = new Set(judgements.map((judgement) => judgement.council));
  if (councils.size > 1) return { kind: "count", grade: gradeId(judgements[0]!.grade), councils: councils.size };
  if (judgements[0]) return { kind: "judgement", item: judgements[0] };
  if (answer.official?.[0]) return { kind: "official", item: answer.official[0] };
  if (answer.figures[0]) return { kind: "figure", item: answer.figures[0] };
  if (answer.quotes[0]) return { kind: "quote", item: answer.quotes[0] };
  return { kind: "nothing" };
}

function accepts(accepted: Accepted, answer: Answer): boolean {
  if ("none" in accepted) return !answer.judgements?.length && !answer.official?.length && answer.figures.length === 0 && answer.quotes.length === 0;
  if ("quote" in accepted) {
    const quote = answer.quotes[0];
    return quote !== undefined && sameName(quote.speaker, accepted.quote.speaker) && (accepted.quote.document === undefined || quote.source.id === accepted.quote.document);
  }
  const lead = figureLead(answer);
  if ("figure" in accepted) return lead.kind === "figure" && lead.item.source.id === accepted.figure.document && near(lead.item.value, accepted.figure.value);
  if ("judgement" in accepted) return lead.kind === "judgement" && squash(lead.item.council) === squash(accepted.judgement.council);
  const want = accepted.official;
  // A count of councils by grade carries no period of its own: its opening line says the day.
  if (lead.kind === "count") {
    return lead.grade === want.indicator && (want.value === undefined || near(lead.councils, want.value)) && (want.period === undefined || (answer.message ?? "").includes(`31 March ${want.period}`));
  }
  if (lead.kind !== "official") return false;
  const official = lead.item;
  return (
    official.measure.indicator === want.indicator &&
    (want.value === undefined || near(official.value, want.value)) &&
    (want.period === undefined || official.period === want.period) &&
    (want.geography === undefined || squash(official.geography) === squash(want.geography))
  );
}

function describe(answer: Answer, wantsQuote: boolean): string {
  if (wantsQuote) {
    const quote = answer.quotes[0];
    return quote ? `quote by ${quote.speaker ?? "nobody named"} (${quote.source.id}): “${quote.text.slice(0, 60)}”` : `no quote (${answer.status})`;
  }
  const lead = figureLead(answer);
  switch (lead.kind) {
    case "judgement":
      return `judgement ${lead.item.council}: ${lead.item.grade}`;
    case "count":
      return `count of councils ${lead.grade}: ${lead.councils} (“${(answer.message ?? "").split("\n")[0]!.slice(0, 70)}”)`;
    case "official":
      return `official ${lead.item.measure.indicator} ${lead.item.value ?? "—"} ${lead.item.period} ${lead.item.geography}`;
    case "figure":
      return `figure “${lead.item.text}” ${lead.item.measure?.indicator ?? "no measure"} ${lead.item.period ?? ""} (${lead.item.source.id})`;
    case "quote":
      return `no figure; quote by ${lead.item.speaker ?? "nobody named"} (${lead.item.source.id})`;
    default:
      return `nothing (${answer.status}${answer.mentions?.length ? `, ${answer.mentions.length} mentions` : ""})`;
  }
}

function wanted(accepted: Accepted): string {
  if ("none" in accepted) return "none";
  if ("quote" in accepted) return `quote by ${accepted.quote.speaker}${accepted.quote.document ? ` (${accepted.quote.document})` : ""}`;
  if ("figure" in accepted) return `${accepted.figure.value} (${accepted.figure.document})`;
  if ("judgement" in accepted) return `judgement ${accepted.judgement.council}`;
  return `official ${accepted.official.indicator} ${accepted.official.value ?? "(any value)"}${accepted.official.period ? ` ${accepted.official.period}` : ""}${accepted.official.geography ? ` ${accepted.official.geography}` : ""}`;
}

export function scoreQuestions(questions: readonly QuestionAnnotation[], answer: (text: string) => Answer): QuestionScore {
  const score: QuestionScore = { questions: questions.length, right: 0, accuracy: 0, misses: [] };
  for (const question of questions) {
    const reply = answer(question.question);
    if (question.accept.some((accepted) => accepts(accepted, reply))) {
      score.right++;
      continue;
    }
    const wantsQuote = question.accept.every((accepted) => "quote" in accepted);
    score.misses.push(`“${question.question}” → ${describe(reply, wantsQuote)}; want ${question.accept.map(wanted).join(" or ")}`);
  }
  score.accuracy = questions.length === 0 ? 1 : score.right / questions.length;
  return score;
}
