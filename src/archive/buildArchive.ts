// Articles into the searchable archive: every figure and quote, tied to its sentence and source, and
// the index that finds them. Built once at start (or loaded from a saved index) and then read-only.

import { extractFigures, titlePeriod } from "../extract/figures/index.ts";
import { indicatorLabel, statedBasis, withoutUnsettledGrade } from "../measure/index.ts";
import { unitKindOf } from "../measure/same.ts";
import { catalogue } from "../measure/catalogue.ts";
import { extractQuotes } from "../extract/quotes/index.ts";
import { readCouncilRatings } from "../extract/ratings/index.ts";
import { InvertedIndex, TypoCorrector } from "../search/index.ts";
import { sentenceArithmetic } from "./arithmetic.ts";
import { isStopword, splitSentences, stem, terms, words } from "../text/index.ts";
import { NO_STATISTICS, type StatisticsParts } from "../statistics/loadStatistics.ts";
import type { Article, CouncilRating, Figure, FigureMention, Mention, Quote, Source } from "../types.ts";

/**
 * A quote's lead-in is indexed in the quote's own document, but as terms of their own ("↳kinship"),
 * which no query word and no sentence can be: a figure lookup never ranks by a quote's lead-in, and
 * `quote` can tell the quote's words from the prose that introduced them (quoteSearch.ts).
 */
export const LEAD_IN_TERM = "↳";

export function leadInTerms(quote: Pick<Quote, "leadIn">): string[] {
  return quote.leadIn ? terms(quote.leadIn).map((term) => LEAD_IN_TERM + term) : [];
}

/** A searchable unit: a sentence that carries figures, or a quote. */
export type ArchiveDoc = { kind: "sentence"; figures: number[] } | { kind: "quote"; quote: number };

export interface Archive {
  sources: Source[];
  figures: Figure[];
  quotes: Quote[];
  docs: ArchiveDoc[];
  index: InvertedIndex;
  typos: TypoCorrector;
  /** Every metric some figure carries, for reading metrics out of queries. */
  metrics: string[];
  /** Every speaker some quote carries. */
  speakers: string[];
  /** Sentences without a figure, and their own index: every word of the archive can be found. */
  mentions: Mention[];
  mentionIndex: InvertedIndex;
  /** Councils' ratings stated in the articles' prose (src/extract/ratings). */
  ratings: CouncilRating[];
  /** Official statistics (src/statistics): every council judgement, official figures, the releases read. */
  judgements: StatisticsParts["judgements"];
  official: StatisticsParts["official"];
  releases: StatisticsParts["releases"];
}

export interface ArchiveParts {
  sources: Source[];
  figures: Figure[];
  quotes: Quote[];
  mentions: Mention[];
  ratings: CouncilRating[];
  /** Read from the statistics folder at index time; none when absent. */
  statistics?: StatisticsParts;
}

/**
 * A sentence that refers back to the previous one's measure instead of naming it: "20 local
 * authorities overall now carry this rating", "This is an increase from 79%", "it was 36%".
 */
const ANAPHORA = /\b(?:this|that|the same|such an?) (?:rating|judgement|judgment|grade|category|label|proportion|figure|rate)\b|(?:^|[,;]\s*|\b(?:inspection|framework|year)\s+)(?:this|that|it) (?:is|was|has|had)\b/i;

const NO_ARITHMETIC: ReadonlyMap<FigureMention, NonNullable<Figure["arithmetic"]>> = new Map();

/**
 * A figure with no measure of its own in a sentence that points back ("this rating") takes the
 * previous sentence's measure, when it is the same kind of number: the period stays its own.
 */
function inheritMeasure(mention: FigureMention, previous: FigureMention | undefined, sentence: string): FigureMention {
  if (mention.measure || !previous?.measure) return mention;
  // "20 local authorities ... amounting to 13%": a grade is stated as a count and as a share alike.
  const indicator = catalogue().indicator(previous.measure.indicator);
  if (!indicator?.units.includes(unitKindOf(mention))) return mention;
  // The basis is the sentence's own to state: "after each LA's first inspection it was 36%" is not
  // "currently", "20 ... now carry this rating" is.
  const { basis: _basis, ...inherited } = previous.measure;
  const basis = indicator.basis ?? statedBasis(sentence);
  const measure = basis ? { ...inherited, basis } : inherited;
  return { ...mention, measure, metric: indicatorLabel(measure.indicator) };
}

/**
 * "The turnover rate stood at 19.7 per cent", "The proportion judged inadequate has dropped from
 * 22%": an indicator counted over several populations takes the one the article last named for it
 * (for a grade, the last population any grade was counted over). A grade still without one stays
 * without a measure: councils and children's homes are both graded.
 */
function carryPopulation(mention: FigureMention, named: Map<string, string>): FigureMention {
  const measure = mention.measure;
  if (!measure) return mention;
  const grade = catalogue().indicator(measure.indicator)?.kind === "grade";
  const key = grade ? "grade" : measure.indicator;
  if (measure.population) {
    named.set(key, measure.population);
    return mention;
  }
  const population = named.get(key);
  return population ? { ...mention, measure: { ...measure, population } } : withoutUnsettledGrade(mention);
}

/** Extraction only: what an article yields, without the index (also used by `ingest` to report). */
export function extractArticle(article: Article): { figures: Figure[]; quotes: Quote[]; mentions: Mention[]; ratings: CouncilRating[] } {
  const figures: Figure[] = [];
  const mentions: Mention[] = [];
  const ratings: CouncilRating[] = [];
  let previous: FigureMention | undefined;
  const populations = new Map<string, string>();
  // "Children's social care data in England 2017 to 2018": a period the title states is what the
  // article's undated figures are for, more than the year it was published.
  const context = { date: article.source.date, period: titlePeriod(article.source.title) };
  for (const block of article.blocks) {
    if (block.kind === "heading") {
      previous = undefined;
      mentions.push({ sentence: block.text, source: article.source });
      // "Birmingham children's services rated inadequate": a headline states a rating as plainly as a sentence.
      for (const rating of readCouncilRatings(block.text, { date: article.source.date })) ratings.push({ ...rating, sentence: block.text, source: article.source });
      continue;
    }
    for (const sentence of splitSentences(block.text)) {
      for (const rating of readCouncilRatings(sentence.text, { date: article.source.date })) ratings.push({ ...rating, sentence: sentence.text, source: article.source });
      const refersBack = ANAPHORA.test(sentence.text);
      const found = extractFigures(sentence.text, context).map((mention) => carryPopulation(refersBack ? inheritMeasure(mention, previous, sentence.text) : mention, populations));
      if (found.length === 0) mentions.push({ sentence: sentence.text, source: article.source });
      // One figure has nothing in its sentence to be checked against; half of all sentences have none.
      const arithmetic = found.length < 2 ? NO_ARITHMETIC : sentenceArithmetic(sentence.text, found);
      for (const mention of found) {
        const { start: _start, end: _end, ...figure } = mention;
        const working = arithmetic.get(mention);
        figures.push({ ...figure, ...(working ? { arithmetic: working } : {}), sentence: sentence.text, source: article.source });
      }
      previous = found.find((mention) => mention.measure) ?? previous;
    }
  }
  const quotes = extractQuotes(article.blocks, article.source).map((quote) => ({ ...quote, source: article.source }));
  return { figures, quotes, mentions, ratings };
}

export function extractArchiveParts(articles: readonly Article[]): ArchiveParts {
  const parts: ArchiveParts = { sources: [], figures: [], quotes: [], mentions: [], ratings: [] };
  for (const article of articles) {
    const { figures, quotes, mentions, ratings } = extractArticle(article);
    parts.sources.push(article.source);
    parts.figures.push(...figures);
    parts.quotes.push(...quotes);
    for (const mention of mentions) parts.mentions.push(mention);
    for (const rating of ratings) parts.ratings.push(rating);
  }
  return parts;
}

function figureDocText(figures: Figure[]): string {
  const first = figures[0]!;
  const extras = figures.flatMap((figure) => [figure.metric ?? "", figure.unit === "%" ? "percent" : figure.unit, figure.geography ?? ""]);
  return [first.sentence, ...extras].join(" ");
}

function quoteDocText(quote: Quote): string {
  return [quote.text, quote.speaker ?? "", quote.role ?? ""].join(" ");
}

/** Builds the index over extracted parts; sentences are grouped so each is one document. */
export function indexArchive({ statistics = NO_STATISTICS, ...parts }: ArchiveParts): Archive {
  const docs: ArchiveDoc[] = [];
  const docTexts: string[] = [];
  const bySentence = new Map<string, number[]>();
  parts.figures.forEach((figure, id) => {
    const key = `${figure.source.id}\u0000${figure.sentence}`;
    const group = bySentence.get(key);
    if (group) group.push(id);
    else bySentence.set(key, [id]);
  });
  for (const figureIds of bySentence.values()) {
    docs.push({ kind: "sentence", figures: figureIds });
    docTexts.push(figureDocText(figureIds.map((id) => parts.figures[id]!)));
  }
  const firstQuoteDoc = docs.length;
  parts.quotes.forEach((quote, id) => {
    docs.push({ kind: "quote", quote: id });
    docTexts.push(quoteDocText(quote));
  });
  const typos = new TypoCorrector();
  // One pass of words() per text feeds both the corrector and the index (terms() would split again).
  const docTerms = docTexts.map((text, doc) => {
    const docWords = words(text);
    for (const word of docWords) typos.add(word);
    const own = docWords.filter((word) => !isStopword(word)).map(stem);
    return doc < firstQuoteDoc ? own : [...own, ...leadInTerms(parts.quotes[doc - firstQuoteDoc]!)];
  });
  for (const source of parts.sources) for (const word of words(source.title)) typos.add(word);
  const mentionTerms = parts.mentions.map((mention) => {
    const mentionWords = words(mention.sentence);
    for (const word of mentionWords) typos.add(word);
    return mentionWords.filter((word) => !isStopword(word)).map(stem);
  });
  return {
    ...parts,
    docs,
    mentionIndex: InvertedIndex.build(mentionTerms),
    index: InvertedIndex.build(docTerms),
    typos,
    metrics: [...new Set(parts.figures.flatMap((figure) => (figure.metric ? [figure.metric] : [])))],
    speakers: [...new Set(parts.quotes.flatMap((quote) => (quote.speaker ? [quote.speaker] : [])))],
    judgements: statistics.judgements,
    official: statistics.official,
    releases: statistics.releases,
  };
}

export function buildArchive(articles: readonly Article[]): Archive {
  return indexArchive(extractArchiveParts(articles));
}
