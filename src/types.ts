// The plain data the core passes around and hands to adapters. Nothing here knows about a platform.

import type { Judgement, OfficialFigure, StatisticsRelease } from "./statistics/records.ts";

export type { CellRef, CellStatus, CountedRef, Judgement, OfficialFigure, StatisticsRelease } from "./statistics/records.ts";

/** Enough to cite an article. Fields the article itself does not show stay undefined: never guessed. */
export interface Source {
  /** Stable id: the corpus file name without its extension. */
  id: string;
  title: string;
  publisher?: string;
  /** ISO date, `YYYY-MM-DD`. */
  date?: string;
  author?: string;
  url?: string;
}

/** One block of an article's main text after site chrome has been removed. */
export interface Block {
  kind: "heading" | "paragraph" | "list-item" | "table-row";
  text: string;
  /** A table row's column headings ("Provider", "Outstanding", …), when it is a row of a table. */
  header?: string[];
  /** A paragraph the page sets apart as a quotation (Markdown "> ", HTML blockquote): someone's words, where the paragraphs around it may not be. */
  quoted?: true;
}

export interface Article {
  source: Source;
  /** The file it was read from, relative to the corpus folder. */
  file: string;
  blocks: Block[];
  /** sha256 of the file's bytes: tells a re-ingest of the same article. */
  hash: string;
}

/** How a figure is counted over time: a stock at a date, a flow within a period, or a running total. */
export type Basis = "stock" | "flow" | "cumulative";

/**
 * What a figure measures, in the terms of the measure catalogue (src/measure/catalogue.yaml). Two
 * figures measure the same thing only when src/measure says so; every part left out was not stated.
 */
export interface Measure {
  /** Catalogue id: "inadequate", "good-or-better", "turnover", "caseload", ... */
  indicator: string;
  /** Catalogue id of what is counted over: "councils", "childrens-homes", "social-workers", ... */
  population?: string;
  /** The part of the population the figure is drawn from, as the sentence words it ("judged inadequate"). */
  subgroup?: string;
  basis?: Basis;
  /** The judgement area a grade is for, when not the overall one ("help-and-protection", "leadership"). */
  aspect?: string;
  /** The part of what is counted a figure is of, when its clause says (a council's "placements" budget, the social workers who "left"); none: the whole, or unsaid. */
  scope?: string;
}

/** A number found in prose, before it is tied to a source. Offsets are UTF-16 indices into the sentence. */
export interface FigureMention {
  value: number;
  /** Upper bound of a range ("from 7 ... to as high as 34"). */
  upper?: number;
  /** "%" for percentages, ratios and fractions; otherwise the counted noun ("local authorities"). */
  unit: string;
  /**
   * The group a share is a share of ("children's homes" for "Four out of 5 children's homes"), where
   * the sentence names it. Two shares of different groups are different measures.
   */
  of?: string;
  /** The exact words, verbatim from the sentence. */
  text: string;
  start: number;
  end: number;
  /** "nearly", "more than", "almost", "as high as", ... */
  qualifier?: string;
  /** What it measures: "inadequate", "good", "requires improvement", "outstanding", "turnover", "caseload", ... */
  metric?: string;
  /** What it measures, from the catalogue; absent when the sentence does not say (check and trend then skip it). */
  measure?: Measure;
  /** "2016", "2012-13", "2008-09". */
  period?: string;
  /**
   * Where the period came from when the sentence does not state it: a phrase read against the
   * article's date ("in the past year"), or the article's own date or title. Absent: stated.
   */
  periodFrom?: "relative" | "article";
  geography?: string;
  /**
   * A change, not a level: "13 percentage points higher", "a 7% increase", "rose by 11%". It
   * measures nothing in the catalogue, and a sentence pointing back does not lend it a measure.
   */
  change?: true;
}

export interface Figure extends Omit<FigureMention, "start" | "end"> {
  /** The whole sentence the figure stands in, verbatim. */
  sentence: string;
  source: Source;
  /** Other articles reporting the same figure (same value, unit, metric and period). */
  corroboratedBy?: Source[];
  /** What the source says was counted, out of how many, in the same sentence (trend rows). */
  caveat?: string;
  /**
   * Where the same sentence states this measure twice (a ratio and a count, a share and a share):
   * whether the two agree arithmetically, and the working. `consistent` is null when the sentence
   * lacks the total needed to tell.
   */
  arithmetic?: { consistent: boolean | null; note: string };
}

export interface QuoteMention {
  text: string;
  /** Full name, or the organisation as cited; null when the attribution is uncertain (a wrong speaker is worse than none). */
  speaker: string | null;
  role?: string;
  /**
   * The prose that introduces the quote, verbatim from the article ("Andrew Webb, president of the
   * ADCS, said all directors … are committed to improving services."): reporters remember the topic,
   * which is often there rather than in the quoted words. Searched with the quote.
   */
  leadIn?: string;
  /** The quote is a few words inside reported speech (`said the figures were ‘deeply worrying’`). */
  partial?: boolean;
  /** The quote never closes before the stored text ends: its last words may be missing. */
  cutOff?: boolean;
}

export interface Quote extends QuoteMention {
  source: Source;
}

/**
 * A sentence of the archive that holds no figure: found when nothing better matches, so that "no
 * article uses X" is said only when it is true.
 */
export interface Mention {
  sentence: string;
  source: Source;
}

/**
 * A council's rating as a sentence of an article states it ("Leeds, along with Hampshire, was rated
 * ‘outstanding’"): one per council and grade. Read by src/extract/ratings; a fact beside the figures.
 */
export interface CouncilRatingMention {
  /** The council as the gazetteer names it ("Kingston upon Hull" for "Hull"). */
  council: string;
  /** The words naming it, verbatim ("Doncaster's"). */
  named: string;
  /** Catalogue id of the grade: "inadequate", "requires-improvement", "good", "outstanding", "adequate". */
  grade: string;
  /** The grade's words, verbatim. */
  gradeText: string;
  /** The judgement area, when the sentence says it is not the overall one ("care-leavers"). */
  aspect?: string;
  /** "moved from inadequate to good", "previously rated inadequate": the grade it had before. */
  earlier?: boolean;
  period?: string;
  /** As for figures: absent when the sentence states the period; "article" when it is the article's date. */
  periodFrom?: "relative" | "article";
  /**
   * Every council the sentence gives this grade (same area, same period, not an earlier grade): a
   * listed count of councils with the grade, shown by their names (`listedText` is verbatim).
   */
  listed: string[];
  listedText: string;
  /** The sentence says the list is the whole set ("only", "both councils", "the two councils", "three councils — A, B and C"). */
  exhaustive?: boolean;
}

export interface CouncilRating extends CouncilRatingMention {
  sentence: string;
  source: Source;
}

export type Intent = "lookup" | "check" | "trend" | "quote" | "sources" | "help";

/**
 * found: figures match topic and period. nearest: the topic matches but not the period.
 * none: nothing matches. usage: the input was not a query (empty, unreadable) and the message says what to type.
 * limited: the asker sent too many queries too fast; the archive was not searched.
 */
export type AnswerStatus = "found" | "nearest" | "none" | "usage" | "limited";

export type Verdict = "supported" | "contradicted" | "unverified";

export interface ClaimCheck {
  /** The claim's own figure, as extracted from the claim text. */
  claimed: FigureMention;
  verdict: Verdict;
  /** Why, in one line, with the arithmetic ("one in five is 20 %; sources say 13 % (one in seven)"). */
  reason: string;
  evidence: Figure[];
  /** The sentence of the claim text the figure stands in, verbatim: lets a reply quote each sentence once. */
  sentence?: string;
}

/**
 * An article's figure of the measure an official figure answers, where the two differ: in value (a
 * reporter's rounding is agreement), in period ("2022-23" for a census as at 30 September 2023), or
 * both. Official first: the record leads and the article figures that differ from it are named.
 */
export interface OfficialDifference {
  figure: Figure;
  official: OfficialFigure;
  differs: Array<"value" | "period">;
}

export interface SourceSummary {
  source: Source;
  figures: number;
  quotes: number;
}

export interface CommandHelp {
  command: string;
  description: string;
  example: string;
}

/** The one thing the core returns. Adapters render it; they add no facts of their own. */
export interface Answer {
  query: string;
  intent: Intent;
  status: AnswerStatus;
  /** Best first. */
  figures: Figure[];
  quotes: Quote[];
  message?: string;
  /** check: the overall verdict (the worst of the per-figure checks) and each check. */
  verdict?: Verdict;
  checks?: ClaimCheck[];
  evidence?: Figure[];
  /** trend: one figure per period, oldest first. */
  series?: Figure[];
  /** sources: the archive's articles. */
  sources?: SourceSummary[];
  /** help: the commands. */
  commands?: CommandHelp[];
  /** A council lookup or check: what the articles say the council was rated, each with its sentence. */
  ratings?: CouncilRating[];
  /** Sentences that use the words but give no figure or quote: shown only when nothing better matches. */
  mentions?: Mention[];
  /** Figures for the same measure on which the sources disagree, side by side. */
  conflicts?: Figure[][];
  /** The input was longer than the core reads and only its beginning was answered. */
  truncated?: boolean;
  /** Council judgements from the official statistics, best first (a trend: oldest first). */
  judgements?: Judgement[];
  /** Figures from the official statistics, each with the cell it stands in. */
  official?: OfficialFigure[];
  /** Article figures that differ from the official figure of the same measure, in value or period. */
  officialDifferences?: OfficialDifference[];
  /** sources: the statistics releases read. */
  releases?: StatisticsRelease[];
}

/** The small logging surface the core needs; boot/ passes pino in. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};

/** Who asked, for per-person limits; the platform's own user id. */
export interface Asker {
  platform: "slack" | "discord" | "cli";
  id: string;
}

/** What adapters call. The core's own function is synchronous; wrappers (rate limits, live reload) may not be. */
export type AnswerService = (text: string, asker?: Asker) => Answer | Promise<Answer>;
