// The Slack adapter end to end: real Bolt over loopback, the real core on the bundled corpus, a fake
// Slack Web API and response_url. Assertions are on what arrives at the fake.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCore, type Core } from "../../src/core.ts";
import { silentLogger, type Answer } from "../../src/types.ts";
import { createLogger } from "../../adapters/boot/logger.ts";
import { startSlack } from "../../adapters/slack/start.ts";
import { BOT_USER_ID, startFakeSlackApi, waitFor, type ApiCall, textOf, type BlockJson as Block } from "./fakes/slackApi.ts";
import { BOT_TOKEN, startHarness, type SlackHarness } from "./fakes/slackHarness.ts";
import { commandBody, eventBody, FORM, JSON_TYPE, postSigned, shareActionBody } from "./fakes/slackRequests.ts";

let core: Core;
let harness: SlackHarness;

beforeAll(async () => {
  core = await createCore({ corpusDir: "corpus", logger: silentLogger });
  harness = await startHarness({ answer: core.answer });
});

afterAll(async () => {
  await harness?.stop();
});

async function slash(text: string, id: string) {
  const result = await postSigned(harness.url, commandBody(text, harness.fake.responseUrl(id)), { secret: harness.secret, contentType: FORM });
  return result;
}

async function event(eventId: string, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return postSigned(harness.url, eventBody(eventId, body), { secret: harness.secret, contentType: JSON_TYPE, headers });
}

describe("slash command", () => {
  it("acknowledges /ofsted inadequate 2016 at once and answers through response_url with 21 and its source", async () => {
    const ack = await slash("inadequate 2016", "lookup");
    expect(ack.status).toBe(200);
    expect(ack.ms).toBeLessThan(3000);
    const [response] = await waitFor(() => (harness.fake.responsesTo("lookup").length > 0 ? harness.fake.responsesTo("lookup") : undefined));
    expect(response?.body.response_type).toBe("ephemeral");
    const blocks = response?.body.blocks as Block[];
    const text = textOf(blocks);
    expect(text).toMatch(/\*21 departments/);
    expect(text).toContain("Ofsted · 28 June 2016");
    expect(text).toContain("<http://ift.tt/294LtRv|Strong leadership vital for children’s services improvement>");
    expect(blocks.at(-1)).toMatchObject({ type: "actions", elements: [{ type: "button", value: "inadequate 2016" }] });
    expect(String(response?.body.text)).toContain("21");
  });

  it("rejects a forged signature and a timestamp older than 5 minutes with 401, and answers neither", async () => {
    const forged = await postSigned(harness.url, commandBody("inadequate 2016", harness.fake.responseUrl("forged")), { secret: harness.secret, contentType: FORM, signature: `v0=${"0".repeat(64)}` });
    const wrongSecret = await postSigned(harness.url, commandBody("inadequate 2016", harness.fake.responseUrl("forged")), { secret: "not-the-secret", contentType: FORM });
    const staleAt = Math.floor(Date.now() / 1000) - 6 * 60;
    const stale = await postSigned(harness.url, commandBody("inadequate 2016", harness.fake.responseUrl("stale")), { secret: harness.secret, contentType: FORM, timestamp: staleAt });
    expect([forged.status, wrongSecret.status, stale.status]).toEqual([401, 401, 401]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(harness.fake.responsesTo("forged")).toEqual([]);
    expect(harness.fake.responsesTo("stale")).toEqual([]);
  });

  it("shares the same answer in the channel from the Share button", async () => {
    await slash("inadequate 2016", "to-share");
    const [ephemeral] = await waitFor(() => (harness.fake.responsesTo("to-share").length > 0 ? harness.fake.responsesTo("to-share") : undefined));
    const blocks = ephemeral?.body.blocks as Block[];
    const value = blocks.at(-1)?.elements?.[0]?.value ?? "";
    const click = await postSigned(harness.url, shareActionBody(value, harness.fake.responseUrl("shared")), { secret: harness.secret, contentType: FORM });
    expect(click.status).toBe(200);
    expect(click.ms).toBeLessThan(3000);
    const [shared] = await waitFor(() => (harness.fake.responsesTo("shared").length > 0 ? harness.fake.responsesTo("shared") : undefined));
    expect(shared?.body.response_type).toBe("in_channel");
    expect(shared?.body.text).toBe(ephemeral?.body.text);
    expect(shared?.body.blocks).toEqual(blocks.slice(0, -1));
  });

  it("answers usage text without a Share button for an empty command", async () => {
    await slash("", "empty");
    const [response] = await waitFor(() => (harness.fake.responsesTo("empty").length > 0 ? harness.fake.responsesTo("empty") : undefined));
    const blocks = response?.body.blocks as Block[];
    expect(textOf(blocks)).toContain("Nothing to look up.");
    expect(blocks.some((block) => block.type === "actions")).toBe(false);
  });
});

describe("events", () => {
  function postsTo(channel: string): ApiCall[] {
    return harness.fake.callsTo("chat.postMessage").filter((call) => call.params.channel === channel);
  }

  it("answers an @mention in a thread under the message, with the mention stripped", async () => {
    const ack = await event("Ev-mention-1", { type: "app_mention", user: "U0REPORTER", text: `<@${BOT_USER_ID}> inadequate 2016`, ts: "1700000100.000100", channel: "C0MENTION" });
    expect(ack.status).toBe(200);
    const [call] = await waitFor(() => (postsTo("C0MENTION").length > 0 ? postsTo("C0MENTION") : undefined));
    expect(call?.params.thread_ts).toBe("1700000100.000100");
    expect(call?.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(textOf(call?.params.blocks as Block[])).toMatch(/\*21 departments/);
  });

  it("answers an @mention inside a thread in that thread", async () => {
    await event("Ev-mention-2", { type: "app_mention", user: "U0REPORTER", text: `<@${BOT_USER_ID}> inadequate 2016`, ts: "1700000200.000300", thread_ts: "1700000200.000100", channel: "C0THREAD" });
    const [call] = await waitFor(() => (postsTo("C0THREAD").length > 0 ? postsTo("C0THREAD") : undefined));
    expect(call?.params.thread_ts).toBe("1700000200.000100");
  });

  it("answers a retried delivery (X-Slack-Retry-Num, same event_id) once", async () => {
    const mention = { type: "app_mention", user: "U0REPORTER", text: `<@${BOT_USER_ID}> inadequate 2016`, ts: "1700000300.000100", channel: "C0RETRY" };
    const first = await event("Ev-retry-1", mention);
    const retry = await event("Ev-retry-1", mention, { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" });
    const again = await event("Ev-retry-1", mention, { "x-slack-retry-num": "2", "x-slack-retry-reason": "http_timeout" });
    expect([first.status, retry.status, again.status]).toEqual([200, 200, 200]);
    await waitFor(() => (postsTo("C0RETRY").length > 0 ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(postsTo("C0RETRY")).toHaveLength(1);
  });

  it("answers a retry whose first delivery never arrived, once", async () => {
    const mention = { type: "app_mention", user: "U0REPORTER", text: `<@${BOT_USER_ID}> help`, ts: "1700000400.000100", channel: "C0LOST" };
    await event("Ev-lost-1", mention, { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_error" });
    await event("Ev-lost-1", mention, { "x-slack-retry-num": "2", "x-slack-retry-reason": "http_error" });
    await waitFor(() => (postsTo("C0LOST").length > 0 ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(postsTo("C0LOST")).toHaveLength(1);
  });

  it("answers a direct message in the DM, and ignores bot posts and edits", async () => {
    await event("Ev-dm-bot", { type: "message", channel_type: "im", channel: "D0DM", user: "U0OTHER", bot_id: "B0OTHER", text: "inadequate 2016", ts: "1700000500.000050" });
    await event("Ev-dm-edit", { type: "message", subtype: "message_changed", channel_type: "im", channel: "D0DM", hidden: true, ts: "1700000500.000060", message: { text: "x" } });
    await event("Ev-dm-1", { type: "message", channel_type: "im", channel: "D0DM", user: "U0REPORTER", text: "inadequate 2016", ts: "1700000500.000100" });
    const [call] = await waitFor(() => (postsTo("D0DM").length > 0 ? postsTo("D0DM") : undefined));
    expect(call?.params.thread_ts).toBeUndefined();
    expect(textOf(call?.params.blocks as Block[])).toMatch(/\*21 departments/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(postsTo("D0DM")).toHaveLength(1);
  });
});

describe("a slow or failing lookup", () => {
  it("is acknowledged in under 3 seconds and answered after the 5-second lookup", async () => {
    const slow = await startHarness({
      answer: async (text: string): Promise<Answer> => {
        await new Promise((resolve) => setTimeout(resolve, 5000));
        return core.answer(text);
      },
    });
    try {
      const started = performance.now();
      const ack = await postSigned(slow.url, commandBody("inadequate 2016", slow.fake.responseUrl("slow")), { secret: slow.secret, contentType: FORM });
      expect(ack.status).toBe(200);
      expect(ack.ms).toBeLessThan(3000);
      const [response] = await waitFor(() => (slow.fake.responsesTo("slow").length > 0 ? slow.fake.responsesTo("slow") : undefined), 12_000);
      expect((response?.at ?? 0) - started).toBeGreaterThan(4500);
      expect(textOf(response?.body.blocks as Block[])).toMatch(/\*21 departments/);
    } finally {
      await slow.stop();
    }
  });

  it("apologises with a reference id that is in the log, and keeps serving", async () => {
    let calls = 0;
    const failing = await startHarness({
      answer: (text: string) => {
        calls += 1;
        if (calls === 1) throw new Error("index exploded");
        return core.answer(text);
      },
    });
    try {
      await postSigned(failing.url, commandBody("inadequate 2016", failing.fake.responseUrl("boom")), { secret: failing.secret, contentType: FORM });
      const [apology] = await waitFor(() => (failing.fake.responsesTo("boom").length > 0 ? failing.fake.responsesTo("boom") : undefined));
      const reference = /reference: ([0-9a-f]{8})/.exec(String(apology?.body.text))?.[1];
      expect(reference).toBeDefined();
      const logged = failing.logs.find((line) => line.includes(`"reference":"${reference}"`));
      expect(logged).toContain("index exploded");
      await postSigned(failing.url, commandBody("inadequate 2016", failing.fake.responseUrl("after")), { secret: failing.secret, contentType: FORM });
      await waitFor(() => (failing.fake.responsesTo("after").length > 0 ? true : undefined));
    } finally {
      await failing.stop();
    }
  });
});

describe("start-up", () => {
  it("refuses a token Slack rejects with a message naming the variable, and binds no port", async () => {
    const fake = await startFakeSlackApi({ authError: "invalid_auth" });
    try {
      const starting = startSlack({
        config: { botToken: "xoxb-revoked", signingSecret: "s3cret-signing", apiUrl: fake.apiUrl, port: 0, host: "127.0.0.1" },
        answer: core.answer,
        logger: createLogger({ level: "silent", format: "json", secrets: [], destination: { write: () => {} } }),
      });
      await expect(starting).rejects.toThrow(/SLACK_BOT_TOKEN.*invalid_auth/);
    } finally {
      await fake.close();
    }
  });
});

describe("HTTP receiver", () => {
  it("answers a liveness probe at /healthz and nothing unsigned elsewhere", async () => {
    const health = await fetch(harness.url.replace("/slack/events", "/healthz"));
    expect([health.status, await health.text()]).toEqual([200, "ok"]);
    const unsigned = await fetch(harness.url, { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    expect(unsigned.status).toBe(401);
  });
});

describe("logs", () => {
  it("hold no token, no signing secret, no response_url and no request body", () => {
    const log = harness.logs.join("");
    expect(log.length).toBeGreaterThan(0);
    expect(log).not.toContain(BOT_TOKEN);
    expect(log).not.toContain(harness.secret);
    expect(log).not.toContain("/response/");
    expect(log).not.toContain("legacy-verification-token");
  });
});
