// Articles into the searchable archive: every figure and quote, tied to its sentence and source, and
// the index that finds them. Built once at start (or loaded from a saved index) and then read-only.

import { extractFigures, titlePeriod } from "../extract/figures/index.ts";
import { extractTableRow } from "../extract/figures/tables.ts";
import { ArticleMeasures } from "../measure/discourse.ts";
import { catalogue } from "../measure/catalogue.ts";
import { findCouncils, findPlaces } from "../extract/figures/context.ts";
import { tokenize } from "../extract/figures/tokens.ts";
import { isLocalPlace, isOutsideEngland, measureKey } from "../measure/same.ts";
import { vocabulary } from "../measure/vocabulary.ts";
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

const COUNCIL_WORD = /\b(?:County |City |Borough )?Council\b/;

const NO_ARITHMETIC: ReadonlyMap<FigureMention, NonNullable<Figure["arithmetic"]>> = new Map();

/** The same value of the same measure (or, unmeasured, the same unit): one figure stated twice. */
function restates(mention: FigureMention, stated: Figure): boolean {
  return Math.abs(mention.value - stated.value) < 1e-6 && (measureKey(mention) ?? `unmeasured|${mention.unit}`) === (measureKey(stated) ?? `unmeasured|${stated.unit}`);
}

/**
 * What a paragraph ending in a colon says its list is about: its last sentence, when short ("Our
 * headline inspection figures tell that story:"); a long one says too much to be a list's heading.
 */
function listLeadIn(paragraph: string): string {
  const last = splitSentences(paragraph).at(-1)?.text ?? paragraph;
  return last.split(" ").length <= 15 ? last : "";
}

/**
 * The figure a mention states, its span dropped: the same keys in the same order as
 * `{ ...rest, arithmetic?, sentence, source }`, copied in one loop because the rest-and-spread it
 * replaces went through V8's slow generic copy for each of 200,000 figures (a speed reason).
 */
function asFigure(mention: FigureMention, working: Figure["arithmetic"] | undefined, sentence: string, source: Source): Figure {
  const figure: Record<string, unknown> = {};
  for (const key in mention) if (key !== "start" && key !== "end") figure[key] = mention[key as keyof FigureMention];
  if (working) figure.arithmetic = working;
  figure.sentence = sentence;
  figure.source = source;
  return figure as unknown as Figure;
}

const EDUCATION_DEPARTMENT = /\bDepartment for Education\b|\bDfE\b|\beducation department\b/i;

/** Extraction only: what an article yields, without the index (also used by `ingest` to report). */
export function extractArticle(article: Article): { figures: Figure[]; quotes: Quote[]; mentions: Mention[]; ratings: CouncilRating[] } {
  const figures: Figure[] = [];
  const mentions: Mention[] = [];
  const measures = new ArticleMeasures();
  const ratings: CouncilRating[] = [];
  // "Birmingham children's services rated inadequate": a headline states a rating as plainly as a sentence.
  // "The council looked after 1,022 children": the council the article is about, from its headline
  // on, when it has named only one: in a round-up of several, "the council" could be any of them.
  const councilsNamed = new Set(findCouncils(tokenize(article.source.title)).map((mention) => mention.name));
  let onlyNamed: string | undefined;
  let namedCount = -1;
  const onlyCouncil = () => {
    if (councilsNamed.size !== namedCount) [namedCount, onlyNamed] = [councilsNamed.size, councilsNamed.size === 1 ? councilsNamed.values().next().value : undefined];
    return onlyNamed;
  };
  const rate = (sentence: string) => {
    for (const rating of readCouncilRatings(sentence, { date: article.source.date })) {
      ratings.push({ ...rating, sentence, source: article.source });
      councilsNamed.add(rating.council);
    }
  };
  const regions = catalogue().geographies;
  // Once the article names the Department for Education, "the department" may be it.
  let departmentNamed = EDUCATION_DEPARTMENT.test(article.source.title);
  // "Councils in the region received 96,300 referrals": the one region the article has named so far.
  const regionsNamed = new Set<string>();
  const isRegion = (place: string) => isLocalPlace(place) && !isOutsideEngland(place);
  const noteRegions = (sentence: string) => {
    const tokens = tokenize(sentence);
    // Most sentences name no region: the catalogue's place finder (remembered for the figure reader,
    // which asks it next) settles that before the council scan of findPlaces runs (ingest speed).
    if (!vocabulary().geographies.find(tokens).some((mention) => isRegion(mention.value))) return;
    for (const place of findPlaces(tokens)) if (isRegion(place.name)) regionsNamed.add(place.name);
  };
  const onlyRegion = () => (regionsNamed.size === 1 ? regionsNamed.values().next().value : undefined);
  const noteCouncil = (sentence: string, found: readonly FigureMention[]) => {
    // (Not places joined or a part of one, "London and North East", "part of Wales": no council the article is about.)
    for (const mention of found) if (mention.geography && !regions.has(mention.geography) && !/^part of | and | or /.test(mention.geography)) councilsNamed.add(mention.geography);
    // "Leicestershire County Council is forecasting an overspend this year.": a council named as such
    // in a sentence with no figure of its own is the article's too. (Only where "Council" stands: the scan costs.)
    if (found.length === 0 && COUNCIL_WORD.test(sentence)) for (const mention of findCouncils(tokenize(sentence))) councilsNamed.add(mention.name);
  };
  // "Children's social care data in England 2017 to 2018": a period the title states is what the
  // article's undated figures are for, more than the year it was published.
  const context = { date: article.source.date, period: titlePeriod(article.source.title) };
  const read = (sentence: string, found: FigureMention[]) => {
    if (found.length === 0) mentions.push({ sentence, source: article.source });
    // One figure has nothing in its sentence to be checked against; half of all sentences have none.
    const arithmetic = found.length < 2 ? NO_ARITHMETIC : sentenceArithmetic(sentence, found);
    for (const mention of found) figures.push(asFigure(mention, arithmetic.get(mention), sentence, article.source));
  };
  for (const block of article.blocks) {
    // A heading starts something new, and so does the line that introduces a list ("Regional
    // picture, September 2018:"): the list under it is about what it names.
    if (block.kind === "paragraph") measures.paragraph();
    if (block.kind === "heading") measures.heading(block.text);
    else if (block.kind === "paragraph" && block.text.endsWith(":")) measures.heading(listLeadIn(block.text));
    if (block.kind === "table-row") {
      read(block.text, measures.sentence(block.text, extractTableRow(block.text, block.header ?? [], { ...context, reference: measures.referencePeriodFor(block.text) }), true));
      continue;
    }
    for (const sentence of splitSentences(block.text)) {
      rate(sentence.text);
      departmentNamed ||= EDUCATION_DEPARTMENT.test(sentence.text);
      noteRegions(sentence.text);
      // Fields named one by one: spreading `context` here cost a twentieth of all ingest time (V8's
      // object-spread fast path did not apply to this literal; measured with --cpu-prof).
      const found = extractFigures(sentence.text, { date: context.date, period: context.period, reference: measures.referencePeriodFor(sentence.text), council: onlyCouncil(), councilDepartment: !departmentNamed, region: onlyRegion() });
      noteCouncil(sentence.text, found);
      read(sentence.text, measures.sentence(sentence.text, found, block.kind === "list-item"));
    }
  }
  // The headline, where loading kept it only as the title, is read last and on its own: a figure
  // only it states ("Ofsted finds one in seven councils inadequate") is a figure like any other, but
  // one the body states too is the body's, with its place and its context.
  const title = article.source.title.trim();
  if (title !== "" && article.blocks[0]?.text.trim() !== title) {
    const body = figures.slice();
    measures.heading();
    rate(title);
    read(title, measures.sentence(title, extractFigures(title, { ...context, council: onlyCouncil() })).filter((mention) => !body.some((stated) => restates(mention, stated))));
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
