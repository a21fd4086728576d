// The real discord.js Client and the real core on the bundled corpus, against a loopback Discord.

import { Writable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderDiscordAnswer } from "../../adapters/discord/render.ts";
import { createCore, type Core } from "../../src/core.ts";
import { silentLogger, type AnswerService } from "../../src/types.ts";
import { BOT_ID, CHANNEL_ID, DM_CHANNEL_ID, FAKE_TOKEN, type DiscordFake, type RecordedRequest } from "./fakes/discordFake.ts";
import { startDiscordHarness, type DiscordHarness } from "./fakes/discordHarness.ts";
import { documentedSlashCommand, slashCommand, userMessage } from "./fakes/discordPayloads.ts";

const MESSAGE_CONTENT_INTENT = 1 << 15;
const DISCORD_DEADLINE_MS = 3000;
const EXPECTED_MENTIONS = { parse: [], users: [], roles: [], replied_user: false };

let fake: DiscordFake;
let harness: DiscordHarness;
let core: Core;
const logs: string[] = [];
// Switches for the injected answer service: a slow lookup, or one that throws.
let delayMs = 0;
let explode = false;

const answer: AnswerService = (text) => {
  if (explode) throw new Error("index unavailable");
  return delayMs > 0 ? sleep(delayMs).then(() => core.answer(text)) : core.answer(text);
};

type Payload = { type?: number; data?: { content?: string; embeds?: unknown[]; allowed_mentions?: unknown }; content?: string; embeds?: unknown[]; allowed_mentions?: unknown; message_reference?: { message_id?: string } };
const payload = (request: RecordedRequest) => request.body as Payload;
const callbackFor = (interaction: Record<string, unknown>) => () => fake.callbacks().find((request) => request.path.includes(`/interactions/${String(interaction.id)}/`));
const replyTo = (message: Record<string, unknown>) => () => fake.created().find((request) => payload(request).message_reference?.message_id === message.id);

beforeAll(async () => {
  core = await createCore({ corpusDir: "corpus", logger: silentLogger });
  const logger = pino({ level: "debug" }, new Writable({ write: (chunk: Buffer, _encoding, done) => (logs.push(chunk.toString()), done()) }));
  harness = await startDiscordHarness(answer, logger);
  fake = harness.fake;
});

afterAll(async () => {
  await harness?.stop();
});

describe("Discord adapter over the gateway", () => {
  it("identifies once, without the privileged Message Content intent", () => {
    expect(fake.identifies).toHaveLength(1);
    const intents = fake.identifies[0]?.intents ?? 0;
    expect(intents & MESSAGE_CONTENT_INTENT).toBe(0);
    expect(intents).toBe(1 | (1 << 9) | (1 << 12)); // Guilds, GuildMessages, DirectMessages
  });

  it("answers /ofsted query:inadequate 2016 within Discord's deadline with 21 and its source", async () => {
    const interaction = slashCommand("inadequate 2016");
    const sentAt = Date.now();
    fake.dispatch("INTERACTION_CREATE", interaction);
    const callback = await fake.waitFor(callbackFor(interaction), DISCORD_DEADLINE_MS, "the interaction callback");
    expect(callback.at - sentAt).toBeLessThan(DISCORD_DEADLINE_MS);
    const body = payload(callback);
    expect(body.type).toBe(4); // CHANNEL_MESSAGE_WITH_SOURCE: answered at once, no deferral
    const embeds = JSON.stringify(body.data?.embeds);
    expect(embeds).toMatch(/\*\*21\*\*|\b21 departments/);
    expect(embeds).toContain("Ofsted · 28 June 2016");
    expect(body.data?.allowed_mentions).toEqual(EXPECTED_MENTIONS);
    expect(fake.edits()).toHaveLength(0);
  });

  it("defers a slow lookup within the deadline, then edits the original response with the answer", async () => {
    delayMs = 2500;
    try {
      const interaction = slashCommand("inadequate 2016", "dm");
      const sentAt = Date.now();
      fake.dispatch("INTERACTION_CREATE", interaction);
      const callback = await fake.waitFor(callbackFor(interaction), DISCORD_DEADLINE_MS, "the deferral");
      expect(payload(callback).type).toBe(5); // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
      expect(callback.at - sentAt).toBeLessThan(DISCORD_DEADLINE_MS);
      const token = String(interaction.token);
      const edit = await fake.waitFor(() => fake.edits().find((request) => request.path.includes(`/${token}/messages/@original`)), 5000, "the edit");
      expect(edit.path).toBe(`/api/v10/webhooks/${String(interaction.application_id)}/${token}/messages/@original`);
      expect(JSON.stringify(payload(edit).embeds)).toContain("Ofsted · 28 June 2016");
      expect(payload(edit).allowed_mentions).toEqual(EXPECTED_MENTIONS);
    } finally {
      delayMs = 0;
    }
  });

  it("answers Discord's documented example interaction, with our command substituted", async () => {
    const interaction = documentedSlashCommand("inadequate 2016");
    fake.dispatch("INTERACTION_CREATE", interaction);
    const callback = await fake.waitFor(callbackFor(interaction), DISCORD_DEADLINE_MS, "the callback to the documented interaction");
    expect(callback.path).toBe("/api/v10/interactions/786008729715212338/A_UNIQUE_TOKEN/callback");
    expect(payload(callback).type).toBe(4);
    expect(JSON.stringify(payload(callback).data?.embeds)).toContain("Ofsted · 28 June 2016");
  });

  it("answers a mention in a server channel as a reply there, and ignores messages not addressed to it", async () => {
    const chatter = userMessage("inadequate 2016, anyone?");
    const fromBot: Record<string, unknown> = { ...userMessage(`<@${BOT_ID}> inadequate 2016`), author: { id: "1100000000000000010", username: "otherbot", discriminator: "0", avatar: null, bot: true } };
    const mention = userMessage(`<@${BOT_ID}> inadequate 2016`);
    fake.dispatch("MESSAGE_CREATE", chatter);
    fake.dispatch("MESSAGE_CREATE", fromBot);
    fake.dispatch("MESSAGE_CREATE", mention);
    const reply = await fake.waitFor(replyTo(mention), 5000, "the reply to the mention");
    expect(reply.path).toBe(`/api/v10/channels/${CHANNEL_ID}/messages`);
    expect(JSON.stringify(payload(reply).embeds)).toContain("Ofsted · 28 June 2016");
    expect(payload(reply).allowed_mentions).toEqual(EXPECTED_MENTIONS);
    expect(fake.created().filter((request) => [chatter.id, fromBot.id].includes(payload(request).message_reference?.message_id))).toEqual([]);
  });

  it("answers a direct message without a mention", async () => {
    const direct = userMessage("inadequate 2016", "dm");
    fake.dispatch("MESSAGE_CREATE", direct);
    const reply = await fake.waitFor(replyTo(direct), 5000, "the reply to the DM");
    expect(reply.path).toBe(`/api/v10/channels/${DM_CHANNEL_ID}/messages`);
    expect(JSON.stringify(payload(reply).embeds)).toContain("28 June 2016");
  });

  it("sends the longest answer the corpus gives without breaking a Discord limit", async () => {
    const queries = ["help", "sources", "inadequate", "trend inadequate", "check one in five councils were rated inadequate in 2013", "quote wilshaw", "leadership", "social workers", "outstanding", "good", "requires improvement"];
    const longest = queries.map((query) => ({ query, size: JSON.stringify(renderDiscordAnswer(core.answer(query))).length })).sort((a, b) => b.size - a.size)[0];
    const interaction = slashCommand(longest?.query ?? "help");
    fake.dispatch("INTERACTION_CREATE", interaction);
    const callback = await fake.waitFor(callbackFor(interaction), DISCORD_DEADLINE_MS, "the longest answer");
    // The fake answers 400 like Discord when a limit is broken, and records which.
    expect(callback.violations).toEqual([]);
    expect(payload(callback).type).toBe(4);
  });

  it("apologises with a reference when the lookup fails, logs the error under it, and keeps running", async () => {
    explode = true;
    const interaction = slashCommand("inadequate 2016");
    try {
      fake.dispatch("INTERACTION_CREATE", interaction);
      const callback = await fake.waitFor(callbackFor(interaction), DISCORD_DEADLINE_MS, "the apology");
      const content = payload(callback).data?.content ?? "";
      const reference = /reference: ([0-9a-f]{8})/.exec(content)?.[1];
      expect(reference).toBeDefined();
      const line = logs.find((entry) => entry.includes(`"reference":"${reference}"`));
      expect(line).toContain("index unavailable");
      expect(payload(callback).data?.allowed_mentions).toEqual(EXPECTED_MENTIONS);
    } finally {
      explode = false;
    }
    const after = slashCommand("inadequate 2016");
    fake.dispatch("INTERACTION_CREATE", after);
    expect(payload(await fake.waitFor(callbackFor(after), DISCORD_DEADLINE_MS, "an answer after the failure")).type).toBe(4);
  });

  it("sends every message with no mention targets and never logs the token", () => {
    const messages = [...fake.callbacks().filter((request) => payload(request).type === 4), ...fake.edits(), ...fake.created()];
    expect(messages.length).toBeGreaterThanOrEqual(6);
    for (const request of messages) {
      const body = payload(request);
      expect(body.data?.allowed_mentions ?? body.allowed_mentions).toEqual(EXPECTED_MENTIONS);
    }
    expect(fake.requests.every((request) => request.violations.length === 0)).toBe(true);
    expect(logs.join("")).not.toContain(FAKE_TOKEN);
  });
});
