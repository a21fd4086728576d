// A small stand-in for Slack on 127.0.0.1: the Web API (what Bolt's client calls through
// SLACK_API_URL) and response_url endpoints. It records what arrives so tests assert on real traffic.

import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export const BOT_USER_ID = "UBOT";
export const BOT_ID = "BBOT";
export const TEAM_ID = "T0TEST";

export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
  authorization?: string;
}

export interface ResponsePost {
  /** The path after /response/. */
  id: string;
  body: Record<string, unknown>;
  at: number;
}

export interface FakeSlackApi {
  /** Base URL for `SlackConfig.apiUrl`. */
  apiUrl: string;
  /** A response_url that records what is posted to it. */
  responseUrl(id: string): string;
  base: string;
  calls: ApiCall[];
  responses: ResponsePost[];
  callsTo(method: string): ApiCall[];
  responsesTo(id: string): ResponsePost[];
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** The Web API client sends form bodies with JSON-encoded arrays (blocks); decode them so tests see objects. */
function parseParams(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes("application/json")) return JSON.parse(raw || "{}") as Record<string, unknown>;
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    params[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return params;
}

let tsCounter = 0;

function reply(method: string, params: Record<string, unknown>, options: FakeOptions): Record<string, unknown> {
  switch (method) {
    case "apps.connections.open":
      return options.socketUrl ? { ok: true, url: options.socketUrl } : { ok: false, error: "not_allowed_token_type" };
    case "auth.test":
      if (options.authError) return { ok: false, error: options.authError };
      return { ok: true, url: "https://fake.slack.test/", team: "Test newsroom", user: "ofsted-bot", team_id: TEAM_ID, user_id: BOT_USER_ID, bot_id: BOT_ID };
    case "chat.postMessage":
      tsCounter += 1;
      return { ok: true, channel: params.channel, ts: `1800000000.${String(tsCounter).padStart(6, "0")}`, message: { text: params.text } };
    default:
      return { ok: true };
  }
}

export interface FakeOptions {
  /** The WebSocket URL apps.connections.open hands out (Socket Mode tests). */
  socketUrl?: string;
  /** Makes auth.test fail with this Slack error code ("invalid_auth"). */
  authError?: string;
}

export async function startFakeSlackApi(options: FakeOptions = {}): Promise<FakeSlackApi> {
  const calls: ApiCall[] = [];
  const responses: ResponsePost[] = [];
  const server: Server = createServer((request, response) => {
    void (async () => {
      const raw = await readBody(request);
      const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
      if (path.startsWith("/response/")) {
        responses.push({ id: path.slice("/response/".length), body: JSON.parse(raw || "{}") as Record<string, unknown>, at: performance.now() });
        response.writeHead(200, { "content-type": "text/plain" }).end("ok");
        return;
      }
      if (path.startsWith("/api/")) {
        const method = path.slice("/api/".length);
        const params = parseParams(raw, request.headers["content-type"]);
        calls.push({ method, params, ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}) });
        response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(reply(method, params, options)));
        return;
      }
      response.writeHead(404).end();
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiUrl: `${base}/api/`,
    base,
    responseUrl: (id) => `${base}/response/${id}`,
    calls,
    responses,
    callsTo: (method) => calls.filter((call) => call.method === method),
    responsesTo: (id) => responses.filter((post) => post.id === id),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Polls until `read` returns something, for at most `timeoutMs` (a bounded loop, never a hang). */
export async function waitFor<T>(read: () => T | undefined, timeoutMs = 5000): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (performance.now() > deadline) throw new Error(`nothing arrived within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A Block Kit block as it arrives at the fake, for reading its text. */
export interface BlockJson {
  type: string;
  text?: { text: string };
  elements?: Array<{ text?: string | { text: string }; value?: string; type: string; action_id?: string }>;
}

/** Every text a user would read in `blocks`, one block per line. */
export function textOf(blocks: readonly BlockJson[]): string {
  return blocks.map((block) => [block.text?.text ?? "", ...(block.elements ?? []).map((element) => (typeof element.text === "string" ? element.text : (element.text?.text ?? "")))].join("\n")).join("\n");
}
