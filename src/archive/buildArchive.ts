// Articles into the searchable archive: every figure and quote, tied to its sentence and source, and
// the index that finds them. Built once at start (or loaded from a saved index) and then read-only.

import { extractFigures } from "../extract/figures/index.ts";
import { extractQuotes } from "../extract/quotes/index.ts";
import { InvertedIndex, TypoCorrector } from "../search/index.ts";
import { sentenceArithmetic } from "./arithmetic.ts";
import { isStopword, splitSentences, stem, words } from "../text/index.ts";
import { NO_STATISTICS, type StatisticsParts } from "../statistics/loadStatistics.ts";
import type { Article, Figure, FigureMention, Quote, Source } from "../types.ts";

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
  /** Official statistics (src/statistics): every council judgement, official figures, the releases read. */
  judgements: StatisticsParts["judgements"];
  official: StatisticsParts["official"];
  releases: StatisticsParts["releases"];
}

export interface ArchiveParts {
  sources: Source[];
  figures: Figure[];
  quotes: Quote[];
  /** Read from the statistics folder at index time; none when absent. */
  statistics?: StatisticsParts;
}

/** A sentence that refers back to the previous one's measure instead of naming it. */
const ANAPHORA = /\b(?:this|that|the same|such an?) (?:rating|judgement|judgment|grade|category|label)\b/i;

const NO_ARITHMETIC: ReadonlyMap<FigureMention, NonNullable<Figure["arithmetic"]>> = new Map();

/** Extraction only: what an article yields, without the index (also used by `ingest` to report). */
export function extractArticle(article: Article): { figures: Figure[]; quotes: Quote[] } {
  const figures: Figure[] = [];
  let previousMetric: string | undefined;
  for (const block of article.blocks) {
    if (block.kind === "heading") {
      previousMetric = undefined;
      continue;
    }
    for (const sentence of splitSentences(block.text)) {
      // "20 local authorities overall now carry this rating": the rating is the previous sentence's.
      const inherited = ANAPHORA.test(sentence.text) ? previousMetric : undefined;
      const mentions = extractFigures(sentence.text, { date: article.source.date });
      // One figure has nothing in its sentence to be checked against; half of all sentences have none.
      const arithmetic = mentions.length < 2 ? NO_ARITHMETIC : sentenceArithmetic(sentence.text, mentions);
      for (const mention of mentions) {
        const { start: _start, end: _end, ...figure } = mention;
        const working = arithmetic.get(mention);
        figures.push({
          ...figure,
          ...(figure.metric === undefined && inherited ? { metric: inherited } : {}),
          ...(working ? { arithmetic: working } : {}),
          sentence: sentence.text,
          source: article.source,
        });
      }
      previousMetric = mentions.find((mention) => mention.metric)?.metric ?? inherited ?? previousMetric;
    }
  }
  const quotes = extractQuotes(article.blocks).map((quote) => ({ ...quote, source: article.source }));
  return { figures, quotes };
}

export function extractArchiveParts(articles: readonly Article[]): ArchiveParts {
  const parts: ArchiveParts = { sources: [], figures: [], quotes: [] };
  for (const article of articles) {
    const { figures, quotes } = extractArticle(article);
    parts.sources.push(article.source);
    parts.figures.push(...figures);
    parts.quotes.push(...quotes);
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
  parts.quotes.forEach((quote, id) => {
    docs.push({ kind: "quote", quote: id });
    docTexts.push(quoteDocText(quote));
  });
  const typos = new TypoCorrector();
  // One pass of words() per text feeds both the corrector and the index (terms() would split again).
  const docTerms = docTexts.map((text) => {
    const docWords = words(text);
    for (const word of docWords) typos.add(word);
    return docWords.filter((word) => !isStopword(word)).map(stem);
  });
  for (const source of parts.sources) for (const word of words(source.title)) typos.add(word);
  return {
    ...parts,
    docs,
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
