// Partial quotes inside reported speech: `Jane Lee said the figures were ‘deeply worrying’`. The
// quoted words are the speaker's only when the fragment stands close after the speech verb of the
// sentence's subject; a fragment far from any verb is a phrase the reporter borrowed, and a grade in
// quote marks ('inadequate', ‘good’) is a scare quote, never speech.

import { parseAfterQuote, parseSubject, type SpeakerRef } from "./attribution.ts";
import { ATTRIBUTION_VERB_AT_START_RE, ATTRIBUTION_VERB_RE, DIRECT_ONLY_VERB_RE, INTRO_VERB_RE, MASK, countWords, stripPunct } from "./patterns.ts";
import { sentenceEnd, sentenceRanges, sentenceStart, type Span } from "./spans.ts";

const INTRO_VERB_GLOBAL_RE = new RegExp(INTRO_VERB_RE.source, "g");
/** Words between the verb and the fragment: "said the figures were" is 3; a long clause is the reporter's. */
const MAX_WORDS_FROM_VERB = 10;
/**
 * "said he was pleased for the children …, as well as for staff who had ‘worked so hard’": a clause
 * opening on the speaker's own pronoun is their reported speech to its end, however long (hry84).
 */
const REPORTED_SPEECH_RE = /^\s*(?:that\s+)?(?:he|she|they)\s+(?:was|were|is|are|had|has|would|felt|believed|thought)\b/i;
const MAX_WORDS_OF_REPORTED_SPEECH = 30;
/** Another's document as the subject of the reported clause: "Lord Warner's initial letter", "the inspectors' report". */
const SOMEONE_ELSES_DOCUMENT = /\b[A-Z][\w-]*(?:['’]s|s['’])\s+(?:[a-z-]+\s+){0,3}(?:letter|letters|report|reports|review|statement|email|memo|findings|assessment|judgement|judgment)\b/;
/** Ofsted's grades and their connectives: a fragment made only of these is a rating, not speech. */
const GRADE_WORDS = new Set([
  "inadequate", "good", "outstanding", "requires", "require", "improvement", "to", "be", "or", "and",
  "better", "satisfactory", "adequate", "ri",
]);

/** The subject whose reported speech holds the fragment at `span`, or undefined when it belongs to nobody. */
export function partialSubject(masked: string, span: Span): { ref: SpeakerRef; start: number } | undefined {
  const start = startPastFragments(masked, span.open);
  const prefix = masked.slice(start, span.open);
  const verbs: RegExpExecArray[] = [];
  INTRO_VERB_GLOBAL_RE.lastIndex = 0;
  for (let m = INTRO_VERB_GLOBAL_RE.exec(prefix); m; m = INTRO_VERB_GLOBAL_RE.exec(prefix)) verbs.push(m);
  if (verbs.length === 0) return according(prefix, start) ?? attributedAtEnd(masked, span, start);
  // The nearest verb with a readable subject holds the fragment. One whose subject cannot be read
  // sits inside an earlier speech verb's clause ("Jane Lee said the council accepted the findings
  // ‘in full’"), which then holds it, if that verb is one of saying and near enough.
  for (let v = verbs.length - 1; v >= 0; v--) {
    const verb = verbs[v]!;
    if (v < verbs.length - 1 && !holdsClause(verb, verbs[v + 1]!, prefix)) return undefined;
    const between = continuedSpeech(withoutAddressee(verb[0], prefix.slice(verb.index + verb[0].length)));
    if (countWords(between) > (REPORTED_SPEECH_RE.test(between) ? MAX_WORDS_OF_REPORTED_SPEECH : MAX_WORDS_FROM_VERB) || /[;:]/.test(between)) return undefined;
    // "Cllr Jones said Lord Warner's initial letter … indicated a ‘good start’": the words are the document's (hry107).
    if (SOMEONE_ELSES_DOCUMENT.test(between)) return undefined;
    // "The council was warned by the inspectorate that caseloads were ‘unacceptably high’": the
    // subject of a passive verb heard the words; it did not say them (hry135).
    if (/\b(?:was|were|been|being|is|are)\s+$/.test(prefix.slice(0, verb.index))) return undefined;
    const ref = subjectOf(prefix.slice(0, verb.index), start);
    if (ref) return { ref, start };
  }
  return undefined;
}

/**
 * Where the sentence holding `pos` starts, reading on past earlier fragments quoted mid-sentence
 * ("said some ‘churn’ … but that …"): a masked quotation ends a sentence only where prose does not
 * run on around it.
 */
function startPastFragments(masked: string, pos: number): number {
  let start = sentenceStart(masked, pos);
  while (start > 1 && masked[start - 1] === MASK) {
    let open = start - 1;
    while (open > 0 && masked[open - 1] === MASK) open--;
    // Mid-sentence: a word and a space before the fragment ("some ‘churn’"), not a sentence's end.
    if (!/[\p{L},] $/u.test(masked.slice(Math.max(0, open - 2), open))) break;
    start = sentenceStart(masked, open);
  }
  return start;
}

/**
 * "said some ‘churn’ was to be expected, but that the past year represented a ‘high level of
 * turbulence’": a second "that" clause of the same speech starts afresh from its "that".
 */
function continuedSpeech(between: string): string {
  const again = /,?\s+(?:but|and)\s+that\s+/g;
  let from = -1;
  for (let m = again.exec(between); m; m = again.exec(between)) from = m.index + m[0].length;
  return from < 0 ? between : between.slice(from);
}

/** Clause openers after which a new subject starts: "…, when Ofsted's national director Yvette Stanley warned". */
const CLAUSE_OPENER = /(?:^|,\s*)(?:when|as|after|while|where|because|since)\s+/g;
/** "… welcomed the recommendations while Cllr John Brown has called on …": a contrast opens a clause with a subject of its own, comma or none (hry55). */
const CONTRAST = /\s(?:while|whereas)\s+/g;

/**
 * The subject of the verb whose clause is `before`: the whole of it, else the clause a subordinating
 * word opens ("…figures, when Ofsted's national director Yvette Stanley"), else after asides
 * ("However, in response, the Children's Homes Association"); for a second verb with no subject of
 * its own ("Paul Carberry, chief executive of …, welcomed the plan, but said"), the sentence's.
 */
function subjectOf(before: string, start: number): SpeakerRef | null {
  let contrast = -1;
  CONTRAST.lastIndex = 0;
  for (let m = CONTRAST.exec(before); m; m = CONTRAST.exec(before)) contrast = m.index + m[0].length;
  const contrasted = contrast > 0 ? parseSubject(before.slice(contrast), start + contrast) : null;
  if (contrasted) return contrasted;
  const whole = parseSubject(before, start);
  if (whole) return whole;
  let opened = -1;
  CLAUSE_OPENER.lastIndex = 0;
  for (let m = CLAUSE_OPENER.exec(before); m; m = CLAUSE_OPENER.exec(before)) opened = m.index + m[0].length;
  if (opened > 0) return parseSubject(before.slice(opened), start + opened);
  if (/\b(?:but|and)\s*$/.test(before)) {
    const first = /^\s*([^,]+),/.exec(before);
    return first ? parseSubject(first[1]!, start) : null;
  }
  const asides = /^(?:\s*(?:however|meanwhile|in response|in a statement|separately|in turn),)+\s*/i.exec(before);
  return asides ? parseSubject(before.slice(asides[0].length), start + asides[0].length) : null;
}

/**
 * Whether speech verb `outer` reports the clause of the later verb `inner`: "said the council
 * accepted", not "said the report, which described …" (a relative clause is the reporter's) nor
 * "said inspectors called it" (a label is the inner subject's words).
 */
function holdsClause(outer: RegExpExecArray, inner: RegExpExecArray, prefix: string): boolean {
  if (!ATTRIBUTION_VERB_AT_START_RE.test(outer[0]) || LABEL_VERBS.has(inner[0])) return false;
  return !/[,;:()]|\b(?:which|who|whom|whose)\b/.test(prefix.slice(outer.index + outer[0].length, inner.index));
}

const LABEL_VERBS = new Set(["called", "calls", "described", "describes"]);

/** "told The Social Care Bulletin she had …": who was told is not part of what was said. */
function withoutAddressee(verb: string, between: string): string {
  if (verb !== "told" && verb !== "tells") return between;
  return between.replace(/^\s*(?:the\s+)?(?:[A-Z][\w’'&-]*\s+)*[A-Z][\w’'&-]*/, "");
}

/** "According to a Local Government Association spokesperson, councils had “borne the brunt”": the source named first. */
function according(prefix: string, start: number): { ref: SpeakerRef; start: number } | undefined {
  const match = /^\s*according to ([^,]+),/i.exec(prefix);
  if (!match || countWords(prefix.slice(match[0].length)) > MAX_WORDS_FROM_VERB) return undefined;
  const ref = parseSubject(match[1]!, start + prefix.indexOf(match[1]!));
  return ref ? { ref, start } : undefined;
}

/** Words between a fragment and an attribution closing its sentence: a clause, not a paragraph. */
const MAX_WORDS_TO_ATTRIBUTION = 20;

/**
 * "Sharing information is “extremely difficult” for professionals, said Annie Hudson." / "…, panel
 * chair Annie Hudson has said.": a sentence of reported speech whose speaker closes it. Only when no
 * verb stands before the fragment (that case is the subject's) and no speech verb or other quotation
 * between the fragment and the attribution's comma.
 */
function attributedAtEnd(masked: string, span: Span, start: number): { ref: SpeakerRef; start: number } | undefined {
  const end = sentenceEnd(masked, span.close + 1);
  const tail = masked.slice(span.close + 1, end);
  // Stops at 0: lastIndexOf clamps a negative start to 0, so a comma there would be found forever.
  for (let comma = tail.lastIndexOf(","); comma >= 0; comma = comma === 0 ? -1 : tail.lastIndexOf(",", comma - 1)) {
    const between = tail.slice(0, comma);
    if (countWords(between) > MAX_WORDS_TO_ATTRIBUTION || between.includes(MASK) || INTRO_VERB_RE.test(between)) return undefined;
    const attributed = parseAfterQuote(masked, span.close + 1 + comma + 1);
    if (attributed?.ref && attributed.end === end && !DIRECT_ONLY_VERB_RE.test(tail.slice(comma))) return { ref: attributed.ref, start };
  }
  return undefined;
}

/** Whether quoted words can be speech: not a grade, not a title ("Families First"), not empty. */
export function isSpeechFragment(inner: string): boolean {
  const words = inner.split(/\s+/).map(stripPunct).filter((word) => word !== "");
  if (words.length === 0) return false;
  if (words.every((word) => GRADE_WORDS.has(word.toLowerCase()))) return false;
  return !words.every((word) => /^[A-Z0-9]/.test(word));
}

/**
 * The subject of the speech verb that carries a paragraph's last sentence: "Anna Green, who chairs
 * the association, said the findings were worrying." Only a sentence that opens on its speaker and
 * verb (no quotation in it), so a speech verb inside someone else's clause never counts.
 */
export function reportedSpeaker(masked: string): SpeakerRef | undefined {
  const ranges = sentenceRanges(masked.trimEnd());
  const last = ranges[ranges.length - 1];
  if (!last) return undefined;
  const sentence = masked.slice(last[0], last[1]);
  if (sentence.includes(MASK)) return undefined;
  const verb = ATTRIBUTION_VERB_RE.exec(sentence);
  if (!verb || verb[0] === "asked" || verb[0] === "asks") return undefined;
  const ref = parseSubject(sentence.slice(0, verb.index), last[0]);
  return ref ?? undefined;
}
