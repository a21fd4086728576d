// Reading the words around a quote that say who spoke: `X said: “…”` before it, `“…,” said X` or
// `“…,” she says` after it. Works on masked text, so quoted words are never mistaken for prose.

import { parseName, splitAtPostNominal, splitRoleName, type ParsedName } from "./names.ts";
import {
  ATTRIBUTION_VERB_AT_START_RE,
  ATTRIBUTION_VERB_RE,
  BARE_ATTRIBUTION_RE,
  DOCUMENT_WORDS,
  INTRO_VERB_RE,
  MASK,
  POSTS_AT_BODIES,
  countWords,
  cutRole,
  isRoleText,
  stripLeadingConnective,
  stripTrailingAuxiliaries,
  type Gender,
} from "./patterns.ts";
import { sentenceEnd, sentenceStart } from "./spans.ts";

/** Who an attribution points at, before it is resolved against the article's people. */
export type SpeakerRef =
  | { kind: "person"; name: ParsedName; role?: string }
  /** A proper-noun phrase: a surname, a new name, or an organisation ("Ofsted"). */
  | { kind: "phrase"; text: string }
  /** gender null: "they"/"it", never resolved. `offset` is where the pronoun stands. */
  | { kind: "pronoun"; gender: Gender | null; offset: number }
  | { kind: "document"; text: string }
  /** "a spokesman", "the watchdog", "the chief inspector": a role without a name. */
  /** `definite`: "the chief inspector" points back at someone; "a social worker" is someone new. */
  | { kind: "description"; role: string; definite?: boolean }
  /** "a Department for Education spokesperson": the organisation speaks, through a role. */
  /** `possessive`: "Ofsted's regional director", a role the article may have given a named person. */
  | { kind: "body"; name: string; role: string; possessive?: boolean };

const ATTRIBUTION_VERB_GLOBAL_RE = new RegExp(ATTRIBUTION_VERB_RE.source, "g");
/** `“…”, according to X.` */
const ACCORDING_TO_RE = /^according to\s+/i;
/** `According to X, “…”`, possibly after a connective ("But according to X, …"). */
const ACCORDING_LEAD_RE = /^\s*(?:(?:But|And|Yet|However),?\s+)?according to\s+/i;
const CONNECTORS = new Set(["of", "for", "and", "the", "at", "on", "in", "to", "&"]);

/** "Ofsted", "the Local Government Association", "Action for Children’s Kelly". */
function isProperPhrase(text: string): boolean {
  const tokens = text.split(/\s+/).filter((t) => t !== "");
  if (tokens.length === 0 || tokens.length > 10) return false;
  const first = tokens[0] ?? "";
  const last = tokens[tokens.length - 1] ?? "";
  if (!/^[A-Z]/.test(first) && first !== "the") return false;
  if (!/^[A-Z(]/.test(last)) return false;
  return tokens.every((t) => /^[A-Z(]/.test(t) || CONNECTORS.has(t));
}

function pronounOf(text: string, offset: number): SpeakerRef | null {
  if (/^(?:he|He)$/.test(text)) return { kind: "pronoun", gender: "m", offset };
  if (/^(?:she|She)$/.test(text)) return { kind: "pronoun", gender: "f", offset };
  if (/^(?:they|They|it|It)$/.test(text)) return { kind: "pronoun", gender: null, offset };
  return null;
}

const SPOKES = "spokesperson|spokesman|spokeswoman|spokespeople|press officer|source|official|statement";
/** "a Department for Education spokesperson", "a spokesperson for the council". */
const BODY_ROLE_RE = new RegExp(`^(?:a|an|the|A|An|The)\\s+([A-Z][^,]{0,80}?)\\s+(${SPOKES})$`);
const ROLE_FOR_BODY_RE = new RegExp(`^(?:a|an|the|A|An|The)\\s+(${SPOKES})\\s+(?:for|from|at)\\s+(?:the\\s+)?([A-Z][^,]{0,80})$`);

/** "The Leader of Kent County Council": a post at a body, unnamed; the body speaks through it (hry141). */
const POST_AT_BODY_RE = new RegExp(`^(?:a|an|the|A|An|The)\\s+(${POSTS_AT_BODIES.map((post) => post.replace(/\b([a-z])/g, (letter) => `[${letter.toUpperCase()}${letter}]`)).join("|")})\\s+(?:of|at)\\s+(?:the\\s+)?([A-Z][^,]{0,80})$`);

function bodyOf(text: string): SpeakerRef | null {
  const post = POST_AT_BODY_RE.exec(text);
  // ("The Director of Children's Services said": a post, no body; the service is none.)
  if (post && isProperPhrase(post[2] ?? "") && !/^(?:Children['’]?s|Childrens|Adult|Adults['’]?|Social|Education|Public Health)\b/.test(post[2]!)) return { kind: "body", name: post[2]!, role: post[1]!.toLowerCase() };
  const before = BODY_ROLE_RE.exec(text);
  if (before && isProperPhrase(before[1] ?? "")) return { kind: "body", name: before[1]!, role: before[2]! };
  const after = ROLE_FOR_BODY_RE.exec(text);
  if (after && isProperPhrase(after[2] ?? "")) return { kind: "body", name: after[2]!, role: after[1]! };
  return null;
}

/** "the report" names a document literally; "the watchdog" or "a spokesman" is only a role. */
function descriptionOf(text: string): SpeakerRef | null {
  const body = bodyOf(text);
  if (body) return body;
  const the = /^(?:the|The)\s+([a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2})$/.exec(text);
  if (the) {
    const words = the[1] ?? "";
    const head = words.split(/\s+/).pop() ?? "";
    if (DOCUMENT_WORDS.has(words) || DOCUMENT_WORDS.has(head)) return { kind: "document", text: `the ${words}` };
    return { kind: "description", role: words, definite: true };
  }
  const a = /^(?:a|an|one|A|An|One)\s+([a-z][^,]{0,80})$/.exec(text);
  if (a) return { kind: "description", role: a[1] ?? "" };
  return null;
}

/** A full name, "and", then (after any role words) another full name ending the subject. */
const JOINT_NAMES = /\b([A-Z][a-z’'-]+ [A-Z][a-z’'-]+) and (?:[^,]*\s)?([A-Z][a-z’'-]+ [A-Z][a-z’'-]+)$/;

/**
 * The subject before a speech verb: "HM chief inspector, Michael Wilshaw" (role, name),
 * "Cllr David Simmonds, Chairman of …" (name, role), "he", "the report", "Ofsted".
 */
export function parseSubject(clause: string, offset: number): SpeakerRef | null {
  // "Councillor Simon Cooke (Cons, Bingley Rural) said": a party and ward in brackets are no part of the name.
  // "Sandra Stewart – who remains in position – said": an aside between dashes, too.
  // ("Councillor James Swindlehurst (Lab: Cippenham Green), leader of the council, said": before the role too, hry99.)
  // ("However, councillor Roy Perry, the LGA chairman, said": a sentence adverb before the subject, and
  // an office in lower case, are no part of the name, hry138.)
  const plain = clause
    .replace(/\s*\([^()]*\)(?=\s*(?:,|$))/g, "")
    .replace(/\s*[-–—]\s+[^-–—]{1,80}?\s+[-–—]\s*$/, "")
    .replace(/^(?:However|Meanwhile|But|Yet|Separately|Elsewhere|Instead|Still|Also|Now),\s+/, "")
    .replace(/(^|,\s*)(?:councillor|cllr)\s+(?=[A-Z])/g, "$1Councillor ");
  const segs = stripTrailingAuxiliaries(plain.replace(/[\s,]+$/, ""))
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  // "Following the data Iryna Pona, policy manager at …, said": a lead-in with no comma of its own.
  // ("Commenting on the latest DfE social work workforce statistics ADCS President Steve Crocker said:", none at all, hry156.)
  const afterLeadIn = nameAfterLeadIn(segs[0]!);
  if (afterLeadIn) segs[0] = afterLeadIn;
  // "The Department for Education, for its part, said": an aside between subject and verb.
  while (segs.length > 1 && ASIDE_RE.test(segs[segs.length - 1] ?? "")) segs.pop();
  // "Amelia Rushbrook, who leads the Green, Liberal Democrat and Independent group, said", "Brennand,
  // who joins from a London borough, said": a relative clause, commas and all, is about the subject before it.
  if (segs.length > 2 && /^who\s/.test(segs[1] ?? "")) {
    const subject = parseSubject(segs[0]!, offset);
    if (subject?.kind !== "person") return subject;
    const role = relativeRole(segs.slice(1).join(", "));
    return role && isRoleText(role) ? { ...subject, role } : subject;
  }
  if (segs.length === 0 || segs.length > 5) return null;
  // "Katharine Sacks-Jones, chief executive of Become, the national charity for …, said", "Dr Davara
  // Bennett, head of public health, policy and systems at …, said": a role with commas of its own.
  if (segs.length > 2) {
    const named = parseName(segs[0]!);
    const role = segs.slice(1).join(", ");
    // ("Director for Children, Education and Families": "and" before a name, not a word of the role, is a second speaker.)
    // ("Councillor Fiona Baker, for Children Families, Education and Skills at West Northamptonshire
    // Council, said": a councillor's portfolio, "for" and its subjects, is her role, hry140.)
    const portfolio = /^for\s+[A-Z]/.test(segs[1]!) && /^(?:Councillor|Cllr)\s/.test(segs[0]!);
    if (named && (isRoleText(segs[1]!) || portfolio) && !segs.slice(1).some((seg) => parseName(stripLeadingConnective(seg)) || secondSpeakerIn(seg))) return { kind: "person", name: named, role };
  }
  // "CCN chair Paul Carter and children's services spokesman Ian Hudspeth said", "Jane Smith and John
  // Brown said": two named people joined by "and" speak together, neither alone (hry103).
  const joint = segs.length > 0 ? JOINT_NAMES.exec(segs[segs.length - 1]!) : null;
  if (joint && parseName(joint[1]!) && parseName(joint[2]!)) return null;
  // "Jane Smith, the chair, and John Brown said": two speakers, neither one's alone.
  if (segs.length > 1 && /^and\s/.test(segs[segs.length - 1]!) && segs.slice(0, -1).some((seg) => parseName(seg) !== null)) return null;
  // "Jane Smith, the chair, and John Brown, the director, said": the second speaker with a role of their own.
  if (segs.length > 2 && parseName(segs[0]!) !== null && segs.slice(1, -1).some((seg) => /^and\s/.test(seg) && parseName(stripLeadingConnective(seg)) !== null)) return null;
  const last = stripLeadingConnective(segs[segs.length - 1] ?? "");
  const prev = segs.length >= 2 ? stripLeadingConnective(segs[segs.length - 2] ?? "") : undefined;
  const pronoun = pronounOf(last, offset + Math.max(0, clause.lastIndexOf(last)));
  if (pronoun) return segs.length === 1 || !parseName(prev ?? "") ? pronoun : null;
  const name = parseName(last);
  if (name) {
    const ref: SpeakerRef = { kind: "person", name };
    if (prev && isRoleText(prev) && !parseName(prev)) ref.role = prev;
    return ref;
  }
  if (prev) {
    const prevName = parseName(prev);
    // "Martin Ellery, of the Residential Care Providers Forum, told …": where the person speaks from.
    if (prevName && (isRoleText(last) || /^(?:of|from|at)\s+(?:the\s+)?[A-Z]/.test(last))) return { kind: "person", name: prevName, role: last };
    // "Lead investigator Paul Bywaters, professor of social work at Coventry University, said": a title before the name, a role after (hry159).
    const titled = !prevName && isRoleText(last) ? splitRoleName(prev, isRoleText) : null;
    if (titled) return { kind: "person", name: titled.name, role: last };
    // "Jane Lee, who studies inspection at …, said": the relative clause is about the named person.
    if (prevName && /^who\s/.test(last)) {
      const role = relativeRole(last);
      return role && isRoleText(role) ? { kind: "person", name: prevName, role } : { kind: "person", name: prevName };
    }
    const appositive = appositiveBody(prev, last);
    if (appositive) return appositive;
    // "Jane DeVito, the director, said": a subject named in capitals that is no name this reader knows,
    // described after it. The description is that subject's, never another director the article named.
    if (segs.length === 2 && isProperPhrase(prev) && /^(?:the|a|an)\s+[a-z]/i.test(last)) return { kind: "phrase", text: prev };
  }
  const joined = splitAtPostNominal(last, isRoleText) ?? splitRoleName(last, isRoleText);
  if (joined) return { kind: "person", ...joined };
  return descriptionOf(last) ?? possessiveBody(last) ?? (isProperPhrase(last) ? { kind: "phrase", text: last } : null);
}

/** Phrases that open a sentence before its speaker: "Responding to the figures", "Following the data". */
const LEAD_IN_RE = /^(?:Following|Responding to|Commenting on|Reacting to|Welcoming|In response to|Speaking (?:at|to|on|after|about))\s/;

/** The name closing a lead-in written without its comma ("Following the data Iryna Pona"), if one does. */
function nameAfterLeadIn(segment: string): string | undefined {
  if (!LEAD_IN_RE.test(segment)) return undefined;
  // The name is the capitalised run after the lead-in's last lower-case word.
  // ("… – the first information a council receives about a child – Mr Wood": or past an aside's closing dash, hry159.)
  const run = /(?:\s[a-z][\w’'-]*|\s[–—])\s+((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*)$/.exec(segment);
  return run && (parseName(run[1]!) || splitRoleName(run[1]!, isRoleText)) ? run[1] : undefined;
}

/** "…, and John Smith": a name joined by "and" in a comma segment. */
function secondSpeakerIn(segment: string): boolean {
  const joined = /\band\s+([A-Z].*)$/.exec(segment);
  return joined !== null && parseName(joined[1]!) !== null;
}

/** Asides that may stand between a subject and its verb, set off by commas. */
const ASIDE_RE = /^(?:for (?:its|his|her|their) part|in (?:a|its|his|her|their) (?:statement|response|reply)|in response|in turn|however|meanwhile|though|too|separately|by contrast)$/i;
/** The head noun of a description that is an organisation ("Reading's children's company"). */
const BODY_NOUN_RE = /\b(?:company|charity|trust|council|organisation|organization|network|association|provider|union|alliance|forum|federation|society|agency|body|partnership|consortium|think tank|trade body)$/;

/**
 * A body with an appositive that describes it: "A spokesperson for X, a network of …" (the
 * spokesperson speaks), "Reading's children's company, Brighter Futures" or "Brighter Futures, the
 * council's children's company" (the organisation named, with what it is as its role).
 */
function appositiveBody(prev: string, last: string): SpeakerRef | null {
  const body = bodyOf(prev);
  if (body && /^(?:a|an|the)\s+[a-z]/.test(last)) return body;
  if (isProperPhrase(last) && !parseName(last) && isBodyDescription(prev)) return { kind: "body", name: last, role: prev };
  if (isProperPhrase(prev) && !parseName(prev) && /^(?:a|an|the)\s+[a-z]/.test(last) && isBodyDescription(last)) return { kind: "body", name: prev, role: last };
  return null;
}

/** "Reading's children's company": what a body is, not a person's job, and no clause with a verb in it. */
function isBodyDescription(text: string): boolean {
  return BODY_NOUN_RE.test(text) && !isRoleText(text) && !INTRO_VERB_RE.test(text) && countWords(text) <= 8;
}

/**
 * "Ofsted's regional director for the South East": the organisation speaks through a role it names
 * (resolved to the one person the article gave that role, when there is one); "the Children's
 * Commissioner's office" is cited as the office.
 */
function possessiveBody(text: string): SpeakerRef | null {
  const match = /^(?:the\s+|The\s+)?(.+?)['’]s\s+([a-z].*)$/.exec(text);
  if (!match || !isProperPhrase(match[1]!) || parseName(match[1]!)) return null;
  const role = match[2]!;
  if (/^(?:press\s+)?office$/.test(role)) return { kind: "phrase", text };
  // A role is a short noun phrase: "Ofsted's director said a report" is a clause, not a role.
  const roleLike = isRoleText(role) && countWords(role) <= 8 && !/['’]s\s/.test(role) && !INTRO_VERB_RE.test(role);
  return roleLike ? { kind: "body", name: match[1]!, role, possessive: true } : null;
}

const RELATIVE_ROLE_VERBS: ReadonlyMap<string, string> = new Map([
  ["chairs", "chair of"],
  ["leads", "leader of"],
  ["heads", "head of"],
  ["directs", "director of"],
  ["manages", "manager of"],
]);

/**
 * "…, who chairs the LGA's children and young people board", "…, who is director of children's
 * services at Kent": a relative clause that says who the speaker is, as a role.
 */
function relativeRole(rest: string): string | undefined {
  const match = /^\s*who\s+(?:(?:is|was|has been|had been)\s+(.+)|(chairs|leads|heads|directs|manages)\s+(.+))$/.exec(rest);
  if (!match) return undefined;
  const role = match[1] ?? `${RELATIVE_ROLE_VERBS.get(match[2]!)} ${match[3]}`;
  return cutRole(role);
}

/** What follows `said` in `“…,” said X`: "Ofsted", "Eleanor Schooling, chair of …", "a spokesman". */
function parseAfterVerb(after: string, offset: number): SpeakerRef | null {
  // "said Councillor Debbie Davies (Cons, Baildon)": the party and ward in brackets, blanked to keep offsets.
  const text = after.replace(/\([^()]*\)/g, (aside) => " ".repeat(aside.length)).replace(/[.;:\s]+$/, "").trim();
  const comma = text.indexOf(",");
  const first = (comma >= 0 ? text.slice(0, comma) : text).trim();
  const rest = comma >= 0 ? text.slice(comma + 1) : "";
  const pronoun = pronounOf(first, offset);
  if (pronoun) return pronoun;
  const name = parseName(first);
  if (name) {
    const ref: SpeakerRef = { kind: "person", name };
    const role = relativeRole(rest) ?? cutRole(rest);
    if (role && isRoleText(role)) ref.role = role;
    return ref;
  }
  if (rest) {
    const second = cutRole(rest);
    const secondName = parseName(second);
    if (secondName && isRoleText(first)) return { kind: "person", name: secondName, role: first };
  }
  // "said Sam Okonjo of the Social Workers Union": the person, and where they speak from.
  const from = /^(.+?)\s+(?:of|from|at)\s+((?:the\s+)?[A-Z].*)$/.exec(first);
  const fromName = from ? parseName(from[1]!) : null;
  if (from && fromName) return { kind: "person", name: fromName, role: first.slice(from[1]!.length).trim() };
  const joined = splitAtPostNominal(first, isRoleText) ?? splitRoleName(first, isRoleText);
  if (joined) return { kind: "person", ...joined };
  return descriptionOf(first) ?? (isProperPhrase(first) ? { kind: "phrase", text: first } : null);
}

export interface Attributed {
  ref: SpeakerRef | null;
  /** One past the attribution's last character (its full stop), in paragraph coordinates. */
  end: number;
}

/**
 * `“…,” he said.` / `“…,” said Ofsted.` / `“…,” the report stated.` right after the closer at
 * `from`. Undefined when what follows is not an attribution.
 */
export function parseAfterQuote(masked: string, from: number, quoteEndsSentence = false): Attributed | undefined {
  let i = from;
  while (i < masked.length && /[\s,]/.test(masked[i] ?? "")) i++;
  if (i >= masked.length || masked[i] === MASK) return undefined;
  const end = sentenceEnd(masked, i, 300);
  const clause = masked.slice(i, end);
  // After `“… proud.”` a capital starts a new sentence ("Ofsted said the council had improved"),
  // unless that sentence is nothing but the attribution ("Wilshaw said.").
  if (quoteEndsSentence && /^[A-Z]/.test(clause) && !BARE_ATTRIBUTION_RE.test(clause)) return undefined;
  const according = ACCORDING_TO_RE.exec(clause);
  if (according) {
    const ref = parseAfterVerb(clause.slice(according[0].length), i + according[0].length);
    return ref ? { ref, end } : undefined;
  }
  const atStart = ATTRIBUTION_VERB_AT_START_RE.exec(clause);
  if (atStart) {
    const afterAt = atStart[0].length;
    const ref = parseAfterVerb(clause.slice(afterAt), i + afterAt + 1);
    return ref ? { ref, end } : undefined;
  }
  const verb = ATTRIBUTION_VERB_RE.exec(clause);
  if (!verb || verb.index > 160) return undefined;
  const subject = clause.slice(0, verb.index);
  if (/[:;!?]/.test(subject)) return undefined;
  const ref = parseSubject(subject, i);
  return ref ? { ref, end } : undefined;
}

/** The most words a colon's intro without a verb may have: a name and a short role, not a sentence. */
const MAX_BARE_INTRO_WORDS = 10;

/**
 * `X said: “…”` / `X added, “…”`: the intro ending just before `at` (a quote's opener, or the end
 * of a paragraph that hands over to the next), or a person named before a colon with no verb
 * (`ADCS president Jenny Coles: “…”`). Undefined without either; `ref` null when the verb is there
 * but the subject cannot be read.
 */
export function parseBeforeQuote(masked: string, at: number): Attributed | undefined {
  let k = at;
  while (k > 0 && /\s/.test(masked[k - 1] ?? "")) k--;
  const mark = masked[k - 1];
  if (mark !== ":" && mark !== ",") return undefined;
  const start = sentenceStart(masked, k - 1);
  const lead = masked.slice(start, k - 1);
  // `According to Jane Lee, director of …, “…”`: the whole lead is the attribution.
  const according = ACCORDING_LEAD_RE.exec(lead);
  if (according) {
    const from = according.index + according[0].length;
    return { ref: parseAfterVerb(lead.slice(from), start + from), end: k };
  }
  ATTRIBUTION_VERB_GLOBAL_RE.lastIndex = 0;
  let verb: RegExpExecArray | null = null;
  for (let m = ATTRIBUTION_VERB_GLOBAL_RE.exec(lead); m; m = ATTRIBUTION_VERB_GLOBAL_RE.exec(lead)) verb = m;
  // "ADCS president Jenny Coles: “…”": a person named, and nothing else, before the colon introduces their words.
  if (!verb) {
    if (mark !== ":" || lead.trim().split(/\s+/).length > MAX_BARE_INTRO_WORDS) return undefined;
    const ref = parseAfterVerb(lead, start);
    return ref?.kind === "person" ? { ref, end: k } : undefined;
  }
  // "said in a statement:" is fine; a verb far from the colon belongs to an earlier clause, and
  // "Jones said the service was failing, “…" is a quote fragment inside reported speech.
  const between = lead.slice(verb.index + verb[0].length);
  if (mark === "," && between.trim() !== "") return undefined;
  if (between.length > 60 || /[.;"“”_]/.test(between)) return undefined;
  // "Responding to the report, Cllr Amanda Hopgood, chair of …, said:": the opening phrase is no part of who spoke (hry111).
  const opening = OPENING_PHRASE_RE.exec(lead.slice(0, verb.index))?.[0].length ?? 0;
  return { ref: parseSubject(lead.slice(opening, verb.index), start + opening), end: k };
}

/** An opening phrase before the speaker's name: "Responding to the report, ", "In a statement, ", "Following the ruling, ". */
const OPENING_PHRASE_RE = /^\s*(?:[A-Z][a-z]+ing\b|In (?:a|an|his|her|their|its) |Following |After |Asked )[^,“”"]{0,60},\s*(?=(?:Cllr |Dr |Professor |Prof |Sir |Dame |Lord |Baroness |Mr |Mrs |Ms )?[A-Z][a-z]+ [A-Z])/;
