// A failing handler must cost the user one short apology and the admin one findable log line — never
// the process, and never a log line that carries a token or a request body.

import { randomBytes } from "node:crypto";
import type { Logger } from "pino";
import { apologyMessage, type SlackMessage } from "./render.ts";

/** 8 hex characters: short enough to read out over the phone, unique enough to grep for. */
export function newReference(): string {
  return randomBytes(4).toString("hex");
}

/**
 * The parts of an error worth logging. Web API and HTTP errors carry the request they failed on
 * (headers with the token, the posted body) in nested fields; only name, message, code and stack are kept.
 */
export function errorSummary(error: unknown): { type: string; message: string; code?: string; stack?: string } {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { type: error.name, message: error.message, ...(typeof code === "string" ? { code } : {}), ...(error.stack ? { stack: error.stack } : {}) };
}

/** Runs `work`; on failure logs with a reference id and sends the apology through `apologise`. Never throws. */
export async function runSafely(logger: Logger, handler: string, work: () => Promise<void>, apologise: (message: SlackMessage) => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const reference = newReference();
    logger.error({ handler, reference, err: errorSummary(error) }, "slack handler failed");
    try {
      await apologise(apologyMessage(reference));
    } catch (again) {
      logger.error({ handler, reference, err: errorSummary(again) }, "slack apology could not be delivered");
    }
  }
}
