// Council names: one name per council, whatever a release calls it ("Telford & Wrekin", "Kingston
// upon Hull, City of", "St. Helens"), and which councils were merged or split into which. The list
// itself is data (councils.json), so a new spelling or reorganisation is a line of JSON, not code.

import { readFileSync } from "node:fs";
import type { Result } from "../ingest/formats.ts";

export interface Council {
  /** The name the bot shows. */
  name: string;
  /** ONS area code (E06…, E08…, E09…, E10…). */
  code?: string;
  region?: string;
  aliases?: string[];
  /** ISO date the council stopped existing. */
  abolished?: string;
  successors?: string[];
  formedFrom?: string[];
  /** Names a release gives it only in a table of councils that no longer exist ("Dorset" before 2019). */
  predecessorNames?: string[];
}

/** Lower case, "&" as "and", no punctuation, no "council" or "children's services": how names are compared. */
export function councilKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]s\b/g, "")
    .replace(/\b(?:children(?:s)? services?|children|services|council|borough of|royal borough of|london borough of|metropolitan borough|county council|city council)\b/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export class Gazetteer {
  private readonly byKey = new Map<string, Council>();
  private readonly predecessorByKey = new Map<string, Council>();
  private readonly byCode = new Map<string, Council>();

  constructor(readonly councils: readonly Council[]) {
    for (const council of councils) if (!council.predecessorNames) this.byKey.set(councilKey(council.name), council);
    for (const council of councils) {
      // An alias never takes a council's own name ("Dorset County Council" compares as "dorset", today's Dorset).
      for (const alias of council.aliases ?? []) if (!this.byKey.has(councilKey(alias))) this.byKey.set(councilKey(alias), council);
      for (const name of council.predecessorNames ?? []) this.predecessorByKey.set(councilKey(name), council);
      if (council.code) this.byCode.set(council.code, council);
    }
  }

  /**
   * The council a release's name (or code) means. `formerOnly`: the release lists councils that no
   * longer exist, where "Dorset" is the county council abolished in 2019, not today's Dorset.
   */
  resolve(name: string, options: { code?: string; formerOnly?: boolean } = {}): Council | undefined {
    if (options.code && this.byCode.has(options.code)) return this.byCode.get(options.code);
    const key = councilKey(name);
    if (options.formerOnly && this.predecessorByKey.has(key)) return this.predecessorByKey.get(key);
    return this.byKey.get(key);
  }

  /** Every name a council is known by, for fuzzy matching of questions. */
  names(): Array<{ council: Council; name: string }> {
    return this.councils.flatMap((council) => [council.name, ...(council.aliases ?? [])].map((name) => ({ council, name })));
  }
}

interface GazetteerFile {
  councils: Council[];
  abolished: Council[];
}

function isCouncil(value: unknown): value is Council {
  if (typeof value !== "object" || value === null) return false;
  const entry = value as Record<string, unknown>;
  const strings = (key: string) => entry[key] === undefined || (Array.isArray(entry[key]) && (entry[key] as unknown[]).every((item) => typeof item === "string"));
  return typeof entry["name"] === "string" && strings("aliases") && strings("successors") && strings("formedFrom") && strings("predecessorNames");
}

export function parseGazetteer(text: string): Result<Gazetteer> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `councils.json is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const file = data as Partial<GazetteerFile>;
  if (!Array.isArray(file.councils) || !Array.isArray(file.abolished)) return { ok: false, reason: "councils.json needs lists “councils” and “abolished”" };
  const bad = [...file.councils, ...file.abolished].find((entry) => !isCouncil(entry));
  if (bad !== undefined) return { ok: false, reason: `councils.json has an entry without a name or with a malformed list: ${JSON.stringify(bad).slice(0, 80)}` };
  return { ok: true, value: new Gazetteer([...file.councils, ...file.abolished]) };
}

let shipped: Result<Gazetteer> | undefined;

/** The gazetteer shipped beside this module. */
export function councilGazetteer(): Result<Gazetteer> {
  shipped ??= parseGazetteer(readFileSync(new URL("./councils.json", import.meta.url), "utf8"));
  return shipped;
}
