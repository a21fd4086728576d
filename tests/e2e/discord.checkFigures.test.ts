// The Check figures message command, private /ofsted answers and the Share button, end to end: the
// real discord.js Client and the real core on the bundled corpus against the loopback Discord.

import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCore, type Core } from "../../src/core.ts";
import { silentLogger, type AnswerService } from "../../src/types.ts";
import { createLogger } from "../../adapters/boot/logger.ts";
import type { DiscordFake, RecordedRequest } from "./fakes/discordFake.ts";
import { startDiscordHarness, type DiscordHarness } from "./fakes/discordHarness.ts";
import { buttonPress, documentedMessageCommand, slashCommand } from "./fakes/discordPayloads.ts";

const DISCORD_DEADLINE_MS = 3000;
const EPHEMERAL = 64;
const EXPECTED_MENTIONS = { parse: [], users: [], roles: [], replied_user: false };

let fake: DiscordFake;
let harness: DiscordHarness;
let core: Core;
let delayMs = 0;

const answer: AnswerService = (text) => (delayMs > 0 ? sleep(delayMs).then(() => core.answer(text)) : core.answer(text));

interface Embed {
  title?: string;
  fields?: { name: string; value: string }[];
}
interface MessageData {
  content?: string;
  embeds?: Embed[];
  flags?: number;
  allowed_mentions?: unknown;
  components?: { type: number; components: { type: number; label: string; custom_id: string }[] }[];
}
type Payload = { type?: number; data?: MessageData };
const payload = (request: RecordedRequest) => request.body as Payload;
const callbackFor = (interaction: Record<string, unknown>) => () => fake.callbacks().find((request) => request.path.includes(`/interactions/${String(interaction.id)}/`));

async function respondTo(interaction: Record<string, unknown>, what: string): Promise<RecordedRequest> {
  const sentAt = Date.now();
  fake.dispatch("INTERACTION_CREATE", interaction);
  const callback = await fake.waitFor(callbackFor(interaction), DISCORD_DEADLINE_MS, what);
  expect(callback.at - sentAt).toBeLessThan(DISCORD_DEADLINE_MS);
  expect(callback.violations).toEqual([]);
  return callback;
}

const shareIdOf = (data: MessageData | undefined) => data?.components?.[0]?.components[0]?.custom_id ?? "";
const fieldNames = (data: MessageData | undefined) => (data?.embeds ?? []).flatMap((embed) => (embed.fields ?? []).map((field) => field.name));

beforeAll(async () => {
  core = await createCore({ corpusDir: "corpus", logger: silentLogger });
  harness = await startDiscordHarness(answer, createLogger({ level: "silent", format: "json", secrets: [], destination: { write: () => {} } }));
  fake = harness.fake;
});

afterAll(async () => {
  await harness?.stop();
});

const PARAGRAPH = "One in five councils were rated inadequate in 2013, the report found. DCS turnover was a fifth in 2008-09.";

describe("Check figures (message command, type 3)", () => {
  it("answers Discord's documented example with a resolved message privately: summary, contradicted first, sentence, source, Share button", async () => {
    const callback = await respondTo(documentedMessageCommand(PARAGRAPH), "the check of the documented message command");
    const body = payload(callback);
    expect(body.type).toBe(4);
    expect(body.data?.flags).toBe(EPHEMERAL);
    expect(body.data?.allowed_mentions).toEqual(EXPECTED_MENTIONS);
    expect(body.data?.content).toBe("**2 figures: 1 contradicted, 1 supported**");
    expect(body.data?.embeds?.map((embed) => embed.title)).toEqual(["Contradicted", "Supported"]);
    expect(fieldNames(body.data)).toEqual(["CONTRADICTED: “One in five”", "SUPPORTED: “a fifth”"]);
    const first = body.data?.embeds?.[0]?.fields?.[0]?.value ?? "";
    expect(first).toContain("> One in five councils were rated inadequate in 2013, the report found.");
    expect(first).toContain("For 2013 the sources say 13% (2013)");
    expect(first).toContain("— Ofsted finds one in seven local authorities' children's services ‘inadequate' · 21 October 2013");
    expect(body.data?.components).toEqual([{ type: 1, components: [expect.objectContaining({ type: 2, label: "Share", custom_id: expect.stringMatching(/^ofsted_share:[0-9a-f]{16}$/) })] }]);
  });

  it("posts the same check to the channel for everyone when Share is pressed, without the button", async () => {
    const check = payload(await respondTo(documentedMessageCommand(PARAGRAPH), "the check"));
    const shared = payload(await respondTo(buttonPress(shareIdOf(check.data)), "the shared check"));
    expect(shared.type).toBe(4);
    expect(shared.data?.flags ?? 0).toBe(0);
    expect(shared.data?.content).toBe(check.data?.content);
    expect(shared.data?.embeds).toEqual(check.data?.embeds);
    expect(shared.data?.components ?? []).toEqual([]);
    expect(shared.data?.allowed_mentions).toEqual(EXPECTED_MENTIONS);
  });

  it("defers a slow check privately within the deadline, then fills it in", async () => {
    delayMs = 2500;
    try {
      const interaction = documentedMessageCommand(PARAGRAPH);
      const callback = await respondTo(interaction, "the deferral");
      expect(payload(callback)).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
      const token = String(interaction.token);
      const edit = await fake.waitFor(() => fake.edits().find((request) => request.path.includes(`/${token}/messages/@original`)), 5000, "the edit");
      expect((edit.body as MessageData).content).toBe("**2 figures: 1 contradicted, 1 supported**");
      expect(edit.violations).toEqual([]);
    } finally {
      delayMs = 0;
    }
  });

  it("keeps a long story within embed limits and says how many figures were left out", async () => {
    const story = Array.from({ length: 200 }, (_, n) => `In 2013, ${n + 30} councils were rated inadequate according to the draft. `).join("");
    const body = payload(await respondTo(documentedMessageCommand(story), "the long story"));
    const total = Number(/^\*\*(\d+) figures:/.exec(body.data?.content ?? "")?.[1]);
    const shown = fieldNames(body.data).length;
    expect(total).toBe(200);
    expect(shown).toBeGreaterThan(5);
    expect(body.data?.content).toContain(`…and ${total - shown} more figures left out: check a shorter passage to see them.`);
  });

  it("gives a short friendly private reply, without a button, for a message with no figure", async () => {
    const body = payload(await respondTo(documentedMessageCommand("Great splash today, team. Can we get the quotes checked before we file?"), "the no-figure reply"));
    expect(body.data).toMatchObject({ flags: EPHEMERAL, content: "No figures to check in that message. I check numbers such as “one in five”, “34 per cent” or “21 councils” against the archive.", embeds: [] });
    expect(body.data?.components ?? []).toEqual([]);
  });

  it("never lets the message ping anyone or inject markdown", async () => {
    const hostile = "@everyone @here <@167348773423415296> <@&785609923542777878> <t:1392734382:R> **One in five** councils were rated [inadequate](https://evil.example) in 2013 `x`";
    const body = payload(await respondTo(documentedMessageCommand(hostile), "the hostile check"));
    expect(body.data?.allowed_mentions).toEqual(EXPECTED_MENTIONS);
    // Mention and timestamp markup holds ids and Unix times, not figures.
    expect(fieldNames(body.data)).toEqual(["CONTRADICTED: “One in five”"]);
    expect(body.data?.embeds?.[0]?.fields?.[0]?.value).toContain("> @\u200Deveryone @\u200Dhere @user @role (a date) \\*\\*One in five\\*\\*");
    const shown = JSON.stringify(body.data?.embeds);
    expect(shown).not.toMatch(/(?<!\\\\)<@/);
    expect(shown).not.toMatch(/(?<![\u200D])@(everyone|here)/);
    expect(shown).not.toContain("[inadequate](https://evil.example)");
    expect(shown).toContain("\\\\*\\\\*One in five\\\\*\\\\*");
  });
});

describe("/ofsted answers", () => {
  it("are private to the asker, with a Share button that posts them to the channel", async () => {
    const asked = payload(await respondTo(slashCommand("inadequate 2016"), "the private answer"));
    expect(asked.data?.flags).toBe(EPHEMERAL);
    expect(JSON.stringify(asked.data?.embeds)).toContain("Ofsted · 28 June 2016");
    const shared = payload(await respondTo(buttonPress(shareIdOf(asked.data)), "the shared answer"));
    expect(shared.data?.flags ?? 0).toBe(0);
    expect(shared.data?.embeds).toEqual(asked.data?.embeds);
  });

  it("have no Share button when there is nothing to share", async () => {
    const asked = payload(await respondTo(slashCommand("zebra crossings"), "the empty answer"));
    expect(asked.data?.flags).toBe(EPHEMERAL);
    expect(asked.data?.components ?? []).toEqual([]);
  });

  it("say privately when a Share button has expired", async () => {
    const reply = payload(await respondTo(buttonPress("ofsted_share:0123456789abcdef"), "the expiry note"));
    expect(reply.data?.flags).toBe(EPHEMERAL);
    expect(reply.data?.content).toMatch(/can no longer be shared/);
  });
});
