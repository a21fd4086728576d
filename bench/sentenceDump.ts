// Every sentence of a corpus, one per line, for the baselines that index sentences: read once per
// size through the real parser (chrome stripped, as the core sees it) so each baseline's own
// process spends its time on its library, not on parsing.

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { listCorpus } from "../src/archive/indexCorpus.ts";
import { parseArticle } from "../src/ingest/loadCorpus.ts";
import { splitSentences } from "../src/text/index.ts";

export function dumpSentences(corpusDir: string, file: string, stamp: string): number {
  const stampFile = `${file}.stamp`;
  if (existsSync(file) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) return Number(readFileSync(`${file}.count`, "utf8"));
  const listing = listCorpus(corpusDir);
  if (!listing.ok) throw new Error(`${corpusDir}: ${listing.problem.reason}`);
  const sentences: string[] = [];
  for (const name of listing.files) {
    const parsed = parseArticle(name, readFileSync(path.join(corpusDir, name)));
    if (!parsed.ok) continue;
    for (const block of parsed.value.blocks) for (const sentence of splitSentences(block.text)) sentences.push(sentence.text.replace(/\s+/g, " "));
  }
  writeFileSync(file, sentences.join("\n"));
  writeFileSync(`${file}.count`, String(sentences.length));
  writeFileSync(stampFile, stamp);
  return sentences.length;
}

export function readSentences(file: string): string[] {
  return readFileSync(file, "utf8").split("\n");
}
