// The organisations an article names, so that "the council said in a statement" or "the watchdog
// warned" can be read as the one council or inspectorate the article is about. Only when there is
// exactly one candidate: a wrong speaker is worse than none.

import { POSTS_AT_BODIES } from "./patterns.ts";

/** "Kent County Council", "Birmingham City Council", "Tower Hamlets Council", "the London Borough of Hackney". */
const COUNCIL_RE = /\b(?:(?:[A-Z][a-z]+|and|of|the|upon|on)\s+){0,4}?(?:[A-Z][a-z]+\s+)(?:(?:City|County|Borough|District|Metropolitan Borough)\s+)?Council\b|\bLondon Borough of(?:\s+[A-Z][a-z]+){1,3}/g;
/** Words a council name never starts with: they open a sentence or a phrase, not a place. */
const NOT_PLACE = new Set(["The", "A", "An", "And", "Of", "This", "That", "Each", "Every", "Our", "Their", "His", "Her", "Its", "Upon", "On", "the", "and", "of", "upon", "on"]);
/** Inspectorates an English children's-services article may call "the watchdog" or "the regulator". */
const INSPECTORATES = ["Ofsted", "Care Quality Commission", "CQC", "HMICFRS", "Care Inspectorate", "Estyn"];
/** Posts written before "of" and a council's name: no part of it. */
const POSTS = new Set([...POSTS_AT_BODIES.flatMap((post) => post.split(" ")).map((word) => `${word[0]!.toUpperCase()}${word.slice(1)}`), "Member", "Cabinet", "Councillor", "Councillors"]);
const WATCHDOG_WORDS = new Set(["watchdog", "inspectorate", "regulator", "education watchdog", "schools watchdog"]);
const COUNCIL_WORDS = new Set(["council", "local authority", "authority", "county council", "city council"]);

export class BodiesMemory {
  private readonly councils = new Set<string>();
  private readonly inspectorates = new Set<string>();

  scan(text: string): void {
    // Most paragraphs name no council: a plain search first keeps the pattern off them.
    if (text.includes("Council") || text.includes("London Borough")) this.scanCouncils(text);
    for (const name of INSPECTORATES) if (text.includes(name)) this.inspectorates.add(name === "CQC" ? "Care Quality Commission" : name);
  }

  private scanCouncils(text: string): void {
    COUNCIL_RE.lastIndex = 0;
    for (let m = COUNCIL_RE.exec(text); m; m = COUNCIL_RE.exec(text)) {
      const words = m[0].split(/\s+/);
      while (words.length > 1 && NOT_PLACE.has(words[0]!)) words.shift();
      // ("The Leader of Kent County Council": the council is Kent County Council, hry141.)
      if (POSTS.has(words[0]!)) {
        while (words.length > 1 && POSTS.has(words[0]!)) words.shift();
        while (words.length > 1 && NOT_PLACE.has(words[0]!)) words.shift();
      }
      if (words.length > 1) this.councils.add(words.join(" "));
    }
  }

  /** The body a description means ("council", "watchdog"), when the article named exactly one. */
  resolve(description: string): string | undefined {
    const key = description.toLowerCase();
    const pool = COUNCIL_WORDS.has(key) ? this.councils : WATCHDOG_WORDS.has(key) ? this.inspectorates : undefined;
    if (!pool || pool.size !== 1) return undefined;
    return [...pool][0];
  }
}
