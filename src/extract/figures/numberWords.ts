// The class of each word that can stand in a number ("three", "hundred", "million", "third",
// "and"), and money's abbreviated scales ("£193m", "£8.4 bn"): the vocabulary numbers.ts parses.

import {
  CURRENCY_SIGNS, DOZEN_WORDS, HUNDRED_WORDS, ORDINAL_WORDS, SCALE_ABBREVIATIONS, SCALE_WORDS, TEEN_WORDS, TENS_WORDS, UNIT_WORDS,
} from "./lexicon.ts";
import type { OrdinalWord } from "./lexicon.ts";
import { glued } from "./tokens.ts";
import type { Token } from "./tokens.ts";

export type ItemClass = "unit" | "teen" | "tens" | "hundred" | "scale" | "dozen" | "ordinal" | "a" | "and" | "point" | "digits";

export type WordClass = { cls: ItemClass; value: number; ordinal?: OrdinalWord };

function classifyFromLexicon(lower: string): WordClass | null {
  const unit = UNIT_WORDS.get(lower);
  if (unit !== undefined) return { cls: "unit", value: unit };
  const teen = TEEN_WORDS.get(lower);
  if (teen !== undefined) return { cls: "teen", value: teen };
  const tens = TENS_WORDS.get(lower);
  if (tens !== undefined) return { cls: "tens", value: tens };
  if (HUNDRED_WORDS.has(lower)) return { cls: "hundred", value: 100 };
  const scale = SCALE_WORDS.get(lower);
  if (scale !== undefined) return { cls: "scale", value: scale };
  if (DOZEN_WORDS.has(lower)) return { cls: "dozen", value: 12 };
  const ordinal = ORDINAL_WORDS.get(lower);
  if (ordinal !== undefined) return { cls: "ordinal", value: ordinal.value, ordinal };
  if (lower === "a" || lower === "an") return { cls: "a", value: 1 };
  if (lower === "and") return { cls: "and", value: 0 };
  if (lower === "point") return { cls: "point", value: 0 };
  return null;
}

/** Every number word's class, looked up once: classifyWord runs for nearly every token of every sentence. */
export const WORD_CLASSES: ReadonlyMap<string, WordClass> = new Map(
  [...UNIT_WORDS.keys(), ...TEEN_WORDS.keys(), ...TENS_WORDS.keys(), ...HUNDRED_WORDS, ...SCALE_WORDS.keys(), ...DOZEN_WORDS, ...ORDINAL_WORDS.keys(), "a", "an", "and", "point"]
    .map((word) => [word, classifyFromLexicon(word)!]),
);

export const classifyWord = (lower: string): WordClass | null => WORD_CLASSES.get(lower) ?? null;

/** "£193m": a scale's abbreviation counts only glued to the digits before it ("£8.4 bn": or after money's, hry102). */
export const gluedScale = (tokens: readonly Token[], at: number): WordClass | null =>
  tokens[at - 1]?.kind === "digits" && (glued(tokens[at - 1], tokens[at]) || (tokens[at]!.lower !== "b" && afterMoneyDigits(tokens, at - 1))) && SCALE_ABBREVIATIONS.has(tokens[at]!.lower) ? { cls: "scale", value: SCALE_ABBREVIATIONS.get(tokens[at]!.lower)! } : null;

/** Whether the digits at `last` end an amount a currency sign opens ("£8.4"). */
function afterMoneyDigits(tokens: readonly Token[], at: number): boolean {
  while (at > 0 && glued(tokens[at - 1], tokens[at]) && (tokens[at - 1]!.kind === "digits" || tokens[at - 1]!.text === "." || tokens[at - 1]!.text === ",")) at--;
  return at > 0 && glued(tokens[at - 1], tokens[at]) && CURRENCY_SIGNS.has(tokens[at - 1]!.text);
}

