// Finding where an article introduces a person with their role, in direct or indirect speech:
// "HM chief inspector, Michael Wilshaw, said", "Andrew Webb, president of the ADCS, said all …",
// "Nushra Mansuri, the professional officer …, fears", "… says Jack Smith, policy officer at …".
// Indirect speech is not a quote, but it tells who a later "he says" or "Wilshaw said" is.

import { parseName, splitRoleName } from "./names.ts";
import type { PeopleMemory } from "./speakers.ts";
import {
  INTRO_VERB_AT_START_RE,
  INTRO_VERB_RE,
  cutRole,
  MASK,
  isRoleText,
  stripLeadingConnective,
  stripTrailingAuxiliaries,
} from "./patterns.ts";
import { sentenceRanges } from "./spans.ts";

const RELATIVE_LEAD_RE = /^who (?:is|was|has been|had been|became)\s+/;

interface Segment {
  /** Offset of the segment in the paragraph. */
  start: number;
  text: string;
}

function commaSegments(sentence: string, offset: number): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  for (let j = 0; j <= sentence.length; j++) {
    if (j < sentence.length && sentence[j] !== "," && sentence[j] !== MASK) continue;
    out.push({ start: offset + start, text: sentence.slice(start, j) });
    // A masked quotation ends a segment too: "“… many years,” the trust's chair Graham Archer said"
    // introduces him with the words after the quotation, never the quotation's masked letters.
    while (sentence[j] === MASK && sentence[j + 1] === MASK) j++;
    start = j + 1;
  }
  return out;
}

/** Sentences longer than this are not introductions; skipping them keeps the scan linear. */
const MAX_SENTENCE = 1200;
/** Introductions sit near the start of a sentence; later commas are lists, not appositives. */
const MAX_SEGMENTS = 8;

/** "Jane Lee is director of children's services at Kent." — the role told in a sentence of its own. */
const COPULA_RE = /\s(?:is|was|has been|had been|became|is now|remains)\s/;

function scanCopula(sentence: string, offset: number, block: number, memory: PeopleMemory): void {
  const copula = COPULA_RE.exec(sentence);
  if (!copula) return;
  const head = stripLeadingConnective(sentence.slice(0, copula.index).trim());
  const name = parseName(head);
  if (!name) return;
  const role = cutRole(sentence.slice(copula.index + copula[0].length));
  if (role && isRoleText(role) && !parseName(role)) memory.introduce(name, role, { block, offset: offset + sentence.indexOf(head) });
}

/**
 * Someone the prose brings in without a name: "One agency social worker, who asked not to be named,
 * said …", "A principal social worker in a South West county said …". A "she said" after it is that
 * person's, not the last one named.
 */
const UNNAMED_SPEAKER = /\bwho (?:asked|wished|wanted|did not want|didn't want|declined|preferred) (?:not )?to be (?:named|identified)\b|\bwho (?:asked|wished) to remain anonymous\b|\bspeaking (?:anonymously|on condition of anonymity)\b|\bwho cannot be named\b/i;
const INDEFINITE_SPEAKER = /^\s*(?:A|An|One|Another)\s+[a-z][^.!?]{0,80}?\b(?:said|says|told|added)\b/;
/**
 * "His mother was told …", "The girl's father said …", "Tanya* was told …": a person the story
 * brings in by kinship or by a first name it has changed, whom a "she" after may mean.
 */
const UNNAMED_SUBJECT = /^\s*(?:His|Her|Their|The|A|An|One)\s+(?:[a-z]+(?:'s|’s)\s+)?(?:mother|father|mum|dad|parents?|son|daughter|grandmother|grandfather|grandparents?|aunt|uncle|sister|brother|boy|girl|teenager|carer|foster carer|family)\b|^\s*[A-Z][a-z]+\*/;

/** Records every person introduced in this paragraph's prose (quotes already masked). */
export function scanIntros(masked: string, block: number, memory: PeopleMemory): void {
  for (const [s, e] of sentenceRanges(masked)) {
    if (e - s > MAX_SENTENCE) continue;
    const sentence = masked.slice(s, e);
    const unnamed = UNNAMED_SPEAKER.exec(sentence) ?? INDEFINITE_SPEAKER.exec(sentence) ?? UNNAMED_SUBJECT.exec(sentence);
    if (unnamed) memory.noteUnnamed({ block, offset: s + unnamed.index });
    scanCopula(sentence, s, block, memory);
    const segs = commaSegments(sentence, s).slice(0, MAX_SEGMENTS);
    for (let i = 0; i < segs.length; i++) {
      scanSegment(masked, segs, i, e, block, memory);
    }
  }
}

function scanSegment(
  masked: string,
  segs: readonly Segment[],
  i: number,
  sentenceEnd: number,
  block: number,
  memory: PeopleMemory,
): void {
  const seg = segs[i];
  if (!seg) return;
  const verb = INTRO_VERB_RE.exec(seg.text);
  const head = verb ? seg.text.slice(0, verb.index) : seg.text;
  const next = segs[i + 1];

  // "… says Jack Smith, policy and research officer at the Who Cares? Trust."
  if (verb && head.trim() === "") {
    const name = parseName(seg.text.slice(verb.index + verb[0].length).trim());
    if (!name) return;
    const role = next ? cutRole(masked.slice(next.start, sentenceEnd)) : "";
    memory.introduce(name, role && isRoleText(role) ? role : undefined, { block, offset: seg.start });
    const roleAt = next && role && isRoleText(role) ? masked.indexOf(role, next.start) : -1;
    if (roleAt >= 0) memory.noteRole(block, roleAt, roleAt + role.length);
    return;
  }

  const subject = stripTrailingAuxiliaries(stripLeadingConnective(head.trim()));
  const at = { block, offset: seg.start + Math.max(0, head.search(/\S/)) };
  const name = parseName(subject);
  if (!name) {
    // "Children's minister Edward Timpson said …"
    const joined = verb ? splitRoleName(subject, isRoleText) : null;
    if (joined) memory.introduce(joined.name, joined.role, at);
    return;
  }

  // "Andrew Webb, president of the ADCS, said" / "David Simmonds, chair of the LGA … Board said"
  if (!verb && next) {
    const nextVerb = INTRO_VERB_RE.exec(next.text);
    // "Jane Lee, who is director of …, said": the relative clause is the role.
    let role = stripTrailingAuxiliaries((nextVerb ? next.text.slice(0, nextVerb.index) : next.text).trim()).replace(RELATIVE_LEAD_RE, "");
    // "chair of the ADCS Health, Care and Additional Needs Policy Committee, said": a list in the role's name, up to the verb (hry52).
    const listed = segs[i + 2]?.text.trim();
    if (!nextVerb && listed && /\band\b/.test(listed) && !INTRO_VERB_RE.test(listed) && !parseName(listed) && segs[i + 3] !== undefined && INTRO_VERB_AT_START_RE.test(segs[i + 3]!.text.trim())) role = `${role}, ${listed}`;
    // Without a verb in it, the role is only complete when another comma closes the appositive.
    const closed = nextVerb !== null || segs[i + 2] !== undefined;
    if (role && closed && isRoleText(role) && !parseName(role)) {
      memory.introduce(name, role, at);
      memory.noteRole(block, next.start, next.start + next.text.length);
      return;
    }
  }

  // "HM chief inspector, Michael Wilshaw, said" / "Ofsted’s Chief Inspector, Sir Michael Wilshaw said"
  const verbFollows = verb !== null || (next !== undefined && INTRO_VERB_AT_START_RE.test(next.text.trim()));
  if (!verbFollows) return;
  const prevText = segs[i - 1]?.text.trim();
  const prev = prevText === undefined ? undefined : stripLeadingConnective(prevText);
  const role = prev && isRoleText(prev) && !INTRO_VERB_RE.test(prev) && !parseName(prev) ? prev : undefined;
  memory.introduce(name, role, at);
}
