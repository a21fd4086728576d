// One identity per speaker: "Sir Michael Wilshaw", "Michael Wilshaw" and "Sir Michael" are one
// person, "Jack Smith" and "Jane Smith" are two. Used across the archive (quote search) and by the
// evaluation, so both judge "the same person" by the same rule.

import { parseName, type ParsedName } from "./names.ts";

interface PersonKey {
  surname: string;
  first?: string;
  /** "Sir Michael": known by title and first name only. */
  firstOnly: boolean;
  title?: string;
}

function personKey(name: string): PersonKey | undefined {
  const parsed: ParsedName | null = parseName(name);
  if (!parsed) return undefined;
  const title = parsed.display.split(" ")[0];
  const key: PersonKey = { surname: parsed.surname.toLowerCase(), firstOnly: parsed.firstOnly === true };
  if (parsed.first) key.first = parsed.first.toLowerCase();
  if (title && title !== parsed.first && title !== parsed.surname) key.title = title;
  return key;
}

/** An organisation or document as cited: case and a leading "the" do not make another speaker. */
function bodyKey(name: string): string {
  return name.trim().replace(/^the\s+/i, "").replace(/\s+/g, " ").toLowerCase();
}

function samePersonKey(a: PersonKey, b: PersonKey): boolean {
  if (a.firstOnly || b.firstOnly) {
    const [short, full] = a.firstOnly ? [a, b] : [b, a];
    if (full.firstOnly) return short.first === full.first && short.title === full.title;
    return short.first === full.first && short.title !== undefined && short.title === full.title;
  }
  if (a.surname !== b.surname) return false;
  return a.first === undefined || b.first === undefined || a.first === b.first;
}

/** Whether two speaker strings name the same person or body. */
export function sameSpeaker(a: string, b: string): boolean {
  if (a === b) return true;
  const ka = personKey(a);
  const kb = personKey(b);
  if (ka && kb) return samePersonKey(ka, kb);
  if (ka || kb) return false;
  return bodyKey(a) === bodyKey(b);
}

/**
 * The archive's speaker names grouped into identities: each name maps to every name of its person.
 * Only a first name ties names across articles ("Michael Wilshaw", "Sir Michael Wilshaw"; "Sir
 * Michael" when one person fits); a bare surname stays on its own: a wrong speaker is worse than none.
 */
export function groupSpeakers(names: readonly string[]): Map<string, string[]> {
  const keys = new Map<string, PersonKey | undefined>(names.map((name) => [name, personKey(name)]));
  const bySurname = new Map<string, string[]>();
  const firstOnly: string[] = [];
  const bodies = new Map<string, string[]>();
  for (const name of names) {
    const key = keys.get(name);
    if (!key) pushTo(bodies, bodyKey(name), name);
    else if (key.firstOnly) firstOnly.push(name);
    else pushTo(bySurname, key.surname, name);
  }
  const groups: string[][] = [...bodies.values()];
  for (const sameSurname of bySurname.values()) groups.push(...clusterByFirstName(sameSurname, keys));
  for (const name of firstOnly) {
    const key = keys.get(name)!;
    const fits = groups.filter((group) => group.some((other) => samePersonKey(key, keys.get(other) ?? key) && other !== name));
    if (fits.length === 1) fits[0]!.push(name);
    else groups.push([name]);
  }
  const out = new Map<string, string[]>();
  for (const group of groups) for (const name of group) out.set(name, group);
  return out;
}

/**
 * Names sharing a surname: one person per first name. A name without one ("Mr Smith") stays on its
 * own: in another article it may be another Smith, and the answer would put words in the wrong mouth.
 */
function clusterByFirstName(names: readonly string[], keys: ReadonlyMap<string, PersonKey | undefined>): string[][] {
  const byFirst = new Map<string, string[]>();
  const bare: string[][] = [];
  for (const name of names) {
    const first = keys.get(name)?.first;
    if (first) pushTo(byFirst, first, name);
    else bare.push([name]);
  }
  return [...byFirst.values(), ...bare];
}

function pushTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
