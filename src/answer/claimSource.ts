// "Spielman said 17 councils were rated inadequate" is two claims: the figure, and who said it.
// Evidence from another speaker's speech confirms the first only (hry127), so a supported figure
// whose sources never have the named speaker or body saying it is unverified, with the reason. A
// generic subject ("Figures show", "Inspectors found") names nobody and is not checked.

import { ATTRIBUTION_VERB_RE, ORGANISATION_HEADS } from "../extract/quotes/patterns.ts";
import { sameSpeaker } from "../extract/quotes/identity.ts";
import type { Archive } from "../archive/buildArchive.ts";
import { tokenize } from "../extract/figures/tokens.ts";
import { vocabulary } from "../measure/vocabulary.ts";
import type { ClaimCheck, Figure } from "../types.ts";

/** Verbs of a finding rather than of speech, which name a claim's source as well ("Ofsted found"). */
const FINDING_VERBS = /\b(?:found|finds|showed|shows|show|estimated|estimates|reported|reports|published|calculated|calculates)\b/;
/** An auxiliary between the name and its verb: "Spielman has said" (not "was estimated": a passive names no source). */
const AUXILIARY = /\s+(?:has|have|had)$/;
/** A name's own connecting words: "Association of Directors of Children's Services", "Action for Children". */
const CONNECTORS = new Set(["of", "for", "and", "&", "the", "on", "in"]);
/** Capitalised subjects that name nobody in particular: a pronoun, a kind of source or of people. */
const GENERIC = new Set([
  "it", "they", "he", "she", "we", "this", "that", "these", "those", "the", "figures", "data", "statistics",
  "research", "analysis", "councils", "directors", "officials", "inspectors", "charities", "campaigners",
  "ministers", "experts", "researchers", "leaders", "sources", "critics", "government", "councillors",
  "providers", "unions", "mps", "staff", "managers", "reports", "report", "inspection", "inspections",
  "review", "survey", "study", "department", "council", "ofsted's", "officers", "authorities", "respondents",
  "vacancies", "numbers", "rates", "children", "families", "parents", "social", "workers", "homes", "providers'",
]);
/** What a source publishes: "Ofsted's annual report", "LGA figures". */
const DOCUMENTS = "figures|data|statistics|report|reports|research|analysis|survey|review|estimates|study|census";
/** A document of the name's before the verb: "Ofsted's annual report found", "the LGA's analysis shows". */
const DOCUMENT_AFTER = new RegExp(`['’]s\\s+(?:[a-z-]+\\s+){0,3}(?:${DOCUMENTS})$`);
/** Verbs of speech that cast a name before them as the claim's source ("Barnardo's said"); not every verb of attribution ("Supporting Families continues"). */
const SPEECH_VERBS = /\b(?:said|says|told|tells|warned|warns|claimed|claims|stated|argued|argues|added|revealed|reveals|highlighted|highlights)\b/;

function isNameWord(word: string): boolean {
  return /^[A-Z][\w’'&.-]*$/.test(word) || /^[A-Z][a-z]*[A-Z][\w]*$/.test(word);
}

/** The run of capitalised words (with their connecting words) that ends `before`, or undefined. */
function nameEnding(before: string): string | undefined {
  const words = before.trim().replace(/[,:]$/, "").split(/\s+/);
  const run: string[] = [];
  for (let at = words.length - 1; at >= 0; at--) {
    // Only the last word's possessive is the name's own: "Barnardo's said"; "Children's Services" keeps it.
    const word = at === words.length - 1 ? words[at]!.replace(/['’]s$/, "") : words[at]!;
    if (isNameWord(word)) run.unshift(word);
    else if (run.length > 0 && CONNECTORS.has(word.toLowerCase()) && at > 0 && isNameWord(words[at - 1]!)) run.unshift(word);
    else break;
  }
  while (run.length > 0 && CONNECTORS.has(run[0]!.toLowerCase())) run.shift();
  while (run.length > 0 && /^(?:The|According)$/.test(run[0]!)) run.shift();
  // ("Councils in England reported": a kind of body in a place names nobody; nor does a place alone.)
  while (run.length > 1 && GENERIC.has(run[0]!.toLowerCase())) {
    run.shift();
    while (run.length > 0 && CONNECTORS.has(run[0]!.toLowerCase())) run.shift();
  }
  if (run.length === 0 || (run.length === 1 && GENERIC.has(run[0]!.toLowerCase()))) return undefined;
  const name = run.join(" ");
  return vocabulary().geographies.find(tokenize(name.toLowerCase())).some((mention) => mention.end - mention.start >= name.length - 1) ? undefined : name;
}

/** After a name, what casts it as the claim's source: its document ("LGA figures", "Ofsted's annual report"), or a verb of speech or finding ("has warned", "found"). */
const SOURCE_AFTER = new RegExp(`^\\s*(?:(?:['’]s\\s+(?:[a-z-]+\\s+){0,3})?(?:${DOCUMENTS})\\b|(?:(?:has|have|had)\\s+)?(?:${SPEECH_VERBS.source}|${FINDING_VERBS.source}))`);

/**
 * Whether the name standing at [start, end) of the claim is cast as its source ("according to the
 * LGA", "Barnardo's said", "the LGA's analysis shows") rather than as what its figure is about.
 * claimNames.ts asks this of every name it reads, so the two never disagree on what a source is.
 */
export function castAsSource(claim: string, start: number, end: number, source = claimedSource(claim)): boolean {
  // ("according to analysis by the LGA": the source claimedSource reads, wherever it stands.)
  const name = claim.slice(start, end);
  return SOURCE_AFTER.test(claim.slice(end)) || /according to\s+(?:the\s+)?$/i.test(claim.slice(0, start)) || (source !== undefined && (name === source || name.endsWith(` ${source}`) || source.endsWith(name)));
}

/** The person or body the claim says its figure comes from, as written; undefined when it names none. */
export function claimedSource(claim: string): string | undefined {
  const according = /\baccording to\s+(?:the\s+)?([^,.;]+)/i.exec(claim);
  if (according) {
    const name = nameEnding(according[1]!);
    if (name) return name;
  }
  // ", said Spielman." after the figure.
  const inverted = /,\s*(?:said|says|told|warned|added)\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\.?\s*$/.exec(claim);
  if (inverted) return nameEnding(inverted[1]!);
  for (const verb of [new RegExp(ATTRIBUTION_VERB_RE.source, "g"), new RegExp(FINDING_VERBS.source, "g")]) {
    for (const match of claim.matchAll(verb)) {
      // ("Vacancies reported by councils rose": a passive, whose agent comes after. "Supporting Families continues to reach": no speech.)
      if (/^\s+by\b/.test(claim.slice(match.index + match[0].length)) || /^continu/.test(match[0])) continue;
      const before = claim.slice(0, match.index).trimEnd().replace(AUXILIARY, "");
      const document = DOCUMENT_AFTER.exec(before);
      const name = nameEnding(document ? before.slice(0, document.index) : before);
      if (name) return name;
    }
  }
  return undefined;
}

/** The words that, standing in a source, show the name: a person's surname; a body's name or its initials. */
function signsOf(name: string): string[] {
  const words = name.split(/\s+/);
  const body = words.some((word) => ORGANISATION_HEADS.has(word.toLowerCase())) || words.length === 1;
  if (!body) return [words[words.length - 1]!];
  return [...new Set([name, ...initialsOf(words)])];
}

/** "LGA" for the Local Government Association; "DfE" for the Department for Education keeps "for". */
function initialsOf(words: readonly string[]): string[] {
  const capitals = words.filter((word) => /^[A-Z]/.test(word));
  if (capitals.length < 2) return [];
  const withConnectors = words.filter((word) => /^[A-Z]/.test(word) || word === "for").map((word) => word[0]).join("");
  return [capitals.map((word) => word[0]).join(""), withConnectors];
}

/** Initials of every run of capitalised words in `text`. */
function initialsIn(text: string): string[] {
  return [...text.matchAll(/[A-Z][\w’'-]*(?:\s+(?:for\s+|of\s+)?[A-Z][\w’'-]*)+/g)].flatMap((run) => initialsOf(run[0].replace(/^The\s+/, "").split(/\s+/)));
}

function standsIn(text: string | undefined, sign: string): boolean {
  if (!text) return false;
  const escaped = sign.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  if (new RegExp(`(?:^|[^\\w])${escaped}(?![a-z])`).test(text)) return true;
  // An acronym the claim gives for a body the source names in full.
  return /^[A-Z][A-Za-z]{0,2}[A-Z]{1,5}$/.test(sign) && initialsIn(text).includes(sign);
}

/** Whether the archive has `name` saying the figure: in its sentence, its source's byline, or a quote of theirs that holds it. */
export function saidBy(archive: Pick<Archive, "quotes">, figure: Figure, name: string): boolean {
  const signs = signsOf(name);
  const { title, author, publisher } = figure.source;
  if (signs.some((sign) => [figure.sentence, title, author, publisher].some((text) => standsIn(text, sign)))) return true;
  const opening = figure.sentence.slice(0, 40);
  return archive.quotes.some(
    (quote) =>
      quote.source.id === figure.source.id &&
      quote.speaker !== null &&
      quote.text.includes(figure.text) &&
      (quote.text.includes(opening) || figure.sentence.includes(quote.text.slice(0, 40))) &&
      (sameSpeaker(quote.speaker, name) || signs.some((sign) => standsIn(quote.speaker!, sign))),
  );
}

/** A supported check of an attributed claim stays supported only when some evidence has the source saying it. */
export function withAttribution(archive: Pick<Archive, "quotes">, check: ClaimCheck, name: string | undefined): ClaimCheck {
  if (!name || check.verdict !== "supported") return check;
  if (check.evidence.some((figure) => saidBy(archive, figure, name))) return check;
  return { ...check, verdict: "unverified", reason: `${check.reason} But none of these sources has ${name} saying it, so I can't confirm the claim as written.` };
}
