// The question score's rule for what an answer leads with: a council's history leads with its
// judgement, several councils with their count, then an official figure, then an article figure;
// a quote question reads the first quote; "none" allows only mentions.
import { describe, expect, it } from "vitest";
import { scoreQuestions, type QuestionAnnotation } from "../../eval/questions.ts";
import type { Answer, Figure, Judgement, OfficialFigure, Quote } from "../../src/types.ts";

const source = (id: string) => ({ id, title: id });
const figure = (id: string, value: number): Figure => ({ value, unit: "%", text: `${value}%`, sentence: `${value}% of councils.`, source: source(id) });
const quote = (speaker: string | null, id = "a"): Quote => ({ text: "words", speaker, source: source(id) });
const judgement = (council: string, grade: string): Judgement => ({ council, grade, gradeText: grade, framework: "ILACS", published: "2024-01-01", source: source("stats"), cell: { file: "f.ods", row: 1, column: "A", header: "h" } }) as Judgement;
const official = (indicator: string, value: number, period: string, geography = "England"): OfficialFigure =>
  ({ value, unit: "%", text: String(value), metric: indicator, measure: { indicator }, period, periodLabel: period, geography, level: "national", source: source("stats") }) as OfficialFigure;

function answerOf(parts: Partial<Answer>): Answer {
  return { query: "q", intent: "lookup", status: "found", figures: [], quotes: [], ...parts };
}

function score(accept: QuestionAnnotation["accept"], answer: Answer) {
  return scoreQuestions([{ question: "q", accept }], () => answer);
}

describe("scoreQuestions", () => {
  it("reads several councils' judgements as their count, checked against the day in the opening line", () => {
    const counted = answerOf({ message: "As at 31 March 2021: 2 of 102 councils were rated inadequate.", judgements: [judgement("Bury", "inadequate"), judgement("Devon", "inadequate")], figures: [figure("a", 15)] });
    expect(score([{ official: { indicator: "inadequate", value: 2, period: "2021" } }], counted).right).toBe(1);
    expect(score([{ official: { indicator: "inadequate", value: 2, period: "2022" } }], counted).right).toBe(0);
    // The article figure comes after the count, so it does not lead.
    expect(score([{ figure: { document: "a", value: 15 } }], counted).right).toBe(0);
  });

  it("reads one council's judgements as that council's answer", () => {
    const history = answerOf({ judgements: [judgement("Birmingham", "good"), judgement("Birmingham", "requires improvement to be good")] });
    expect(score([{ judgement: { council: "Birmingham" } }], history).right).toBe(1);
    expect(score([{ judgement: { council: "Harrow" } }], history).misses[0]).toContain("judgement Birmingham");
  });

  it("leads with an official figure before an article figure, and matches its period and place", () => {
    const answer = answerOf({ official: [official("vacancy-rate", 25.7, "2017", "London")], figures: [figure("a", 25)] });
    expect(score([{ official: { indicator: "vacancy-rate", period: "2017", geography: "London" } }], answer).right).toBe(1);
    expect(score([{ official: { indicator: "vacancy-rate", period: "2018" } }], answer).right).toBe(0);
    expect(score([{ figure: { document: "a", value: 25 } }], answer).right).toBe(0);
  });

  it("matches an article figure by document and value within rounding", () => {
    const answer = answerOf({ figures: [figure("a", 66.67), figure("b", 40)] });
    expect(score([{ figure: { document: "a", value: 66.67 } }], answer).right).toBe(1);
    expect(score([{ figure: { document: "b", value: 40 } }], answer).right).toBe(0);
  });

  it("reads a quote question from the first quote, by any of the speaker's names", () => {
    const answer = answerOf({ figures: [figure("a", 1)], quotes: [quote("Sir Michael Wilshaw", "s"), quote("Debbie Jones", "s")] });
    expect(score([{ quote: { speaker: "Michael Wilshaw" } }], answer).right).toBe(1);
    expect(score([{ quote: { speaker: "Debbie Jones" } }], answer).right).toBe(0);
    expect(score([{ quote: { speaker: "Michael Wilshaw", document: "other" } }], answer).right).toBe(0);
  });

  it("takes `none` only when nothing but mentions came back", () => {
    expect(score([{ none: true }], answerOf({ status: "none", mentions: [{ sentence: "s", source: source("a") }] })).right).toBe(1);
    expect(score([{ none: true }], answerOf({ quotes: [quote(null)] })).right).toBe(0);
  });
});
