// Number expressions that are grammatical numbers but not figures worth citing.

import type { RecognisedNumber } from "./recognise.ts";
import { glued, isLowerCase, isPunct, isWord } from "./tokens.ts";
import type { Token } from "./tokens.ts";
import { CURRENCY_SIGNS, MONTH_NAMES, ORDINAL_WORDS, TEEN_WORDS, TIME_UNITS, UNIT_WORDS } from "./lexicon.ts";


/** "section 47", "page 12", "No 10": a label, not a quantity. "Year 6" only capitalised: "the last year 20 councils…" is a count. */
const REFERENCE_WORDS: ReadonlySet<string> = new Set([
  "section", "sections", "article", "paragraph", "page", "pages", "chapter", "clause", "regulation", "schedule",
  "part", "no", "number", "version", "room", "flat", "box", "route", "phase", "figure", "figures", "table", "tables",
  "chart", "annex", "appendix",
  // "set out in paragraphs 106-117 of the framework" (hry97).
  "paragraphs", "para", "paras", "chapters", "clauses", "regulations", "schedules", "annexes", "appendices",
  // "a pass mark of grade 4", "the average Attainment 8 score": an exam grade or score's name (hry58).
  "grade", "grades", "attainment", "progress",
]);

const STREET_SUFFIXES: readonly string[] = [
  "street", "road", "lane", "avenue", "way", "place", "square", "row", "gardens", "close", "court", "terrace", "drive", "crescent", "walk", "house",
];

/** Names that end in a number: "Channel 4", "BBC Radio 4", "Key Stage 2", "Level 3", "Tier 2". Capitalised only. */
const NAMES_WITH_NUMBERS: ReadonlySet<string> = new Set(["Year", "Channel", "Radio", "Stage", "Level", "Tier", "Band", "Wave", "Step", "Category", "Covid"]);

function isReference(before: Token | undefined): boolean {
  if (before?.kind !== "word") return false;
  return REFERENCE_WORDS.has(before.lower) || NAMES_WITH_NUMBERS.has(before.text);
}

/** "125 Kingsway", "20 Downing Street". */
function isAddress(after: Token | undefined): boolean {
  if (after?.kind !== "word") return false;
  const initial = after.text[0] ?? "";
  return initial !== initial.toLowerCase() && STREET_SUFFIXES.some((suffix) => after.lower.endsWith(suffix));
}

/** `insidePeriod`: the number is part of a period phrase ("in the past 12 months"). */
export function isFigure(mention: RecognisedNumber, tokens: readonly Token[], insidePeriod: boolean): boolean {
  if (insidePeriod) return false;
  // "From £15 / month", "just £1 a week": a price on a subscription offer, not a figure of the story.
  // ("Knowsley paid £49,680 a week for one child" is the story: a unit cost, read as one.)
  const slash = isPunct(tokens[mention.endTok], "/");
  const perPeriod = (slash || isWord(tokens[mention.endTok], "per", "a")) && isWord(tokens[mention.endTok + 1], "month", "year", "week");
  if (mention.money && perPeriod && (slash || (isWord(tokens[mention.startTok - 2], "from", "only", "just") && mention.value < 100))) return false;
  const after = tokens[mention.endTok];
  const afterThat = tokens[mention.endTok + 1];
  if (nextOneCounted(mention, tokens)) return false;
  // "Middlesbrough is in the top 10 nationally": a rank, no figure (hry159).
  if (mention.kind === "number" && isWord(tokens[mention.startTok - 1], "top", "bottom") && isWord(tokens[mention.startTok - 2], "the") && !isWord(after, "per", "%")) return false;
  // "D.2: Children in care": a section's number, glued to its letter, names a heading (hry82).
  if (isPunct(tokens[mention.startTok - 1], ".") && glued(tokens[mention.startTok - 2], tokens[mention.startTok - 1]) && glued(tokens[mention.startTok - 1], tokens[mention.startTok]) && /^[A-Z]$/.test(tokens[mention.startTok - 2]?.text ?? "")) return false;
  // "the Child Protection and Referrals 3 (CPR3) return": a number its bracketed acronym repeats names a thing (hry77).
  if (isPunct(after, "(") && afterThat !== undefined && /^[A-Z]{2,}$/.test(afterThat.text) && tokens[mention.endTok + 2]?.text === mention.text && glued(afterThat, tokens[mention.endTok + 2])) return false;
  // "a three-year cycle", "10-year-old": a number inside a compound adjective describes; it does not count.
  if (isPunct(after, "-") && glued(tokens[mention.endTok - 1], after) && glued(after, afterThat) && afterThat?.kind === "word") return false;
  // "16- and 17-year-olds", "18 to 20-year-olds": the first of two numbers sharing one compound.
  const joiner = isPunct(after, "-") && glued(tokens[mention.endTok - 1], after) ? mention.endTok + 1 : mention.endTok;
  // ("16 and 17 year olds", unhyphenated, hry81.)
  if (isWord(tokens[joiner], "and", "or", "to") && tokens[joiner + 1]?.kind === "digits" && ((isPunct(tokens[joiner + 2], "-") && isWord(tokens[joiner + 3], "year", "month", "week", "day")) || (isWord(tokens[joiner + 2], "year") && isWord(tokens[joiner + 3], "olds", "old")))) return false;
  // "seven years ago", "in the two years before their inspection" date something; "within 12 months
  // of a previous referral" is the window a measure is defined over. None is a quantity.
  if (after !== undefined && TIME_UNITS.has(after.lower)) {
    if (isWord(afterThat, "ago", "before", "after", "earlier", "later")) return false;
    // "the 12 month period", "a two year programme": a singular unit after a number other than one
    // makes a compound adjective, written without its hyphen.
    if (mention.value !== 1 && !after.lower.endsWith("s") && afterThat?.kind === "word" && isLowerCase(afterThat) && !isWord(afterThat, "and", "or", "to", "in", "of", "on", "for")) return false;
    // "has more than doubled in eight years", "over five years": how long a change took, no quantity.
    if (isWord(tokens[mention.startTok - 1], "within")) return false;
    // ("a turnaround from inadequate to good in just two years", hry76.)
    const lead = isWord(tokens[mention.startTok - 1], "just", "only", "barely") ? mention.startTok - 2 : mention.startTok - 1;
    if (isWord(tokens[lead], "in", "over") && after.lower.endsWith("s") && !mention.money && !mention.proportion) return false;
    // "registered in the 12 months up to March", "during the past three years": a window, no quantity.
    const window = isWord(tokens[mention.startTok - 1], "the") ? mention.startTok - 2 : isWord(tokens[mention.startTok - 1], "past", "last", "previous") && isWord(tokens[mention.startTok - 2], "the") ? mention.startTok - 3 : -1;
    if (window >= 0 && isWord(tokens[window], "in", "over", "during", "within", "for") && after.lower.endsWith("s") && !mention.money && !mention.proportion) return false;
  }
  if ((mention.kind === "number" || mention.kind === "range") && (isReference(tokens[mention.startTok - 1]) || isAddress(after))) return false;
  // "a 4+ grade", "5 A*-C grades": a grade, or how many grades each pupil got, no count of pupils.
  if (!mention.money && !mention.proportion && mention.value <= 12 && (isPunct(after, "+") ? isWord(tokens[mention.endTok + 1], "grade", "grades") : isWord(after, "a") && isPunct(tokens[mention.endTok + 1], "*"))) return false;
  // "on 21 and 22 February 2024", "from 3 to 5 March", "12-14 June": the first day of a span of dates.
  if ((mention.kind === "number" || mention.kind === "range") && firstDayOfSpan(mention, tokens)) return false;
  // "children under 18", "aged 16", "aged 16 or 17", "aged 19 to 21", "over 65s": an age, not a quantity.
  const age = (mention.kind === "number" || (mention.kind === "range" && isWord(tokens[mention.startTok - 1], "aged"))) && !mention.proportion && !mention.money && mention.value <= 25;
  const afterAged = isWord(tokens[mention.startTok - 1], "aged") || (isWord(tokens[mention.startTok - 1], "under", "over") && isWord(tokens[mention.startTok - 2], "aged")) || (isWord(tokens[mention.startTok - 1], "or", "to", "and") && tokens[mention.startTok - 2]?.kind === "digits" && isWord(tokens[mention.startTok - 3], "aged"));
  // ("children under 16 will be banned": after people, whatever follows, hry81.)
  if (age && (afterAged || (isWord(tokens[mention.startTok - 1], "under", "over") && (after === undefined || after.kind === "punct" || isWord(after, "year", "years", "s") || isWord(tokens[mention.startTok - 2], "children", "people", "pupils", "youngsters", "kids", "those", "girls", "boys"))))) return false;
  // "support in foster care until 21 if they choose", "16-18 year-olds", "18-year-olds": ages (hry109).
  if (age && isWord(tokens[mention.startTok - 1], "until", "till", "beyond") && (after === undefined || after.kind === "punct" || isWord(after, "if", "when", "and", "or", "unless", "while", "years"))) return false;
  if ((age || (mention.kind === "range" && mention.value <= 25)) && !mention.proportion && !mention.money && yearOldsAt(tokens, mention.endTok)) return false;
  // "under the age of 16", "until they reach age 21", "would have turned 19, 20 or 21": ages too.
  if (age && statedAsAge(tokens, mention.startTok)) return false;
  // "children … in care in England under 18 rose from …": an age threshold before a verb (hry98).
  if (age && isWord(tokens[mention.startTok - 1], "under", "over") && isWord(after, "rose", "rises", "fell", "falls", "increased", "decreased", "grew", "has", "have", "had", "is", "are", "was", "were", "who", "will", "would", "can", "could", "must", "should")) return false;
  // "65% were over 50 years old and 25% were over 60": a share's members being over an age (hry96).
  if (!mention.proportion && !mention.money && mention.value <= 120 && isWord(tokens[mention.startTok - 1], "over", "under") && isWord(tokens[mention.startTok - 2], "were", "are", "was", "is") && (tokens[mention.startTok - 3]?.text === "%" || isWord(tokens[mention.startTok - 3], "cent")) && (after === undefined || after.kind === "punct" || isWord(after, "and", "or"))) return false;
  // "aged over 30", "aged 50 or more": after "aged", an adult's age is an age too.
  if (afterAged && !mention.proportion && !mention.money && mention.value <= 120) return false;
  // "manage more than one children's home": "more than one" is the idiom for several, no count (hry134).
  // ("for more than one year" is a length of time, read as one.)
  if (mention.kind === "number" && mention.value === 1 && isWord(tokens[mention.startTok], "one") && isWord(tokens[mention.startTok - 1], "than") && isWord(tokens[mention.startTok - 2], "more") && !isWord(after, "in", "out", "of") && !TIME_UNITS.has(after?.lower ?? "")) return false;
  // "£4 in every £5 went on late intervention": a ratio of money, both sides of it no amount.
  if (mention.money && ((isWord(tokens[mention.endTok], "in", "of", "out") && isWord(tokens[mention.endTok + 1], "every", "each") && CURRENCY_SIGNS.has(tokens[mention.endTok + 2]?.text ?? "")) || (isWord(tokens[mention.startTok - 2], "every", "each") && isWord(tokens[mention.startTok - 3], "in", "of")))) return false;
  // "4-16 education": the school ages a service covers, no count.
  if (mention.kind === "range" && mention.value <= 25 && isWord(after, "education", "schooling", "provision", "schools", "school")) return false;
  // "67 per 10,000 children", "54 out of every 10,000": the base of a rate is part of the rate, not a count of its own.
  if (!mention.money && !mention.proportion && (isWord(tokens[mention.startTok - 1], "per") || (isWord(tokens[mention.startTok - 1], "every", "each") && (isWord(tokens[mention.startTok - 2], "in", "for") || (isWord(tokens[mention.startTok - 2], "of") && mention.value >= 100))))) return false;
  return true;
}

/** "year-olds", "-year-old", "year olds" from `at`: the number before is an age. */
function yearOldsAt(tokens: readonly Token[], at: number): boolean {
  const year = isPunct(tokens[at], "-") ? at + 1 : at;
  if (!isWord(tokens[year], "year", "years")) return false;
  const old = isPunct(tokens[year + 1], "-") ? year + 2 : year + 1;
  return isWord(tokens[old], "old", "olds");
}

/** Words right before a number that make it an age: "age 21", "the age of 16", "turned 19", and the rest of a list after them ("19, 20 or 21"). */
function statedAsAge(tokens: readonly Token[], startTok: number): boolean {
  let at = startTok - 1;
  while ((isWord(tokens[at], "or", "and", "to") || isPunct(tokens[at], ",")) && tokens[at - 1]?.kind === "digits") at -= 2;
  // ("until they are 21", "once she reaches 18": a person's age after a subordinate conjunction.)
  const untilThey = isWord(tokens[at], "are", "is", "were", "was", "reach", "reaches", "reached") && isWord(tokens[at - 1], "they", "he", "she") && isWord(tokens[at - 2], "until", "till", "when", "once", "before", "after", "unless");
  // ("until the child reaches 18": a person named by a noun, hry96.)
  const untilPerson = isWord(tokens[at], "reach", "reaches", "reached", "turns", "turn") && isWord(tokens[at - 1], "child", "children", "person", "people", "youngster", "youngsters", "son", "daughter", "boy", "girl");
  // ("after leaving care at 18", "left home at 16": when a person left, hry132.)
  const leftAt = isWord(tokens[at], "at") && (isWord(tokens[at - 1], "leave", "leaves", "leaving", "left") || (isWord(tokens[at - 1], "care", "home", "school", "custody") && isWord(tokens[at - 2], "leave", "leaves", "leaving", "left")));
  return untilThey || untilPerson || leftAt || isWord(tokens[at], "age", "turned", "turn", "turns", "turning") || (isWord(tokens[at], "of") && isWord(tokens[at - 1], "age", "ages"));
}

/** A day of the month (1–31) joined by "and", "to" or a dash to another day that a month name follows. */
function firstDayOfSpan(mention: RecognisedNumber, tokens: readonly Token[]): boolean {
  if (!Number.isInteger(mention.value) || mention.value < 1 || mention.value > 31) return false;
  // Read as one range of numbers ("21 and 22", "12-14"): a month right after it makes them days.
  // ("between October 14 and 18", "October 14-18": the month before them, American style, hry105.)
  const monthBefore = MONTH_NAMES.has(tokens[mention.startTok - 1]?.text ?? "") || ((isWord(tokens[mention.startTok - 1], "and", "to") || isPunct(tokens[mention.startTok - 1], "-") || isPunct(tokens[mention.startTok - 1], "–")) && tokens[mention.startTok - 2]?.kind === "digits" && MONTH_NAMES.has(tokens[mention.startTok - 3]?.text ?? ""));
  if (monthBefore && (mention.upper ?? mention.value) <= 31) return true;
  if (mention.kind === "range") return (mention.upper ?? 32) <= 31 && MONTH_NAMES.has(tokens[mention.endTok]?.text ?? "");
  const joiner = tokens[mention.endTok];
  const day = tokens[mention.endTok + 1];
  if (!(isWord(joiner, "and", "to") || isPunct(joiner, "-") || isPunct(joiner, "–"))) return false;
  return day?.kind === "digits" && day.value >= 1 && day.value <= 31 && MONTH_NAMES.has(tokens[mention.endTok + 2]?.text ?? "");
}

/**
 * "Four of the 10 directors … have left their councils, and a fifth is on sick leave": after a count
 * of one less, "a fifth" is the next one counted, no share (hry79).
 */
function nextOneCounted(mention: RecognisedNumber, tokens: readonly Token[]): boolean {
  if (mention.kind !== "fraction" || !isWord(tokens[mention.startTok], "a", "one") || isWord(tokens[mention.endTok], "of")) return false;
  const ordinal = ORDINAL_WORDS.get(tokens[mention.endTok - 1]?.lower ?? "")?.value;
  if (ordinal === undefined) return false;
  // A cardinal of its own, not a fraction's numerator ("almost three-quarters …, and almost a quarter").
  // (Nor a share: "4% of homes were inadequate, while a fifth were outstanding".)
  const counted = (token: Token, at: number) => (token.kind === "digits" ? token.value : UNIT_WORDS.get(token.lower) ?? TEEN_WORDS.get(token.lower)) === ordinal - 1 && !isPunct(tokens[at + 1], "-", "%", ".") && !isWord(tokens[at + 1], "per", "percent") && !ORDINAL_WORDS.has(tokens[at + 1]?.lower ?? "");
  return tokens.slice(0, mention.startTok).some(counted);
}
