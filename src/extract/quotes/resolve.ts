// Turning an attribution ("he", "Wilshaw", "Ofsted", "HM chief inspector, Michael Wilshaw", "the
// chief inspector", "a Department for Education spokesperson") into the speaker and role a quote is
// cited with.

import type { SpeakerRef } from "./attribution.ts";
import type { BodiesMemory } from "./bodies.ts";
import { parseName } from "./names.ts";
import { ORGANISATION_HEADS } from "./patterns.ts";
import type { PeopleMemory, Position } from "./speakers.ts";

export interface Attribution {
  speaker: string | null;
  role?: string;
  /** The prose that introduced the quote, verbatim; carried to the paragraphs a quote runs on into. */
  leadIn?: string;
}

export const UNKNOWN: Attribution = { speaker: null };

export interface ArticleMemory {
  people: PeopleMemory;
  bodies?: BodiesMemory;
}

export function resolveRef(ref: SpeakerRef | null, block: number, memory: PeopleMemory | ArticleMemory, lastHeading: number): Attribution {
  const { people, bodies } = "people" in memory ? memory : { people: memory, bodies: undefined };
  if (!ref) return UNKNOWN;
  switch (ref.kind) {
    case "person": {
      const person = people.introduce(ref.name, ref.role, { block, offset: 0 });
      return withRole(person.name, person.role);
    }
    case "phrase": {
      const at: Position = { block, offset: 0 };
      const known = people.lookup(ref.text);
      if (known === "ambiguous") return UNKNOWN;
      if (known) {
        people.mention(known, at);
        return withRole(known.name, known.role);
      }
      const name = parseName(ref.text);
      if (name) {
        const person = people.introduce(name, undefined, at);
        return withRole(person.name, person.role);
      }
      // Literally named in the attribution, so an organisation may stand as the speaker ("Ofsted").
      return { speaker: organisationName(ref.text) };
    }
    case "pronoun": {
      if (!ref.gender) return UNKNOWN;
      const at: Position = { block, offset: ref.offset };
      const person = people.resolvePronoun(ref.gender, at, lastHeading);
      if (!person) return UNKNOWN;
      people.learnGender(person, ref.gender);
      people.mention(person, at);
      return withRole(person.name, person.role);
    }
    case "document":
      return { speaker: ref.text };
    case "body": {
      // The organisation's name stays among the role words, so another body's director never fits.
      const person = ref.possessive ? people.byRole(`${ref.name} ${ref.role}`) : undefined;
      if (person) {
        people.mention(person, { block, offset: 0 });
        return withRole(person.name, person.role);
      }
      return { speaker: organisationName(ref.name), role: ref.role };
    }
    case "description": {
      // "the chief inspector" is the one person the article gave that role; "the council" the one council it named.
      // ("The council said" is the body, never a person whose role names a council: "Leader of Kent County Council", hry141.)
      const person = ref.definite && !namesABody(ref.role) ? people.byRole(ref.role) : undefined;
      if (person) {
        people.mention(person, { block, offset: 0 });
        return withRole(person.name, person.role);
      }
      const body = ref.definite ? bodies?.resolve(ref.role) : undefined;
      return body ? { speaker: body } : { speaker: null, role: ref.role };
    }
  }
}

/** "council", "the local authority", "the department": a description of a body, not of a person's post. */
function namesABody(role: string): boolean {
  // The whole description, not its last word: "the head of service" is a person's post.
  const words = role.trim().toLowerCase().replace(/^the\s+/, "").split(/\s+/);
  const last = words.at(-1) ?? "";
  return words.length <= 2 && (words.length === 1 || ["local", "county", "city", "borough", "district"].includes(words[0]!)) && (ORGANISATION_HEADS.has(last) || BODY_NOUNS.has(last));
}

const BODY_NOUNS: ReadonlySet<string> = new Set(["government", "inspectorate", "regulator", "watchdog", "department", "ministry", "organisation", "organization", "provider", "charity"]);

/** "the Association of Directors of Children's Services" is cited without its article. */
function organisationName(text: string): string {
  return text.replace(/^the\s+/i, "");
}

function withRole(speaker: string, role: string | undefined): Attribution {
  return role ? { speaker, role } : { speaker };
}
