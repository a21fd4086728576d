// A core over a few articles written for a test, each a Markdown file with front matter, in a
// temporary corpus (removed when the test file ends).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createCore, type Core } from "../../src/core.ts";
import { silentLogger } from "../../src/types.ts";
import { tempCorpusDir } from "./tempDir.ts";

/** An article file's text: front matter (publisher "Fixture News") and one paragraph per string. */
export function fixtureArticle(title: string, date: string, ...paragraphs: string[]): string {
  return `---\ntitle: "${title} (test fixture)"\npublisher: "Fixture News"\ndate: "${date}"\n---\n${paragraphs.join("\n\n")}\n`;
}

/** A core over the articles, by file name. */
export function fixtureCore(prefix: string, articles: Record<string, string>): Promise<Core> {
  const corpusDir = tempCorpusDir(prefix);
  mkdirSync(corpusDir, { recursive: true });
  for (const [file, text] of Object.entries(articles)) writeFileSync(path.join(corpusDir, file), text);
  return createCore({ corpusDir, logger: silentLogger });
}
