// `npm run eval`: scores the bot against the hand annotation (eval/annotations) on thirteen sets of
// text, the dev set the rules were tuned on, the twelve held-out sets written without reading them and
// the blind set nobody reads while tuning (see eval/sets.ts), and fails when any number of any set
// falls below its floor (eval/floors.json, eval/floors.holdout.json, eval/floors.holdout2.json,
// eval/floors.holdout3.json, eval/floors.holdout4.json, eval/floors.holdout5.json, eval/floors.holdout6.json, eval/floors.holdout7.json, eval/floors.holdout8.json, eval/floors.holdout9.json, eval/floors.holdout10.json, eval/floors.holdout11.json, eval/floors.holdout12.json, eval/floors.blind.json). Floors only go up: `npm run eval -- --raise-floors` lifts each floor
// to today's number and never lowers one. `--verbose` lists every miss; `--set NAME` scores one set only; the blind set's misses are
// not printed at all unless `--show-blind` is given, since reading them would be tuning on them.

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BLIND_SET, DEV_SET, HOLDOUT2_SET, HOLDOUT3_SET, HOLDOUT4_SET, HOLDOUT5_SET, HOLDOUT6_SET, HOLDOUT7_SET, HOLDOUT8_SET, HOLDOUT9_SET, HOLDOUT10_SET, HOLDOUT11_SET, HOLDOUT12_SET, HOLDOUT_SET, evaluate, type EvalSet, type SetResult } from "./sets.ts";

/** A floor is a least value ("min") or, for counts of wrong answers, a most ("max"). */
type Floors = Record<string, { min?: number; max?: number }>;

const verbose = process.argv.includes("--verbose");
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
const show = (lines: readonly string[], limit: number) => lines.slice(0, limit).map((line) => `    ${line}`).join("\n") + (lines.length > limit ? `\n    … and ${lines.length - limit} more` : "");

function print(set: EvalSet, full: SetResult): void {
  const hidden = set.hideMisses === true && !process.argv.includes("--show-blind");
  const result = hidden ? withoutMisses(full) : full;
  const { figures, quotes, claims, questions } = result;
  console.log(`== ${set.title}\n`);
  console.log(`Evaluation on ${result.documents} documents (${result.extracted.figures} figures and ${result.extracted.quotes} quotes extracted)\n`);
  console.log(`Figures: ${figures.annotated} annotated, ${figures.measurable} with a measure; the bot gave ${figures.assigned} a measure`);
  console.log(`  measure precision ${percent(figures.precision)} (${figures.right}/${figures.assigned}), recall ${percent(figures.recall)}, not extracted ${figures.unextracted}`);
  if (figures.problems.length > 0) console.log(`  annotation problems:\n${show(figures.problems, 20)}`);
  if (figures.wrong.length > 0) console.log(`  wrong measures:\n${show(figures.wrong, verbose ? 500 : 15)}`);
  if (figures.missed.length > 0) console.log(`  missed:\n${show(figures.missed, verbose ? 500 : 15)}`);
  console.log(`\nQuotes: ${quotes.annotated} annotated; recall ${percent(quotes.recall)} (${quotes.found}/${quotes.annotated}); ${quotes.attributed} attributed, wrong speakers ${percent(quotes.wrongShare)} (${quotes.wrongSpeakers})`);
  if (quotes.misses.length > 0) console.log(show(quotes.misses, verbose ? 500 : 10));
  console.log(`\nVerdicts: ${claims.claims} claims, ${percent(claims.accuracy)} right; wrong supported ${claims.wrongSupported}, wrong contradicted ${claims.wrongContradicted}, unverified where a verdict was due ${claims.unhelpful}`);
  if (claims.misses.length > 0) console.log(show(claims.misses, verbose ? 500 : 15));
  console.log(`\nQuestions: ${questions.questions} asked, ${percent(questions.accuracy)} led with a right answer (${questions.right}/${questions.questions})`);
  if (questions.misses.length > 0) console.log(show(questions.misses, verbose ? 500 : 15));
  if (hidden) console.log("(misses hidden: this set is blind; `--show-blind` prints them, for whoever maintains it)");
  console.log("");
}

function withoutMisses(result: SetResult): SetResult {
  return {
    ...result,
    figures: { ...result.figures, wrong: [], missed: [] },
    quotes: { ...result.quotes, misses: [] },
    claims: { ...result.claims, misses: [] },
    questions: { ...result.questions, misses: [] },
  };
}

/** The floors this set's numbers fall below; raises them first when asked. */
function checkFloors(set: EvalSet, numbers: Record<string, number>): string[] {
  const floors = (existsSync(set.floorsFile) ? JSON.parse(readFileSync(set.floorsFile, "utf8")) : {}) as Floors;
  const failures: string[] = [];
  for (const [name, floor] of Object.entries(floors)) {
    const value = numbers[name];
    if (value === undefined) failures.push(`${name}: not measured`);
    else if (floor.min !== undefined && value < floor.min - 1e-9) failures.push(`${name} ${value.toFixed(4)} is below its floor ${floor.min}`);
    else if (floor.max !== undefined && value > floor.max + 1e-9) failures.push(`${name} ${value} is above its ceiling ${floor.max}`);
  }
  writeFileSync(set.resultsFile, `${JSON.stringify(numbers, null, 2)}\n`);
  if (process.argv.includes("--raise-floors")) {
    for (const [name, value] of Object.entries(numbers)) {
      const floor = floors[name] ?? {};
      // Counts of wrong answers and the wrong-speaker share are ceilings: they only come down.
      if (name.startsWith("wrong")) floors[name] = { max: Math.min(floor.max ?? Number.POSITIVE_INFINITY, name === "wrongSpeakerShare" ? Math.ceil(value * 1000) / 1000 : value) };
      else floors[name] = { min: Math.max(floor.min ?? 0, Math.floor(value * 1000) / 1000) };
    }
    writeFileSync(set.floorsFile, `${JSON.stringify(floors, null, 2)}\n`);
    console.log(`Floors raised where today's numbers are higher (${path.relative(process.cwd(), set.floorsFile)}).`);
  }
  return failures.map((failure) => `${path.basename(set.floorsFile)}: ${failure}`);
}

const failures: string[] = [];
const summary: string[] = [];
// `--set holdout4` (repeatable) scores only the sets named: a quicker loop while working on one.
const named = process.argv.flatMap((arg, at) => (arg === "--set" ? [process.argv[at + 1] ?? ""] : []));
const sets = [DEV_SET, HOLDOUT_SET, HOLDOUT2_SET, HOLDOUT3_SET, HOLDOUT4_SET, HOLDOUT5_SET, HOLDOUT6_SET, HOLDOUT7_SET, HOLDOUT8_SET, HOLDOUT9_SET, HOLDOUT10_SET, HOLDOUT11_SET, HOLDOUT12_SET, BLIND_SET].filter((set) => named.length === 0 || named.includes(set.name));
if (sets.length === 0) {
  console.error(`No evaluation set named ${named.join(", ")}: the sets are dev, holdout, holdout2, holdout3, holdout4, holdout5, holdout6, holdout7, holdout8, holdout9, holdout10, holdout11, holdout12, blind.`);
  process.exit(2);
}
for (const set of sets) {
  const result = await evaluate(set);
  print(set, result);
  failures.push(...checkFloors(set, result.numbers));
  const n = result.numbers;
  summary.push(
    `  ${set.name.padEnd(8)} figures P ${percent(n.figurePrecision!)} R ${percent(n.figureRecall!)} · quotes R ${percent(n.quoteRecall!)} wrong speakers ${percent(n.wrongSpeakerShare!)} · verdicts ${percent(n.verdictAccuracy!)} (wrong supported ${n.wrongSupported}, wrong contradicted ${n.wrongContradicted}) · questions ${percent(n.questionAccuracy!)}`,
  );
}
console.log(`Summary:\n${summary.join("\n")}`);
if (failures.length > 0) {
  console.log(`\nBelow the floors:\n${show(failures, 50)}`);
  process.exit(1);
}
console.log("\nEvery number is at or above its floor.");
