// A failing handler must cost the user one short apology and the admin one findable log line — never
// the process, and never a log line that carries a token, a request URL or a request body.

import { randomBytes } from "node:crypto";

/** 8 hex characters: short enough to read out over the phone, unique enough to grep for. */
export function newReference(): string {
  return randomBytes(4).toString("hex");
}

export interface ErrorSummary {
  name: string;
  message: string;
  code?: string | number;
  status?: number;
  method?: string;
  stack?: string;
}

/**
 * The parts of an error safe to log: name, message, code, HTTP status and method, stack. Slack Web
 * API and discord.js errors carry the failed request (headers with the token, the posted body, an
 * interaction URL whose path holds its token) in other fields; those are left out on purpose.
 */
export function summariseError(error: unknown): ErrorSummary {
  if (!(error instanceof Error)) return { name: typeof error, message: String(error) };
  const extra = error as Error & { code?: unknown; status?: unknown; method?: unknown };
  return {
    name: error.name,
    message: error.message,
    ...(typeof extra.code === "string" || typeof extra.code === "number" ? { code: extra.code } : {}),
    ...(typeof extra.status === "number" ? { status: extra.status } : {}),
    ...(typeof extra.method === "string" ? { method: extra.method } : {}),
    ...(error.stack ? { stack: error.stack } : {}),
  };
}
