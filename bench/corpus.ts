// Writes a synthetic archive to a folder once per (seed, size, generator version) and reuses it:
// generation is deterministic, so a folder with a matching stamp holds exactly these files.

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateArticle, type SyntheticFile } from "./articles.ts";
import { reservedKeys, targetKey, targets, type Target } from "./planted.ts";

/** Bump when the generator's output changes, so stale folders are regenerated. */
export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 20_261_123;

export function* syntheticFiles(size: number, seed = DEFAULT_SEED): Generator<SyntheticFile> {
  const byArticle = new Map<number, Target[]>();
  for (const target of targets(size)) byArticle.set(target.article, [...(byArticle.get(target.article) ?? []), target]);
  const reserved = reservedKeys();
  for (let index = 0; index < size; index++) yield generateArticle(seed, index, byArticle.get(index) ?? [], reserved);
}

/** The planted target's source id: the file name without its extension, as ingest names it. */
export function sourceIdOf(file: string): string {
  return file.slice(0, file.length - path.extname(file).length);
}

/** Target key → source id for one archive size: only the planted articles are generated to name them. */
export function targetSources(size: number, seed = DEFAULT_SEED): Map<string, string> {
  const byArticle = new Map<number, Target[]>();
  for (const target of targets(size)) byArticle.set(target.article, [...(byArticle.get(target.article) ?? []), target]);
  const reserved = reservedKeys();
  const sources = new Map<string, string>();
  for (const [index, planted] of byArticle) {
    const { file } = generateArticle(seed, index, planted, reserved);
    for (const target of planted) sources.set(targetKey(target), sourceIdOf(file));
  }
  return sources;
}

export function writeCorpus(dir: string, size: number, seed = DEFAULT_SEED): { dir: string; reused: boolean } {
  const stampFile = path.join(dir, ".bench-stamp");
  const stamp = JSON.stringify({ GENERATOR_VERSION, seed, size });
  if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) return { dir, reused: true };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const { file, text } of syntheticFiles(size, seed)) writeFileSync(path.join(dir, file), text);
  writeFileSync(stampFile, stamp);
  return { dir, reused: false };
}
