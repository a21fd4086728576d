// Socket Mode end to end: with an app-level token the adapter opens no port; it asks the (fake) Web API
// for a WebSocket URL, connects to a local ws server standing in for Slack, acks envelopes and answers.

import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocketServer, type WebSocket } from "ws";
import { createLogger } from "../../adapters/boot/logger.ts";
import { startSlack, type SlackHandle } from "../../adapters/slack/start.ts";
import { createCore } from "../../src/core.ts";
import { silentLogger } from "../../src/types.ts";
import { BOT_USER_ID, startFakeSlackApi, waitFor, type FakeSlackApi } from "./fakes/slackApi.ts";
import { BOT_TOKEN } from "./fakes/slackHarness.ts";
import { commandBody, eventBody } from "./fakes/slackRequests.ts";

const APP_TOKEN = "xapp-1-A0OFSTED-0000-socket-test-token";

let wss: WebSocketServer;
let fake: FakeSlackApi;
let slack: SlackHandle;
let socket: WebSocket | undefined;
const fromClient: Array<Record<string, unknown>> = [];
const logs: string[] = [];

beforeAll(async () => {
  wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => wss.once("listening", () => resolve()));
  wss.on("connection", (connection) => {
    socket = connection;
    connection.on("message", (data) => fromClient.push(JSON.parse(String(data)) as Record<string, unknown>));
    connection.send(JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A0OFSTED" }, debug_info: { host: "fake" } }));
  });
  fake = await startFakeSlackApi({ socketUrl: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link` });
  const core = await createCore({ corpusDir: "corpus", logger: silentLogger });
  const logger = createLogger({ level: "debug", format: "json", secrets: [BOT_TOKEN, APP_TOKEN], destination: { write: (line: string) => void logs.push(line) } });
  slack = await startSlack({ config: { botToken: BOT_TOKEN, appToken: APP_TOKEN, apiUrl: fake.apiUrl, port: 0, host: "127.0.0.1" }, answer: core.answer, logger });
});

afterAll(async () => {
  await slack?.stop();
  await fake?.close();
  for (const client of wss?.clients ?? []) client.terminate();
  await new Promise<void>((resolve) => (wss ? wss.close(() => resolve()) : resolve()));
});

function send(envelope: Record<string, unknown>): number {
  if (!socket) throw new Error("the adapter never connected");
  socket.send(JSON.stringify(envelope));
  return performance.now();
}

describe("Socket Mode", () => {
  it("connects with the app token and opens no port", () => {
    expect(slack.port).toBeUndefined();
    expect(fake.callsTo("apps.connections.open")[0]?.authorization).toBe(`Bearer ${APP_TOKEN}`);
  });

  it("acks a slash command envelope within 3 seconds and answers through response_url", async () => {
    const payload = Object.fromEntries(new URLSearchParams(commandBody("inadequate 2016", fake.responseUrl("socket"))));
    const sent = send({ envelope_id: "env-command", type: "slash_commands", payload, accepts_response_payload: true });
    await waitFor(() => fromClient.find((message) => message.envelope_id === "env-command"));
    expect(performance.now() - sent).toBeLessThan(3000);
    const [response] = await waitFor(() => (fake.responsesTo("socket").length > 0 ? fake.responsesTo("socket") : undefined));
    expect(JSON.stringify(response?.body.blocks)).toMatch(/\*21 departments/);
  });

  it("answers an event once when Slack redelivers it with retry_attempt", async () => {
    const event = { type: "app_mention", user: "U0REPORTER", text: `<@${BOT_USER_ID}> inadequate 2016`, ts: "1700001000.000100", channel: "C0SOCKET" };
    const payload = JSON.parse(eventBody("Ev-socket-1", event)) as Record<string, unknown>;
    send({ envelope_id: "env-event-1", type: "events_api", payload, accepts_response_payload: false, retry_attempt: 0, retry_reason: "" });
    send({ envelope_id: "env-event-2", type: "events_api", payload, accepts_response_payload: false, retry_attempt: 1, retry_reason: "timeout" });
    await waitFor(() => fromClient.find((message) => message.envelope_id === "env-event-2"));
    const posts = () => fake.callsTo("chat.postMessage").filter((call) => call.params.channel === "C0SOCKET");
    await waitFor(() => (posts().length > 0 ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(posts()).toHaveLength(1);
    expect(posts()[0]?.params.thread_ts).toBe("1700001000.000100");
  });

  it("logs neither token", () => {
    const log = logs.join("");
    expect(log).toContain("slack connected");
    expect(log).not.toContain(APP_TOKEN);
    expect(log).not.toContain(BOT_TOKEN);
  });
});
