// Planted targets and the fixed query set. Every size gets the same targets (spread evenly over its
// articles) and so the same queries; a query with a target counts towards the hit rate, the rest
// (broad lookups, check, trend, quote by role) only towards latency.

import { COUNCILS, FIRST_NAMES, PLANTED_TOPICS } from "./vocabulary.ts";
import { plantedKey, plantedSentence, plantedValue } from "./sentences.ts";

export const FIGURE_TARGETS = 40;
export const QUOTE_TARGETS = 10;

/** Surnames no noise speaker has, so a planted quote's speaker is unambiguous. */
const PLANTED_SURNAMES = ["Castellane", "Okonjo", "Vandermeer", "Pemberton-Hale", "Rutherglen", "Achterberg", "Lindqvist", "Montague", "Abernethy", "Kowalczyk"];

export interface FigureTarget {
  kind: "figure";
  id: number;
  /** Index of the article it is planted in, for a given archive size. */
  article: number;
  sentence: string;
  value: number;
}

export interface QuoteTarget {
  kind: "quote";
  id: number;
  article: number;
  speaker: string;
  role: string;
  text: string;
}

export type Target = FigureTarget | QuoteTarget;

/** Targets are rebuilt per call; this names one across calls. */
export const targetKey = (target: Pick<Target, "kind" | "id">): string => `${target.kind}:${target.id}`;

export type QueryKind = "exact" | "typo" | "phrase" | "quote" | "broad" | "check" | "trend";

export interface BenchQuery {
  text: string;
  kind: QueryKind;
  /** What must be in the answer's top 5 for a hit; absent for latency-only queries. */
  target?: Target;
}

interface FigurePlan {
  topic: number;
  council: string;
  year: number;
  form: number;
  value: number;
}

function figurePlan(id: number): FigurePlan {
  return {
    topic: id % PLANTED_TOPICS.length,
    council: COUNCILS[(id * 53 + 11) % COUNCILS.length]!,
    year: 2009 + ((id * 5) % 14),
    form: id % 3,
    value: 40 + ((id * 53) % 700),
  };
}

function articleFor(id: number, count: number, size: number, offset: number): number {
  return Math.min(size - 1, Math.floor(((id + offset) * size) / count));
}

/** The (topic, council, year) combinations that belong to planted sentences alone. */
export function reservedKeys(): Set<string> {
  return new Set(Array.from({ length: FIGURE_TARGETS }, (_, id) => figurePlan(id)).map((plan) => plantedKey(plan.topic, plan.council, plan.year)));
}

export function targets(size: number): Target[] {
  const figures: Target[] = Array.from({ length: FIGURE_TARGETS }, (_, id) => {
    const plan = figurePlan(id);
    return { kind: "figure", id, article: articleFor(id, FIGURE_TARGETS, size, 0.25), sentence: plantedSentence(plan.topic, plan.council, plan.year, plan.form, plan.value), value: plantedValue(plan.form, plan.value) };
  });
  const quotes: Target[] = Array.from({ length: QUOTE_TARGETS }, (_, id) => {
    const topic = PLANTED_TOPICS[(id * 3) % PLANTED_TOPICS.length]!;
    const council = COUNCILS[(id * 41 + 5) % COUNCILS.length]!;
    return {
      kind: "quote",
      id,
      article: articleFor(id, QUOTE_TARGETS, size, 0.75),
      speaker: `${FIRST_NAMES[(id * 7) % FIRST_NAMES.length]} ${PLANTED_SURNAMES[id]}`,
      role: `director of children's services at ${council} council`,
      text: `We have more work to do on ${topic.phrase} and we will publish a plan this autumn.`,
    };
  });
  return [...figures, ...quotes];
}

/** One edit a reporter makes: swapped, dropped, doubled or wrong letter, in the middle of the word. */
export function typo(word: string, variant: number): string {
  const at = Math.floor(word.length / 2);
  switch (variant % 4) {
    case 0:
      return word.slice(0, at - 1) + word[at] + word[at - 1] + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + word[at] + word.slice(at);
    default:
      return word.slice(0, at) + (word[at] === "e" ? "a" : "e") + word.slice(at + 1);
  }
}

const BROAD = [
  "inadequate 2016",
  "how many councils were rated inadequate in 2013",
  "what proportion of councils were good or outstanding in 2015",
  "councils rated requires improvement 2011",
  "turnover 2012-13",
  "caseloads in Birmingham",
  "one in seven councils inadequate",
  "children's homes rated outstanding 2014",
  "looked-after children 2017",
  "agency social workers Kent",
  "foster carers recruited",
  "serious case reviews 2010",
];

const CHECKS = [
  "check one in five councils were rated inadequate in 2013",
  "check 21 councils were rated good in 2016",
  "check 43 councils require improvement in 2016",
  "check social worker turnover was 34.2 per cent in 2012-13",
  "check caseloads averaged 25 children per social worker in 2015",
  "check four in 10 children's homes were judged good or better in 2014",
  "check 12 councils were rated outstanding in 2018",
  "check nearly two thirds of councils were rated inadequate in 2011",
];

const TRENDS = [
  "trend inadequate",
  "trend good",
  "trend requires improvement",
  "trend outstanding 2010-2015",
  "trend turnover",
  "trend caseloads",
  "trend adoption breakdowns",
  "trend looked-after children",
];

const ROLE_QUOTES = ["quote Ofsted's chief inspector leadership", "quote caseloads", "quote children's minister 2015", "quote turning point"];

export function querySet(size: number): BenchQuery[] {
  const queries: BenchQuery[] = [];
  for (const target of targets(size)) {
    if (target.kind === "quote") {
      const surname = target.speaker.split(" ").slice(1).join(" ");
      const topic = PLANTED_TOPICS[(target.id * 3) % PLANTED_TOPICS.length]!;
      queries.push({ text: `quote ${surname} ${topic.key}`, kind: "quote", target });
      continue;
    }
    const plan = figurePlan(target.id);
    const { phrase, key } = PLANTED_TOPICS[plan.topic]!;
    const council = plan.council;
    queries.push({ text: `${phrase} ${council} ${plan.year}`, kind: "exact", target });
    queries.push({ text: `${phrase.replace(key, typo(key, target.id))} ${council} ${plan.year}`, kind: "typo", target });
    const question = plan.form === 0 ? `how many ${phrase} did ${council} record in ${plan.year}?` : `what share of ${phrase} in ${council} in ${plan.year}`;
    queries.push({ text: question, kind: "phrase", target });
  }
  for (const text of BROAD) queries.push({ text, kind: "broad" });
  for (const text of CHECKS) queries.push({ text, kind: "check" });
  for (const text of TRENDS) queries.push({ text, kind: "trend" });
  for (const text of ROLE_QUOTES) queries.push({ text, kind: "quote" });
  return queries;
}

/** The query's words without its command word: what a plain full-text library is given. */
export function searchText(query: BenchQuery): string {
  return query.text.replace(/^(?:check|trend|quote)\s+/i, "");
}
