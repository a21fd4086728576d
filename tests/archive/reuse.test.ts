// A rebuild after the corpus changed keeps the extraction of every article whose bytes did not
// change, and the archive it builds is exactly the one a fresh build gives.

import { execFileSync } from "node:child_process";
import { cpSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { Archive } from "../../src/archive/buildArchive.ts";
import { createCore, type Core } from "../../src/core.ts";
import { syntheticFiles } from "../../bench/corpus.ts";
import { silentLogger } from "../../src/types.ts";
import { tempDir } from "../helpers/tempDir.ts";

const QUERIES = ["inadequate 2016", "check 21 councils were rated inadequate in 2016", "trend inadequate", "quote wilshaw", "caseloads 2017", "sources", "2013"];
const NEW_ARTICLE = '---\ntitle: "Caseloads rise"\ndate: 2017-03-09\n---\nInspectors found 19 local authorities where caseloads were too high in 2017.\n';

let corpus: string;
let indexFile: string;
let articles: number;

beforeEach(() => {
  const dir = tempDir("reuse");
  corpus = path.join(dir, "corpus");
  cpSync("corpus", corpus, { recursive: true });
  for (const { file, text } of syntheticFiles(25, 5)) writeFileSync(path.join(corpus, file), text);
  writeFileSync(path.join(corpus, "broken.md"), "---\ntitle: [unclosed\n---\nText.\n");
  indexFile = path.join(dir, ".index", "archive.bin");
  articles = 5 + 25;
});

const open = (): Promise<Core> => createCore({ corpusDir: corpus, logger: silentLogger, indexFile });

/** Everything an archive holds but its search structures, which are rebuilt from it. */
const contents = (archive: Archive) => JSON.stringify({ ...archive, index: undefined, typos: undefined });

async function expectSameAsFreshBuild(core: Core): Promise<void> {
  const fresh = await createCore({ corpusDir: corpus, logger: silentLogger, indexFile: false });
  expect(contents(core.archive)).toBe(contents(fresh.archive));
  expect(core.problems).toEqual(fresh.problems);
  for (const query of QUERIES) expect(JSON.stringify(core.answer(query))).toBe(JSON.stringify(fresh.answer(query)));
}

describe("a rebuild after the corpus changed", () => {
  it("extracts only an added article", async () => {
    expect((await open()).index.reused).toBeUndefined();
    writeFileSync(path.join(corpus, "zz-caseloads-2017.md"), NEW_ARTICLE);
    const core = await open();
    expect(core.index).toMatchObject({ origin: "built", reused: articles + 1 });
    expect(core.archive.sources).toHaveLength(articles + 1);
    await expectSameAsFreshBuild(core);
    expect((await open()).index.origin).toBe("saved");
  });

  it("re-extracts a changed article and keeps the rest, dropping a removed one", async () => {
    await open();
    const changed = path.join(corpus, "2016-06-28-ofsted-strong-leadership-vital.md");
    writeFileSync(changed, readFileSync(changed, "utf8").replace("21 in total", "22 in total"));
    rmSync(path.join(corpus, "2013-10-15-cypnow-leadership-instability.md"));
    const core = await open();
    // All but the changed and the removed article; the broken file's problem is kept too.
    expect(core.index.reused).toBe(articles - 2 + 1);
    expect(core.answer("inadequate 2016").figures.map((figure) => figure.text)).toContain("22");
    await expectSameAsFreshBuild(core);
  });

  it("re-extracts an article whose id moves because a file now sorts before it", async () => {
    writeFileSync(path.join(corpus, "caseloads.md"), NEW_ARTICLE);
    await open();
    // "caseloads.html" now claims the id "caseloads"; "caseloads.md" becomes "caseloads.md".
    writeFileSync(path.join(corpus, "caseloads.html"), "<html><head><title>Caseloads fall</title></head><body><p>Inspectors found 12 local authorities with lower caseloads in 2018.</p></body></html>");
    const core = await open();
    expect(core.index.reused).toBe(articles + 1);
    expect(core.archive.sources.map((source) => source.id)).toEqual(expect.arrayContaining(["caseloads", "caseloads.md"]));
    await expectSameAsFreshBuild(core);
  });

  it("reads a renamed article again under its new name", async () => {
    await open();
    renameSync(path.join(corpus, "2016-06-28-ofsted-strong-leadership-vital.md"), path.join(corpus, "2016-06-28-renamed.md"));
    const core = await open();
    expect(core.index.reused).toBe(articles - 1 + 1);
    expect(core.archive.sources.map((source) => source.id)).toContain("2016-06-28-renamed");
    await expectSameAsFreshBuild(core);
  });

  it("reuses nothing from a damaged saved file", async () => {
    await open();
    const bytes = readFileSync(indexFile);
    bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0xff;
    writeFileSync(indexFile, bytes);
    writeFileSync(path.join(corpus, "zz-caseloads-2017.md"), NEW_ARTICLE);
    const core = await open();
    expect(core.index.origin).toBe("built");
    expect(core.index.reused).toBeUndefined();
    await expectSameAsFreshBuild(core);
  });
});

describe("files that are not articles", () => {
  it("names a pipe called like an article and indexes the rest, instead of waiting on it for ever", async () => {
    execFileSync("mkfifo", [path.join(corpus, "pipe.md")]);
    const core = await open();
    expect(core.problems).toContainEqual({ file: "pipe.md", reason: "cannot be read (not a regular file)" });
    expect(core.archive.sources).toHaveLength(articles);
  });

  it("skips a symbolic link that points outside the corpus folder, saying why, and reads one that stays inside", async () => {
    const outside = path.join(path.dirname(corpus), "private-notes.md");
    writeFileSync(outside, "---\ntitle: Private notes\ndate: 2017-01-01\n---\nThe source says 17 local authorities were rated inadequate in 2017.\n");
    symlinkSync(outside, path.join(corpus, "leak.md"));
    symlinkSync(path.join(corpus, "broken.md"), path.join(corpus, "alias.md"));
    const core = await open();
    expect(core.problems).toContainEqual({ file: "leak.md", reason: "cannot be read (a symbolic link to a file outside the corpus folder)" });
    expect(core.archive.sources.map((source) => source.title)).not.toContain("Private notes");
    // The link inside the folder is read like its target (here a broken article, so it fails the same way).
    expect(core.problems.find((problem) => problem.file === "alias.md")?.reason).toBe(core.problems.find((problem) => problem.file === "broken.md")?.reason);
  });
});

describe("source ids", () => {
  it("are unique when two files differ only in their extension", async () => {
    writeFileSync(path.join(corpus, "caseloads.md"), NEW_ARTICLE);
    writeFileSync(path.join(corpus, "caseloads.txt"), "Caseloads fall\n\n9 March 2018\n\nInspectors found 12 local authorities with lower caseloads in 2018.\n");
    const core = await open();
    const ids = core.archive.sources.map((source) => source.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(["caseloads", "caseloads.txt"]));
    expect(core.answer("sources").sources!.filter((entry) => entry.source.id.startsWith("caseloads"))).toHaveLength(2);
  });
});
