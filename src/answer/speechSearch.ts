// "what did Unison say about agency caps", "what did Peter Hadley tell MPs": a question about what a
// speaker said. The speaker is a person named (any part of the name, with typos, as `quote` finds
// them) or an organisation: its own statements and those of everyone whose role names it ("Teresa
// Quayle, Unison's national officer"). The topic ranks their quotes; when no quote of theirs is on
// it, their quotes are still the answer, and the message says none is on the topic.

import { LEAD_IN_TERM, type Archive } from "../archive/buildArchive.ts";
import { isStopword, terms, words } from "../text/index.ts";
import type { Quote } from "../types.ts";
import type { YearRange } from "./parseCommand.ts";
import { quoteView, speakerTerms } from "./quoteIndex.ts";
import { inYears, readSpeakers } from "./quoteSearch.ts";
import { memo, quotesBySpeaker } from "./views.ts";

export interface SpeechSearchResult {
  quotes: Quote[];
  /** The speakers the question named. */
  speakers: string[];
  /** Whether the quotes are on the topic asked about; false when none was and all theirs are given. */
  onTopic: boolean;
}

/** Each speaker's role terms ("unison", "nation", "offic"), from every quote that gives a role. */
const roleTerms = memo((archive: Archive) => {
  const bySpeaker = new Map<string, Set<string>>();
  for (const quote of archive.quotes) {
    if (!quote.speaker || !quote.role) continue;
    const own = bySpeaker.get(quote.speaker) ?? new Set<string>();
    for (const term of terms(quote.role)) own.add(term);
    bySpeaker.set(quote.speaker, own);
  }
  return bySpeaker;
});

/**
 * The initials of each organisation's name in a text: runs of three or more capitalised words,
 * joined by "of", "and", "the" or "for" ("the Local Government Association's Children and Young
 * People Board" gives "lga", at its possessive, and the whole run's initials).
 */
function initialsIn(text: string): string[] {
  const found: string[] = [];
  let run: string[] = [];
  const close = () => {
    if (run.length >= 3) found.push(run.map((word) => word[0]!.toLowerCase()).join(""));
    run = [];
  };
  for (const word of text.split(/\s+/)) {
    if (/^\p{Lu}/u.test(word)) {
      run.push(word);
      if (/[,.;:]$/.test(word)) close();
      // A possessive may end a name ("Association's Board") or sit inside one ("Children's Services"): both are kept.
      else if (/['’]s$/.test(word) && run.length >= 3) found.push(run.map((part) => part[0]!.toLowerCase()).join(""));
    } else if (!(run.length > 0 && /^(?:of|and|the|for)$/.test(word))) close();
  }
  close();
  return found;
}

/**
 * Each organisation by its initials, speaking in its own name or through a person whose role names
 * it: "Association of Directors of Children's Services president Andy Smith" speaks for the ADCS a
 * reporter types.
 */
const speakerAcronyms = memo((archive: Archive) => {
  const byAcronym = new Map<string, Set<string>>();
  const add = (acronym: string, speaker: string) => {
    const named = byAcronym.get(acronym);
    if (named) named.add(speaker);
    else byAcronym.set(acronym, new Set([speaker]));
  };
  for (const speaker of archive.speakers) for (const acronym of initialsIn(speaker)) add(acronym, speaker);
  for (const quote of archive.quotes) if (quote.speaker && quote.role) for (const acronym of initialsIn(quote.role)) add(acronym, quote.speaker);
  return new Map([...byAcronym].map(([acronym, speakers]) => [acronym, [...speakers]]));
});

interface SpeakersNamed {
  speakers: Set<string>;
  /** The phrase's own terms ("adc" for "the ADCS"). */
  wanted: string[];
  /** Organisations the phrase names by their initials. */
  byInitials: readonly string[];
}

/** The speakers a phrase names: a person by name, an organisation by its initials, else everyone whose role holds all its words. */
function speakersNamed(archive: Archive, phrase: string): SpeakersNamed {
  const { speakers, rest } = readSpeakers(archive, phrase);
  const byName = rest.length === 0 && speakers ? speakers : new Set<string>();
  const typed = words(phrase).filter((word) => !isStopword(word));
  const wanted = terms(typed.join(" "));
  if (wanted.length === 0) return { speakers: byName, wanted, byInitials: [] };
  const byInitials = typed.length === 1 ? (speakerAcronyms(archive).get(typed[0]!.toLowerCase()) ?? []) : [];
  // An organisation speaks through its people: "the LGA" is the LGA and its chair.
  const byRole = new Set<string>(byName);
  for (const [speaker, role] of roleTerms(archive)) if (wanted.every((term) => role.has(term))) byRole.add(speaker);
  for (const speaker of archive.speakers) if (wanted.every((term) => speakerTerms(archive, speaker)?.has(term))) byRole.add(speaker);
  for (const speaker of byInitials) byRole.add(speaker);
  return { speakers: byRole, wanted, byInitials };
}

/** Whether a quote's own attribution (its role, or the speaker's name for an organisation) holds every term. */
function speaksAs(quote: Quote, wanted: readonly string[]): boolean {
  const own = new Set(terms(`${quote.speaker ?? ""} ${quote.role ?? ""}`));
  return wanted.every((term) => own.has(term));
}

/** How many of the topic's terms a quote holds in its words and role, or also in the prose that introduces it. */
function topicMatches(quote: Quote, wanted: readonly string[], withLeadIn: boolean): number {
  const own = new Set(terms(`${quote.text} ${quote.role ?? ""} ${withLeadIn ? (quote.leadIn ?? "") : ""}`));
  return wanted.filter((term) => own.has(term)).length;
}

export function searchSpeech(archive: Archive, speakerPhrase: string, topic: string, years: YearRange | undefined): SpeechSearchResult {
  const { speakers, wanted: organisation, byInitials } = speakersNamed(archive, speakerPhrase);
  const view = quoteView(archive);
  const all = [...speakers].flatMap((speaker) => quotesBySpeaker(archive).get(speaker) ?? []).filter((id) => inYears(archive.quotes[id]!, years));
  // "what did the ADCS say": the quotes given in a role that names it, when there are any; a person
  // who once chaired an ADCS committee and later spoke for Ofsted did not say the rest for the ADCS.
  const inRole = organisation.length > 0 ? all.filter((id) => byInitials.includes(archive.quotes[id]!.speaker ?? "") || speaksAs(archive.quotes[id]!, organisation)) : [];
  const ids = inRole.length > 0 && inRole.length < all.length ? inRole : all;
  const wanted = terms(topic).filter((term) => !term.startsWith(LEAD_IN_TERM));
  const need = Math.ceil(wanted.length * 0.5);
  const scoredBy = (withLeadIn: boolean) => ids.map((id) => ({ id, matched: wanted.length > 0 ? topicMatches(archive.quotes[id]!, wanted, withLeadIn) : 0 }));
  // The quotes' own words first; only when none holds the topic, the prose that introduced them
  // ("told MPs", "on agency caps"); only when that fails too, everything they said.
  let scored = scoredBy(false);
  let onTopic = scored.filter((entry) => entry.matched >= need);
  if (onTopic.length === 0) {
    scored = scoredBy(true);
    onTopic = scored.filter((entry) => entry.matched >= need && need > 0);
  }
  const chosen = onTopic.length > 0 ? onTopic : scored;
  // Most topic words first; then the newest article; then article order.
  chosen.sort((a, b) => b.matched - a.matched || view.dateRank[a.id]! - view.dateRank[b.id]! || a.id - b.id);
  return { quotes: chosen.map((entry) => archive.quotes[entry.id]!), speakers: [...speakers], onTopic: onTopic.length > 0 };
}
