// "Medway STC was previously rated inadequate": a council's name that, in the articles, also names
// another body with inspections of its own (a secure training centre, a college, a safeguarding
// partnership). A claim that says only "Medway was rated inadequate" may mean either, so the
// council's record cannot contradict it on its own (hry48: a true claim about the training centre
// came back CONTRADICTED by the council's grade).

import type { Archive } from "../../archive/buildArchive.ts";
import { findCouncils as councilsIn } from "../../extract/ratings/councilMentions.ts";
import { readCouncilRatings } from "../../extract/ratings/index.ts";
import { tokenize, type Token } from "../../extract/figures/tokens.ts";
import type { YearRange } from "../../measure/periods.ts";
import type { Council } from "../../statistics/gazetteer.ts";
import { terms } from "../../text/index.ts";
import type { Mention } from "../../types.ts";
import { GRADE_WORDS } from "./gradeCounts.ts";

/** Capitalised words after a place's name that still name its council ("Medway Council", "Leeds City Council", "Kent Children's Services"). */
// ("Calderdale MBC", "Kent CC": a council's abbreviated title is the council, hry132.)
const COUNCIL_WORDS: ReadonlySet<string> = new Set(["council", "councils", "county", "city", "borough", "metropolitan", "district", "children's", "childrens", "social", "local", "and", "unitary", "royal", "mbc", "cc", "bc", "dc", "lbc", "rbc", "mdc"]);

/** Most sentences naming the council read for a namesake: enough for any archive's stories on one place. */
const MAX_SENTENCES = 2000;

/** "Medway STC", "Kent Police": the name written as the first word(s) of another body's proper name. */
function namesAnotherBody(tokens: readonly Token[], endTok: number): boolean {
  const next = tokens[endTok];
  if (!next || next.kind !== "word") return false;
  const code = next.text.charCodeAt(0);
  return code >= 65 && code <= 90 && !COUNCIL_WORDS.has(next.lower);
}

function yearsIn(sentence: string, date: string | undefined): number[] {
  const stated = [...sentence.matchAll(/\b(?:19|20)\d{2}\b/g)].map((match) => Number(match[0]));
  return stated.length > 0 ? stated : date ? [Number(date.slice(0, 4))] : [];
}

/** The sentences of the archive holding every word of the council's name: figure sentences and plain ones. */
function sentencesNaming(archive: Archive, council: Council): Mention[] {
  const nameTerms = terms(council.name);
  const first = nameTerms[0];
  if (first === undefined) return [];
  const found: Mention[] = [];
  const figureTerm = archive.index.termId(first);
  if (figureTerm !== undefined) {
    for (const doc of archive.index.docsWith(figureTerm)) {
      const entry = archive.docs[doc];
      const figure = entry?.kind === "sentence" ? archive.figures[entry.figures[0]!] : undefined;
      if (figure) found.push({ sentence: figure.sentence, source: figure.source });
      if (found.length >= MAX_SENTENCES) return found;
    }
  }
  const mentionTerm = archive.mentionIndex.termId(first);
  if (mentionTerm !== undefined) {
    for (const doc of archive.mentionIndex.docsWith(mentionTerm)) {
      const mention = archive.mentions[doc];
      if (mention) found.push(mention);
      if (found.length >= MAX_SENTENCES) break;
    }
  }
  return found;
}

/**
 * A sentence of the articles where the council's name names another body and gives it `grade`
 * (within `years`, when the claim names them), and that the ratings reader did not take as the
 * council's own rating; undefined when the articles use the name only for the council.
 */
export function namesakeGraded(archive: Archive, council: Council, grade: string, years: YearRange | undefined): Mention | undefined {
  const gradePattern = GRADE_WORDS.find(([, words]) => words === grade)?.[0];
  if (!gradePattern) return undefined;
  for (const mention of sentencesNaming(archive, council)) {
    if (!gradePattern.test(mention.sentence)) continue;
    if (years && !yearsIn(mention.sentence, mention.source.date).some((year) => year >= years.from && year <= years.to + 1)) continue;
    const tokens = tokenize(mention.sentence);
    const named = councilsIn(tokens).filter((each) => each.council.name === council.name);
    if (!named.some((each) => namesAnotherBody(tokens, each.endTok))) continue;
    if (readCouncilRatings(mention.sentence, { date: mention.source.date }).some((rating) => rating.council === council.name)) continue;
    return mention;
  }
  return undefined;
}
