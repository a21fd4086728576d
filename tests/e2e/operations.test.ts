// Operating the bot: health while loading, per-user limits, and a shutdown that still delivers the
// answer in flight. Real Bolt over loopback against the fake Slack, wired as `npm start` wires it.

import { afterEach, describe, expect, it } from "vitest";
import type { Config } from "../../adapters/boot/config.ts";
import { createLogger } from "../../adapters/boot/logger.ts";
import { startChatBot, type ChatBot } from "../../adapters/boot/run.ts";
import type { Core } from "../../src/core.ts";
import type { Answer } from "../../src/types.ts";
import { seedCore } from "../helpers/seedCore.ts";
import { tempCorpusDir } from "../helpers/tempDir.ts";
import { startFakeSlackApi, waitFor, type FakeSlackApi } from "./fakes/slackApi.ts";
import { BOT_TOKEN, SIGNING_SECRET } from "./fakes/slackHarness.ts";
import { commandBody, FORM, postSigned, shareActionBody } from "./fakes/slackRequests.ts";

let fake: FakeSlackApi | undefined;
let bot: ChatBot | undefined;
const logs: string[] = [];

afterEach(async () => {
  await bot?.shutdown("test over");
  await fake?.close();
  bot = undefined;
  fake = undefined;
  logs.length = 0;
});

function config(overrides: Partial<Config> = {}): Config {
  return {
    corpusDir: "corpus",
    logFormat: "json",
    port: 0,
    host: "127.0.0.1",
    rateLimit: { max: 5, windowMs: 10_000 },
    statistics: { eesApiUrl: "http://127.0.0.1:9", govukUrl: "http://127.0.0.1:9" },
    slack: { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl: fake!.apiUrl },
    ...overrides,
  };
}

const logger = createLogger({ level: "info", format: "json", secrets: [BOT_TOKEN, SIGNING_SECRET], destination: { write: (line: string) => void logs.push(line) } });

async function start(core: Promise<Core>, overrides: Partial<Config> = {}): Promise<string> {
  fake = await startFakeSlackApi();
  bot = await startChatBot({ config: config(overrides), logger, core, onFatal: (error) => expect.fail(error.message) });
  return `http://127.0.0.1:${bot.slack!.port}`;
}

function slash(base: string, text: string, id: string, user = "U_REPORTER") {
  return postSigned(`${base}/slack/events`, commandBody(text, fake!.responseUrl(id), { user_id: user }), { secret: SIGNING_SECRET, contentType: FORM });
}

function responseText(id: string): string {
  return JSON.stringify(fake!.responsesTo(id));
}

/** A core whose answers take `delayMs` (without blocking the event loop) and are counted. */
async function slowCore(delayMs: number, calls: { count: number }): Promise<Core> {
  const real = await seedCore();
  const answer = async (text: string): Promise<Answer> => {
    calls.count++;
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return real.answer(text);
  };
  // The chat bot awaits whatever the core returns; a slow archive is what this stands in for.
  return { ...real, answer: answer as unknown as Core["answer"] };
}

describe("/healthz", () => {
  it("says 503 while the archive loads and 200 once it is loaded; answers wait for it", async () => {
    let release: (core: Core) => void = () => {};
    const loading = new Promise<Core>((resolve) => (release = resolve));
    const base = await start(loading);
    const before = await fetch(`${base}/healthz`);
    expect(before.status).toBe(503);
    const ack = await slash(base, "inadequate 2016", "early");
    expect(ack.status).toBe(200);
    release(await seedCore());
    await loading;
    const after = await fetch(`${base}/healthz`);
    expect(after.status).toBe(200);
    await waitFor(() => (fake!.responsesTo("early").length > 0 ? true : undefined));
    expect(responseText("early")).toContain("21 departments");
  });
});

describe("rate limit", () => {
  it("gives a friendly cooldown reply past the limit and does not query the index for it", async () => {
    const calls = { count: 0 };
    const base = await start(slowCore(0, calls), { rateLimit: { max: 2, windowMs: 60_000 } });
    for (const id of ["r1", "r2", "r3"]) await slash(base, "inadequate 2016", id, "U0REPORTER");
    await slash(base, "inadequate 2016", "other-user", "U_SOMEONE_ELSE");
    for (const id of ["r1", "r2", "r3", "other-user"]) await waitFor(() => (fake!.responsesTo(id).length > 0 ? true : undefined));
    expect(responseText("r1")).toContain("21 departments");
    expect(responseText("r3")).toContain("asking faster than I can check sources");
    expect(responseText("r3")).not.toContain("21 departments");
    expect(responseText("other-user")).toContain("21 departments");
    expect(calls.count).toBe(3);
    // Pressing Share while limited tells only the presser, never the channel.
    await postSigned(`${base}/slack/events`, shareActionBody("inadequate 2016", fake!.responseUrl("share-limited")), { secret: SIGNING_SECRET, contentType: FORM });
    const [shared] = await waitFor(() => (fake!.responsesTo("share-limited").length > 0 ? fake!.responsesTo("share-limited") : undefined));
    expect(shared?.body).toMatchObject({ response_type: "ephemeral" });
    expect(JSON.stringify(shared?.body)).toContain("asking faster");
  });
});

describe("shutdown", () => {
  it("stops taking requests but delivers the answer in flight", async () => {
    const calls = { count: 0 };
    const base = await start(slowCore(1500, calls));
    const ack = await slash(base, "inadequate 2016", "in-flight");
    expect(ack.status).toBe(200);
    expect(fake!.responsesTo("in-flight")).toEqual([]);
    await bot!.shutdown("SIGTERM");
    bot = undefined;
    expect(logs.join("")).toContain('"inFlight":1');
    expect(responseText("in-flight")).toContain("21 departments");
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
    expect(logs.join("")).toContain("shutting down");
  });
});

describe("npm start with Slack credentials", () => {
  it("serves /healthz, answers, picks up a new article, and exits 0 on SIGTERM without printing a secret", async () => {
    const { spawn } = await import("node:child_process");
    const { createServer } = await import("node:net");
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    fake = await startFakeSlackApi();
    const { cp, writeFile } = await import("node:fs/promises");
    const path = await import("node:path");
    const corpusDir = tempCorpusDir("process");
    await cp("corpus", corpusDir, { recursive: true });
    const child = spawn(process.execPath, ["--import", "tsx", "adapters/boot/main.ts"], {
      env: { ...process.env, CORPUS_DIR: corpusDir, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "info", SLACK_APP_TOKEN: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    await waitFor(() => (stderr.includes('"msg":"ready"') ? true : undefined), 20_000);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    await slash(`http://127.0.0.1:${port}`, "inadequate 2016", "process");
    await waitFor(() => (fake!.responsesTo("process").length > 0 ? true : undefined));
    expect(responseText("process")).toContain("21 departments");
    // The archive grows while the bot runs: the new article is answered without a restart.
    await writeFile(path.join(corpusDir, "caseloads-2017.md"), '---\ntitle: "Caseloads rise"\ndate: 2017-03-09\n---\nInspectors found 19 local authorities where caseloads were too high in 2017.\n');
    const beforeReload = stderr.length;
    await waitFor(() => (stderr.includes('"msg":"corpus reloaded"') ? true : undefined), 15_000);
    // Re-indexed on a worker thread, then loaded here from the file it saved.
    expect(stderr.slice(beforeReload)).toContain('"msg":"archive loaded from the saved index"');
    expect(stderr).not.toContain("could not re-index on a worker thread");
    await slash(`http://127.0.0.1:${port}`, "caseloads too high 2017", "after-ingest");
    await waitFor(() => (fake!.responsesTo("after-ingest").length > 0 ? true : undefined));
    expect(responseText("after-ingest")).toContain("19 local authorities");
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(stderr).toContain('"msg":"stopped"');
    expect(stderr).not.toContain(BOT_TOKEN);
    expect(stderr).not.toContain(SIGNING_SECRET);
  });
});

describe("Discord during shutdown", () => {
  it("ignores new interactions once it stops listening", async () => {
    const { startDiscordFake, FAKE_TOKEN } = await import("./fakes/discordFake.ts");
    const { slashCommand } = await import("./fakes/discordPayloads.ts");
    const { startDiscord } = await import("../../adapters/discord/start.ts");
    const discordFake = await startDiscordFake();
    const core = await seedCore();
    const discord = await startDiscord({ config: { token: FAKE_TOKEN, apiUrl: discordFake.apiUrl }, answer: core.answer, logger });
    try {
      const before = slashCommand("inadequate 2016");
      discordFake.dispatch("INTERACTION_CREATE", before);
      await discordFake.waitFor(() => discordFake.callbacks().find((request) => request.path.includes(`/interactions/${String(before.id)}/`)));
      discord.stopListening();
      const after = slashCommand("inadequate 2016");
      discordFake.dispatch("INTERACTION_CREATE", after);
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(discordFake.callbacks().some((request) => request.path.includes(`/interactions/${String(after.id)}/`))).toBe(false);
    } finally {
      await discord.stop();
      await discordFake.close();
    }
  });
});

describe("SIGTERM to a real npm start", () => {
  it("waits for an answer still being delivered before it exits 0", async () => {
    const { spawn } = await import("node:child_process");
    const { createServer } = await import("node:http");
    fake = await startFakeSlackApi();
    // A response_url that holds the delivery open for a second, as a slow network would.
    let seenRequest: () => void = () => {};
    const requestSeen = new Promise<void>((resolve) => (seenRequest = resolve));
    let respondedAt = 0;
    let clientGoneEarly = false;
    let delivered = "";
    const slow = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => (body += chunk));
      request.socket.once("close", () => {
        if (respondedAt === 0) clientGoneEarly = true;
      });
      seenRequest();
      setTimeout(() => {
        delivered = body;
        respondedAt = Date.now();
        response.writeHead(200).end("ok");
      }, 1000);
    });
    await new Promise<void>((resolve) => slow.listen(0, "127.0.0.1", resolve));
    const slowUrl = `http://127.0.0.1:${(slow.address() as { port: number }).port}/commands/T0/1/slow`;
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const child = spawn(process.execPath, ["--import", "tsx", "adapters/boot/main.ts"], {
      env: { ...process.env, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "info", SLACK_APP_TOKEN: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    let exitedAt = 0;
    const exited = new Promise<number | null>((resolve) => child.on("close", (code) => ((exitedAt = Date.now()), resolve(code))));
    try {
      await waitFor(() => (stderr.includes('"msg":"ready"') ? true : undefined), 20_000);
      await postSigned(`http://127.0.0.1:${port}/slack/events`, commandBody("inadequate 2016", slowUrl), { secret: SIGNING_SECRET, contentType: FORM });
      await requestSeen;
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(clientGoneEarly).toBe(false);
      expect(exitedAt).toBeGreaterThanOrEqual(respondedAt);
      expect(delivered).toContain("21 departments");
      expect(stderr).toContain('"inFlight":1');
    } finally {
      child.kill("SIGKILL");
      await new Promise((resolve) => slow.close(resolve));
    }
  });
});
