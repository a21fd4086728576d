// An Archive (and the corpus problems found building it) to named typed-array sections and back.
// The index and the typo corrector are already flat arrays; everything else is plain data written
// through the value streams, with every string stored once.

import { InvertedIndex, TypoCorrector } from "../search/index.ts";
import type { CorpusProblem } from "../ingest/loadCorpus.ts";
import type { Archive, ArchiveDoc } from "./buildArchive.ts";
import type { Mention, Source } from "../types.ts";
import { decodeStrings, StringTableBuilder } from "./indexStrings.ts";
import { ValueDecoder, ValueEncoder, type ValueStreams } from "./indexValues.ts";

export type Section = Uint8Array | Int32Array | Uint32Array | Float64Array;
export type Sections = Record<string, Section>;

/** What the sections alone do not say: shapes and the archive's own keys, kept in the file's header. */
export interface CodecMeta {
  archiveKeys: string[];
  /** "compact": docs as kinds and id lists (the usual shapes); "values": as plain data, for any other shape. */
  docs: "compact" | "values";
  /** "compact": mentions as sentence and source ids, read on first use; "values": as plain data, for any other shape. */
  mentions: "compact" | "values";
  sourceShapes: string[][];
  valueShapes: string[][];
}

/** Archive fields not written as plain data. */
const SPECIAL = new Set(["sources", "index", "typos", "mentionIndex"]);

const isId = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 0x7fffffff;

/** Docs are the archive's most numerous objects after figures; in their usual two shapes they need no per-value tags. */
function compactDocs(docs: readonly ArchiveDoc[]): Sections | undefined {
  const kinds = new Uint8Array(docs.length);
  const offsets = new Uint32Array(docs.length + 1);
  const ids: number[] = [];
  for (const [d, doc] of docs.entries()) {
    const keys = Object.keys(doc);
    if (doc.kind === "sentence" && keys.length === 2 && keys[0] === "kind" && keys[1] === "figures" && Array.isArray(doc.figures) && doc.figures.every(isId)) {
      ids.push(...doc.figures);
    } else if (doc.kind === "quote" && keys.length === 2 && keys[0] === "kind" && keys[1] === "quote" && isId(doc.quote)) {
      kinds[d] = 1;
      ids.push(doc.quote);
    } else return undefined;
    offsets[d + 1] = ids.length;
  }
  return { "docs.kinds": kinds, "docs.offsets": offsets, "docs.ids": Int32Array.from(ids) };
}

function expandDocs(kinds: Uint8Array, offsets: Uint32Array, ids: Int32Array): ArchiveDoc[] {
  if (offsets.length !== kinds.length + 1 || offsets[kinds.length] !== ids.length) throw new Error("saved docs do not fit together");
  const docs = new Array<ArchiveDoc>(kinds.length);
  for (let d = 0; d < kinds.length; d++) {
    const start = offsets[d]!;
    const end = offsets[d + 1]!;
    if (end < start) throw new Error("saved docs are out of order");
    if (kinds[d] === 1) {
      docs[d] = { kind: "quote", quote: ids[start]! };
      continue;
    }
    const figures = new Array<number>(end - start);
    for (let i = start; i < end; i++) figures[i - start] = ids[i]!;
    docs[d] = { kind: "sentence", figures };
  }
  return docs;
}

/**
 * Mentions (sentences without a figure) are as many as the figures' sentences, and read only when a
 * lookup finds nothing better: in their usual shape, {sentence, source}, they are saved as two id
 * lists and become objects on first use, not at every start.
 */
function compactMentions(mentions: readonly Mention[], sourceIds: ReadonlyMap<Source, number>, strings: StringTableBuilder): Sections | undefined {
  const sentences = new Int32Array(mentions.length);
  const sources = new Int32Array(mentions.length);
  for (const [m, mention] of mentions.entries()) {
    const keys = Object.keys(mention);
    const source = sourceIds.get(mention.source);
    if (keys.length !== 2 || keys[0] !== "sentence" || keys[1] !== "source" || typeof mention.sentence !== "string" || source === undefined) return undefined;
    sentences[m] = strings.id(mention.sentence);
    sources[m] = source;
  }
  return { "mentions.sentences": sentences, "mentions.sources": sources };
}

/** The mentions' ids, checked against the strings and sources now, so that reading them later cannot fail. */
function lazyMentions(strings: readonly string[], sources: readonly Source[], sentenceIds: Int32Array, sourceIds: Int32Array): () => Mention[] {
  if (sentenceIds.length !== sourceIds.length) throw new Error("saved mentions do not fit together");
  for (let m = 0; m < sentenceIds.length; m++) {
    if (!(sentenceIds[m]! >= 0 && sentenceIds[m]! < strings.length && sourceIds[m]! >= 0 && sourceIds[m]! < sources.length)) throw new Error("saved mention reference out of range");
  }
  return () => Array.from(sentenceIds, (id, m) => ({ sentence: strings[id]!, source: sources[sourceIds[m]!]! }));
}

/** `target[key]` is `read()`, called on first access only; the property is then plain data. */
function defineOnFirstUse<T>(target: Record<string, unknown>, key: string, read: () => T): void {
  Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = read();
      Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: true });
      return value;
    },
    set(value: unknown) {
      Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: true });
    },
  });
}

export function encodeArchive(archive: Archive, problems: readonly CorpusProblem[]): { sections: Sections; meta: CodecMeta } {
  if (!(archive.index instanceof InvertedIndex) || !(archive.typos instanceof TypoCorrector)) throw new Error("the archive's index is not the core's own");
  const strings = new StringTableBuilder();
  const sourceEncoder = new ValueEncoder(strings);
  sourceEncoder.value(archive.sources, "archive.sources");
  const sourceIds = new Map(archive.sources.map((source, id) => [source, id]));
  const valueEncoder = new ValueEncoder(strings, sourceIds);
  const archiveKeys = Object.keys(archive);
  const docs = compactDocs(archive.docs);
  const mentions = compactMentions(archive.mentions, sourceIds, strings);
  for (const key of archiveKeys) {
    if (SPECIAL.has(key) || (key === "docs" && docs) || (key === "mentions" && mentions)) continue;
    valueEncoder.value((archive as unknown as Record<string, unknown>)[key], `archive.${key}`);
  }
  valueEncoder.value(problems, "problems");
  if (!(archive.mentionIndex instanceof InvertedIndex)) throw new Error("the archive's mention index is not the core's own");
  const index = archive.index.toParts();
  const mentionIndex = archive.mentionIndex.toParts();
  const typos = archive.typos.toParts();
  const indexTerms = Int32Array.from(index.terms, (term) => strings.id(term));
  const mentionTerms = Int32Array.from(mentionIndex.terms, (term) => strings.id(term));
  const typoWords = Int32Array.from(typos.words, (word) => strings.id(word));
  const sources = sourceEncoder.finish();
  const values = valueEncoder.finish();
  const text = strings.finish();
  return {
    meta: { archiveKeys, docs: docs ? "compact" : "values", mentions: mentions ? "compact" : "values", sourceShapes: sources.shapes, valueShapes: values.shapes },
    sections: {
      ...docs,
      ...mentions,
      "strings.lengths": text.lengths,
      "strings.wide": text.wide,
      "strings.latin1": text.latin1,
      "strings.utf16": text.utf16,
      "sources.tags": sources.tags,
      "sources.ints": sources.ints,
      "sources.floats": sources.floats,
      "values.tags": values.tags,
      "values.ints": values.ints,
      "values.floats": values.floats,
      "index.terms": indexTerms,
      "index.postingOffsets": index.postingOffsets,
      "index.postingDocs": index.postingDocs,
      "index.postingCounts": index.postingCounts,
      "index.docOffsets": index.docOffsets,
      "index.docTermIds": index.docTermIds,
      "mentions.terms": mentionTerms,
      "mentions.postingOffsets": mentionIndex.postingOffsets,
      "mentions.postingDocs": mentionIndex.postingDocs,
      "mentions.postingCounts": mentionIndex.postingCounts,
      "mentions.docOffsets": mentionIndex.docOffsets,
      "mentions.docTermIds": mentionIndex.docTermIds,
      "typos.words": typoWords,
      "typos.frequencies": typos.frequencies,
      "typos.keys": typos.keys,
      "typos.offsets": typos.offsets,
      "typos.wordIds": typos.wordIds,
    },
  };
}

function section<T extends Section>(sections: Sections, name: string, type: new (...args: never[]) => T): T {
  const found = sections[name];
  if (!(found instanceof type)) throw new Error(`saved index lacks section ${name}`);
  return found;
}

/** A section the archive keeps: copied out of the file's buffer, which can then be freed. */
function kept<T extends Section>(sections: Sections, name: string, type: new (...args: never[]) => T): T {
  return section(sections, name, type).slice() as T;
}

function streams(sections: Sections, prefix: string, shapes: string[][]): ValueStreams {
  return {
    tags: section(sections, `${prefix}.tags`, Uint8Array),
    ints: section(sections, `${prefix}.ints`, Int32Array),
    floats: section(sections, `${prefix}.floats`, Float64Array),
    shapes,
  };
}

function byId(strings: readonly string[], ids: Int32Array): string[] {
  return Array.from(ids, (id) => {
    const text = strings[id];
    if (text === undefined) throw new Error("saved string reference out of range");
    return text;
  });
}

export function decodeArchive(sections: Sections, meta: CodecMeta): { archive: Archive; problems: CorpusProblem[] } {
  for (const key of SPECIAL) if (!meta.archiveKeys.includes(key)) throw new Error(`saved archive lacks ${key}`);
  const strings = decodeStrings({
    lengths: section(sections, "strings.lengths", Uint32Array),
    wide: section(sections, "strings.wide", Uint8Array),
    latin1: section(sections, "strings.latin1", Uint8Array),
    utf16: section(sections, "strings.utf16", Uint8Array),
  });
  const sourceDecoder = new ValueDecoder(streams(sections, "sources", meta.sourceShapes), strings);
  const sources = sourceDecoder.value();
  sourceDecoder.finish();
  if (!Array.isArray(sources)) throw new Error("saved sources are not a list");
  const values = new ValueDecoder(streams(sections, "values", meta.valueShapes), strings);
  values.shared = sources;
  const readIndex = (prefix: string) =>
    InvertedIndex.fromParts({
      terms: byId(strings, section(sections, `${prefix}.terms`, Int32Array)),
      postingOffsets: kept(sections, `${prefix}.postingOffsets`, Uint32Array),
      postingDocs: kept(sections, `${prefix}.postingDocs`, Int32Array),
      postingCounts: kept(sections, `${prefix}.postingCounts`, Uint8Array),
      docOffsets: kept(sections, `${prefix}.docOffsets`, Uint32Array),
      docTermIds: kept(sections, `${prefix}.docTermIds`, Int32Array),
    });
  const index = readIndex("index");
  const mentionIndex = readIndex("mentions");
  const typos = TypoCorrector.fromParts({
    words: byId(strings, section(sections, "typos.words", Int32Array)),
    frequencies: kept(sections, "typos.frequencies", Uint32Array),
    keys: kept(sections, "typos.keys", Uint32Array),
    offsets: kept(sections, "typos.offsets", Uint32Array),
    wordIds: kept(sections, "typos.wordIds", Int32Array),
  });
  const archive: Record<string, unknown> = {};
  for (const key of meta.archiveKeys) {
    if (key === "sources") archive[key] = sources;
    else if (key === "index") archive[key] = index;
    else if (key === "typos") archive[key] = typos;
    else if (key === "mentionIndex") archive[key] = mentionIndex;
    else if (key === "docs" && meta.docs === "compact") {
      archive[key] = expandDocs(section(sections, "docs.kinds", Uint8Array), section(sections, "docs.offsets", Uint32Array), section(sections, "docs.ids", Int32Array));
    } else if (key === "mentions" && meta.mentions === "compact") {
      defineOnFirstUse(archive, key, lazyMentions(strings, sources as Source[], kept(sections, "mentions.sentences", Int32Array), kept(sections, "mentions.sources", Int32Array)));
    } else archive[key] = values.value();
  }
  const problems = values.value();
  values.finish();
  const compactMentionCount = meta.mentions === "compact" ? section(sections, "mentions.sentences", Int32Array).length : undefined;
  for (const key of ["figures", "quotes", "docs", "metrics", "speakers", "mentions", "ratings"]) {
    // Compact mentions are read on first use; their ids were checked above.
    if (key === "mentions" && compactMentionCount !== undefined) continue;
    if (!Array.isArray(archive[key])) throw new Error(`saved archive lacks ${key}`);
  }
  if (index.size !== (archive["docs"] as unknown[]).length) throw new Error("saved index and documents differ in number");
  if (mentionIndex.size !== (compactMentionCount ?? (archive["mentions"] as unknown[]).length)) throw new Error("saved mention index and mentions differ in number");
  if (!Array.isArray(problems)) throw new Error("saved problems are not a list");
  return { archive: archive as unknown as Archive, problems: problems as CorpusProblem[] };
}
