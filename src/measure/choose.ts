// Which of the indicators named in a figure's stretch of the sentence is its own: the predicate
// after it ("17 are rated inadequate"), else the name before it ("the inadequate share was 22%"),
// with the shapes that make either someone else's (read.ts gives each figure its stretch).

import { whoAsides, type Token } from "../extract/figures/tokens.ts";
import type { Indicator, Population } from "./catalogue.ts";
import { copulaPredicate, drawnFrom, isWordAt, isWordIn, namedByNumberOf, predicateAfterWhole, QUOTE_MARKS, type Frame, type Mentions } from "./frames.ts";
import { labelsNext } from "./labels.ts";
import type { PhraseMention } from "./phrases.ts";
import type { FigureSlot } from "./read.ts";
import { unitFits } from "./counted.ts";

/** "caseloads ranging from 7 ... to as high as 34": a bare number can be an average when it counts nothing. */
export function fitsFigure(indicator: Indicator, figure: FigureSlot): boolean {
  return unitFits(indicator, figure.unitKind) || (figure.unitKind === "count" && figure.countedNoun === "" && unitFits(indicator, "average"));
}

export interface Chosen {
  mention: PhraseMention<Indicator>;
  after: boolean;
}

/**
 * The indicator named in the figure's stretch that fits its kind of number and its population: the
 * first one after it (its predicate: "17 are rated inadequate"), else the nearest before it ("the
 * inadequate share was 22%"). Words inside a partitive frame describe the subgroup, and a word that
 * is another figure's counted noun ("780 complaints about 575 providers") is that figure's.
 */
export function chooseIndicator(tokens: readonly Token[], figure: FigureSlot, stretch: { from: number; to: number }, mentions: Mentions, frame: Frame | undefined, owned: ReadonlySet<PhraseMention<Indicator>>, population: Population | undefined, next: FigureSlot | undefined): Chosen | undefined {
  const inFrame = (mention: PhraseMention<Indicator>) => frame !== undefined && mention.startTok >= frame.fromTok && mention.endTok <= frame.toTok;
  const usable = mentions.indicators.filter(
    (mention) =>
      mention.start >= stretch.from && mention.end <= stretch.to && !inFrame(mention) && !owned.has(mention) &&
      fitsFigure(mention.value, figure) && (!population || mention.value.populations.includes(population.id)) &&
      // "17,840 social workers (including agency workers)": what a whole takes in, not what it is (hry75).
      !isWordAt(tokens, mention.startTok - 1, "including", "excluding", "includes") &&
      !(mention.start >= figure.end && labelsNext(tokens, mention, next)),
  );
  // "The city's children's services budget for 2022/23 was £98.4m, so spending …": a figure a
  // copula gives to the measure before it is that measure's, whatever the next clause names.
  const named = namedByNumberOf(tokens, figure, usable) ?? usable.filter((mention) => mention.end <= figure.start).at(-1);
  // "the number of 'inadequate' and 'requires improvement' homes was 588": both grades, no one of them (hry136).
  // "Riverton, whose services were rated inadequate in 2015, is one of only 18 councils … to be rated
  // outstanding": what the "one of" counts is said after it, never before (hry140).
  const ofAt = isWordAt(tokens, figure.startTok - 1, "only", "just") ? figure.startTok - 2 : figure.startTok - 1;
  const oneOf = isWordAt(tokens, ofAt, "of") && isWordAt(tokens, ofAt - 1, "one");
  const asideBefore = oneOf && named !== undefined && named.end <= figure.start && inWhoseAside(tokens, named.startTok, figure.startTok);
  const before = (named && inCoordination(tokens, named, mentions)) || asideBefore ? undefined : named;
  if (named && !before && named.end <= figure.start && !usable.some((mention) => mention.start >= figure.end)) return undefined;
  if (asideBefore && !usable.some((mention) => mention.start >= figure.end)) return undefined;
  const lead = tokens[figure.startTok - 1]?.kind === "punct" ? figure.startTok - 2 : figure.startTok - 1;
  // "780 complaints about 575 providers", "made about 575 providers": what the measure is about (not "there were about 2,150").
  if (before && isWordAt(tokens, lead, "about", "concerning", "regarding", "against", "into") && !isWordAt(tokens, lead - 1, "were", "are", "was", "is", "be", "been") && ((before.endTok === lead && /s$/.test(tokens[lead - 1]!.lower)) || isWordAt(tokens, lead - 1, "made", "received", "raised", "lodged", "filed", "submitted", "brought"))) return undefined;
  if (before && isWordAt(tokens, lead, "was", "is", "were", "are", "totalled", "totaled", "stood", "reached") && !isWordAt(tokens, lead - 1, "there", "which", "that")) return { mention: before, after: false };
  // "overspent by £31.4m in 2024-25, …, as the cost of placements continued to climb": the verb
  // right before "by" is the figure's measure.
  if (before && isWordAt(tokens, lead, "by") && before.endTok === lead) return { mention: before, after: false };
  // "compared to a budgeted figure of £4.1bn – an overspend of £670m": money the measure before "of"
  // names is that measure's, whatever the next figure's words say.
  if (before && figure.unitKind === "money" && isWordAt(tokens, lead, "of") && (before.endTok === lead || (isWordAt(tokens, lead - 1, "figure", "total", "sum", "amount", "level") && before.endTok === lead - 1))) return { mention: before, after: false };
  // "spent £9.417bn on children's social care, surpassing their budgets by £605m": money right after
  // the verb that names its measure is that measure's, whatever the clause goes on to say (hry73);
  // unless a name stands right after it too ("spending £264m more than they budgeted").
  if (before && figure.unitKind === "money" && before.endTok === lead + 1 && !usable.some((mention) => mention.startTok === figure.endTok)) return { mention: before, after: false };
  let after = usable.find((mention) => mention.start >= figure.end);
  // The words after "of" name what a figure is drawn from; its predicate says what (frames.ts).
  if (after && (figure.unitKind === "share" || figure.unitKind === "count")) {
    const predicate = predicateAfterWhole(tokens, figure, after, usable);
    // "12,150 of CLA had a missing incident": drawn from a whole, with a predicate the catalogue names
    // nothing in, the figure is a part of it, not all of it (hry82).
    // (Only what happened to them, "had", "experienced": "are placed 20 miles away" narrows them, read as a subgroup.)
    if (!predicate && figure.unitKind === "count" && drawnFrom(tokens, figure, after) && isWordAt(tokens, after.endTok, "had", "has", "have", "experienced", "suffered") && !usable.some((other) => other.start >= after!.end)) return undefined;
    after = predicate ?? copulaPredicate(tokens, figure, after, usable) ?? after;
  }
  // "16 of which improved to good", "15 LAs retained a good or outstanding judgement": a move between
  // grades is a transition the catalogue does not measure, not a count of the grade.
  if (after && movesBetweenGrades(tokens, figure, after)) return undefined;
  // "inadequate or weak", "good and improving": a grade joined to another grade the catalogue does
  // not combine is no single measure; better none than the first half of it.
  if (after && coordinatedGrades(tokens, after, mentions)) return undefined;
  // "54 of them either were given this rating or were told they 'required improvement'": one of two, no one grade (hry136).
  if (after && after.value.kind === "grade" && eitherOrBetween(tokens, figure.endTok, after.startTok)) return undefined;
  if (after) return { mention: after, after: true };
  // A lone small number ("because one area is underperforming") borrows nothing from before it.
  if (isWordAt(tokens, figure.startTok, "one") && figure.endTok === figure.startTok + 1) return undefined;
  return before ? { mention: before, after: false } : undefined;
}

const TRANSITIONS: ReadonlySet<string> = new Set(["improved", "improve", "improving", "declined", "decline", "retained", "retain", "moved", "dropped", "fell", "rose", "went"]);

function movesBetweenGrades(tokens: readonly Token[], figure: FigureSlot, mention: PhraseMention<Indicator>): boolean {
  if (mention.value.kind !== "grade") return false;
  for (let at = figure.endTok; at < mention.startTok; at++) if (isWordIn(tokens, at, TRANSITIONS)) return true;
  return false;
}

/** The token at `at` stands in a ", whose … ," or ", who … ," aside that closes before `until`. */
function inWhoseAside(tokens: readonly Token[], at: number, until: number): boolean {
  return whoAsides(tokens).some((aside) => aside.openTok < at && at < aside.closeTok && aside.closeTok < until);
}

function eitherOrBetween(tokens: readonly Token[], from: number, to: number): boolean {
  let either = false;
  for (let at = from; at < to; at++) {
    if (isWordAt(tokens, at, "either")) either = true;
    else if (either && isWordAt(tokens, at, "or")) return true;
  }
  return false;
}

/** A grade joined to another, either side: "'inadequate' and 'requires improvement'". */
function inCoordination(tokens: readonly Token[], mention: PhraseMention<Indicator>, mentions: Mentions): boolean {
  if (coordinatedGrades(tokens, mention, mentions)) return true;
  return mentions.indicators.some((other) => other !== mention && other.end <= mention.start && coordinatedGrades(tokens, other, mentions) && other.value !== mention.value && mention.startTok - other.endTok <= 4);
}

function coordinatedGrades(tokens: readonly Token[], mention: PhraseMention<Indicator>, mentions: Mentions): boolean {
  if (mention.value.kind !== "grade") return false;
  let join = mention.endTok;
  while (QUOTE_MARKS.has(tokens[join]?.text ?? "")) join++;
  if (!isWordAt(tokens, join, "or", "and")) return false;
  let next = join + 1;
  while (QUOTE_MARKS.has(tokens[next]?.text ?? "")) next++;
  return mentions.indicators.some((other) => other.value.kind === "grade" && other.startTok === next && other.value !== mention.value);
}
