// Gateway event payloads shaped like the ones Discord sends, for the fake to dispatch.

import { readFileSync } from "node:fs";
import { APP_ID, BOT_ID, CHANNEL_ID, DM_CHANNEL_ID, GUILD_ID, snowflake, USER } from "./discordFake.ts";

const member = { user: USER, roles: [], nick: null, avatar: null, joined_at: "2024-01-01T00:00:00.000000+00:00", deaf: false, mute: false, pending: false, flags: 0, permissions: "2147483647" };

const GUILD_PLACE = { guild_id: GUILD_ID, member, channel_id: CHANNEL_ID, channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: "newsdesk" }, context: 0 };

/** The fields every INTERACTION_CREATE carries, with fresh ids and token. */
function interaction(type: number, place: Record<string, unknown>, data: Record<string, unknown>): Record<string, unknown> {
  return {
    id: snowflake(),
    application_id: APP_ID,
    type,
    token: `interaction-token-${snowflake()}`,
    version: 1,
    locale: "en-GB",
    app_permissions: "442368",
    entitlements: [],
    authorizing_integration_owners: { 0: GUILD_ID },
    data,
    ...place,
  };
}

/** INTERACTION_CREATE for `/ofsted query:<query>` in the test server's channel, or in the bot's DM. */
export function slashCommand(query: string, where: "guild" | "dm" = "guild"): Record<string, unknown> {
  const place = where === "guild" ? GUILD_PLACE : { user: USER, channel_id: DM_CHANNEL_ID, channel: { id: DM_CHANNEL_ID, type: 1, recipients: [USER] }, context: 1 };
  return interaction(2, place, { id: snowflake(), name: "ofsted", type: 1, options: [{ type: 3, name: "query", value: query }] });
}

/**
 * Discord's documented example slash-command interaction (tests/fixtures/conformance/discord), with
 * our command's name and option substituted. The example predates fields Discord now sends with every
 * interaction: `entitlements` and `authorizing_integration_owners` (discord.js 14 throws while building
 * the interaction without them) and `application_id` (the webhook a deferred answer is edited
 * through). Only those are added.
 */
export function documentedSlashCommand(query: string): Record<string, unknown> {
  const example = JSON.parse(readFileSync("tests/fixtures/conformance/discord/example_interaction_slash_command.json", "utf8")) as {
    guild_id: string;
    data: { options: { type: number; name: string; value: string }[]; name: string };
  };
  const current = { application_id: APP_ID, entitlements: [], authorizing_integration_owners: { 0: example.guild_id } };
  return { ...example, ...current, data: { ...example.data, name: "ofsted", options: [{ type: 3, name: "query", value: query }] } };
}

/** MESSAGE_CREATE from a user. In the server channel it mentions the bot unless `content` says otherwise. */
export function userMessage(content: string, where: "guild" | "dm" = "guild"): Record<string, unknown> {
  const mentionsBot = content.includes(`<@${BOT_ID}>`) || content.includes(`<@!${BOT_ID}>`);
  const place = where === "guild" ? { guild_id: GUILD_ID, member, channel_id: CHANNEL_ID, channel_type: 0 } : { channel_id: DM_CHANNEL_ID, channel_type: 1 };
  return {
    id: snowflake(),
    type: 0,
    content,
    author: USER,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: mentionsBot ? [{ id: BOT_ID, username: "ofsted-bot", discriminator: "0", global_name: null, avatar: null, bot: true }] : [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    flags: 0,
    nonce: snowflake(),
    ...place,
  };
}

/**
 * Discord's documented example message-command interaction (tests/fixtures/conformance/discord), with
 * our command's name and the target message's content substituted, plus the fields Discord now sends
 * with every interaction (see documentedSlashCommand). Each call gets fresh ids and token.
 */
export function documentedMessageCommand(content: string): Record<string, unknown> {
  const example = JSON.parse(readFileSync("tests/fixtures/conformance/discord/example_interaction_message_command.json", "utf8")) as {
    guild_id: string;
    data: { target_id: string; resolved: { messages: Record<string, Record<string, unknown>> } } & Record<string, unknown>;
  } & Record<string, unknown>;
  const target = example.data.resolved.messages[example.data.target_id] ?? {};
  const current = { application_id: APP_ID, entitlements: [], authorizing_integration_owners: { 0: example.guild_id }, id: snowflake(), token: `interaction-token-${snowflake()}` };
  const data = { ...example.data, name: "Check figures", resolved: { messages: { [example.data.target_id]: { ...target, content } } } };
  return { ...example, ...current, data };
}

/** A press of a button on one of the bot's private answers (MESSAGE_COMPONENT) in the test server's channel. */
export function buttonPress(customId: string): Record<string, unknown> {
  const bot = { id: BOT_ID, username: "ofsted-bot", discriminator: "0", global_name: null, avatar: null, bot: true };
  const answered = { ...userMessage(""), author: bot, components: [{ type: 1, components: [{ type: 2, style: 2, label: "Share", custom_id: customId }] }], type: 20, flags: 64 };
  return interaction(3, { ...GUILD_PLACE, message: answered }, { custom_id: customId, component_type: 2 });
}
