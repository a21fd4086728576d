// Councils' ratings in prose: "Birmingham was rated inadequate", "Leeds, along with Hampshire, was
// rated ‘outstanding’", "Ofsted judged Doncaster's children's services inadequate in 2013",
// "inadequate councils including Rotherham and Sunderland", "Bromley moved from inadequate to good".
// The one module that reads them. Councils come from the gazetteer, grades and areas from the
// catalogue, the grammar linking them from grammar.ts. Precision first: a place ("a home in Leeds"),
// a contrast ("unlike Leeds"), an employer ("Leeds' director"), a negated or hedged rating, or an
// area the catalogue does not know gives no fact; a rating the grammar does not know is not read.

import { aspectPhrases, gradePhrases, populationPhrases, type GradePhrase } from "../../measure/index.ts";
import type { CouncilRatingMention } from "../../types.ts";
import { SentencePeriods, type RatingPeriod } from "./periods.ts";
import { tokenize, type Token } from "../figures/tokens.ts";
import { findCouncils, mayNameCouncil, type CouncilMention } from "./councilMentions.ts";
import { toMentions, type Read } from "./lists.ts";
import {
  ACTIVE_VERBS, AFTER_GRADE, AFTER_IN, CHAIN, DASHES, EARLIER, isNegation, isQuote, JOINERS, LIST_INTRODUCERS, NAME_SUFFIX, NOT_SUBJECT, NUMBER_WORDS,
  earlierGrade, phraseAt, sameSubjectAgain, SERVICE_PHRASES, STOP_TAIL, TAIL_STOP_WORDS, TIME_ORDINALS,
} from "./grammar.ts";

export { countsEveryCouncil } from "./lists.ts";

export interface RatingContext {
  /** ISO date of the article: the period of a rating whose sentence states none. */
  date?: string;
}

interface Group {
  members: CouncilMention[];
  startTok: number;
  /** Just past the last name and its title words ("City Council"). */
  endTok: number;
  possessive: boolean;
}

/** A predicate's grades: one, or an earlier and a later one ("from inadequate to good"). */
type Predicate = { grades: Array<{ grade: GradePhrase; earlier: boolean }>; endTok: number };

class SentenceReader {
  private readonly gradeAt = new Map<number, GradePhrase>();
  private readonly councilAt = new Map<number, number>();
  private readonly aspects;
  private readonly populations;
  private readonly when: SentencePeriods;
  private readonly found: Read[] = [];
  private groupCount = 0;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly councils: readonly CouncilMention[],
    grades: readonly GradePhrase[],
    context: RatingContext,
  ) {
    for (const grade of grades) this.gradeAt.set(grade.startTok, grade);
    councils.forEach((council, at) => this.councilAt.set(council.startTok, at));
    this.aspects = aspectPhrases(tokens);
    this.populations = populationPhrases(tokens);
    this.when = new SentencePeriods(text, tokens, context.date);
  }

  read(): CouncilRatingMention[] {
    for (let at = 0; at < this.councils.length; ) {
      const group = this.groupFrom(at);
      at += group.members.length;
      if (!this.readListed(group) && !this.readActive(group)) this.readSubject(group);
    }
    return toMentions(this.text, this.tokens, this.found);
  }

  private word(i: number): string | undefined {
    return this.tokens[i]?.kind === "word" ? this.tokens[i]!.lower : undefined;
  }

  private skipQuotes(i: number): number {
    return isQuote(this.tokens[i]) ? this.skipQuotes(i + 1) : i;
  }

  private skipSuffix(i: number): { end: number; possessive: boolean } {
    let possessive = false;
    while (NAME_SUFFIX.has(this.word(i) ?? "")) {
      possessive = this.word(i) === "council's";
      i++;
    }
    return { end: i, possessive };
  }

  /** The council at `at` and those joined to it: "Slough, Sandwell and Tower Hamlets", "Leeds, along with Hampshire". */
  private groupFrom(at: number): Group {
    const first = this.councils[at]!;
    const members = [first];
    const joins: Array<"comma" | "word"> = [];
    let { end, possessive } = this.skipSuffix(first.endTok);
    possessive ||= first.possessive;
    for (let next = at + 1; next < this.councils.length && !possessive; next++) {
      let p = end;
      const comma = this.tokens[p]?.text === ",";
      if (comma) p++;
      const joiner = JOINERS.map((words) => phraseAt(this.tokens, p, words)).find((length) => length > 0) ?? 0;
      if (joiner === 0 && !comma) break;
      p += joiner;
      // "Cornwall and the Isles of Scilly".
      if (joiner > 0 && this.word(p) === "the" && this.councils[next]!.startTok === p + 1) p++;
      if (this.councils[next]!.startTok !== p) break;
      members.push(this.councils[next]!);
      joins.push(joiner > 0 ? "word" : "comma");
      const suffix = this.skipSuffix(this.councils[next]!.endTok);
      end = suffix.end;
      possessive = suffix.possessive || this.councils[next]!.possessive;
    }
    // "Unlike Leeds, Hampshire was …": a bare comma joins names only inside a list that ends with "and".
    const lastWord = joins.lastIndexOf("word");
    const cut = joins.indexOf("comma", lastWord + 1);
    if (cut >= 0) {
      members.length = cut + 1;
      const last = members.at(-1)!;
      ({ end, possessive } = this.skipSuffix(last.endTok));
      possessive ||= last.possessive;
    }
    return { members, startTok: first.startTok, endTok: end, possessive };
  }

  /** After a council: its service ("'s children's services") or one area of it ("'s services for care leavers"). */
  private subjectRest(group: Group): { p: number; aspect?: string } | undefined {
    let p = group.endTok;
    const service = SERVICE_PHRASES.map((words) => phraseAt(this.tokens, p, words)).find((length) => length > 0) ?? 0;
    if (service > 0) return { p: p + service };
    if (!group.possessive) return { p };
    // "Leeds' services for care leavers", "Leeds's help and protection services".
    if (phraseAt(this.tokens, p, ["services", "for"]) || phraseAt(this.tokens, p, ["service", "for"]) || phraseAt(this.tokens, p, ["provision", "for"])) p += 2;
    const aspect = this.aspects.find((phrase) => phrase.startTok === p);
    if (!aspect || aspect.aspect === "overall") return undefined;
    p = aspect.endTok;
    if (["service", "services"].includes(this.word(p) ?? "")) p++;
    return { p, aspect: aspect.aspect };
  }

  /** "Leeds was rated …", "Kent, which was rated good in 2016, was rated outstanding", "Bromley moved from inadequate to good". */
  private readSubject(group: Group): void {
    const before = this.skipBack(group.startTok - 1);
    const previous = this.word(before);
    if (previous !== undefined && NOT_SUBJECT.has(previous) && this.serviceBefore(group) === undefined) return;
    const rest = this.subjectRest(group);
    if (!rest) return;
    let p = rest.p;
    const inserted = this.tokens[p]?.text === ",";
    if (inserted) p++;
    const exhaustive = previous === "only";
    const relative = inserted && ["which", "who", "that"].includes(this.word(p) ?? "");
    const first = this.predicate(relative ? p + 1 : p, false);
    if (first) this.record(group, first, rest.aspect, exhaustive);
    // "…were rated inadequate, but this year they have been rated good": the same subject graded again.
    const again = first ? sameSubjectAgain(this.tokens, first.endTok) : undefined;
    const next = again === undefined ? undefined : this.predicate(again, false);
    if (next) return this.record(group, next, rest.aspect, false, group.startTok, again);
    if (!inserted) return;
    // The main verb after an inserted clause: "Kent, which was rated good in 2016, was rated
    // outstanding", "Leeds, inspected in March, was rated good". A clause naming another council or
    // grade ("Leeds, unlike Hampshire, …") is not skipped.
    const from = first?.endTok ?? p;
    for (let i = from; i < Math.min(this.tokens.length, from + 15); i++) {
      if (this.gradeAt.has(i) || this.councilAt.has(i) || this.tokens[i]!.text === ";") return;
      if (this.tokens[i]!.text === ",") {
        const main = this.predicate(i + 1, false);
        if (main) this.record(group, main, rest.aspect, exhaustive);
        return;
      }
    }
  }

  /**
   * "Children's services at Worcestershire County Council were rated …", "Ofsted rated children's
   * services in Slough inadequate": the council's service is the subject. The token before the
   * service phrase, or undefined when the council does not follow one.
   */
  private serviceBefore(group: Group): number | undefined {
    const before = this.skipBack(group.startTok - 1);
    if (this.word(before) !== "at" && this.word(before) !== "in") return undefined;
    const service = SERVICE_PHRASES.find((words) => phraseAt(this.tokens, before - words.length, words) === words.length);
    return service ? before - service.length - 1 : undefined;
  }

  /** "Ofsted judged Doncaster's children's services inadequate", "inspectors rated Leeds as outstanding". */
  private readActive(group: Group): boolean {
    const verbAt = this.skipBack(this.serviceBefore(group) ?? group.startTok - 1);
    if (!ACTIVE_VERBS.has(this.word(verbAt) ?? "")) return false;
    for (let i = Math.max(0, verbAt - 4); i < verbAt; i++) if (isNegation(this.tokens[i]) || ["if", "whether", "unless", "could", "would", "might", "may", "will", "should"].includes(this.word(i) ?? "")) return true;
    const rest = this.subjectRest(group);
    if (!rest) return true;
    const predicate = this.predicate(rest.p, true);
    if (predicate) this.record(group, predicate, rest.aspect, false);
    return true;
  }

  /** "inadequate councils including Rotherham and Sunderland", "the two councils rated outstanding — Leeds and Hampshire". */
  private readListed(group: Group): boolean {
    let q = group.startTok;
    const introducer = LIST_INTRODUCERS.map((words) => (phraseAt(this.tokens, q - words.length, words) === words.length ? words.length : 0)).find((length) => length > 0) ?? 0;
    const verbIntroducer = introducer > 0 && ["were", "are", "was", "is"].includes(this.word(q - 1) ?? "");
    q -= introducer;
    if (introducer === 0 && DASHES.has(this.tokens[q - 1]?.text ?? "")) q--;
    else if (introducer === 0) return false;
    if (this.tokens[q - 1]?.text === ",") q--;
    // "councils rated inadequate [in 2016]": the grade, then rating words back to the councils.
    let p = this.skipBack(q - 1);
    if (this.tokens[p]?.kind === "digits" && this.word(p - 1) === "in") p = this.skipBack(p - 2);
    const grade = [...this.gradeAt.values()].find((phrase) => phrase.endTok === p + 1);
    const population = this.populations.filter((phrase) => phrase.population === "councils");
    let head: number | undefined;
    let chosen: GradePhrase | undefined;
    const gradeFirst = population.find((phrase) => phrase.endTok === p + 1);
    if (gradeFirst && !verbIntroducer) {
      // "inadequate councils including …"
      const g = [...this.gradeAt.values()].find((phrase) => phrase.endTok === this.skipBack(gradeFirst.startTok - 1) + 1);
      if (g) [head, chosen] = [g.startTok, g];
      else if (introducer === 0) return this.readAppositive(group, gradeFirst.startTok);
    } else if (grade) {
      let i = this.skipBack(grade.startTok - 1);
      while (i >= 0 && CHAIN.has(this.word(i) ?? "") && !isNegation(this.tokens[i])) i = this.skipBack(i - 1);
      const councils = population.find((phrase) => phrase.endTok === i + 1);
      if (councils && i < grade.startTok - 1) [head, chosen] = [councils.startTok, grade];
    }
    if (head === undefined || !chosen || chosen.combined) return false;
    const marker = this.word(head - 1);
    const count = this.countBefore(head);
    const exhaustive = marker === "only" || (marker === "both" && group.members.length === 2) || (count !== undefined && count === group.members.length);
    for (let i = head; i < group.startTok; i++) if (isNegation(this.tokens[i])) return true;
    this.record(group, { grades: [{ grade: chosen, earlier: false }], endTok: group.endTok }, undefined, exhaustive, head);
    return true;
  }

  /** "Three councils – Leeds, Hampshire and Kent – were rated outstanding": the list between dashes, the rating after it. */
  private readAppositive(group: Group, head: number): boolean {
    let p = group.endTok;
    if (!DASHES.has(this.tokens[p]?.text ?? "") && this.tokens[p]?.text !== ",") return false;
    p++;
    for (let i = head; i < group.startTok; i++) if (isNegation(this.tokens[i])) return true;
    const predicate = this.predicate(p, false);
    if (!predicate) return true;
    const count = this.countBefore(head);
    const marker = this.word(head - 1);
    const exhaustive = count === group.members.length || marker === "only" || (marker === "both" && group.members.length === 2);
    this.record(group, predicate, undefined, exhaustive, head);
    return true;
  }

  /** "the two councils", "both", "three councils — …": the number the sentence puts before a list's noun. */
  private countBefore(head: number): number | undefined {
    const token = this.tokens[head - 1];
    return token?.kind === "digits" && Number.isInteger(token.value) ? token.value : NUMBER_WORDS.get(token?.lower ?? "");
  }

  private skipBack(i: number): number {
    return i >= 0 && isQuote(this.tokens[i]) ? this.skipBack(i - 1) : i;
  }

  /**
   * The rating words from `p` to a grade: only CHAIN words, quotes and "previously"/"from … to" may
   * stand between; a negation, a hedge or any other word means no rating is stated.
   */
  private predicate(p: number, bare: boolean): Predicate | undefined {
    let earlier = false;
    let from = false;
    let chain = false;
    for (let i = p; i < Math.min(this.tokens.length, p + 12); i++) {
      const token = this.tokens[i]!;
      if (isQuote(token)) continue;
      const grade = this.gradeAt.get(i) ?? (from ? this.gradeBeforeTo(i) : undefined);
      if (grade) {
        if (grade.combined) return undefined;
        // "Manchester's children's services require improvement": the grade is its own verb.
        if (!chain && !bare && !(grade.indicator === "requires-improvement" && token.lower.startsWith("requir"))) return undefined;
        if (from) {
          const to = this.skipQuotes(grade.endTok);
          const later = this.word(to) === "to" ? this.gradeAt.get(this.skipQuotes(to + 1)) : undefined;
          if (!later || later.combined || !this.endsPhrase(later.endTok)) return undefined;
          return { grades: [{ grade, earlier: true }, { grade: later, earlier: false }], endTok: later.endTok };
        }
        if (!this.endsPhrase(grade.endTok)) return undefined;
        return { grades: [{ grade, earlier }], endTok: grade.endTok };
      }
      if (token.kind !== "word" || isNegation(token)) return undefined;
      const among = this.amongCouncils(i);
      if (among > i) {
        // "Doncaster and Slough are among councils rated inadequate", "one of the councils judged …".
        chain = true;
        i = among - 1;
        continue;
      }
      if (EARLIER.has(token.lower)) earlier = true;
      else if (token.lower === "from") from = true;
      else if (CHAIN.has(token.lower)) chain = true;
      else return undefined;
    }
    return undefined;
  }

  /** Just past "among (the) councils" or "one of (the) (three) councils" at i; i when not there. */
  private amongCouncils(i: number): number {
    let p = i;
    if (this.word(p) === "among") p++;
    else if (this.word(p) === "one" && this.word(p + 1) === "of") p += 2;
    else return i;
    if (this.word(p) === "the") p++;
    if (this.countBefore(p + 1) !== undefined) p++;
    const councils = this.populations.find((phrase) => phrase.startTok === p && phrase.population === "councils");
    return councils ? councils.endTok : i;
  }

  /**
   * "from inadequate to good": the catalogue reads "inadequate to" as the start of "inadequate to
   * meet", so the earlier grade is read on its own, up to the "to".
   */
  private gradeBeforeTo(i: number): GradePhrase | undefined {
    let to = i;
    while (to < Math.min(this.tokens.length, i + 6) && this.word(to) !== "to") to++;
    if (this.word(to) !== "to") return undefined;
    const end = this.skipBack(to - 1) + 1;
    const [grade] = gradePhrases(this.tokens.slice(i, end));
    if (!grade || grade.startTok !== 0 || grade.endTok !== end - i) return undefined;
    return { ...grade, startTok: i, endTok: end };
  }

  /** What follows a grade must end its phrase: "good in 2016", "good, …"; not "good practice", not "good and adequate respectively". */
  private endsPhrase(end: number): boolean {
    const next = this.skipQuotes(end);
    const token = this.tokens[next];
    if (!token || token.kind !== "word") return true;
    if ((token.lower === "and" || token.lower === "or") && this.gradeAt.has(this.skipQuotes(next + 1))) return false;
    return AFTER_GRADE.has(token.lower) || this.aspects.some((phrase) => phrase.startTok === next) || ["rating", "judgement", "judgment", "grade", "grading", "verdict"].includes(token.lower);
  }

  /** The tokens after a grade that still belong to its phrase: up to a comma, another council or grade, or a new clause. */
  private tailEnd(start: number): number {
    let i = start;
    for (; i < this.tokens.length; i++) {
      const token = this.tokens[i]!;
      if (i > start && (this.gradeAt.has(i) || this.councilAt.has(i))) break;
      if (token.kind === "punct" && STOP_TAIL.has(token.text)) break;
      if (token.kind === "word" && TAIL_STOP_WORDS.has(token.lower)) break;
    }
    return i;
  }

  /** The judgement area after a grade ("for care leavers"), "" when an unknown area follows ("for adoption"), undefined for none. */
  private areaAfter(end: number, tail: number): string | undefined | null {
    const aspect = this.aspects.find((phrase) => phrase.startTok >= end && phrase.startTok < tail);
    if (aspect) return aspect.aspect === "overall" ? undefined : aspect.aspect;
    const next = this.skipQuotes(end);
    const word = this.word(next);
    if (word === "for") {
      const ordinal = ["the", "a"].includes(this.word(next + 1) ?? "") && TIME_ORDINALS.has(this.word(next + 2) ?? "");
      return ordinal ? undefined : null;
    }
    if (word === "in") {
      const after = this.tokens[next + 1];
      return after?.kind === "digits" || AFTER_IN.has(after?.lower ?? "") ? undefined : null;
    }
    return undefined;
  }

  /** The period stated after the grade, else before the council in the same clause ("In 2016, Leeds was …"), else the article's. */
  private periodFor(group: Group, grade: GradePhrase, head: number, clause?: number): RatingPeriod {
    const tailAfter = Math.max(grade.endTok, group.endTok);
    // "councils rated inadequate in 2016, including …": the list's period stands between grade and names.
    const between = head < group.startTok ? this.when.within(grade.endTok, group.startTok) : undefined;
    const after = between ?? this.when.within(tailAfter, this.tailEnd(tailAfter));
    if (after && after !== "since") return after;
    return (after === undefined ? (this.when.whenBefore(head) ?? this.when.before(clause ?? this.clauseStart(head), head)) : undefined) ?? this.when.article();
  }

  /** Where the clause holding `head` starts: after a ";" or the council or grade before it. */
  private clauseStart(head: number): number {
    let at = head - 1;
    while (at >= 0 && this.tokens[at]!.text !== ";" && !this.councilAt.has(at) && !this.gradeAt.has(at)) at--;
    return at + 1;
  }

  /** `clause`: where the predicate's own clause starts, when the subject is read again after an earlier one ("…, but is now rated good"). */
  private record(group: Group, predicate: Predicate, subjectAspect: string | undefined, exhaustive: boolean, head = group.startTok, clause?: number): void {
    const id = this.groupCount++;
    for (const { grade, earlier: stated } of predicate.grades) {
      const area = this.areaAfter(grade.endTok, this.tailEnd(grade.endTok));
      if (area === null) continue;
      const dated = this.periodFor(group, grade, clause ?? head, clause);
      const earlier = stated || earlierGrade(this.tokens, clause ?? this.clauseStart(Math.min(head, grade.startTok)), grade.startTok, dated.periodFrom === "article");
      const aspect = subjectAspect ?? area;
      for (const council of group.members) this.found.push({ council, grade, earlier, ...(aspect ? { aspect } : {}), ...(earlier ? {} : dated), group: id, exhaustive: exhaustive && !earlier });
    }
  }
}

/** Every council rating the sentence states plainly; none when it names no council or no grade. */
export function readCouncilRatings(sentence: string, context: RatingContext = {}): CouncilRatingMention[] {
  if (!mayNameCouncil(sentence)) return [];
  const tokens = tokenize(sentence);
  const councils = findCouncils(tokens);
  const grades = councils.length === 0 ? [] : gradePhrases(tokens);
  return grades.length === 0 ? [] : new SentenceReader(sentence, tokens, councils, grades, context).read();
}
