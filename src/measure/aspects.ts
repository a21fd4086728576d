// The judgement area a grade is for ("36% for help and protection", "On child protection, one in
// five councils was inadequate"), read from the figure's own words; none means the overall one.

import type { Token } from "../extract/figures/tokens.ts";
import type { Indicator } from "./catalogue.ts";
import { vocabulary } from "./vocabulary.ts";
import { isWordAt, isWordIn, type Mentions } from "./frames.ts";
import { opensPart } from "./narrowing.ts";
import { nearestIn, type PhraseMention } from "./phrases.ts";
import type { FigureSlot } from "./read.ts";

/** Where the grade the figure is read as stands, and whether it comes after the figure. */
export interface GradeSpan {
  start: number;
  end: number;
  after: boolean;
}

/**
 * "36% for help and protection": the judgement area after the figure, else between its grade and
 * it, else the one area the sentence names before the figure ("On child protection, one in five
 * councils was inadequate").
 */
export function aspectOf(tokens: readonly Token[], mentions: Mentions, figure: FigureSlot, stretch: { from: number; to: number }, grade: GradeSpan): string | undefined {
  // "rated inadequate with 'unacceptably poor' child protection": what the grade came with, not the area graded.
  const areas = mentions.aspects.filter((mention) => mention.start < figure.end || !withBefore(tokens, figure.endTok, mention.startTok));
  const after = areas.find((mention) => mention.start >= figure.end && mention.end <= stretch.to);
  if (after) return after.value;
  const from = Math.min(grade.start, figure.start);
  const to = Math.max(grade.end, figure.end);
  return nearestIn(areas, from, Math.max(to, grade.after ? stretch.to : to), grade.end) ?? areaBefore(tokens, mentions, figure);
}

/** "with" (or "and") between a figure and an area named after it: the area is described, not graded. */
function withBefore(tokens: readonly Token[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (isWordAt(tokens, at, "with", "including", "alongside")) return true;
  return false;
}

/** Words that make a list of judgement areas the name of what is inspected, not the area of a grade. */
const NAMING_AREAS = new Set(["framework", "frameworks", "inspection", "inspections", "inspect", "inspects", "sif", "ilacs"]);

/**
 * The judgement area named before the figure, when the sentence names just one there and not as
 * part of a framework's name ("the framework for children in need of help and protection, children
 * looked after and care leavers" names three areas: none is the figure's).
 */
function areaBefore(tokens: readonly Token[], mentions: Mentions, figure: FigureSlot): string | undefined {
  const before = mentions.aspects.filter((mention) => mention.end <= figure.start);
  const areas = new Set(before.map((mention) => mention.value));
  if (areas.size !== 1) return undefined;
  const first = before[0]!;
  // The area is the sentence's topic only after a preposition ("For help and protection,", "concerns
  // about child protection") or as what something is ("the weakest area is child protection services,
  // with one in five …"): "Leaders of children's services said …" names speakers, not an area.
  const lead = isWordAt(tokens, first.startTok - 1, "the", "its", "their") ? first.startTok - 2 : first.startTok - 1;
  // Or as the subject graded: "Help and protection was rated inadequate in 15 councils".
  // ("Child protection services received the worst rating, with … one in five … judged 'inadequate'", hry151.)
  const gradedSubject = lead < 0 && ((isWordAt(tokens, first.endTok, "was", "were", "is", "are") && isWordAt(tokens, first.endTok + 1, "rated", "judged", "graded", "found")) || (isWordAt(tokens, first.endTok, "received", "got", "had", "drew", "attracted") && isWordAt(tokens, first.endTok + 1, "the") && isWordAt(tokens, first.endTok + 3, "rating", "ratings", "grade", "grades", "judgement", "judgements", "judgment", "judgments")));
  if (!gradedSubject && !isWordAt(tokens, lead, "for", "on", "in", "at", "about", "over", "regarding", "around", "is", "was", "remains", "remained")) return undefined;
  // "After reinspecting the weakest, focusing on child protection, …20 inadequate councils": what the inspections looked at, not the grade's area (hry57).
  if (isWordAt(tokens, lead - 1, "focusing", "focussing", "focused", "focussed", "concentrating", "concentrated", "centred", "centered", "looking")) return undefined;
  // "the single inspection framework for services for help and protection": a name.
  for (let at = Math.max(0, first.startTok - 6); at < first.startTok; at++) {
    if (isWordIn(tokens, at, NAMING_AREAS) && isWordAt(tokens, at + 1, "for", "of")) return undefined;
  }
  return first.value;
}

/**
 * "32,270 children started to be looked after", "28,010 ceased being in care": the way the
 * indicator's series counts it apart (catalogue `aspects`), said after the figure within its
 * stretch, else the nearest before it in its stretch, else the only one its clause says before the
 * next figure. None when the clause says several and the figure's own words do not settle it.
 * `indicators`: the sentence's indicator mentions, as the reader already found them.
 */
export function countedApartIn(tokens: readonly Token[], indicator: Indicator, figure: FigureSlot, stretch: { from: number; to: number }, clause: { start: number; end: number }, nextFigure: FigureSlot | undefined, indicators: ReadonlyArray<PhraseMention<Indicator>>): string | undefined {
  if (!indicator.aspects) return undefined;
  const named = onceFor(tokens, "aspects", () => vocabulary().indicatorAspects.find(tokens)).filter((mention) => mention.value.indicator === indicator.id && mention.start >= clause.start && mention.end <= clause.end);
  const own = named.find((mention) => mention.start >= figure.end && mention.end <= stretch.to && !goesOnBetween(tokens, figure.endTok, mention.startTok));
  if (own) return own.value.aspect;
  // "as the number entering care outnumbered those leaving, the number of looked-after children
  // increased … to 80,850": the indicator named afresh between the words and the figure is the figure's, whole.
  const namedAfresh = (mention: PhraseMention<{ aspect: string }>) =>
    mention.end <= figure.start && indicators.some((again) => again.value === indicator && again.start >= mention.end && again.end <= figure.start);
  // "the number of children starting to be looked after, 32,050 – … and 29,860 ceased": the nearest before it.
  const before = named.filter((mention) => mention.end <= figure.start && mention.start >= stretch.from).at(-1);
  if (before) return namedAfresh(before) ? undefined : before.value.aspect;
  // Past a next figure that is a part of this one, words are the part's: "83,840 children in care,
  // 57,020 of them in foster care". ("3,226 …, nearly double the 1,785 who started to be looked after"
  // compares like with like.)
  // Past the figure's own words, a clause that goes on ("…, with the number in foster care rising",
  // "…, and most were in foster care") says something of a part, not which count the figure is.
  const until = nextFigure && isPartOf(tokens, nextFigure) ? nextFigure.start : Number.POSITIVE_INFINITY;
  const kinds = new Set(named.filter((mention) => mention.end <= until && !namedAfresh(mention) && (mention.end <= figure.start || !goesOnBetween(tokens, figure.endTok, mention.startTok))).map((mention) => mention.value.aspect));
  return kinds.size === 1 ? [...kinds][0] : undefined;
}

/**
 * Whether the sentence goes on to another statement between two tokens: "…, with the number in
 * foster care rising", "…, and most were in foster care", "…; …". Words past that are about
 * something else, not which count the figure before them is.
 */
function goesOnBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const token = tokens[at]!;
    if (token.text === ";") return true;
    if (token.text === "," && isWordAt(tokens, at + 1, "with", "and", "but", "while", "whereas")) return true;
    // "80,080, the vast majority of whom were in foster care": what most of them were, not which count (hry60).
    if (isWordAt(tokens, at, "of") && isWordAt(tokens, at + 1, "whom", "which", "them") && isWordAt(tokens, at - 1, "majority", "most", "many", "some", "all", "half", "few", "none", "minority", "several")) return true;
  }
  return false;
}

/** Tokens after an amount its part of the money may follow in ("£4.7m was spent on residential placements"). */
const SCOPE_AFTER = 5;

/**
 * "The placements budget was overspent by £4.7m", "overspent by £4.7m on placements": the part of
 * the council's money an amount is of (catalogue `scopes`): the nearest named before it in its
 * stretch, else one named just after it, else the only one named before it in its sentence. Never
 * one further on: ", and spending on agency staff was £2.9m more" begins another amount's words.
 * `countsPopulation`: the figure's own noun names a population it counts.
 */
export function scopeIn(tokens: readonly Token[], indicator: Indicator, figure: FigureSlot, stretch: { from: number; to: number }, countsPopulation: boolean): string | undefined {
  if (!indicator.scopes) return undefined;
  // "65 local authorities saw changes to their director": past a figure's own noun naming the
  // population it counts, the words after it are what the counted did, not a part of the count ("65 changes").
  return nearFigure(tokens, onceFor(tokens, "scopes", () => vocabulary().indicatorScopes.find(tokens)), indicator, figure, countsPopulation ? { from: stretch.from, to: figure.end } : stretch, true)?.aspect;
}

/** "lost 503 FTE children's social workers", "6,028 FTE social workers joined": words that say the figure counts something else (catalogue `notWith`), where a scope would stand. */
export function countsSomethingElse(tokens: readonly Token[], indicator: Indicator, figure: FigureSlot, stretch: { from: number; to: number }): boolean {
  if (indicator.notWith === undefined) return false;
  const found = onceFor(tokens, "notWith", () => vocabulary().indicatorNotWith.find(tokens));
  if (nearFigure(tokens, found, indicator, figure, stretch, false) !== undefined) return true;
  // "11.6% of social work posts in council adults' services were vacant": a few words further, in the same phrase, no comma between (hry104).
  // ("6,521 agency social workers were working in council adult services": further still, hry145.)
  return found.some((mention) => mention.value.indicator === indicator.id && mention.start >= figure.end && mention.end <= stretch.to && mention.endTok <= figure.endTok + SCOPE_AFTER + 7 && !tokens.slice(figure.endTok, mention.startTok).some((token) => token.kind === "punct"));
}

/** Words before the figure in its stretch, else just after it, else (`sentenceWide`) the only ones named before it in its sentence. */
function nearFigure<T extends { indicator: string; aspect?: string }>(tokens: readonly Token[], found: ReadonlyArray<PhraseMention<T>>, indicator: Indicator, figure: FigureSlot, stretch: { from: number; to: number }, sentenceWide: boolean): T | undefined {
  const named = found.filter((mention) => mention.value.indicator === indicator.id);
  const before = named.filter((mention) => mention.end <= figure.start && mention.start >= stretch.from).at(-1);
  if (before) return before.value;
  // A part of the money may stand further off ("a £5.5m projected overspend on children's social care placements", hry56), in the same statement.
  const limit = sentenceWide ? SCOPE_AFTER + 3 : SCOPE_AFTER;
  const after = named.find((mention) => mention.start >= figure.end && mention.end <= stretch.to && mention.endTok <= figure.endTok + limit && (mention.endTok <= figure.endTok + SCOPE_AFTER || !goesOnBetween(tokens, figure.endTok, mention.startTok)));
  if (after || !sentenceWide) return after?.value;
  // "£4.7bn was spent on placements, compared to a budget of £4.1bn – an overspend of £670m": the one
  // part its sentence names before it, past the figures and clauses between. A part read too widely
  // only keeps a claim about the whole from being confirmed.
  const earlier = named.filter((mention) => mention.end <= figure.start);
  return new Set(earlier.map((mention) => mention.value.aspect)).size === 1 ? earlier[0]!.value : undefined;
}

/** "31,000 social workers, 5,000 working as agency staff": a later figure with a participle of its own counts a part. */
export function partByParticiple(tokens: readonly Token[], figure: FigureSlot): boolean {
  return tokens[figure.startTok - 1]?.text === "," && tokens[figure.endTok]?.kind === "word" && opensPart(tokens[figure.endTok]!.lower);
}

/**
 * "57,020 of them", "of whom 57,020", "including 57,020", "…, 5,000 working as agency staff": a
 * figure that counts part of the one before it.
 */
export function isPartOf(tokens: readonly Token[], figure: FigureSlot): boolean {
  const after = (offset: number) => tokens[figure.endTok + offset]?.lower;
  const before = (offset: number) => tokens[figure.startTok - offset]?.lower;
  return partByParticiple(tokens, figure) || (after(0) === "of" && ["them", "whom", "these", "those", "which"].includes(after(1) ?? "")) || before(1) === "including" || (before(2) === "of" && ["whom", "which"].includes(before(1) ?? ""));
}

/** A sentence's aspect, scope and notWith words, found once for all its figures (ingest's hot path). */
const foundIn = new WeakMap<readonly Token[], Map<string, ReadonlyArray<PhraseMention<unknown>>>>();

/** `kind` names one finder, so what is kept under it is always that finder's mentions. */
function onceFor<T>(tokens: readonly Token[], kind: string, find: () => ReadonlyArray<PhraseMention<T>>): ReadonlyArray<PhraseMention<T>> {
  let byKind = foundIn.get(tokens);
  if (!byKind) foundIn.set(tokens, (byKind = new Map()));
  let found = byKind.get(kind) as ReadonlyArray<PhraseMention<T>> | undefined;
  if (!found) byKind.set(kind, (found = find()));
  return found;
}

/**
 * "children … affected by sexual exploitation (CSE) who started a CPP … 3,400": two of the
 * indicator's ways of counting apart name the figure at once. A figure counts one of them only, so
 * which count it is stays unknown (hry115).
 */
export function twoAspectsNamed(tokens: readonly Token[], indicator: Indicator, figure: FigureSlot, clauseStart: number, stretch: { from: number; to: number }): boolean {
  if (!indicator.aspects) return false;
  const found = onceFor(tokens, "aspects", () => vocabulary().indicatorAspects.find(tokens)).filter((mention) => mention.value.indicator === indicator.id);
  const distinct = (mentions: typeof found) => new Set(mentions.map((mention) => mention.value.aspect)).size > 1;
  // Before the figure in its clause; or after it in its own phrase, apart: "2,190 children started a
  // child protection plan for sexual abuse" names both after it (hry119), while in "32,270 started to
  // be looked after and 34,450 stopped being looked after" the second figure's own is only the one after.
  if (distinct(found.filter((mention) => mention.start >= clauseStart && mention.end <= figure.start))) return true;
  return distinct(found.filter((mention) => mention.start >= figure.end && mention.end <= stretch.to && !tokens.slice(figure.endTok, mention.startTok).some((token) => token.kind === "punct")));
}

/**
 * "rated good or outstanding for their adoption and fostering services": a grade for a service the
 * catalogue names no judgement area of is no overall grade, nor any area's (hry138: three quarters
 * graded so for adoption and fostering supported a claim about councils' overall grades).
 */
export function gradedForOtherService(tokens: readonly Token[], mentions: Mentions, gradeEnd: number): boolean {
  const at = tokens.findIndex((token) => token.start >= gradeEnd);
  if (at < 0 || !isWordAt(tokens, at, "for")) return false;
  const from = isWordAt(tokens, at + 1, "their", "its", "the") ? at + 2 : at + 1;
  // ("outstanding for that part of their work": the area named before, which the article's context gives.)
  if (isWordAt(tokens, at + 1, "that", "this", "these", "those", "each", "every", "all")) return false;
  if (mentions.aspects.some((mention) => mention.startTok >= at && mention.startTok <= from)) return false;
  // ("rated inadequate for adoption": the SIF's graded sub-judgement, hry151.)
  if (isWordAt(tokens, from, "adoption", "fostering") && !isWordAt(tokens, from + 1, "agencies", "agency", "services", "service")) return true;
  for (let next = from; next < Math.min(tokens.length, from + 6); next++) {
    if (tokens[next]!.kind === "punct") return false;
    // ("for their services to children" is all of them: the service is named by a word before.)
    if (isWordAt(tokens, next, "services", "service", "provision", "work", "arrangements")) return next > from && !isWordAt(tokens, next - 1, "children's", "childrens", "social", "care");
  }
  return false;
}
