// No secret reaches the log, even when things fail: a respond() that cannot be delivered, a Web API
// call Slack rejects, a Discord gateway error. The project's own logger writes into memory here, and
// every line is searched for every secret value.

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { createLogger } from "../../adapters/boot/logger.ts";
import { startDiscord } from "../../adapters/discord/start.ts";
import { startSlack } from "../../adapters/slack/start.ts";
import { seedCore } from "../helpers/seedCore.ts";
import { FAKE_TOKEN, startDiscordFake } from "./fakes/discordFake.ts";
import { commandBody, eventBody, FORM, JSON_TYPE, postSigned } from "./fakes/slackRequests.ts";

const BOT_TOKEN = "xoxb-5555555555-secret-bot-token-value";
const SIGNING_SECRET = "secret-signing-value-0123456789abcdef";
const SECRETS = [BOT_TOKEN, SIGNING_SECRET, FAKE_TOKEN];

const lines: string[] = [];
const logger = createLogger({ level: "trace", format: "json", secrets: SECRETS, destination: { write: (line: string) => void lines.push(line) } });
const cleanups: Array<() => Promise<unknown>> = [];

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** A Slack Web API that accepts auth.test and rejects every other call, as with a revoked scope. */
async function rejectingSlackApi(): Promise<{ apiUrl: string; rejected: string[] }> {
  const rejected: string[] = [];
  const server: Server = createServer((request, response) => {
    request.resume();
    const method = (request.url ?? "").replace(/^\/api\//, "").split("?")[0] ?? "";
    const body = method === "auth.test" ? { ok: true, user_id: "UBOT", bot_id: "BBOT", team_id: "T0" } : { ok: false, error: "not_in_channel" };
    if (method !== "auth.test") rejected.push(method);
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  return { apiUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`, rejected };
}

function logText(): string {
  return lines.join("");
}

describe("secrets never reach the log", () => {
  it("through a failed respond(), a rejected Web API call and a Discord gateway error", async () => {
    const core = await seedCore();
    const api = await rejectingSlackApi();
    const slack = await startSlack({ config: { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl: api.apiUrl, port: 0, host: "127.0.0.1" }, answer: core.answer, logger });
    cleanups.push(() => slack.stop());
    const url = `http://127.0.0.1:${slack.port}/slack/events`;

    // 1. respond() to a response_url that refuses the connection.
    const deadPort = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const responseUrl = `http://127.0.0.1:${deadPort}/commands/T0/1/secret-response-path`;
    const ack = await postSigned(url, commandBody("inadequate 2016", responseUrl), { secret: SIGNING_SECRET, contentType: FORM });
    expect(ack.status).toBe(200);

    // 2. A mention whose chat.postMessage Slack rejects.
    await postSigned(url, eventBody("Ev0SECRET1", { type: "app_mention", user: "U1", text: "<@UBOT> inadequate 2016", ts: "1700000000.000100", channel: "C1", event_ts: "1700000000.000100" }), {
      secret: SIGNING_SECRET,
      contentType: JSON_TYPE,
    });
    const deadline = Date.now() + 5000;
    while (api.rejected.filter((method) => method === "chat.postMessage").length < 1 && Date.now() < deadline) await sleep(50);
    expect(api.rejected).toContain("chat.postMessage");

    // 3. A Discord gateway that drops the connection with an error code.
    const fake = await startDiscordFake();
    cleanups.push(() => fake.close());
    const discord = await startDiscord({ config: { token: FAKE_TOKEN, apiUrl: fake.apiUrl }, answer: core.answer, logger });
    cleanups.push(() => discord.stop());
    fake.closeGateway(4000, "Unknown error");
    await sleep(1500);

    const text = logText();
    // The failures were logged...
    expect(text).toMatch(/"level":50/);
    expect(text.toLowerCase()).toMatch(/respond|response/);
    expect(text).toContain("not_in_channel");
    // ...and not one secret, nor the response_url, is in any line.
    for (const secret of [...SECRETS, "secret-response-path"]) expect(text).not.toContain(secret);
  });
});
