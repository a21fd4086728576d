// `npx tsx eval/quotes.main.ts`: the quote score alone, on the dev corpus and the seed articles.

import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildArchive } from "../src/archive/buildArchive.ts";
import { loadCorpus } from "../src/ingest/loadCorpus.ts";
import { silentLogger, type Article } from "../src/types.ts";
import { scoreQuotes, type QuoteAnnotation } from "./quotes.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const articles: Article[] = [];
for (const folder of ["tests/fixtures/dev-corpus/articles", "corpus"]) {
  articles.push(...(await loadCorpus(path.join(root, folder), silentLogger)).articles);
}
const folder = path.join(root, "eval/annotations/quotes");
const annotations = new Map<string, QuoteAnnotation[]>();
for (const file of readdirSync(folder).filter((name) => name.endsWith(".json"))) {
  const parsed = JSON.parse(readFileSync(path.join(folder, file), "utf8")) as { quotes: QuoteAnnotation[] };
  annotations.set(file.replace(/\.json$/, ""), parsed.quotes);
}
const score = scoreQuotes(buildArchive(articles), annotations);
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
console.log(`quotes: ${score.annotated} annotated, ${score.found} found, recall ${percent(score.recall)}`);
console.log(`speakers: ${score.attributed} attributed, ${score.rightSpeakers} right, ${score.wrongSpeakers} wrong, wrong share ${percent(score.wrongShare)}`);
for (const line of score.misses.slice(0, process.argv.includes("--all") ? undefined : 25)) console.log(`  ${line}`);
