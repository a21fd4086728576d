// Sentence templates for the synthetic archive: the figures the trade press prints (counts, shares,
// "one in seven", spelled-out numbers, financial years), filler without figures, and quotes.

import type { Random } from "./prng.ts";
import { COUNCILS, COUNCIL_ROLES, FILLER, FIRST_NAMES, JUDGEMENTS, LAST_NAMES, NATIONAL_ROLES, PLANTED_TOPICS, QUOTE_CLOSINGS, QUOTE_OPENINGS, RATIO_WORDS, SPELLED, TOPICS } from "./vocabulary.ts";

export interface Context {
  random: Random;
  /** The article's own year: most figures it reports are for that year or the one before. */
  year: number;
  council: string;
  /** Planted (topic, council, year) combinations noise must not repeat, as `topic|council|year`. */
  reserved: ReadonlySet<string>;
}

export const plantedKey = (topic: number, council: string, year: number): string => `${topic}|${council}|${year}`;

export function financialYear(year: number): string {
  return `${year}-${String((year + 1) % 100).padStart(2, "0")}`;
}

function figureYear(context: Context): number {
  return context.year - context.random.int(0, 2);
}

function percent(random: Random): string {
  return random.chance(0.5) ? `${random.int(2, 95)} per cent` : `${random.int(2, 95)}.${random.int(1, 9)}%`;
}

function otherCouncil(context: Context): string {
  return context.random.chance(0.6) ? context.council : context.random.pick(COUNCILS);
}

const NOISE: Array<(context: Context) => string> = [
  ({ random, ...context }) => {
    const year = figureYear({ random, ...context });
    const now = random.int(8, 40);
    return `In ${year}, ${now} councils were rated ${random.pick(JUDGEMENTS)}, ${random.chance(0.5) ? "up" : "down"} from ${now + random.int(-6, 6)} the year before.`;
  },
  (context) => `${otherCouncil(context)} was one of ${context.random.int(5, 60)} local authorities judged ${context.random.pick(JUDGEMENTS)} in ${figureYear(context)}.`,
  (context) => {
    const [word] = context.random.pick(RATIO_WORDS);
    return `${context.random.chance(0.5) ? "One" : "Nearly one"} in ${word} councils ${context.random.chance(0.5) ? "was" : "were"} rated ${context.random.pick(JUDGEMENTS)} in ${figureYear(context)}, according to the annual report.`;
  },
  (context) => `${percent(context.random)} of ${context.random.pick(TOPICS)} in ${otherCouncil(context)} were seen within timescales in ${figureYear(context)}.`,
  (context) => `Social worker turnover in ${otherCouncil(context)} stood at ${context.random.int(8, 40)}.${context.random.int(0, 9)} per cent in ${financialYear(figureYear(context))}, against a national average of ${context.random.int(12, 20)}%.`,
  (context) => `Caseloads in ${otherCouncil(context)} averaged ${context.random.int(12, 35)} children per social worker in ${figureYear(context)}.`,
  (context) => {
    const year = figureYear(context);
    return `${otherCouncil(context)} recorded ${context.random.int(20, 900)} ${context.random.pick(TOPICS)} in ${year}, compared with ${context.random.int(20, 900)} in ${year - 1}.`;
  },
  (context) => `${context.random.pick(["Nearly two thirds", "About a quarter", "Almost half", "More than a third"])} of ${context.random.pick(TOPICS)} in ${otherCouncil(context)} were placed outside the area in ${figureYear(context)}.`,
  (context) => `${capitalise(context.random.pick(SPELLED))} of the ${context.random.int(21, 60)} children's homes in ${otherCouncil(context)} were rated outstanding in ${figureYear(context)}.`,
  (context) => `The number of ${context.random.pick(TOPICS)} nationally rose to ${context.random.int(10, 99)},${String(context.random.int(0, 999)).padStart(3, "0")} in ${financialYear(figureYear(context))}.`,
  (context) => `${context.random.int(2, 9)} in 10 children's homes were judged good or better in ${figureYear(context)}, inspectors said.`,
  (context) => plantedTopicNoise(context),
];

/** A planted topic in a council and year no planted sentence uses, so queries must tell them apart. */
function plantedTopicNoise(context: Context): string {
  const topic = context.random.int(0, PLANTED_TOPICS.length - 1);
  const council = context.random.pick(COUNCILS);
  let year = figureYear(context);
  while (context.reserved.has(plantedKey(topic, council, year))) year--;
  return plantedSentence(topic, council, year, context.random.int(0, 2), context.random.int(3, 300));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Figure-bearing noise (about half the sentences) or filler. */
export function noiseSentence(context: Context): string {
  return context.random.chance(0.55) ? context.random.pick(NOISE)(context) : context.random.pick(FILLER);
}

/** The three shapes a planted figure takes: a count, a share, a ratio. */
export function plantedSentence(topic: number, council: string, year: number, form: number, value: number): string {
  const { phrase } = PLANTED_TOPICS[topic]!;
  if (form === 0) return `${council} recorded ${value} ${phrase} in ${year}, the highest figure in the region.`;
  if (form === 1) return `In ${year}, ${value % 97} per cent of ${phrase} in ${council} were reviewed within the required timescale.`;
  return `One in ${(value % 8) + 3} ${phrase} in ${council} ended within a year in ${year}, inspectors found.`;
}

/** The value extraction reads from a planted sentence of that form. */
export function plantedValue(form: number, value: number): number {
  if (form === 0) return value;
  if (form === 1) return value % 97;
  return 100 / ((value % 8) + 3);
}

export interface Speaker {
  name: string;
  role: string;
}

export function randomSpeaker(context: Context): Speaker {
  const name = `${context.random.pick(FIRST_NAMES)} ${context.random.pick(LAST_NAMES)}`;
  const role = context.random.chance(0.5) ? context.random.pick(NATIONAL_ROLES) : `${context.random.pick(COUNCIL_ROLES)} at ${context.council} council`;
  return { name, role };
}

export function quoteText(random: Random, about?: string): string {
  return `${random.pick(QUOTE_OPENINGS)}${about ? ` on ${about}` : ""}, ${random.pick(QUOTE_CLOSINGS)}.`;
}

/** A quote as the press prints it: a lead-in line and a quoted paragraph, or a quote with "said" after it. */
export function quoteBlocks(random: Random, speaker: Speaker, text: string): string[] {
  if (random.chance(0.5)) return [`${speaker.name}, ${speaker.role}, said:`, `“${text}”`];
  return [`“${text.replace(/\.$/, ",")}” said ${speaker.name}, ${speaker.role}.`];
}
