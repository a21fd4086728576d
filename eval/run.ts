// `npm run eval`: scores the bot against the hand annotation of real text (eval/annotations) and
// fails when any number falls below its floor in eval/floors.json. Floors only go up:
// `npm run eval -- --raise-floors` lifts each floor to today's number and never lowers one.

import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createAnswerer } from "../src/answer/answer.ts";
import { readAnnotations, readClaims, loadEvalCorpus } from "./corpus.ts";
import { scoreClaims, type ClaimAnnotation } from "./claims.ts";
import { scoreFigures, type FigureAnnotation } from "./figures.ts";
import { scoreQuotes, type QuoteAnnotation } from "./quotes.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const floorsFile = path.join(here, "floors.json");
const resultsFile = path.join(here, "results.json");

/** A floor is a least value ("min") or, for counts of wrong answers, a most ("max"). */
type Floors = Record<string, { min?: number; max?: number }>;

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
const show = (lines: readonly string[], limit: number) => lines.slice(0, limit).map((line) => `    ${line}`).join("\n") + (lines.length > limit ? `\n    … and ${lines.length - limit} more` : "");

// `--statistics`: the same documents with the official releases read too, the claims scored against
// `withStatistics` where given. It prints its numbers; the floors hold for the documents alone.
const withStatistics = process.argv.includes("--statistics");
const corpus = await loadEvalCorpus({ statistics: withStatistics });
const figures = scoreFigures(corpus.archive, readAnnotations<FigureAnnotation>("figures", "figures"), corpus.texts, corpus.raw);
const claims = scoreClaims(readClaims<ClaimAnnotation>(), createAnswerer(corpus.archive), { statistics: withStatistics });
const quotes = scoreQuotes(corpus.archive, readAnnotations<QuoteAnnotation>("quotes", "quotes"));

const numbers: Record<string, number> = {
  figurePrecision: figures.precision,
  figureRecall: figures.recall,
  verdictAccuracy: claims.accuracy,
  wrongSupported: claims.wrongSupported,
  wrongContradicted: claims.wrongContradicted,
  quoteRecall: quotes.recall,
  wrongSpeakerShare: quotes.wrongShare,
};

const verbose = process.argv.includes("--verbose");
console.log(`Evaluation on ${corpus.articles.size} documents (${corpus.archive.figures.length} figures and ${corpus.archive.quotes.length} quotes extracted)\n`);
console.log(`Figures: ${figures.annotated} annotated, ${figures.measurable} with a measure; the bot gave ${figures.assigned} a measure`);
console.log(`  measure precision ${percent(figures.precision)} (${figures.right}/${figures.assigned}), recall ${percent(figures.recall)}, not extracted ${figures.unextracted}`);
if (figures.problems.length > 0) console.log(`  annotation problems:\n${show(figures.problems, 20)}`);
if (figures.wrong.length > 0) console.log(`  wrong measures:\n${show(figures.wrong, verbose ? 500 : 15)}`);
if (figures.missed.length > 0) console.log(`  missed:\n${show(figures.missed, verbose ? 500 : 15)}`);
console.log(`\nQuotes: ${quotes.annotated} annotated; recall ${percent(quotes.recall)} (${quotes.found}/${quotes.annotated}); ${quotes.attributed} attributed, wrong speakers ${percent(quotes.wrongShare)} (${quotes.wrongSpeakers})`);
if (quotes.misses.length > 0) console.log(show(quotes.misses, verbose ? 500 : 10));
console.log(`\nVerdicts: ${claims.claims} claims, ${percent(claims.accuracy)} right; wrong supported ${claims.wrongSupported}, wrong contradicted ${claims.wrongContradicted}, unverified where a verdict was due ${claims.unhelpful}`);
if (claims.misses.length > 0) console.log(show(claims.misses, verbose ? 500 : 15));

if (withStatistics) {
  console.log(`\nWith the official statistics (${corpus.archive.official.length} official figures, ${corpus.archive.judgements.length} judgements): the floors in eval/floors.json hold for the documents alone (npm run eval).`);
  process.exit(0);
}

const floors = JSON.parse(readFileSync(floorsFile, "utf8")) as Floors;
const failures: string[] = [];
for (const [name, floor] of Object.entries(floors)) {
  const value = numbers[name];
  if (value === undefined) failures.push(`${name}: not measured`);
  else if (floor.min !== undefined && value < floor.min - 1e-9) failures.push(`${name} ${value.toFixed(4)} is below its floor ${floor.min}`);
  else if (floor.max !== undefined && value > floor.max + 1e-9) failures.push(`${name} ${value} is above its ceiling ${floor.max}`);
}
writeFileSync(resultsFile, `${JSON.stringify(numbers, null, 2)}\n`);

if (process.argv.includes("--raise-floors")) {
  for (const [name, value] of Object.entries(numbers)) {
    const floor = floors[name] ?? {};
    // Counts of wrong answers and the wrong-speaker share are ceilings: they only come down.
    if (name.startsWith("wrong")) floors[name] = { max: Math.min(floor.max ?? Number.POSITIVE_INFINITY, name === "wrongSpeakerShare" ? Math.ceil(value * 1000) / 1000 : value) };
    else floors[name] = { min: Math.max(floor.min ?? 0, Math.floor(value * 1000) / 1000) };
  }
  writeFileSync(floorsFile, `${JSON.stringify(floors, null, 2)}\n`);
  console.log(`\nFloors raised where today's numbers are higher (${path.relative(process.cwd(), floorsFile)}).`);
}
if (failures.length > 0) {
  console.log(`\nBelow the floors in eval/floors.json:\n${show(failures, 50)}`);
  process.exit(1);
}
console.log("\nEvery number is at or above its floor.");
