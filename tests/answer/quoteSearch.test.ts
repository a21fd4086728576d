// `quote` search reads which words a quote matches from the index instead of tokenising every
// candidate; these tests hold it to the plain implementation it replaced: the same quotes, in the
// same order, for any archive and any words, including quotes whose speaker or role runs into a
// synonym phrase ("... local" + "Authority leader"), where the index's terms differ from the quote's.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { LEAD_IN_TERM, indexArchive, type Archive } from "../../src/archive/buildArchive.ts";
import type { YearRange } from "../../src/answer/parseCommand.ts";
import { joinSafe } from "../../src/answer/quoteIndex.ts";
import { searchQuotes } from "../../src/answer/quoteSearch.ts";
import { quotesBySpeaker, speakerIdentities, speakerList } from "../../src/answer/views.ts";
import { isStopword, terms, words } from "../../src/text/index.ts";
import { isEnglishWord } from "../../src/text/englishWords.ts";
import type { Quote, Source } from "../../src/types.ts";
import { seedCore } from "../helpers/seedCore.ts";

/**
 * The search as it was written first, every candidate's text and role tokenised at every query, with
 * issue 12's rules: a name brings its person's other names, and when no quote's own words match, the
 * quotes whose lead-in supplies them.
 */
function referenceSearch(archive: Archive, topic: string, years: YearRange | undefined): { quotes: Quote[]; speakers: string[] } {
  const inYears = (quote: Quote) => {
    if (!years) return true;
    const year = quote.source.date ? Number(quote.source.date.slice(0, 4)) : undefined;
    return year !== undefined && year >= years.from && year <= years.to;
  };
  let speakers: Set<string> | undefined;
  const rest: string[] = [];
  for (const word of words(topic)) {
    if (isStopword(word)) continue;
    // A word the archive uses, or an English word, names a speaker only as spelt ("faster" is not Foster, "school" not Schooling, "man" not Spielman).
    const spelt = (name: string) => !(archive.typos.has(word) || isEnglishWord(word)) || words(name).includes(word);
    const found = word.length >= 3 ? speakerList(archive).find(word, 50).filter((match) => match.score <= 0.3 && spelt(match.item.name)).map((match) => match.item.name) : [];
    // A name found brings every name of the same person.
    const named = [...new Set(found.flatMap((name) => speakerIdentities(archive).get(name) ?? [name]))];
    if (named.length === 0) {
      rest.push(word);
      continue;
    }
    speakers = speakers ? new Set(named.filter((name) => speakers!.has(name))) : new Set(named);
  }
  const wanted = terms(rest.join(" "));
  if (!speakers && wanted.length === 0 && !years) return { quotes: [], speakers: [] };
  const candidates = speakers
    ? [...speakers].flatMap((speaker) => quotesBySpeaker(archive).get(speaker) ?? [])
    : wanted.length === 0
      ? archive.quotes.map((_, index) => index)
      : archive.index.search(wanted, 500).flatMap((hit) => {
          const doc = archive.docs[hit.doc]!;
          return doc.kind === "quote" ? [doc.quote] : [];
        });
  const score = (ids: number[], withLeadIn: boolean) => {
    const scored: Array<{ quote: Quote; matched: number; index: number }> = [];
    for (const index of ids) {
      const quote = archive.quotes[index]!;
      if (!inYears(quote)) continue;
      const quoteTerms = new Set([...terms(`${quote.text} ${quote.role ?? ""}`), ...(withLeadIn ? terms(quote.leadIn ?? "") : [])]);
      const matched = wanted.filter((term) => quoteTerms.has(term)).length;
      if (wanted.length > 0 && matched < Math.ceil(wanted.length * 0.75)) continue;
      scored.push({ quote, matched, index });
    }
    return scored;
  };
  let scored = score(candidates, false);
  // Only when no quote's own words match: the quotes whose lead-in supplies the words.
  if (scored.length === 0 && wanted.length > 0) {
    const byLeadIn = archive.index.search([...wanted, ...wanted.map((term) => LEAD_IN_TERM + term)], 500).flatMap((hit) => {
      const doc = archive.docs[hit.doc]!;
      return doc.kind === "quote" ? [doc.quote] : [];
    });
    scored = score(speakers ? candidates : byLeadIn, true);
  }
  scored.sort((a, b) => b.matched - a.matched || (b.quote.source.date ?? "").localeCompare(a.quote.source.date ?? "") || a.index - b.index);
  return { quotes: scored.map((entry) => entry.quote), speakers: speakers ? [...speakers] : [] };
}

function expectSame(archive: Archive, topic: string, years?: YearRange): void {
  const expected = referenceSearch(archive, topic, years);
  const actual = searchQuotes(archive, topic, years);
  const ids = (quotes: Quote[]) => quotes.map((quote) => archive.quotes.indexOf(quote));
  expect({ topic, years, quotes: ids(actual.quotes), speakers: actual.speakers }).toEqual({ topic, years, quotes: ids(expected.quotes), speakers: expected.speakers });
}

// Words that fold into synonyms alone or in phrases, across the join of a quote's parts or not.
const PHRASE_WORDS = ["local", "authority", "authorities", "la", "council", "care", "homes", "home", "residential", "children's", "childrens", "Children’s", "services", "director", "directors", "of", "per", "cent", "staff", "turnover", "requires", "improvement", "ri", "social", "worker", "children", "failing", "inadequate", "caseloads"];
const PLAIN_WORDS = ["kinship", "leadership", "placements", "pace", "budgets", "partners", "adoption", "rigorous", "volatility", "the", "we", "must", "Kent", "2016", "grade"];
// Few names share a word with the phrases, or the words that would show a wrong join are taken as names.
const NAMES = ["Michael Wilshaw", "Debbie Jones", "Jack Smith", "Authority Jones", "Ann Care", "Jo Per", "  ", "Éloïse Smith"];
const ROLES = ["", "authority leader", "Authority leader", "director of children's services", "services director at Kent council", "homes inspector", "cent of staff", "Ofsted’s Chief Inspector", "improvement lead", "turnover adviser", "worker", "  home secretary"];
const DATES = ["2016-06-28", "2016-01-02", "2015-12-31", "2013-10-15", "2013-10-21", "2010-05-01", "", "2016-06-28"];
// Mostly no end at all, so the last word meets the speaker or role.
const ENDS = ["", "", "", "", ".", "!", " ", "’", "'", "-", "5", ".”"];

const word = fc.constantFrom(...PHRASE_WORDS, ...PLAIN_WORDS);
/** Words a phrase goes on from, to end a text with half the time. */
const LEFT = ["local", "care", "per", "children's", "staff", "residential", "of", "director", "requires", "social", "children"];
const text = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 8 }), fc.option(fc.constantFrom(...LEFT), { nil: undefined }), fc.constantFrom(...ENDS))
  .map(([list, last, end]) => [...list, ...(last ? [last] : [])].join(" ") + end);
const quoteSpec = fc.record({
  text,
  speaker: fc.option(fc.constantFrom(...NAMES), { nil: null }),
  role: fc.option(fc.constantFrom(...ROLES), { nil: undefined }),
  source: fc.nat(DATES.length - 1),
  // The prose that introduced the quote: searched only when no quote's own words match.
  leadIn: fc.option(text, { nil: undefined }),
});
// Names, typos, and the words folds put in ("local authority" is "council"), which a join can make or unmake.
const FOLDED = ["council", "childrenshome", "percent", "dcs", "requiresimprovement", "caseload", "turnover", "inadequate"];
const topicWord = fc.oneof(word, fc.constantFrom(...FOLDED), fc.constantFrom("wilshaw", "jones", "smith", "wilshw", "michael", "eloise"));
const topic = fc.array(topicWord, { maxLength: 4 }).map((list) => list.join(" "));
const years = fc.option(
  fc.tuple(fc.integer({ min: 2009, max: 2017 }), fc.integer({ min: 0, max: 4 })).map(([from, span]) => ({ from, to: from + span })),
  { nil: undefined },
);

function archiveOf(specs: Array<{ text: string; speaker: string | null; role: string | undefined; source: number; leadIn?: string | undefined }>): Archive {
  const sources: Source[] = DATES.map((date, id) => ({ id: `s${id}`, title: `Article ${id}`, ...(date ? { date } : {}) }));
  const quotes: Quote[] = specs.map((spec) => ({
    text: spec.text,
    speaker: spec.speaker,
    ...(spec.role !== undefined ? { role: spec.role } : {}),
    ...(spec.leadIn !== undefined ? { leadIn: spec.leadIn } : {}),
    source: sources[spec.source]!,
  }));
  return indexArchive({ sources, figures: [], quotes, mentions: [], ratings: [] });
}

describe("searchQuotes gives what tokenising every candidate gives", () => {
  it("for any archive of quotes and any words and years", () => {
    fc.assert(
      fc.property(fc.array(quoteSpec, { minLength: 1, maxLength: 40, size: "max" }), fc.array(fc.tuple(topic, years), { minLength: 1, maxLength: 8, size: "max" }), (specs, queries) => {
        const archive = archiveOf(specs);
        for (const [words, range] of queries) expectSame(archive, words, range);
      }),
      { numRuns: 300 },
    );
  });

  it("where a role's last word and the lead-in's first would make a synonym phrase, they are read apart", () => {
    // "per" + "cent" would fold into "percent" were role and lead-in one text.
    const archive = archiveOf([{ text: "We will act", speaker: null, role: "adviser on rates of three per", source: 0, leadIn: "cent of staff left last year" }]);
    expectSame(archive, "percent");
    expect(searchQuotes(archive, "percent", undefined).quotes).toEqual([]);
    expect(searchQuotes(archive, "staff left", undefined).quotes).toHaveLength(1);
  });

  it("where a speaker or role runs into a synonym phrase with the quote's last word", () => {
    const archive = archiveOf([
      { text: "We will work with the local", speaker: "Jo Authority", role: "leader", source: 0 },
      { text: "We will work with the local", speaker: null, role: "authority leader", source: 1 },
      { text: "More children in residential", speaker: "Care Homes", role: undefined, source: 2 },
      { text: "Staff", speaker: "Michael Wilshaw", role: "turnover adviser", source: 3 },
      { text: "Rates rose three per", speaker: "Debbie Jones", role: "cent of staff", source: 4 },
      { text: "Pressure on the children's", speaker: "Ann Services", role: "director", source: 5 },
      { text: "The local", speaker: "  ", role: "Authority leader", source: 0 },
    ]);
    for (const words of ["local", "authority", "council", "residential care", "childrenshome", "care", "staff turnover", "turnover", "percent", "cent", "services", "dcs", "children's services", "jones per", "wilshaw staff", "leader"]) {
      expectSame(archive, words);
      expectSame(archive, words, { from: 2013, to: 2016 });
    }
  });

  it("for a speaker with many quotes, narrowed by rare words through the index's postings", () => {
    const specs = Array.from({ length: 120 }, (_, at) => ({
      // Every 35th quote's text runs into its role: "care" + "homes" is a children's home, in no posting of the index.
      text: at % 17 === 0 ? `Kinship placements need rigorous budgets ${at}` : at % 5 === 0 ? `The pace of adoption must quicken ${at % 3 === 0 ? "care" : "local"}` : `We will work with partners ${at}.`,
      speaker: at % 3 === 0 ? "Michael Wilshaw" : "Debbie Jones",
      role: at % 7 === 0 ? (at % 3 === 0 ? "homes inspector" : "authority leader") : "Ofsted’s Chief Inspector",
      source: at % DATES.length,
    }));
    const archive = archiveOf(specs);
    for (const words of ["wilshaw kinship", "wilshaw kinship placements", "jones kinship rigorous budgets", "wilshaw kinship kinship pace", "wilshaw local authority", "wilshaw local", "jones local", "jones council", "wilshaw childrenshome", "wilshaw residential care", "wilshaw care", "michael zebras", "jones 17", "wilshaw chief", "jones inspector kinship"]) {
      expectSame(archive, words);
      expectSame(archive, words, { from: 2016, to: 2016 });
    }
  });

  it("for years alone, newest first, undated quotes never", () => {
    const archive = archiveOf(Array.from({ length: 50 }, (_, at) => ({ text: `Quote ${at}.`, speaker: null, role: undefined, source: (at * 7) % DATES.length })));
    for (const range of [{ from: 2016, to: 2016 }, { from: 2010, to: 2016 }, { from: 2013, to: 2015 }, { from: 2020, to: 2030 }]) expectSame(archive, "", range);
    expect(searchQuotes(archive, "", { from: 2010, to: 2016 }).quotes.every((quote) => quote.source.date)).toBe(true);
  });
});

describe("searchQuotes on the bundled corpus", () => {
  let archive: Archive;
  beforeAll(async () => {
    archive = (await seedCore()).archive;
  });

  it("matches the plain search for the archive's own names, roles and words", () => {
    const vocabulary = [...new Set(archive.quotes.flatMap((quote) => [...words(quote.text), ...words(quote.speaker ?? ""), ...words(quote.role ?? "")]))];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary, "wilshw", "sir", "michael"), { maxLength: 4 }), years, (list, range) => expectSame(archive, list.join(" "), range)),
      { numRuns: 400 },
    );
  });

  it("answers a repeated query alike once its words' name lookups are remembered", () => {
    const first = searchQuotes(archive, "wilshaw leadership", undefined);
    expect(first.quotes.length).toBeGreaterThan(0);
    for (const speaker of first.speakers) expect(speaker).toContain("Wilshaw");
    expect(searchQuotes(archive, "wilshaw leadership", undefined)).toEqual(first);
    expectSame(archive, "wilshaw leadership");
  });
});

describe("joinSafe", () => {
  it("tells the joins where a synonym phrase could run across", () => {
    expect(joinSafe("local", "authority")).toBe(false);
    expect(joinSafe("care", "homes")).toBe(false);
    expect(joinSafe("children's", "services")).toBe(false);
    expect(joinSafe("children’s", "services")).toBe(false);
    expect(joinSafe("o'local", "authorities")).toBe(false);
    expect(joinSafe("per", "cent's")).toBe(false);
    expect(joinSafe("local", "leader")).toBe(true);
    expect(joinSafe("wilshaw", "authority")).toBe(true);
    expect(joinSafe("", "authority")).toBe(true);
    expect(joinSafe("local", "")).toBe(true);
  });
});

describe("InvertedIndex lookups by term id", () => {
  it("count a term in a doc and list its docs as the index's own search sees them", () => {
    const archive = archiveOf([
      { text: "Care care care and kinship.", speaker: "Jack Smith", role: "care lead", source: 0 },
      { text: "Kinship placements.", speaker: null, role: undefined, source: 1 },
    ]);
    const { index } = archive;
    const care = index.termId("care")!;
    const kinship = index.termId("kinship")!;
    expect(index.termId("zebra")).toBeUndefined();
    const quoteDoc = (quote: number) => archive.docs.findIndex((doc) => doc.kind === "quote" && doc.quote === quote);
    expect(index.occurrences(quoteDoc(0), care)).toBe(4);
    expect(index.occurrences(quoteDoc(1), care)).toBe(0);
    expect(Array.from(index.docsWith(kinship))).toEqual([quoteDoc(0), quoteDoc(1)]);
    expect(index.docsWith(kinship).length).toBe(index.documentFrequency("kinship"));
    expect(index.occurrences(-1, care)).toBe(0);
    expect(index.occurrences(quoteDoc(0), 10_000)).toBe(0);
    expect(Array.from(index.docsWith(-1))).toEqual([]);
  });
});
