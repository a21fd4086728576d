import { cp, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createCore, type Core } from "../../src/core.ts";
import { LiveCore } from "../../src/live/liveCore.ts";
import type { Logger } from "../../src/types.ts";
import { eventually } from "../helpers/eventually.ts";
import { tempCorpusDir } from "../helpers/tempDir.ts";

const NEW_ARTICLE = '---\ntitle: "Caseloads rise"\ndate: 2017-03-09\npublisher: "Sector Weekly"\n---\nInspectors found 19 local authorities where caseloads were too high in 2017.\n';

let live: LiveCore | undefined;
afterEach(() => live?.close());

function recordingLogger() {
  const lines: Array<{ level: string; obj: object; msg?: string }> = [];
  const at =
    (level: string) =>
    (obj: object, msg?: string): void =>
      void lines.push({ level, obj, ...(msg ? { msg } : {}) });
  const logger: Logger = { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
  return { logger, lines };
}

async function tempCorpus(): Promise<string> {
  const dir = tempCorpusDir("live");
  await cp("corpus", dir, { recursive: true });
  return dir;
}


describe("LiveCore", () => {
  it("picks up an added article without a restart", async () => {
    const corpusDir = await tempCorpus();
    const { logger } = recordingLogger();
    live = await LiveCore.start({ corpusDir, logger, build: () => createCore({ corpusDir, logger }), debounceMs: 50, pollMs: 200 });
    expect(live.answer("caseloads too high 2017").status).not.toBe("found");
    await writeFile(path.join(corpusDir, "caseloads-2017.md"), NEW_ARTICLE);
    await eventually(() => live!.answer("caseloads too high 2017").status === "found");
    expect(live.answer("caseloads too high 2017").figures[0]).toMatchObject({ value: 19, period: "2017", source: { publisher: "Sector Weekly" } });
    expect(live.answer("inadequate 2016").status).toBe("found");
  });

  it("logs a broken file by name, skips it, and keeps answering", async () => {
    const corpusDir = await tempCorpus();
    const { logger, lines } = recordingLogger();
    live = await LiveCore.start({ corpusDir, logger, build: () => createCore({ corpusDir, logger }), debounceMs: 50, pollMs: 200 });
    await writeFile(path.join(corpusDir, "broken.md"), "---\ntitle: [\n---\nbody\n");
    await eventually(() => lines.some((line) => line.msg === "corpus reloaded"));
    expect(lines).toContainEqual(expect.objectContaining({ level: "warn", obj: expect.objectContaining({ file: "broken.md" }) }));
    expect(live.answer("inadequate 2016").status).toBe("found");
  });

  it("answers from the previous core during a rebuild, and keeps it when a rebuild fails or finds nothing", async () => {
    const corpusDir = await tempCorpus();
    const { logger, lines } = recordingLogger();
    let release: () => void = () => {};
    let mode: "slow" | "fail" | "normal" = "normal";
    const build = async (): Promise<Core> => {
      if (mode === "fail") throw new Error("disk on fire");
      if (mode === "slow") await new Promise<void>((resolve) => (release = resolve));
      return createCore({ corpusDir, logger });
    };
    live = await LiveCore.start({ corpusDir, logger, build, debounceMs: 10_000, pollMs: 60_000 });
    const first = live.core;
    mode = "slow";
    await writeFile(path.join(corpusDir, "caseloads-2017.md"), NEW_ARTICLE);
    const reloading = live.reload();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(live.core).toBe(first);
    expect(live.answer("caseloads too high 2017").status).not.toBe("found");
    release();
    expect(await reloading).toBe(true);
    expect(live.core).not.toBe(first);
    expect(live.answer("caseloads too high 2017").status).toBe("found");

    const second = live.core;
    mode = "fail";
    await writeFile(path.join(corpusDir, "another.md"), NEW_ARTICLE.replace("19", "23"));
    expect(await live.reload()).toBe(false);
    expect(live.core).toBe(second);
    expect(lines).toContainEqual(expect.objectContaining({ level: "error", msg: "corpus reload failed; still serving the previous archive" }));

    mode = "normal";
    await rm(corpusDir, { recursive: true });
    expect(await live.reload()).toBe(false);
    expect(live.core).toBe(second);
    expect(live.answer("inadequate 2016").status).toBe("found");
  });
});
