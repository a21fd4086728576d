// Turning an attribution ("he", "Wilshaw", "Ofsted", "HM chief inspector, Michael Wilshaw") into
// the speaker and role a quote is cited with.

import type { SpeakerRef } from "./attribution.ts";
import { parseName, type PeopleMemory, type Position } from "./speakers.ts";

export interface Attribution {
  speaker: string | null;
  role?: string;
}

export const UNKNOWN: Attribution = { speaker: null };

export function resolveRef(
  ref: SpeakerRef | null,
  block: number,
  memory: PeopleMemory,
  lastHeading: number,
): Attribution {
  if (!ref) return UNKNOWN;
  switch (ref.kind) {
    case "person": {
      const person = memory.introduce(ref.name, ref.role, { block, offset: 0 });
      return withRole(person.name, person.role);
    }
    case "phrase": {
      const at: Position = { block, offset: 0 };
      const known = memory.lookup(ref.text);
      if (known === "ambiguous") return UNKNOWN;
      if (known) {
        memory.mention(known, at);
        return withRole(known.name, known.role);
      }
      const name = parseName(ref.text);
      if (name) {
        const person = memory.introduce(name, undefined, at);
        return withRole(person.name, person.role);
      }
      // Literally named in the attribution, so an organisation may stand as the speaker ("Ofsted").
      return { speaker: ref.text };
    }
    case "pronoun": {
      if (!ref.gender) return UNKNOWN;
      const at: Position = { block, offset: ref.offset };
      const person = memory.resolvePronoun(ref.gender, at, lastHeading);
      if (!person) return UNKNOWN;
      memory.learnGender(person, ref.gender);
      memory.mention(person, at);
      return withRole(person.name, person.role);
    }
    case "document":
      return { speaker: ref.text };
    case "description":
      return { speaker: null, role: ref.role };
  }
}

function withRole(speaker: string, role: string | undefined): Attribution {
  return role ? { speaker, role } : { speaker };
}
