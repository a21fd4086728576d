// The saved index: what loads from it answers exactly as a fresh build does, and a file that no
// longer describes the corpus (changed, added or removed articles, damage, another format) is
// rebuilt rather than trusted.

import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Archive } from "../../src/archive/buildArchive.ts";
import { decodeArchive, encodeArchive } from "../../src/archive/indexCodec.ts";
import { saveArchive } from "../../src/archive/persist.ts";
import { createCore, type Core } from "../../src/core.ts";
import { silentLogger } from "../../src/types.ts";

const QUERIES = [
  "inadequate 2016",
  "inadequte 2016",
  "how many councils were inadequate in 2013",
  "what proportion of councils were inadequate in 2013",
  "children's homes good or better",
  "turnover rate 2012-13",
  "what did Wilshaw say about leadership?",
  "check one in five councils were rated inadequate in 2013",
  "check 21 councils were rated inadequate in 2016",
  "trend inadequate",
  "trend turnover",
  "quote wilshaw leadership",
  "quote Debbie Jones",
  "sources",
  "help",
  "zebra crossings",
];

let dir: string;
let corpus: string;
let indexFile: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "ofsted-persist-"));
  corpus = path.join(dir, "corpus");
  cpSync("corpus", corpus, { recursive: true });
  writeFileSync(path.join(corpus, "broken.md"), "---\ntitle: [unclosed\n---\nText.\n");
  indexFile = path.join(dir, ".index", "archive.bin");
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

const open = (options: { indexFile?: string | false } = {}): Promise<Core> => createCore({ corpusDir: corpus, logger: silentLogger, indexFile, ...options });

/** A saved index exists, and the next start uses it. */
async function savedThenLoaded(): Promise<Core> {
  expect((await open()).index.origin).toBe("built");
  return open();
}

function rewrite(file: string, change: (bytes: Buffer) => void): void {
  const bytes = readFileSync(file);
  change(bytes);
  writeFileSync(file, bytes);
}

describe("a saved index", () => {
  it("answers every query exactly as a fresh build does", async () => {
    const fresh = await open({ indexFile: false });
    const loaded = await savedThenLoaded();
    expect(loaded.index.origin).toBe("saved");
    for (const query of QUERIES) expect(loaded.answer(query), query).toStrictEqual(fresh.answer(query));
    expect(loaded.problems).toStrictEqual(fresh.problems);
    expect(loaded.problems.map((problem) => problem.file)).toEqual(["broken.md"]);
  });

  it("holds the same archive, down to key order and shared sources", async () => {
    const fresh = await open({ indexFile: false });
    const { archive } = await savedThenLoaded();
    expect(Object.keys(archive)).toEqual(Object.keys(fresh.archive));
    for (const key of ["sources", "figures", "quotes", "docs", "metrics", "speakers"] as const) expect(archive[key]).toStrictEqual(fresh.archive[key]);
    expect(archive.figures.map((figure) => Object.keys(figure))).toEqual(fresh.archive.figures.map((figure) => Object.keys(figure)));
    expect(archive.index.toJSON()).toEqual(fresh.archive.index.toJSON());
    expect(archive.typos.words()).toEqual(fresh.archive.typos.words());
    const byId = new Map(archive.sources.map((source) => [source.id, source]));
    for (const figure of archive.figures) expect(figure.source).toBe(byId.get(figure.source.id));
  });

  it("holds the same mentions, read on first use, with shared sources", async () => {
    const fresh = await open({ indexFile: false });
    const { archive } = await savedThenLoaded();
    expect(fresh.archive.mentions.length).toBeGreaterThan(0);
    expect(archive.mentionIndex.size).toBe(fresh.archive.mentions.length);
    expect(archive.mentions).toStrictEqual(fresh.archive.mentions);
    // Read once: the same array every time.
    expect(archive.mentions).toBe(archive.mentions);
    const byId = new Map(archive.sources.map((source) => [source.id, source]));
    for (const mention of archive.mentions) expect(mention.source).toBe(byId.get(mention.source.id));
  });
});

describe("the saved form", () => {
  it("keeps fields and shapes it was not written for", async () => {
    const { archive } = await open({ indexFile: false });
    const figure = { ...archive.figures[0]!, confidence: 0.8, tags: ["a", null, -0, 2 ** 40, Number.NaN], nested: { deep: { deeper: true } } };
    Object.defineProperty(figure, "__proto__", { value: "own", enumerable: true, writable: true, configurable: true });
    const odd: Archive = { ...archive, figures: [figure, ...archive.figures.slice(1)], docs: [{ kind: "quote", quote: 0, extra: "x" } as never, ...archive.docs.slice(1)] };
    const { sections, meta } = encodeArchive(odd, []);
    expect(meta.docs).toBe("values");
    const back = decodeArchive(sections, meta).archive;
    expect(back.figures[0]).toStrictEqual(figure);
    expect(Object.getPrototypeOf(back.figures[0])).toBe(Object.prototype);
    expect(Object.is((back.figures[0] as unknown as { tags: unknown[] }).tags[2], -0)).toBe(true);
    expect(back.docs).toStrictEqual(odd.docs);
    expect(back.figures.slice(1)).toStrictEqual(archive.figures.slice(1));
  });

  it("keeps mentions of another shape, and compacts the usual one", async () => {
    const { archive } = await open({ indexFile: false });
    const usual = encodeArchive(archive, []);
    expect(usual.meta.mentions).toBe("compact");
    expect(decodeArchive(usual.sections, usual.meta).archive.mentions).toStrictEqual(archive.mentions);
    const odd: Archive = { ...archive, mentions: [{ ...archive.mentions[0]!, note: "x" } as never, ...archive.mentions.slice(1)] };
    const { sections, meta } = encodeArchive(odd, []);
    expect(meta.mentions).toBe("values");
    expect(decodeArchive(sections, meta).archive.mentions).toStrictEqual(odd.mentions);
  });

  it("refuses mentions that point past the strings or sources", async () => {
    const { archive } = await open({ indexFile: false });
    const { sections, meta } = encodeArchive(archive, []);
    const broken = { ...sections, "mentions.sources": Int32Array.from(sections["mentions.sources"] as Int32Array, () => archive.sources.length) };
    expect(() => decodeArchive(broken, meta)).toThrow("saved mention reference out of range");
  });
});

describe("rebuilds instead of trusting", () => {
  it("a changed article, even with its size and modification time put back", async () => {
    await savedThenLoaded();
    const file = path.join(corpus, "2016-06-28-ofsted-strong-leadership-vital.md");
    const { atime, mtime } = statSync(file);
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace("21 in total", "22 in total"));
    utimesSync(file, atime, mtime);
    const core = await open();
    expect(core.index).toMatchObject({ origin: "built", rebuildReason: "corpus files 1 changed" });
    expect(core.archive.figures.some((figure) => figure.text === "22" && figure.sentence.includes("22 in total"))).toBe(true);
    expect((await open()).index.origin).toBe("saved");
  });

  it("an added or a removed article", async () => {
    await savedThenLoaded();
    writeFileSync(path.join(corpus, "new.md"), '---\ntitle: "New"\ndate: "2020-01-02"\n---\nIn 2019, 17 councils were rated inadequate.\n');
    const added = await open();
    expect(added.index).toMatchObject({ origin: "built", rebuildReason: "corpus files 1 added" });
    expect(added.archive.sources.map((source) => source.id)).toContain("new");
    rmSync(path.join(corpus, "2013-10-21-ofsted-finds-one-in-seven-inadequate.md"));
    const removed = await open();
    expect(removed.index).toMatchObject({ origin: "built", rebuildReason: "corpus files 1 removed" });
    expect(removed.archive.sources).toHaveLength(5);
  });

  it("a corrupt payload or header", async () => {
    await savedThenLoaded();
    const size = statSync(indexFile).size;
    rewrite(indexFile, (bytes) => (bytes[size - 100] = bytes[size - 100]! ^ 0xff));
    expect((await open()).index).toMatchObject({ origin: "built", rebuildReason: "the payload is corrupt" });
    rewrite(indexFile, (bytes) => (bytes[60] = bytes[60]! ^ 0x01));
    expect((await open()).index).toMatchObject({ origin: "built", rebuildReason: "the header is corrupt" });
    writeFileSync(indexFile, "not an index at all, just some text of some length");
    expect((await open()).index).toMatchObject({ origin: "built", rebuildReason: "the file is not a saved index" });
  });

  it("a truncated file", async () => {
    await savedThenLoaded();
    const bytes = readFileSync(indexFile);
    for (const length of [bytes.length - 1, Math.floor(bytes.length / 2), 40, 0]) {
      writeFileSync(indexFile, bytes.subarray(0, length));
      expect((await open()).index, `cut to ${length} bytes`).toMatchObject({ origin: "built", rebuildReason: "the file is truncated" });
    }
  });

  it("a file of another format version", async () => {
    await savedThenLoaded();
    rewrite(indexFile, (bytes) => bytes.writeUInt32LE(999, 8));
    const core = await open();
    expect(core.index.origin).toBe("built");
    expect(core.index.rebuildReason).toMatch(/format version 999/);
  });

  it("an index of another corpus", async () => {
    const other = path.join(dir, "other");
    mkdirSync(other);
    writeFileSync(path.join(other, "one.md"), '---\ntitle: "One"\n---\nIn 2019, 17 councils were rated inadequate.\n');
    expect((await createCore({ corpusDir: other, logger: silentLogger, indexFile })).index.origin).toBe("built");
    const core = await open();
    expect(core.index.origin).toBe("built");
    expect(core.archive.sources).toHaveLength(5);
  });
});

describe("keeps", () => {
  it("a saved index when an article's bytes are unchanged but its timestamps are new", async () => {
    await savedThenLoaded();
    const file = path.join(corpus, "2016-06-28-ofsted-strong-leadership-vital.md");
    utimesSync(file, new Date(), new Date(Date.now() + 60_000));
    expect((await open()).index.origin).toBe("saved");
  });
});

describe("saving", () => {
  it("leaves no partial file when the final rename fails, and the bot still answers", async () => {
    mkdirSync(path.join(indexFile, "in-the-way"), { recursive: true });
    const core = await open();
    expect(core.index.origin).toBe("built");
    expect(core.index.saveError).toBeDefined();
    expect(core.answer("inadequate 2016").status).toBe("found");
    expect(readdirSync(path.dirname(indexFile))).toEqual(["archive.bin"]);
    expect(statSync(indexFile).isDirectory()).toBe(true);
  });

  it("leaves the previous file intact when the archive cannot be written", async () => {
    const { archive, problems } = await savedThenLoaded();
    const before = readFileSync(indexFile);
    const manifest = { hash: "x", recordedAt: 0, files: [], stats: [], digests: [] };
    const unsavable = { ...archive, figures: [{ ...archive.figures[0]!, value: (() => 1) as unknown as number }] };
    expect(() => saveArchive(indexFile, unsavable, problems, manifest, [])).toThrow(/cannot save archive\.figures\.value/);
    expect(readFileSync(indexFile).equals(before)).toBe(true);
    expect(readdirSync(path.dirname(indexFile))).toEqual(["archive.bin"]);
  });
});
