// A corpus of the shipped DfE releases and one article written for the tests, which states series
// figures: some as the release has them, some rounded, some different in value or period. Expected
// values are read from the release files themselves (releaseValue), never typed in.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createCore, type Core } from "../../src/core.ts";
import { silentLogger } from "../../src/types.ts";
import { tempCorpusDir } from "./tempDir.ts";

const SHIPPED = path.join("corpus", "statistics");
export const WORKFORCE = "csww_indicators_2017_to_2025.csv";
export const REFERRALS = "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv";
export const LOOKED_AFTER = "cla_number_and_rate_per_10k_children.csv";

export const FIXTURE_ARTICLE = `---
title: "Workforce and care figures (test fixture)"
publisher: "Fixture News"
date: "2024-03-01"
---
Social worker turnover was 20% in 2023, according to a survey of council leaders.

Social worker turnover was around 17% in 2022.

The average caseload was 16.6 in 2022.

There were 83,630 children looked after in 2024.

There were 650,000 referrals to children's social care in 2022.

The social worker vacancy rate was 18.9% in 2022-23.
`;

/** The DfE releases as shipped, the fixture article and any further articles (text with front matter). */
export async function seriesCore(...articles: string[]): Promise<Core> {
  const corpusDir = tempCorpusDir("series");
  mkdirSync(path.join(corpusDir, "statistics"), { recursive: true });
  for (const file of [WORKFORCE, REFERRALS, LOOKED_AFTER, "releases.json"]) copyFileSync(path.join(SHIPPED, file), path.join(corpusDir, "statistics", file));
  writeFileSync(path.join(corpusDir, "workforce-fixture.md"), FIXTURE_ARTICLE);
  articles.forEach((article, n) => writeFileSync(path.join(corpusDir, `article-${n + 1}.md`), article));
  return createCore({ corpusDir, logger: silentLogger });
}

/** One CSV line as fields: commas inside double quotes belong to the field. */
function fields(line: string): string[] {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === "," && !quoted) {
      out.push(field);
      field = "";
    } else field += char;
  }
  out.push(field);
  return out;
}

/**
 * A cell of a shipped release, read here without the bot's reader: the row whose named columns hold
 * the given values, and its line number (the header is line 1).
 */
export function releaseValue(file: string, where: Record<string, string>, column: string): { text: string; value: number; row: number } {
  const lines = readFileSync(path.join(SHIPPED, file), "utf8").replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = fields(lines[0]!);
  const index = (name: string) => {
    const at = header.indexOf(name);
    if (at < 0) throw new Error(`${file} has no column ${name}`);
    return at;
  };
  const matches = lines.flatMap((line, at) => {
    if (at === 0 || line === "") return [];
    const cells = fields(line);
    return Object.entries(where).every(([name, value]) => cells[index(name)] === value) ? [{ text: cells[index(column)]!, row: at + 1 }] : [];
  });
  if (matches.length !== 1) throw new Error(`${file}: ${matches.length} rows match ${JSON.stringify(where)}`);
  return { ...matches[0]!, value: Number(matches[0]!.text) };
}

export const ENGLAND = { geographic_level: "National" } as const;
export const ON_31_MARCH = { population_type: "Children looked after on 31 March each year" } as const;
