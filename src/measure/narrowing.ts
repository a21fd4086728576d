// Populations narrowed to a part of them: a kind ("secure children's homes"), a team ("social
// workers in the referral and assessment team"), a relative clause ("the homes they run", "homes
// run by LAs") or what the count's own predicate says they were doing ("17,630 children in care
// were living more than 20 miles from home"). A figure of the part is a subgroup's, never all of
// them (read.ts).

import { isLowerCase, pastBrackets, type Token } from "../extract/figures/tokens.ts";
import type { Population } from "./catalogue.ts";
import { isWordAt, isWordIn, VERBS, type Mentions } from "./frames.ts";
import type { PhraseMention } from "./phrases.ts";
import { vocabulary } from "./vocabulary.ts";
import { conjoinedClause, forWhomAfter, gradedGroupAt, placeAfter, settingAfter, teamAfter } from "./restrictions.ts";

const RELATIVE_OPENERS: ReadonlySet<string> = new Set(["they", "that", "which", "who", "we", "it"]);
const NARROWING_PARTICIPLES: ReadonlySet<string> = new Set(["run", "owned", "operated", "managed", "provided", "commissioned", "used"]);

/** Where the kind words before a population mention start ("unaccompanied asylum-seeking"), else -1. */
function kindStart(tokens: readonly Token[], mention: PhraseMention<Population>): number {
  const kinds = mention.value.kinds;
  let at = mention.startTok;
  while (at > 0 && (isWordAt(tokens, at - 1, ...kinds) || (tokens[at - 1]?.text === "-" && isWordAt(tokens, at - 2, ...kinds)))) at -= tokens[at - 1]?.text === "-" ? 2 : 1;
  return at < mention.startTok ? at : -1;
}

/** "county councils", "County councils said": a kind in lower case (or opening the sentence) before a plural. */
function isKindNotName(tokens: readonly Token[], kind: number, end: number): boolean {
  const word = tokens[kind]!;
  const lowerCase = isLowerCase(word) || kind === 0;
  return lowerCase && /s$/i.test(tokens[end - 1]?.text ?? "");
}

/** Who runs a provider, written before it: "local authority run homes", "council-run homes", "privately owned homes". */
const RUNNERS: ReadonlySet<string> = new Set(["council", "councils", "authority", "la", "privately", "private", "voluntary", "voluntarily", "independently", "charity", "state"]);

/**
 * "local authority run homes", "council-run homes": where the words that say who runs the provider
 * population starting at `startTok` begin, else -1. Those words are no population of their own.
 */
export function runByStart(tokens: readonly Token[], startTok: number): number {
  let at = startTok - 1;
  if (!isWordAt(tokens, at, "run", "owned", "operated", "managed")) return -1;
  at--;
  if (tokens[at]?.text === "-") at--;
  if (!isWordIn(tokens, at, RUNNERS)) return -1;
  return isWordAt(tokens, at, "authority") && isWordAt(tokens, at - 1, "local") ? at - 1 : at;
}

/** Verbs and adverbs a relative clause that grades its population may open with: "that were once judged". */
const GRADING_LEAD: ReadonlySet<string> = new Set(["were", "was", "are", "is", "have", "has", "had", "been", "be", "once", "previously", "formerly", "ever", "initially", "originally", "first", "already", "still", "recently", "last"]);
const GRADING_VERBS: ReadonlySet<string> = new Set(["judged", "rated", "graded", "found"]);

/** "that were once judged": the index just past the grading verb after a relative opener at `at`, else 0. */
function gradingClauseFrom(tokens: readonly Token[], at: number): number {
  if (!isWordAt(tokens, at, "that", "which", "who")) return 0;
  let next = at + 1;
  while (isWordIn(tokens, next, GRADING_LEAD)) next++;
  return next > at + 1 && isWordIn(tokens, next, GRADING_VERBS) ? next + 1 : 0;
}

/** Where a relative clause's words run from `from`: to the next verb, punctuation or "by/from/to" before a number. */
function clauseWordsEnd(tokens: readonly Token[], from: number): number {
  let end = from;
  while (end < tokens.length) {
    const token = tokens[end]!;
    if (token.kind !== "word" || VERBS.has(token.lower) || ((token.lower === "by" || token.lower === "from" || token.lower === "to") && tokens[end + 1]?.kind === "digits")) break;
    end++;
  }
  return end;
}

/** Nouns before "of" that make the grade after it what the figure measures: "the proportion of LAs judged inadequate has dropped". */
const MEASURE_NOUNS = ["share", "proportion", "percentage", "number", "rate", "count", "total"] as const;
/** What a figure may say of graded councils other than their grade: "two thirds of inadequate councils improved". */
const VERBS_OF_CHANGE = ["improved", "improve", "improving", "had", "have", "has", "saw", "see", "got", "received", "moved", "went", "changed", "lost", "gained", "remained", "stayed", "were", "are", "was", "is", "acquired"] as const;

const RUN_VERBS = ["run", "runs", "ran", "operate", "operates", "operated", "own", "owns", "owned", "manage", "manages", "managed"] as const;
/** Subjects that run providers, beside those that may stand before "run" (RUNNERS): "local authorities ran 418 homes". */
const SUBJECT_RUNNERS = ["authorities", "las", "companies", "firms", "charities", "providers", "sector"] as const;

/**
 * "local authorities ran 418 children's homes", "private companies run 1,689 homes": where the
 * subject that runs the counted providers starts, else -1. The count is of those it runs.
 */
function runnerSubjectStart(tokens: readonly Token[], startTok: number): number {
  let at = startTok - 1;
  if (tokens[at]?.kind !== "digits") return -1;
  at--;
  if (!isWordAt(tokens, at, ...RUN_VERBS)) return -1;
  const subject = at - 1;
  if (!isWordAt(tokens, subject, ...SUBJECT_RUNNERS) && !isWordIn(tokens, subject, RUNNERS)) return -1;
  return isWordAt(tokens, subject - 1, "local", "private", "voluntary", "independent") ? subject - 1 : subject;
}

/** How a population mention is narrowed: the words that narrow it, and for a team where the team's words end. */
export interface Narrowing {
  words: string;
  /**
   * "local authorities that were once judged inadequate have improved", "two thirds of inadequate
   * councils improved": where the words that grade the population stand. A grade there says which of
   * them are counted, not what the figure says of them.
   */
  graded?: { start: number; end: number };
  /** Character offset just past "team(s)": a team narrows only figures before another subject or conjunction. */
  teamEnd?: number;
}

/**
 * The narrowed populations a figure may be of, its own first: "77 per cent of homes in the local
 * authority sector and 79 per cent of homes in the private sector" — the 79's are the homes after it.
 */
export function ownNarrowingFirst(narrowed: ReadonlyMap<PhraseMention<Population>, Narrowing>, figure: { endTok: number }): Array<[PhraseMention<Population>, Narrowing]> {
  const own = (mention: PhraseMention<Population>) => mention.startTok >= figure.endTok && mention.startTok <= figure.endTok + 2;
  const entries = [...narrowed];
  return entries.some(([mention]) => own(mention)) ? [...entries.filter(([mention]) => own(mention)), ...entries.filter(([mention]) => !own(mention))] : entries;
}

/** Population mentions narrowed by a kind, a team or a relative clause ("secure", "in the assessment team", "they run", "run by LAs"). */
export function narrowedPopulations(sentence: string, tokens: readonly Token[], mentions: Mentions): Map<PhraseMention<Population>, Narrowing> {
  const narrowed = new Map<PhraseMention<Population>, Narrowing>();
  for (const mention of mentions.populations) {
    // "two thirds of inadequate councils improved at re-inspection": a grade before the population,
    // after "of", says which of them are counted; what the figure says of them comes after.
    // ("Three of the 19 current 'inadequate' authorities acquired their ratings …": past quote marks,
    // "current" and the total; "… of the 19 authorities rated inadequate acquired …": the grade after
    // the population, the same, hry127.)
    const gradedGroup = gradedGroupAt(tokens, mention, mentions);
    // Not "the share of inadequate councils is 12%": there the grade is what the figure measures.
    if (gradedGroup && !isWordAt(tokens, gradedGroup.of - 1, ...MEASURE_NOUNS) && isWordAt(tokens, gradedGroup.verbAt, ...VERBS_OF_CHANGE)) {
      const { grade } = gradedGroup;
      narrowed.set(mention, { words: sentence.slice(Math.min(grade.start, mention.start), Math.max(grade.end, mention.end)), graded: { start: grade.start, end: grade.end } });
      continue;
    }
    // "secure children's homes", "county councils", "unaccompanied asylum-seeking children": a kind of
    // them (catalogue `kinds`), not all of them; never a council's name ("Kent County Council").
    const kind = kindStart(tokens, mention);
    if (kind >= 0 && (mention.value.id !== "councils" || isKindNotName(tokens, kind, mention.endTok))) {
      narrowed.set(mention, { words: sentence.slice(tokens[kind]!.start, mention.end) });
      continue;
    }
    // "5,570 UASC": a name that is a kind by itself (catalogue `kindNames`) is read as the kind it stands for.
    const named = kindNamed(mention.value, sentence.slice(mention.start, mention.end));
    if (named) {
      narrowed.set(mention, { words: named });
      continue;
    }
    if (mention.value.id !== "councils") {
      // "local authority run homes", "council-run homes": those some kind of provider runs.
      const runBy = runByStart(tokens, mention.startTok);
      if (runBy >= 0) {
        narrowed.set(mention, { words: sentence.slice(tokens[runBy]!.start, mention.end) });
        continue;
      }
      // "local authorities ran 418 children's homes": the subject and its verb, without the count.
      const ranBy = runnerSubjectStart(tokens, mention.startTok);
      if (ranBy >= 0) {
        narrowed.set(mention, { words: `${sentence.slice(tokens[ranBy]!.start, tokens[mention.startTok - 2]!.end)} ${sentence.slice(mention.start, mention.end)}` });
        continue;
      }
    }
    const at = mention.endTok;
    // "social workers in the referral and assessment team", "in its assessment teams": one team's, not all of them.
    const team = teamAfter(tokens, at);
    if (team) {
      narrowed.set(mention, { words: sentence.slice(tokens[at]!.start, tokens[team - 1]!.end), teamEnd: tokens[team - 1]!.end });
      continue;
    }
    // "79 per cent of homes in the private sector": one sector's homes.
    const sector = isWordAt(tokens, at, "in") && isWordAt(tokens, at + 1, "the") ? [2, 3, 4].find((k) => isWordAt(tokens, at + k, "sector")) : undefined;
    if (sector !== undefined) {
      narrowed.set(mention, { words: sentence.slice(tokens[at]!.start, tokens[at + sector]!.end) });
      continue;
    }
    // "300 looked after children in unregulated homes", "children in hotels": a setting the catalogue
    // knows as no placement of its own (no aspect) holds only some of them (hry51).
    const setting = settingAfter(tokens, pastOwnWords(tokens, mention, mentions), mentions);
    if (setting) {
      narrowed.set(mention, { words: sentence.slice(tokens[setting.start]!.start, tokens[setting.end - 1]!.end) });
      continue;
    }
    // "children's homes (actively) registered to provide one bed": registered for some purpose, a part of them
    // ("were registered to provide one bed" in a claim too, hry95).
    const adverb = isWordAt(tokens, at, "actively", "currently", "only", "were", "are", "was", "is") ? 1 : 0;
    if (isWordAt(tokens, at + adverb, "registered") && isWordAt(tokens, at + adverb + 1, "to", "for", "as")) {
      narrowed.set(mention, { words: sentence.slice(tokens[at]!.start, tokens[clauseWordsEnd(tokens, at + adverb + 2) - 1]!.end) });
      continue;
    }
    const predicate = countPredicate(tokens, mention, mentions);
    if (predicate) {
      narrowed.set(mention, { words: sentence.slice(tokens[predicate.start]!.start, tokens[predicate.end - 1]!.end) });
      continue;
    }
    // "10,700 children looked after who had a missing incident": the clause may open past the indicator's own words.
    const opener = isWordIn(tokens, at, RELATIVE_OPENERS) ? at : pastOwnWords(tokens, mention, mentions);
    if (opener !== at && isWordAt(tokens, opener, "who", "that", "which") && tokens[opener + 1]?.kind === "word") {
      const words = relativeClauseWords(sentence, tokens, mentions, opener + 1);
      if (words) narrowed.set(mention, { words });
      continue;
    }
    // "12,000 children … looked after by the state for whom these standards do not apply": some of them (hry81).
    const whom = forWhomAfter(tokens, at);
    if (whom >= 0) {
      narrowed.set(mention, { words: sentence.slice(tokens[whom]!.start, tokens[clauseWordsEnd(tokens, whom + 2) - 1]!.end) });
      continue;
    }
    // "302 children's homes in Lancashire run by private providers": past the place, the participle still narrows (hry116).
    const pastPlace = placeAfter(tokens, at);
    // (Only with its agent: in "homes in England provided 12,175 places" the verb is the sentence's.)
    if (pastPlace > at && isWordIn(tokens, pastPlace, NARROWING_PARTICIPLES) && isWordAt(tokens, pastPlace + 1, "by")) {
      narrowed.set(mention, { words: sentence.slice(tokens[pastPlace]!.start, tokens[clauseWordsEnd(tokens, pastPlace + 1) - 1]!.end) });
      continue;
    }
    const opens = (isWordIn(tokens, at, RELATIVE_OPENERS) && tokens[at + 1]?.kind === "word") || isWordIn(tokens, at, NARROWING_PARTICIPLES);
    if (!opens) continue;
    // "31,680 children who ceased to be looked after": a clause in the measure's own words is what the figure says.
    const opensWith = (words: { startTok: number }) => words.startTok > at && words.startTok <= at + 2;
    if (isWordIn(tokens, at, RELATIVE_OPENERS) && (mentions.indicators.some((words) => opensWith(words) && words.value.kind !== "grade") || mentions.aspects.some(opensWith))) {
      const conjoined = conjoinedClause(sentence, tokens, at + 1);
      if (conjoined) narrowed.set(mention, { words: conjoined });
      continue;
    }
    // "that were once judged inadequate have improved": a clause that grades the population, with the
    // sentence going on to say something of them, reads on past its own verbs to the grade. In "20
    // councils that are rated inadequate" the clause is what the figure says: it stops at its verb.
    const graded = gradingClauseFrom(tokens, at);
    const gradedEnd = graded ? clauseWordsEnd(tokens, graded) : 0;
    const predicateFollows = graded > 0 && isWordIn(tokens, gradedEnd, VERBS);
    const end = predicateFollows ? gradedEnd : clauseWordsEnd(tokens, at + 1);
    // "children who were unaccompanied child asylum seekers": a clause that says what they were names the kind.
    const copular = !predicateFollows && end === at + 1 ? relativeClauseWords(sentence, tokens, mentions, at + 1) : undefined;
    if (copular) {
      narrowed.set(mention, { words: copular });
      continue;
    }
    // "19 councils that were rated inadequate": a clause that is nothing but what the figure measures narrows nothing.
    if (!predicateFollows && end === at + 1 && !isWordIn(tokens, at, NARROWING_PARTICIPLES)) continue;
    narrowed.set(mention, { words: sentence.slice(tokens[at]!.start, tokens[end - 1]!.end), ...(predicateFollows ? { graded: { start: mention.end, end: tokens[end - 1]!.end } } : {}) });
  }
  return narrowed;
}

/**
 * "who were unaccompanied child asylum seekers", "who had a missing incident": a relative clause
 * whose verb comes at once, from its opener (just before `at`) to the clause's end; a population kind
 * a copula names there (catalogue `kindNames`) stands for the kind. Undefined when no word is at `at`.
 */
function relativeClauseWords(sentence: string, tokens: readonly Token[], mentions: Mentions, at: number): string | undefined {
  if (tokens[at]?.kind !== "word") return undefined;
  let end = at + 1;
  while (end < Math.min(tokens.length, at + 9) && tokens[end]!.kind === "word") end++;
  // "who had a missing incident in 2017-18": the words stop before the period's preposition.
  while (end > at + 1 && isWordAt(tokens, end - 1, "in", "on", "at", "for", "of", "to", "by", "from", "during", "since", "between")) end--;
  const copula = isWordAt(tokens, at, "were", "are", "was", "is");
  if (copula && end === at + 1) return undefined;
  // "the 14 councils that were rated inadequate": a clause naming a measure is what the figure says, not a part,
  // unless it goes on to a second predicate ("who had ceased to be looked after … and were still living with their former carers").
  if ([...mentions.indicators, ...mentions.aspects].some((words) => words.startTok >= at && words.startTok < end)) return conjoinedClause(sentence, tokens, at);
  const named = copula ? mentions.populations.find((other) => other.startTok > at && other.endTok <= end && kindNamed(other.value, sentence.slice(other.start, other.end))) : undefined;
  return named ? kindNamed(named.value, sentence.slice(named.start, named.end)) : sentence.slice(tokens[at - 1]!.start, tokens[end - 1]!.end);
}

/** Just past a population mention and the indicator's own words that follow it ("children looked after"). */
function pastOwnWords(tokens: readonly Token[], mention: PhraseMention<Population>, mentions: Mentions): number {
  const ownWords = (indicator: PhraseMention<unknown>, end: number) => indicator.startTok <= end && indicator.endTok > end && !(indicator.startTok === end && tokens[end]!.lower.endsWith("ing"));
  return mentions.indicators.reduce((end, indicator) => (ownWords(indicator, end) ? indicator.endTok : end), mention.endTok);
}

/** The longest aside in brackets a count's words read past: "(6% of children in care attending school)". */
const ASIDE_TOKENS = 20;
/** The longest predicate read as narrowing a count: more is another clause. */
const MAX_PREDICATE = 12;
/** "were placed", "had been moved", "are living": a participle after these is what the counted did. */
const PREDICATE_AUXILIARIES = ["were", "are", "was", "is"] as const;
/**
 * Participles that say where or how the counted are: "placed out of area", "moved more than 20
 * miles", "owned by investment firms". Not "working" nor "employed": "5,360 agency social workers
 * were working in council children's services" are all of them.
 */
const STATE_PARTICIPLES: ReadonlySet<string> = new Set(["placed", "moved", "housed", "accommodated", "sent", "kept", "detained", "located", "stranded", "excluded",
  "living", "staying", "waiting", "sleeping", "missing", "growing", "owned", "run", "controlled", "backed", "operated", "managed", "acquired", "bought"]);

/** Finite verbs that say what happened to the counted: "went missing", "ran away". */
const EVENT_VERBS = ["went", "go", "goes", "ran", "run", "disappeared", "absconded", "vanished", "died", "changed", "experienced", "moved", "lived", "live"] as const;

/** Where a predicate starting at `predicate` ends: at punctuation (not a hyphen or apostrophe), or after MAX_PREDICATE tokens. */
function predicateEnd(tokens: readonly Token[], predicate: number, from: number): number {
  let end = from;
  // "placed at least 20 miles away with 2,075 living …": "with" and "while" before a figure start another count's words.
  while (end < tokens.length && end - predicate < MAX_PREDICATE && (tokens[end]!.kind !== "punct" || ["-", "'", "’"].includes(tokens[end]!.text)) && !(isWordAt(tokens, end, "with", "while", "whereas") && tokens[end + 1]?.kind === "digits")) end++;
  return end;
}

/** The auxiliary that ends a participial phrase starting at `from` ("providing care for … were"), else -1. */
function auxiliaryAfter(tokens: readonly Token[], from: number): number {
  for (let at = from + 1; at < Math.min(tokens.length, from + MAX_PREDICATE); at++) {
    if (tokens[at]!.kind === "punct") return -1;
    if (isWordAt(tokens, at, ...PREDICATE_AUXILIARIES, "had", "have", "has")) return at;
  }
  return -1;
}

/**
 * "17,630 children in care were living more than 20 miles from home", "5,300 children were placed
 * out of area": a count whose predicate says what the counted were doing is a count of those doing
 * it. Not when the predicate names a measure itself ("were rated inadequate", "were taken into
 * care", "were adopted"): then it is what the figure measures. The predicate's token span, or undefined.
 */
function countPredicate(tokens: readonly Token[], mention: PhraseMention<Population>, mentions: Mentions): { start: number; end: number } | undefined {
  // The count's own noun: a number right before the population, or one word before it ("863 registered homes").
  // "41 per cent (11,352) of children in care are placed …": the count in brackets after a share counts the part too.
  const before = mention.startTok - 1;
  const bracketedCount = isWordAt(tokens, before, "of") && tokens[before - 1]?.text === ")" && tokens[before - 2]?.kind === "digits";
  if (tokens[before]?.kind !== "digits" && !(tokens[before]?.kind === "word" && tokens[before - 1]?.kind === "digits") && !bracketedCount) return undefined;
  // "children in care were …": the indicator's words after the population are still the count's noun.
  // ("homes looking after children were …" is what they do: see below.)
  // "2,400 children (6% of those in care) changing home": past an aside in brackets.
  const start = pastBrackets(tokens, pastOwnWords(tokens, mention, mentions), ASIDE_TOKENS);
  // "30,000 looked after children living out of area", "2,400 children changing home": a participle
  // straight after the count's noun, with no verb of the count's own after it, says which of them.
  // ("44,000 fostering households caring for 57,000 children" says what all of them do: OF_ALL_PARTICIPLES.)
  if (tokens[start]?.kind === "word" && isDescribingParticiple(tokens[start]!.lower) && auxiliaryAfter(tokens, start) < 0) return unmeasured(tokens, start, predicateEnd(tokens, start, start + 1), mentions);
  // "863 registered care homes providing care for children in March 2023 were … controlled by": past what they do.
  // (What they do is how they are described, and may name a measure: "homes looking after children".)
  const predicate = tokens[start]?.kind === "word" && tokens[start]!.lower.endsWith("ing") ? auxiliaryAfter(tokens, start) : start;
  let verb = predicate;
  // "6,110 children in care went missing", "ran away": what happened to them, a finite verb of its own.
  if (isWordAt(tokens, verb, ...EVENT_VERBS)) return { start: predicate, end: predicateEnd(tokens, predicate, verb + 1) };
  // "20,007 FTE social workers held 337,411 cases": the case-holders, counted by the cases they held.
  if (isWordAt(tokens, verb, "held") && tokens[verb + 1]?.kind === "digits") return { start: predicate, end: predicateEnd(tokens, predicate, verb + 1) };
  if (isWordAt(tokens, verb, ...PREDICATE_AUXILIARIES)) verb += 1;
  else if (isWordAt(tokens, verb, "had", "have", "has") && isWordAt(tokens, verb + 1, "been")) verb += 2;
  else return undefined;
  // "were fully or partially controlled by": adverbs before the participle.
  while (verb < tokens.length && (isWordAt(tokens, verb, "or", "and") || (tokens[verb]!.kind === "word" && tokens[verb]!.lower.endsWith("ly")))) verb++;
  const word = tokens[verb];
  // "were living", "were placed": a state of the counted. Not how the count was made ("were received in 2021"),
  // nor what they all are ("were working in council children's services").
  // "were reported missing": reported as what happened to them.
  if (word?.kind !== "word" || !(STATE_PARTICIPLES.has(word.lower) || (word.lower === "reported" && isWordAt(tokens, verb + 1, "missing", "absent")))) return undefined;
  return unmeasured(tokens, predicate, predicateEnd(tokens, predicate, verb + 1), mentions);
}

/** The predicate's span, unless it names a measure itself: then it is what the figure measures, not a part. */
export function unmeasured(tokens: readonly Token[], start: number, end: number, mentions: Mentions): { start: number; end: number } | undefined {
  const words = vocabulary();
  const measured = (list: ReadonlyArray<{ startTok: number; endTok: number }>) => list.some((other) => other.startTok < end && other.endTok > start);
  if (measured(mentions.indicators) || measured(mentions.aspects) || measured(mentions.bases) || measured(words.indicatorAspects.find(tokens)) || measured(words.indicatorScopes.find(tokens))) return undefined;
  return { start, end };
}

/** "with 2,075 living 100 miles from home": a figure's own participle, straight after it, names its own part. */
export function participleAfterFigure(sentence: string, tokens: readonly Token[], figureEnd: number, mentions: Mentions): string | undefined {
  // "almost 2,400 children (6% of those in care) changing home": past the figure's noun and an aside in brackets.
  const endTok = pastBrackets(tokens, mentions.populations.find((mention) => mention.startTok === figureEnd)?.endTok ?? figureEnd, ASIDE_TOKENS);
  const word = tokens[endTok];
  if (word?.kind !== "word" || !isDescribingParticiple(word.lower)) return undefined;
  // "44,000 fostering households": an -ing word that starts the figure's own noun is no participle.
  if (mentions.populations.some((mention) => mention.startTok === endTok) || mentions.indicators.some((mention) => mention.startTok === endTok)) return undefined;
  return sentence.slice(word.start, tokens[predicateEnd(tokens, endTok, endTok + 1) - 1]!.end);
}


/** "-ing" words that join another figure or clause, not a part of the counted: "including 5,000 …", "rising to …". */
const JOINING_PARTICIPLES: ReadonlySet<string> = new Set(["including", "excluding", "totalling", "totaling", "representing", "meaning", "making", "bringing", "according", "following", "compared", "rising", "falling", "increasing", "decreasing", "during"]);
/** Words that describe all of the counted: "being looked after", "working in children's services" (all social workers do). */
// ("297 IFAs operating in England as of March 2016": all of them, hry161.)
const OF_ALL_PARTICIPLES: ReadonlySet<string> = new Set(["being", "working", "employed", "providing", "caring", "offering", "serving", "supporting", "looking", "operating"]);

/** "…, 5,000 working as agency staff": a participle straight after a later figure says which part of the whole it counts. */
export function opensPart(word: string): boolean {
  return ((word.endsWith("ing") && word.length > 5) || STATE_PARTICIPLES.has(word)) && !JOINING_PARTICIPLES.has(word);
}

/** A participle straight after a count's own noun that narrows it ("children living out of area"). */
export function isDescribingParticiple(word: string): boolean {
  return opensPart(word) && !OF_ALL_PARTICIPLES.has(word);
}

/** Each population's kind names as written, spaces for hyphens, to the kind each stands for: built once per population. */
const kindsByName = new WeakMap<Population, ReadonlyMap<string, string>>();

/** The kind a population's name stands for by itself ("UASC" → "unaccompanied asylum-seeking children"), if it is one. */
export function kindNamed(population: Population, text: string): string | undefined {
  if (!population.kindNames) return undefined;
  let byName = kindsByName.get(population);
  if (!byName) {
    byName = new Map([...population.kindNames].flatMap(([kind, names]) => names.map((name) => [name.replace(/-/g, " "), kind] as const)));
    kindsByName.set(population, byName);
  }
  return byName.get(text.toLowerCase().replace(/[’]/g, "'").replace(/[\s-]+/g, " "));
}
