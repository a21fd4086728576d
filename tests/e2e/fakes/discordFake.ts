// A small stand-in for Discord on 127.0.0.1: the REST routes discord.js calls and a JSON gateway. The
// real discord.js Client talks to it unmodified (only the REST base URL differs), so the tests exercise
// the same requests production makes. It records what it receives and, like Discord, answers 400 to a
// message that breaks a documented limit and to a second response to the same interaction.

import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { limitViolations, type MessageLike } from "./discordLimits.ts";

export const FAKE_TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GfakeX.not-a-real-token-only-for-the-loopback-fake";
export const BOT_ID = "1100000000000000001";
export const APP_ID = "1100000000000000002";
export const GUILD_ID = "1100000000000000003";
export const CHANNEL_ID = "1100000000000000004";
export const DM_CHANNEL_ID = "1100000000000000005";
export const USER = { id: "1100000000000000009", username: "reporter", discriminator: "0", global_name: "Reporter", avatar: null };
const BOT_USER = { id: BOT_ID, username: "ofsted-bot", discriminator: "0", global_name: null, avatar: null, bot: true };

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization: string | undefined;
  /** Date.now() when the fake received it. */
  at: number;
  /** Limits the message broke; the fake answered 400 when this is not empty. */
  violations: string[];
}

export interface GatewayFrame {
  op: number;
  d?: unknown;
  s?: number | null;
  t?: string | null;
}

export interface DiscordFakeOptions {
  /** Close the gateway with this code instead of sending READY (4014: disallowed intents). */
  closeOnIdentify?: number;
  /** The servers GET /users/@me/guilds lists. Default: the test server. */
  guilds?: string[];
  /** Servers whose command list answers 403 Missing Access (added without applications.commands). */
  guildsWithoutCommandsScope?: string[];
}

interface MessageBody extends MessageLike {
  allowed_mentions?: { parse?: string[]; users?: string[]; roles?: string[]; replied_user?: boolean };
}

let nextSnowflake = 1_200_000_000_000_000_000n;
export function snowflake(): string {
  nextSnowflake += 1n;
  return nextSnowflake.toString();
}

function sendJson(response: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    response.writeHead(status).end();
    return;
  }
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  return text ? (JSON.parse(text) as unknown) : undefined;
}

export class DiscordFake {
  readonly requests: RecordedRequest[] = [];
  /** The `d` of every IDENTIFY, in order. */
  readonly identifies: { token: string; intents: number }[] = [];
  /** Every frame the client sent, oldest first. */
  readonly received: GatewayFrame[] = [];
  private readonly sockets = new Set<WebSocket>();
  private readonly acknowledged = new Set<string>();
  /** Registered commands by route ("applications/<app>/commands" or ".../guilds/<id>/commands"), as a bulk PUT left them. */
  readonly registered = new Map<string, { name: string }[]>();
  private sequence = 0;
  private readonly http = createServer((request, response) => void this.route(request, response));
  private readonly gateway = new WebSocketServer({ server: this.http });

  constructor(private readonly options: DiscordFakeOptions = {}) {
    this.gateway.on("connection", (socket) => this.connect(socket));
  }

  async listen(): Promise<this> {
    this.http.listen(0, "127.0.0.1");
    await once(this.http, "listening");
    return this;
  }

  get port(): number {
    return (this.http.address() as AddressInfo).port;
  }

  /** For DISCORD_API_URL: discord.js appends /v10/… to it. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get connections(): number {
    return this.identifies.length;
  }

  /** Interaction responses (reply, deferral), oldest first. */
  callbacks(): RecordedRequest[] {
    return this.requests.filter((request) => request.method === "POST" && /^\/api\/v10\/interactions\/[^/]+\/[^/]+\/callback$/.test(request.path));
  }

  /** Edits of an interaction's original response. */
  edits(): RecordedRequest[] {
    return this.requests.filter((request) => request.method === "PATCH" && request.path.endsWith("/messages/@original"));
  }

  /** Messages created in channels (replies to mentions). */
  created(channelId?: string): RecordedRequest[] {
    return this.requests.filter((request) => {
      const target = /^\/api\/v10\/channels\/([^/]+)\/messages$/.exec(request.path)?.[1];
      return request.method === "POST" && target !== undefined && (channelId === undefined || target === channelId);
    });
  }

  /** Sends a gateway dispatch (op 0) to every identified connection. */
  dispatch(t: string, d: unknown): void {
    this.sequence += 1;
    const frame = JSON.stringify({ op: 0, t, s: this.sequence, d });
    for (const socket of this.sockets) socket.send(frame);
  }

  /** The server and channel the tests talk in; discord.js drops server messages for channels it has not cached. */
  dispatchGuild(): void {
    this.dispatch("GUILD_CREATE", {
      id: GUILD_ID,
      name: "Newsroom",
      icon: null,
      owner_id: USER.id,
      unavailable: false,
      member_count: 2,
      large: false,
      joined_at: new Date().toISOString(),
      roles: [{ id: GUILD_ID, name: "@everyone", permissions: "1024", position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
      emojis: [],
      stickers: [],
      features: [],
      members: [],
      presences: [],
      voice_states: [],
      threads: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      channels: [{ id: CHANNEL_ID, type: 0, name: "newsdesk", position: 0, parent_id: null, permission_overwrites: [], nsfw: false, topic: null, last_message_id: null, rate_limit_per_user: 0 }],
    });
  }

  /** Closes every gateway connection with `code`, as Discord does when it ends a session. */
  closeGateway(code: number, reason = ""): void {
    for (const socket of this.sockets) socket.close(code, reason);
  }

  /** Polls until `find` returns a value; bounded, so a missing response fails the test instead of hanging it. */
  async waitFor<T>(find: () => T | undefined, timeoutMs = 5000, what = "the expected request"): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`Discord fake: timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    this.gateway.close();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  private connect(socket: WebSocket): void {
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 } }));
    socket.on("close", () => this.sockets.delete(socket));
    socket.on("message", (raw) => {
      const frame = JSON.parse(String(raw)) as GatewayFrame;
      this.received.push(frame);
      if (frame.op === 1) socket.send(JSON.stringify({ op: 11 }));
      if (frame.op === 2) this.identify(socket, frame.d as { token: string; intents: number });
      if (frame.op === 6) this.resume(socket);
    });
  }

  private identify(socket: WebSocket, d: { token: string; intents: number }): void {
    this.identifies.push(d);
    if (d.token !== FAKE_TOKEN) {
      socket.close(4004, "Authentication failed.");
      return;
    }
    if (this.options.closeOnIdentify) {
      socket.close(this.options.closeOnIdentify, "Disallowed intent(s).");
      return;
    }
    this.sockets.add(socket);
    this.sequence += 1;
    const ready = {
      v: 10,
      user: { ...BOT_USER, verified: true, mfa_enabled: false, flags: 0 },
      guilds: [],
      session_id: `session-${this.identifies.length}`,
      resume_gateway_url: `ws://127.0.0.1:${this.port}`,
      shard: [0, 1],
      application: { id: APP_ID, flags: 0 },
    };
    socket.send(JSON.stringify({ op: 0, t: "READY", s: this.sequence, d: ready }));
  }

  /** RESUME (op 6) after a recoverable close: the session continues on the new connection. */
  private resume(socket: WebSocket): void {
    this.sockets.add(socket);
    this.sequence += 1;
    socket.send(JSON.stringify({ op: 0, t: "RESUMED", s: this.sequence, d: {} }));
  }

  private record(request: IncomingMessage, url: URL, body: unknown, violations: string[]): RecordedRequest {
    const recorded = { method: request.method ?? "", path: decodeURIComponent(url.pathname), query: url.searchParams, body, authorization: request.headers.authorization, at: Date.now(), violations };
    this.requests.push(recorded);
    return recorded;
  }

  private message(channelId: string, body: MessageBody): Record<string, unknown> {
    return {
      id: snowflake(),
      channel_id: channelId,
      author: BOT_USER,
      content: body.content ?? "",
      embeds: body.embeds ?? [],
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      components: [],
      pinned: false,
      type: 0,
      flags: 0,
    };
  }

  private async route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", `http://127.0.0.1:${this.port}`);
    const body = await readBody(request).catch(() => undefined);
    const method = request.method ?? "";
    // discord.js sends "@original" percent-encoded; Discord routes on the decoded path.
    const path = decodeURIComponent(url.pathname);
    const botAuthorised = request.headers.authorization === `Bot ${FAKE_TOKEN}`;
    const unauthorised = () => sendJson(response, 401, { message: "401: Unauthorized", code: 0 });

    if (method === "GET" && path === "/api/v10/gateway/bot") {
      this.record(request, url, body, []);
      if (!botAuthorised) return unauthorised();
      return sendJson(response, 200, {
        url: `ws://127.0.0.1:${this.port}`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      });
    }

    const callback = /^\/api\/v10\/interactions\/([^/]+)\/([^/]+)\/callback$/.exec(path);
    if (method === "POST" && callback) {
      const payload = body as { type: number; data?: MessageBody };
      const violations = payload.type === 4 && payload.data ? limitViolations(payload.data) : [];
      this.record(request, url, body, violations);
      const interactionId = callback[1] ?? "";
      if (this.acknowledged.has(interactionId)) return sendJson(response, 400, { message: "Interaction has already been acknowledged.", code: 40060 });
      if (violations.length > 0) return sendJson(response, 400, { message: "Invalid Form Body", code: 50035, errors: violations });
      this.acknowledged.add(interactionId);
      return sendJson(response, 204);
    }

    if (method === "PATCH" && /^\/api\/v10\/webhooks\/[^/]+\/[^/]+\/messages\/@original$/.test(path)) {
      const violations = limitViolations(body as MessageBody);
      this.record(request, url, body, violations);
      if (violations.length > 0) return sendJson(response, 400, { message: "Invalid Form Body", code: 50035, errors: violations });
      return sendJson(response, 200, this.message(CHANNEL_ID, body as MessageBody));
    }

    const channel = /^\/api\/v10\/channels\/([^/]+)\/(messages|typing)$/.exec(path);
    if (method === "POST" && channel) {
      const violations = channel[2] === "messages" ? limitViolations(body as MessageBody) : [];
      this.record(request, url, body, violations);
      if (!botAuthorised) return unauthorised();
      if (channel[2] === "typing") return sendJson(response, 204);
      if (violations.length > 0) return sendJson(response, 400, { message: "Invalid Form Body", code: 50035, errors: violations });
      return sendJson(response, 200, this.message(channel[1] ?? "", body as MessageBody));
    }

    if (method === "GET" && path === "/api/v10/users/@me/guilds") {
      this.record(request, url, body, []);
      if (!botAuthorised) return unauthorised();
      const after = url.searchParams.get("after");
      const ids = (this.options.guilds ?? [GUILD_ID]).filter((id) => after === null || BigInt(id) > BigInt(after));
      return sendJson(response, 200, ids.map((id) => ({ id, name: `Server ${id}`, icon: null, owner: false, permissions: "0", features: [] })));
    }

    const commandsRoute = /^\/api\/v10\/(applications\/[^/]+(?:\/guilds\/([^/]+))?\/commands)$/.exec(path);
    if ((method === "PUT" || method === "GET") && commandsRoute) {
      this.record(request, url, body, []);
      if (!botAuthorised) return unauthorised();
      const guild = commandsRoute[2];
      if (guild && this.options.guildsWithoutCommandsScope?.includes(guild)) return sendJson(response, 403, { message: "Missing Access", code: 50001 });
      const key = commandsRoute[1] ?? "";
      if (method === "GET") return sendJson(response, 200, this.registered.get(key) ?? []);
      const commands = (body as { name: string }[]).map((command) => ({ ...command, id: snowflake(), application_id: APP_ID, version: snowflake() }));
      this.registered.set(key, commands);
      return sendJson(response, 200, commands);
    }

    this.record(request, url, body, []);
    return sendJson(response, 404, { message: "404: Not Found", code: 0 });
  }
}

export async function startDiscordFake(options: DiscordFakeOptions = {}): Promise<DiscordFake> {
  return new DiscordFake(options).listen();
}
