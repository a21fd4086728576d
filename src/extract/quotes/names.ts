// Names and roles as prose writes them: "Sir Michael Wilshaw", "Children's minister Edward Timpson".
// Parsing only; who an article has introduced is remembered in speakers.ts.

import { DROPPED_HONORIFICS, KEPT_HONORIFICS, POST_NOMINALS, isNameToken, isSurnameAfterFirst, type Gender } from "./patterns.ts";

export interface ParsedName {
  /** How the speaker is cited: kept honorific + given names + surname ("Sir Michael Wilshaw"). */
  display: string;
  first?: string;
  surname: string;
  gender?: Gender;
  /** "Sir Michael": a knight is named by first name, so the one token is not a surname. */
  firstOnly?: boolean;
}

/** Titles that go with a first name alone ("Sir Michael said"). */
const FIRST_NAME_TITLES = new Set(["Sir", "Dame"]);

const NAME_PARTICLES = new Set(["de", "van", "von", "da", "di", "du", "le", "la", "der", "den", "ter", "bin", "al", "el", "dos", "das"]);

/** "de" in "Rachel de Souza": a lower-case word that may stand between a name's words. */
export function isNameParticle(word: string): boolean {
  return NAME_PARTICLES.has(word);
}

/**
 * A quick no for most prose: every word of a name, honorifics included, starts with a capital A-Z
 * (but for a particle such as "de"), so a word starting with anything else that is surely not
 * whitespace rules the text out.
 */
function cannotBeName(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && text.charCodeAt(i - 1) !== 32) continue;
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) continue;
    if (code >= 97 && code <= 122 && i > 0 && NAME_PARTICLES.has(wordAt(text, i))) continue;
    if (code < 128 && code !== 32 && (code < 9 || code > 13)) return true;
  }
  return false;
}

function wordAt(text: string, start: number): string {
  let end = start;
  while (end < text.length && text.charCodeAt(end) !== 32) end++;
  return text.slice(start, end);
}

/**
 * A person's name, or null. Needs two name tokens, or one after an honorific ("Mr Smith"), so a
 * lone capitalised word at a sentence start is never taken for a person.
 */
export function parseName(text: string): ParsedName | null {
  if (cannotBeName(text)) return null;
  const tokens = text.trim().split(/\s+/).filter((t) => t !== "");
  let gender: Gender | undefined;
  let hadHonorific = false;
  const kept: string[] = [];
  while (tokens.length > 0) {
    const t = tokens[0] ?? "";
    const bare = t.replace(/\.$/, "");
    if (KEPT_HONORIFICS.has(bare)) {
      gender = KEPT_HONORIFICS.get(bare) ?? gender;
      // "Dr. Jane Lee" and "Dr Jane Lee" are cited alike.
      kept.push(bare);
    } else if (DROPPED_HONORIFICS.has(bare)) {
      gender = DROPPED_HONORIFICS.get(bare) ?? gender;
    } else break;
    hadHonorific = true;
    tokens.shift();
  }
  while (tokens.length > 1 && POST_NOMINALS.has(tokens[tokens.length - 1] ?? "")) tokens.pop();
  if (tokens.length === 0 || tokens.filter((token) => !NAME_PARTICLES.has(token)).length > 4) return null;
  if (tokens.length === 1 && !hadHonorific) return null;
  // "Dame Rachel de Souza", "Ruud van Nistelrooy": a lower-case particle only between name words.
  if (!tokens.every((token, at) => isNameToken(token) || (at > 0 && at < tokens.length - 1 && NAME_PARTICLES.has(token)) || (at === tokens.length - 1 && (at === 1 || hadHonorific) && isSurnameAfterFirst(token)))) return null;
  const surname = tokens[tokens.length - 1] ?? "";
  const parsed: ParsedName = { display: [...kept, ...tokens].join(" "), surname };
  if (tokens.length > 1) parsed.first = tokens[0];
  if (tokens.length === 1 && kept.length === 1 && FIRST_NAME_TITLES.has(kept[0] ?? "")) {
    parsed.first = surname;
    parsed.firstOnly = true;
  }
  if (gender) parsed.gender = gender;
  return parsed;
}

/** Words that end organisations' names ("… of Social Workers", "the Fostering Network"), never a first name. */
const ORGANISATION_ENDS: ReadonlySet<string> = new Set(["Workers", "Network", "Association", "Council", "Councils", "Services", "Service", "Trust", "Society", "Union", "Commission", "Board", "Partnership", "Foundation", "Alliance", "Federation", "Institute", "College", "Department", "Authority", "Group", "Forum", "Care", "Children", "Families", "Office", "Centre", "Agency", "Providers", "Directors", "England", "UK", "Britain"]);

/** Words a role cannot end on before a name: "the report by Jane Doe" is not Jane Doe. */
const DANGLING = new Set(["by", "from", "of", "to", "with", "for", "at", "and", "or", "the", "a", "an", "on", "in", "about"]);

/**
 * "Children's minister Edward Timpson" → name + role, with no comma between them. The role must
 * name a job and must not end on a preposition; otherwise null.
 */
export function splitRoleName(text: string, isRole: (t: string) => boolean): { name: ParsedName; role: string } | null {
  const trimmed = text.trim();
  const starts = [...trimmed.matchAll(/\S+/g)].map((match) => match.index);
  for (let k = Math.min(5, starts.length - 1); k >= 1; k--) {
    const cut = starts[starts.length - k] ?? 0;
    if (!parseName(trimmed.slice(cut))) continue;
    // "… for the British Association of Social Workers Nushra Mansuri": an organisation's last word is no first name (hry75);
    // "ADCS President Jenny Coles": nor is a job's (hry81).
    const first = trimmed.slice(cut).split(/\s+/)[0] ?? "";
    if (k > 2 && (ORGANISATION_ENDS.has(first) || isRole(first))) continue;
    // "Mayor of Tower Hamlets Lutfur Rahman": the longest name leaves the role dangling on "of", so
    // the place's words belong to the role and the name is the last two words.
    return splitAt(trimmed, k > 2 && DANGLING.has(lastWord(trimmed.slice(0, cut))) ? (starts[starts.length - 2] ?? 0) : cut, isRole);
  }
  return null;
}

/**
 * "Hugh Thornbery CBE chief executive of Adoption UK": letters after a name end it, and the job
 * written after them with no comma is the role. Null unless both read as such.
 */
export function splitAtPostNominal(text: string, isRole: (t: string) => boolean): { name: ParsedName; role: string } | null {
  const tokens = text.trim().split(/\s+/);
  const at = tokens.findIndex((token, k) => k >= 2 && k < tokens.length - 1 && POST_NOMINALS.has(token));
  if (at < 0) return null;
  const name = parseName(tokens.slice(0, at).join(" "));
  const role = tokens.slice(at + 1).join(" ");
  return name && isRole(role) && !DANGLING.has(lastWord(role)) ? { name, role } : null;
}

const lastWord = (text: string) => (text.trim().split(/\s+/).pop() ?? "").toLowerCase();

function splitAt(text: string, cut: number, isRole: (t: string) => boolean): { name: ParsedName; role: string } | null {
  const name = parseName(text.slice(cut));
  const role = text.slice(0, cut).trim();
  return name && isRole(role) && !DANGLING.has(lastWord(role)) ? { name, role } : null;
}
