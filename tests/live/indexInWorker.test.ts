// The live bot's rebuild runs on a worker thread and leaves a saved index the main thread loads.
import { cp, writeFile } from "node:fs/promises";
import path from "node:path";
import { threadId } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { createCore } from "../../src/core.ts";
import { indexInWorker } from "../../src/live/indexInWorker.ts";
import { silentLogger } from "../../src/types.ts";
import { tempDir } from "../helpers/tempDir.ts";

async function tempCorpus(): Promise<{ corpusDir: string; indexFile: string; root: string }> {
  const root = tempDir("worker");
  const corpusDir = path.join(root, "corpus");
  await cp("corpus", corpusDir, { recursive: true });
  return { corpusDir, indexFile: path.join(root, ".index", "corpus.bin"), root };
}

const QUERIES = ["inadequate 2016", "check one in five councils were rated inadequate in 2013", "trend inadequate", "quote wilshaw", "2013"];

describe("indexInWorker", () => {
  it("indexes on another thread and saves a file the main thread then loads, answering as an in-process build does", async () => {
    const { corpusDir, indexFile } = await tempCorpus();
    const job = await indexInWorker({ corpusDir, indexFile });
    expect(job).toMatchObject({ ok: true, origin: "built", articles: 5 });
    expect(job.ok && job.threadId).not.toBe(threadId);
    const loaded = await createCore({ corpusDir, logger: silentLogger, indexFile });
    expect(loaded.index.origin).toBe("saved");
    const built = await createCore({ corpusDir, logger: silentLogger, indexFile: false });
    for (const query of QUERIES) expect(JSON.stringify(loaded.answer(query))).toBe(JSON.stringify(built.answer(query)));
  });

  it("re-indexes only when the corpus changed, and sees an added article", async () => {
    const { corpusDir, indexFile } = await tempCorpus();
    expect(await indexInWorker({ corpusDir, indexFile })).toMatchObject({ ok: true, origin: "built" });
    expect(await indexInWorker({ corpusDir, indexFile })).toMatchObject({ ok: true, origin: "saved", articles: 5 });
    await writeFile(path.join(corpusDir, "new.md"), '---\ntitle: "Caseloads rise"\ndate: 2017-03-09\n---\nInspectors found 19 local authorities where caseloads were too high in 2017.\n');
    expect(await indexInWorker({ corpusDir, indexFile })).toMatchObject({ ok: true, origin: "built", articles: 6 });
  });

  it("stops a worker that runs past its time and says it was stuck", async () => {
    const { corpusDir, indexFile } = await tempCorpus();
    const job = await indexInWorker({ corpusDir, indexFile }, { timeoutMs: 300, entry: new URL("./fixtures/hangingJob.ts", import.meta.url) });
    expect(job).toMatchObject({ ok: false, stuck: true });
    expect(!job.ok && job.reason).toMatch(/stopped after 0.3 s without finishing/);
  });

  it("leaves a file the main thread loads as it was built, even when an article arrived meanwhile", async () => {
    const { corpusDir, indexFile } = await tempCorpus();
    expect(await indexInWorker({ corpusDir, indexFile })).toMatchObject({ ok: true, articles: 5 });
    await writeFile(path.join(corpusDir, "new.md"), '---\ntitle: "Caseloads rise"\ndate: 2017-03-09\n---\nInspectors found 19 local authorities where caseloads were too high in 2017.\n');
    const snapshot = await createCore({ corpusDir, logger: silentLogger, indexFile, acceptSavedCorpus: true });
    expect(snapshot.index.origin).toBe("saved");
    expect(snapshot.archive.sources).toHaveLength(5);
    // Without it, the same file is stale and the article is indexed.
    const current = await createCore({ corpusDir, logger: silentLogger, indexFile });
    expect(current.index).toMatchObject({ origin: "built", reused: 5 });
    expect(current.archive.sources).toHaveLength(6);
  });

  it("reports, without throwing, an index it could not save", async () => {
    const { corpusDir, root } = await tempCorpus();
    const blocker = path.join(root, "a-file");
    await writeFile(blocker, "not a folder");
    const job = await indexInWorker({ corpusDir, indexFile: path.join(blocker, "corpus.bin") });
    expect(job.ok).toBe(false);
    expect(!job.ok && job.reason).toMatch(/could not be saved/);
  });
});
