// A running bot picks up a release dropped into the statistics folder, like a new article.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createCore } from "../../src/core.ts";
import { LiveCore } from "../../src/live/liveCore.ts";
import { silentLogger } from "../../src/types.ts";
import { changedLayoutOds } from "../helpers/releaseFixtures.ts";
import { eventually } from "../helpers/eventually.ts";
import { tempCorpusDir } from "../helpers/tempDir.ts";

let live: LiveCore | undefined;
afterEach(() => live?.close());


describe("a new release in a running bot", () => {
  it("is read at the next reload with no restart and no code change", async () => {
    const corpusDir = tempCorpusDir("live-stats");
    mkdirSync(path.join(corpusDir, "statistics"), { recursive: true });
    writeFileSync(path.join(corpusDir, "note.md"), "---\ntitle: Note\ndate: 2016-01-01\n---\nSome 21 councils were rated inadequate in 2016.\n");
    live = await LiveCore.start({ corpusDir, logger: silentLogger, build: () => createCore({ corpusDir, logger: silentLogger }), debounceMs: 50, pollMs: 200 });
    expect(live.answer("Norfolk").judgements).toBeUndefined();
    writeFileSync(path.join(corpusDir, "statistics", "LA_outcomes_2026.ods"), changedLayoutOds());
    await eventually(() => live!.answer("Norfolk").judgements?.length === 1, 15_000);
    expect(live.answer("Norfolk").judgements?.[0]).toMatchObject({ council: "Norfolk", grade: "inadequate", published: "2026-02-01" });
    expect(live.answer("inadequate 2016").status).toBe("found");
  }, 30_000);
});
