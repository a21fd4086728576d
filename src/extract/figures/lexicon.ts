// Word lists the figure grammar reads. Plain data only: no logic lives here.

export const UNIT_WORDS: ReadonlyMap<string, number> = new Map([
  ["zero", 0], ["nought", 0], ["naught", 0],
  ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5],
  ["six", 6], ["seven", 7], ["eight", 8], ["nine", 9],
]);

export const TEEN_WORDS: ReadonlyMap<string, number> = new Map([
  ["ten", 10], ["eleven", 11], ["twelve", 12], ["thirteen", 13], ["fourteen", 14],
  ["fifteen", 15], ["sixteen", 16], ["seventeen", 17], ["eighteen", 18], ["nineteen", 19],
]);

export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ["twenty", 20], ["thirty", 30], ["forty", 40], ["fifty", 50],
  ["sixty", 60], ["seventy", 70], ["eighty", 80], ["ninety", 90],
]);

export const HUNDRED_WORDS: ReadonlySet<string> = new Set(["hundred", "hundreds"]);

/** "£193m", "£1.1bn", "£900k": a scale's abbreviation, read only glued to money's digits. */
export const SCALE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([["k", 1e3], ["m", 1e6], ["mn", 1e6], ["bn", 1e9], ["b", 1e9]]);

export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ["thousand", 1e3], ["thousands", 1e3],
  ["million", 1e6], ["millions", 1e6],
  ["billion", 1e9], ["billions", 1e9],
  ["trillion", 1e12], ["trillions", 1e12],
]);

export const DOZEN_WORDS: ReadonlySet<string> = new Set(["dozen", "dozens"]);

export interface OrdinalWord {
  value: number;
  plural: boolean;
  /** "hundredth", "millionth": a number before them multiplies ("one hundred-thousandth") instead of adding. */
  scale: boolean;
  /** "first" and "second" are only ever denominators inside a compound ("twenty-first"), never alone. */
  compoundOnly: boolean;
}

function ordinalTable(): Map<string, OrdinalWord> {
  const table = new Map<string, OrdinalWord>();
  const add = (singular: string, plural: string, value: number, scale = false, compoundOnly = false): void => {
    table.set(singular, { value, plural: false, scale, compoundOnly });
    table.set(plural, { value, plural: true, scale, compoundOnly });
  };
  add("first", "firsts", 1, false, true);
  add("second", "seconds", 2, false, true);
  add("third", "thirds", 3);
  add("fourth", "fourths", 4);
  add("quarter", "quarters", 4);
  add("half", "halves", 2);
  const regular: Array<[string, number]> = [
    ["fifth", 5], ["sixth", 6], ["seventh", 7], ["eighth", 8], ["ninth", 9], ["tenth", 10],
    ["eleventh", 11], ["twelfth", 12], ["thirteenth", 13], ["fourteenth", 14], ["fifteenth", 15],
    ["sixteenth", 16], ["seventeenth", 17], ["eighteenth", 18], ["nineteenth", 19],
    ["twentieth", 20], ["thirtieth", 30], ["fortieth", 40], ["fiftieth", 50],
    ["sixtieth", 60], ["seventieth", 70], ["eightieth", 80], ["ninetieth", 90],
  ];
  for (const [word, value] of regular) add(word, `${word}s`, value);
  for (const [word, value] of [["hundredth", 1e2], ["thousandth", 1e3], ["millionth", 1e6], ["billionth", 1e9], ["trillionth", 1e12]] as const) {
    add(word, `${word}s`, value, true);
  }
  return table;
}

export const ORDINAL_WORDS: ReadonlyMap<string, OrdinalWord> = ordinalTable();

/** Unicode vulgar fractions, as numerator / denominator. */
export const VULGAR_FRACTIONS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ["½", [1, 2]], ["⅓", [1, 3]], ["⅔", [2, 3]], ["¼", [1, 4]], ["¾", [3, 4]],
  ["⅕", [1, 5]], ["⅖", [2, 5]], ["⅗", [3, 5]], ["⅘", [4, 5]], ["⅙", [1, 6]], ["⅚", [5, 6]],
  ["⅐", [1, 7]], ["⅛", [1, 8]], ["⅜", [3, 8]], ["⅝", [5, 8]], ["⅞", [7, 8]], ["⅑", [1, 9]], ["⅒", [1, 10]],
]);

export const CURRENCY_SIGNS: ReadonlySet<string> = new Set(["£", "$", "€", "¥"]);

/** The twelve month names as a regex alternation, for patterns matched without case ("between July and September"). */
export const MONTH_PATTERN = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

/** Capitalised as written: lower-case "may" and "march" are verbs far more often than months. */
export const MONTH_NAMES: ReadonlySet<string> = new Set([
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
]);

export const PERCENT_WORDS: ReadonlySet<string> = new Set(["percent", "percents", "percentage", "percentages"]);

/** Words before a lone "one" that make it a pronoun ("the one you mentioned"), not a count. */
export const PRONOUN_ONE_DETERMINERS: ReadonlySet<string> = new Set([
  "the", "this", "that", "which", "each", "every", "any", "no", "whichever", "another",
  // "Not one council has been rated outstanding": none, not a count of one.
  "not",
]);

// Verbs of a move, every form reporters write, by the way they go. Every reader of a change takes
// its words from here: a change's amount ("rose by 11%", "cut 20%"), "from" as the earlier value
// ("fell from 764"), "from … to" as a move and not a range, and which way a level moved.
export const MOVE_UP_VERBS: ReadonlySet<string> = new Set([
  "rose", "risen", "rise", "rises", "rising", "increased", "increase", "increases", "increasing",
  "grew", "grown", "grow", "grows", "growing", "climbed", "climbing", "jumped", "jumping",
  "soared", "soaring", "surged", "surging", "leapt", "leaped", "shot", "doubled", "doubling", "tripled", "trebled",
  "raised", "raise", "raising", "boosted", "boost", "boosting",
]);
export const MOVE_DOWN_VERBS: ReadonlySet<string> = new Set([
  "fell", "fallen", "fall", "falls", "falling", "decreased", "decrease", "decreases", "decreasing",
  "dropped", "drop", "drops", "dropping", "declined", "decline", "declines", "declining",
  "reduced", "reduce", "reduces", "reducing", "cut", "cuts", "cutting", "halved", "halving",
  "shrank", "shrunk", "shrinking", "slumped", "slumping", "plunged", "plunging", "plummeted",
  "slipped", "slipping", "dipped", "lowered", "lowering", "slashed", "slash", "slashing", "trimmed", "trimming", "squeezed",
]);
/** Moves that say no way on their own: an "improved" caseload fell, an "improved" rating rose. */
export const MOVE_EITHER_VERBS: ReadonlySet<string> = new Set([
  "changed", "change", "changes", "went", "gone", "moved", "eased", "edged", "crept", "improved", "worsened", "narrowed", "widened", "recovered",
]);
/** Every verb of a move; with "up" and "down", the words that make "from 17 to 20" a change between two figures, not a range. */
export const MOVE_VERBS: ReadonlySet<string> = new Set([...MOVE_UP_VERBS, ...MOVE_DOWN_VERBS, ...MOVE_EITHER_VERBS]);
export const CHANGE_VERBS: ReadonlySet<string> = new Set([...MOVE_VERBS, "up", "down"]);

/** Forms of a move's verb that are as often its noun: "an increase from 36%", "changes from April". */
export const MOVE_NOUN_FORMS: ReadonlySet<string> = new Set(["increase", "increases", "decrease", "decreases", "drop", "drops", "decline", "declines", "change", "changes", "boost", "raise"]);

/** Nouns of change: "an increase of 74", "a rise in referrals of 3,000", "an increase in … from 106 to 164". */
export const CHANGE_NOUNS = ["increase", "rise", "decrease", "fall", "drop", "reduction", "jump", "growth", "decline", "cut", "loss", "gain", "surge"] as const;

/** After "a third", "one fifth" and the like: words that show the ordinal is a fraction, not a rank ("a third time"). */
export const FRACTION_FOLLOWERS: ReadonlySet<string> = new Set([
  "of", "and", "or", "are", "were", "is", "was", "have", "has", "had", "now", "in", "at", "to", "than",
  "said", "say", "says", "still", "also", "will", "would", "could", "may", "might", "do", "did", "does",
  "more", "less", "fewer", "be", "been", "being",
]);

/** Words before "since" that make it where a comparison starts, not a running count or a period: "the highest since 1985", "their lowest level since …". */
export const SUPERLATIVES_BEFORE_SINCE: readonly string[] = ["lowest", "highest", "level", "time", "smallest", "largest", "fewest", "most", "record", "point"];

/** Words that rank: "the heaviest caseloads in the region", "the 15 largest providers". */
export const SUPERLATIVES: ReadonlySet<string> = new Set(["highest", "lowest", "heaviest", "lightest", "largest", "smallest", "biggest", "worst", "best", "most", "fewest", "least", "greatest", "steepest", "sharpest", "fastest", "slowest"]);

/** Units of time: a number of them is a span or a date, never a count of anyone ("18 months in care"). */
export const TIME_UNITS: ReadonlySet<string> = new Set(["year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours"]);
