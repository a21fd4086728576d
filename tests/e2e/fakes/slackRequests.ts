// Requests as Slack sends them: form-encoded slash commands, JSON events, `payload=` block actions,
// each signed with HMAC-SHA256 over `v0:{timestamp}:{body}`. Sent with node:http so that a test
// which redirects the global fetch (Bolt's respond) cannot touch them.

import { createHmac } from "node:crypto";
import { request } from "node:http";

export function signature(secret: string, timestamp: string | number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export interface SignedPost {
  secret: string;
  contentType: string;
  /** Seconds; defaults to now. */
  timestamp?: string | number;
  /** Overrides the computed signature (a forged request). */
  signature?: string;
  headers?: Record<string, string>;
}

export interface PostResult {
  status: number;
  body: string;
  /** Time until the response status arrived: Slack's 3-second acknowledgement window. */
  ms: number;
}

export function post(url: string, body: string, headers: Record<string, string>): Promise<PostResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: "POST", headers: { ...headers, "content-length": String(Buffer.byteLength(body)) } }, (response) => {
      const ms = performance.now() - started;
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), ms }));
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

export function postSigned(url: string, body: string, options: SignedPost): Promise<PostResult> {
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  return post(url, body, {
    "content-type": options.contentType,
    "x-slack-request-timestamp": timestamp,
    "x-slack-signature": options.signature ?? signature(options.secret, timestamp, body),
    ...options.headers,
  });
}

export const FORM = "application/x-www-form-urlencoded";
export const JSON_TYPE = "application/json";

export function commandBody(text: string, responseUrl: string, extra: Record<string, string> = {}): string {
  return new URLSearchParams({
    token: "legacy-verification-token",
    team_id: "T0TEST",
    team_domain: "newsroom",
    channel_id: "C0NEWS",
    channel_name: "newsdesk",
    user_id: "U0REPORTER",
    user_name: "reporter",
    command: "/ofsted",
    text,
    api_app_id: "A0OFSTED",
    is_enterprise_install: "false",
    response_url: responseUrl,
    trigger_id: "1.2.3",
    ...extra,
  }).toString();
}

export function eventBody(eventId: string, event: Record<string, unknown>): string {
  return JSON.stringify({
    token: "legacy-verification-token",
    team_id: "T0TEST",
    api_app_id: "A0OFSTED",
    event: { event_ts: event.ts, ...event },
    type: "event_callback",
    event_id: eventId,
    event_time: 1_700_000_000,
    authorizations: [{ team_id: "T0TEST", user_id: "UBOT", is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  });
}

export function shareActionBody(value: string, responseUrl: string, actionId = "ofsted_share"): string {
  const payload = {
    type: "block_actions",
    user: { id: "U0REPORTER", username: "reporter", team_id: "T0TEST" },
    api_app_id: "A0OFSTED",
    token: "legacy-verification-token",
    container: { type: "message", message_ts: "1700000000.000100", channel_id: "C0NEWS", is_ephemeral: true },
    trigger_id: "1.2.4",
    team: { id: "T0TEST", domain: "newsroom" },
    channel: { id: "C0NEWS", name: "newsdesk" },
    response_url: responseUrl,
    actions: [{ action_id: actionId, block_id: actionId, text: { type: "plain_text", text: "Share" }, value, type: "button", action_ts: "1700000001.000200" }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A message shortcut (`message_action`) on a message in #newsdesk, as Slack posts it: `payload=` JSON. */
export function messageShortcutBody(text: string, responseUrl: string, message: { ts: string; thread_ts?: string } = { ts: "1700000050.000100" }): string {
  const payload = {
    type: "message_action",
    token: "legacy-verification-token",
    action_ts: "1700000060.000300",
    team: { id: "T0TEST", domain: "newsroom" },
    user: { id: "U0SUBEDITOR", username: "subeditor", name: "subeditor", team_id: "T0TEST" },
    channel: { id: "C0NEWS", name: "newsdesk" },
    is_enterprise_install: false,
    callback_id: "check_figures",
    trigger_id: "1.2.5",
    response_url: responseUrl,
    message_ts: message.ts,
    message: { type: "message", user: "U0REPORTER", text, team: "T0TEST", ...message },
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
