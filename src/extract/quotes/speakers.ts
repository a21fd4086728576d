// Who is who in one article: parsing "Name" and "role" phrases, and remembering the people an
// article has introduced so that "Wilshaw said" and "she says" can be resolved later.

import { DROPPED_HONORIFICS, KEPT_HONORIFICS, ORGANISATION_HEADS, endsPossessive, isNameToken, isSurnameAfterFirst, stripPossessive, stripPunct, type Gender } from "./patterns.ts";
import { isNameParticle, parseName, type ParsedName } from "./names.ts";

export interface Person {
  name: string;
  first?: string;
  surname: string;
  role?: string;
  gender?: Gender;
  /** Where the article last named (or pronoun-resolved to) this person, in reading order. */
  mentions: Position[];
}

export interface Position {
  block: number;
  offset: number;
}

function before(a: Position, b: Position): boolean {
  return a.block < b.block || (a.block === b.block && a.offset < b.offset);
}

/** Shared by every miss: a surname lookup runs for every word of prose. */
const NOBODY: readonly Person[] = [];

/** How far back (in blocks) a "he said" may reach for its antecedent. */
const PRONOUN_WINDOW = 3;
/** Only recent mentions matter for pronouns; the cap keeps long articles linear. */
const MENTIONS_KEPT = 16;
const MAX_RECENT_PEOPLE = 64;

/** Per-article memory of introduced people. One instance per article: people never leak across. */
export class PeopleMemory {
  /** Indexed by surname so long articles with many names stay linear. */
  private readonly bySurname = new Map<string, Person[]>();
  private readonly byFirst = new Map<string, Person[]>();
  /** People mentioned in the last few blocks: the only pronoun candidates. */
  private readonly recent = new Set<Person>();
  /** Where the prose brought in someone without a name ("a social worker, who asked not to be named, said"). */
  private readonly unnamed: Position[] = [];
  /** Set if a caller introduced a surname parseName would not give; scanMentions then looks every word up. */
  private uncapitalisedSurnames = false;
  /** Where the current block's introductions tell a role: its capitalised words name a body, never a person. */
  private roles: Array<{ block: number; start: number; end: number }> = [];

  /** "Dr Jane Lee, chair of the Child Protection Conference Chairs' Network, said": the role's span in the block. */
  noteRole(block: number, start: number, end: number): void {
    if (this.roles[0]?.block !== block) this.roles = [];
    this.roles.push({ block, start, end });
  }

  /** Adds or updates a person; a later, fuller introduction fills in a missing role or gender. */
  introduce(name: ParsedName, role: string | undefined, at: Position): Person {
    let person = this.findByName(name);
    if (!person) {
      person = { name: name.display, surname: name.surname, mentions: [] };
      if (name.first) person.first = name.first;
      addTo(this.bySurname, name.surname, person);
      if (!startsWithCapital(name.surname)) this.uncapitalisedSurnames = true;
      if (name.first) addTo(this.byFirst, name.first, person);
    }
    // "Jenny Coles, president of the ADCS: “…”": the colon that hands over to the quote is no part of the role.
    const told = role?.replace(/\s*[:;,]+$/, "");
    if (told && !person.role) person.role = told;
    if (name.gender && !person.gender) person.gender = name.gender;
    if (name.first && !person.first) {
      person.first = name.first;
      addTo(this.byFirst, name.first, person);
    }
    this.mention(person, at);
    return person;
  }

  mention(person: Person, at: Position): void {
    const list = person.mentions;
    let i = list.length;
    while (i > 0 && before(at, list[i - 1] as Position)) i--;
    list.splice(i, 0, at);
    if (list.length > MENTIONS_KEPT) list.shift();
    this.recent.add(person);
  }

  learnGender(person: Person, gender: Gender): void {
    if (!person.gender) person.gender = gender;
  }

  private withSurname(surname: string): readonly Person[] {
    return this.bySurname.get(surname) ?? NOBODY;
  }

  /** Same surname and no conflicting first name; ambiguous matches count as none. */
  private matching(name: ParsedName): Person[] {
    if (name.firstOnly) {
      const title = `${name.display.split(" ")[0] ?? ""} `;
      return (this.byFirst.get(name.first ?? "") ?? []).filter((p) => p.name.startsWith(title));
    }
    return this.withSurname(name.surname).filter((p) => !p.first || !name.first || p.first === name.first);
  }

  private findByName(name: ParsedName): Person | undefined {
    const same = this.matching(name);
    return same.length === 1 ? same[0] : undefined;
  }

  /**
   * A person by a phrase from an attribution: full name, surname alone ("Wilshaw said"), or
   * organisation-possessive surname ("Action for Children’s Kelly"). "ambiguous" when two
   * introduced people share the surname.
   */
  lookup(phrase: string): Person | "ambiguous" | undefined {
    const trimmed = phrase.trim();
    const possessive = Math.max(trimmed.lastIndexOf("’s "), trimmed.lastIndexOf("'s "));
    const tail = possessive >= 0 ? trimmed.slice(possessive + 3) : trimmed;
    const parsed = parseName(tail);
    let hits: readonly Person[];
    if (parsed) hits = this.matching(parsed);
    else if (/^\S+$/.test(tail)) hits = this.withSurname(tail);
    else return undefined;
    return hits.length > 1 ? "ambiguous" : hits[0];
  }

  /**
   * Records who the prose names: known surnames ("Another omission that concerns Smith") and any
   * full name, introduced or not ("… met Mary Jones, chair of …"). Unintroduced names still count
   * as pronoun candidates, which is what makes "she said" after two names come out null.
   */
  scanMentions(masked: string, block: number, lastHeading = -1): void {
    let run: string[] = [];
    let runAt = 0;
    // A run after "the" ("the Kinship First charity") or before an organisation's head noun
    // ("… Providers Alliance") names a body; taking it for a person made a lone "he said" ambiguous.
    let runAfterThe = false;
    let previous = "";
    let beforePrevious = "";
    // "the programme, headed by Louise Casey, …": a name in a side clause is no one a later "he said" means (hry63).
    let runInAside = false;
    // The words of `masked` as /\S+/g finds them, scanned by hand: a match object per word was a hot spot.
    for (let start = nextNonSpace(masked, 0), stop = 0; start < masked.length; start = nextNonSpace(masked, stop)) {
      stop = nextSpace(masked, start);
      const raw = masked.slice(start, stop);
      const word = stripPossessive(stripPunct(raw));
      // Name words and honorifics start with a capital A-Z, and so does every surname parseName
      // gives, so the lookups below are skipped for the rest of the prose.
      const capital = startsWithCapital(word);
      // A bracket ends a name: "Cllr John Smith (Lab)" is John Smith. "The Office for Fair Access
      // (Offa)": a name with its acronym in brackets is a body's, the acronym no surname (hry50).
      if (capital && run.length > 0 && raw.startsWith("(")) {
        run = this.flushRun(run, block, runAt, isAcronymOf(word, run), runInAside);
        previous = raw;
        continue;
      }
      // ("Frank Young", "Theresa May": a surname that is a word of prose too, right after a first name or an honorific.)
      const surnameToo = run.length === 1 && previous === run[0] && isSurnameAfterFirst(word);
      if (capital && (isNameToken(word) || KEPT_HONORIFICS.has(word) || DROPPED_HONORIFICS.has(word) || surnameToo)) {
        if (run.length === 0) {
          runAt = start;
          runAfterThe = previous === "the" || previous === "The";
          runInAside = previous === "by" && ASIDE_BY.has(beforePrevious);
        }
        run.push(word);
        if (run.length > 6) run.shift();
      } else if (run.length > 0 && isNameParticle(word) && raw === word) {
        // "Dame Rachel de Souza": a particle goes on with the name; flushRun drops one left at its end.
        run.push(word);
      } else {
        run = this.flushRun(run, block, runAt, runAfterThe || (capital && ORGANISATION_HEADS.has(word.toLowerCase())), runInAside);
      }
      // "He hailed the programme, headed by Louise Casey, …": a sentence whose subject is "He" is about
      // the man before it again, so a later "he said" may not pass over him to a name in a side clause (hry63).
      if ((raw === "He" || raw === "She") && (start === 0 || /[.!?]["”’]?\s+$/.test(masked.slice(Math.max(0, start - 3), start)))) {
        const person = this.resolvePronoun(raw === "He" ? "m" : "f", { block, offset: start }, lastHeading);
        if (person) this.mention(person, { block, offset: start });
      }
      beforePrevious = previous;
      previous = raw;
      const hits = capital || this.uncapitalisedSurnames ? this.withSurname(word) : NOBODY;
      if (hits.length === 1 && hits[0]) this.mention(hits[0], { block, offset: start });
      // Punctuation or a possessive ends a name: "Debbie Jones, said", "Kelly’s view".
      if (!endsWithLetter(raw) || endsPossessive(raw)) run = this.flushRun(run, block, runAt, runAfterThe, runInAside);
    }
    this.flushRun(run, block, runAt, runAfterThe, runInAside);
  }

  /** Notes the name a run of name-like words makes, unless it names a body; returns the empty run to go on with. */
  private flushRun(run: string[], block: number, runAt: number, body: boolean, aside = false): string[] {
    if (aside && run.length > 0 && !body) this.noteUnnamed({ block, offset: runAt + 1 });
    if (run.length === 0 || body || this.roles.some((role) => role.block === block && role.start <= runAt && runAt < role.end)) return [];
    while (run.length > 0 && isNameParticle(run[run.length - 1]!)) run.pop();
    const name = run.length >= 2 ? parseName(run.join(" ")) : null;
    if (name) this.noteName(name, { block, offset: runAt });
    return [];
  }

  private noteName(name: ParsedName, at: Position): void {
    // "Later Jane Doe said" is Jane Doe: a run may carry a sentence-initial word before the name.
    const tokens = name.display.split(" ");
    const known =
      this.findByName(name) ??
      this.withSurname(name.surname).find((p) => p.first !== undefined && tokens.includes(p.first));
    if (known) this.mention(known, at);
    else this.introduce(name, undefined, at);
  }

  /**
   * The one person whose role holds every word of a description ("the chief inspector" for "HM chief
   * inspector"); undefined when nobody or more than one fits.
   */
  byRole(description: string): Person | undefined {
    const wanted = roleWords(description);
    if (wanted.length === 0) return undefined;
    let found: Person | undefined;
    for (const people of this.bySurname.values()) {
      for (const person of people) {
        if (!person.role) continue;
        const has = new Set(roleWords(person.role));
        if (!wanted.every((word) => has.has(word))) continue;
        if (found && found !== person) return undefined;
        found = person;
      }
    }
    return found;
  }

  /** Whether prose names anyone introduced so far: a press-release quote never does. */
  namesAnyone(text: string): boolean {
    for (const raw of text.split(/\s+/)) {
      if (this.withSurname(stripPossessive(stripPunct(raw))).length > 0) return true;
    }
    return false;
  }

  /** Someone the prose brought in without a name at `at`: a pronoun after them is not the last named person's. */
  noteUnnamed(at: Position): void {
    this.unnamed.push(at);
  }

  /**
   * The antecedent of "he"/"she" at `at`: the most recently mentioned compatible person within a
   * few blocks, with no heading in between. Null when nobody fits, or when two compatible people
   * were last mentioned in the same paragraph: a wrong speaker is worse than none.
   */
  resolvePronoun(gender: Gender, at: Position, lastHeading: number): Person | null {
    const candidates: Array<{ person: Person; last: Position }> = [];
    let live = 0;
    for (const person of this.recent) {
      const newest = person.mentions[person.mentions.length - 1];
      if (!newest || at.block - newest.block > PRONOUN_WINDOW) {
        this.recent.delete(person);
        continue;
      }
      // A crowd of recent names cannot give a confident antecedent; stopping also bounds the work.
      if (++live > MAX_RECENT_PEOPLE) return null;
      if (person.gender && person.gender !== gender) continue;
      let last: Position | undefined;
      for (let i = person.mentions.length - 1; i >= 0; i--) {
        const m = person.mentions[i] as Position;
        if (before(m, at)) {
          last = m;
          break;
        }
      }
      if (!last || last.block <= lastHeading || at.block - last.block > PRONOUN_WINDOW) continue;
      candidates.push({ person, last });
    }
    candidates.sort((a, b) => (before(a.last, b.last) ? 1 : before(b.last, a.last) ? -1 : 0));
    const [first, second] = candidates;
    if (!first) return null;
    if (second && second.last.block === first.last.block) return null;
    // Someone unnamed came in after the last named person: the pronoun is theirs, whom no name gives.
    if (this.unnamed.some((position) => before(first.last, position) && before(position, at))) return null;
    return first.person;
  }
}

/** "Offa" for "Fair Access", "ADCS" for "Children's Services": the run's initials, in order, in the bracketed word ("(Lab)" after a councillor's name is a party). */
function isAcronymOf(word: string, run: readonly string[]): boolean {
  const letters = word.toLowerCase();
  let at = 0;
  for (const each of run) {
    at = letters.indexOf(each.charAt(0).toLowerCase(), at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** Participles before "by" that put a name in a side clause: "headed by", "run by", "led by". */
const ASIDE_BY: ReadonlySet<string> = new Set(["headed", "run", "led", "chaired", "founded", "overseen", "managed", "fronted", "backed", "funded"]);

const ROLE_FILLER = new Set(["the", "a", "an", "of", "for", "at", "and"]);

function roleWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((word) => stripPossessive(stripPunct(word)))
    .filter((word) => word !== "" && !ROLE_FILLER.has(word));
}

function startsWithCapital(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 65 && code <= 90;
}

const SPACE = /\s/;

function isSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text[at]!);
}

function nextSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && !isSpaceAt(text, at)) at++;
  return at;
}

function nextNonSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && isSpaceAt(text, at)) at++;
  return at;
}

const ENDS_WITH_LETTER = /\p{L}$/u;

/** Whether the last character is a letter; ASCII by char code, since this runs for every word. */
function endsWithLetter(raw: string): boolean {
  const code = raw.charCodeAt(raw.length - 1);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return ENDS_WITH_LETTER.test(raw);
}

function addTo(map: Map<string, Person[]>, key: string, person: Person): void {
  const list = map.get(key);
  if (list) list.push(person);
  else map.set(key, [person]);
}
