// pino, set up so that secrets cannot reach a log line: known fields are redacted by path, and as a
// last line of defence every configured secret value, Slack token shape and response_url is replaced
// in the serialised line itself, whatever object it hid in (an error message, a request dump).

import { pino, type DestinationStream, type Logger as PinoLogger } from "pino";
import type { LogLevel } from "./config.ts";

export const REDACTED = "[redacted]";

const REDACT_PATHS = [
  "token",
  "botToken",
  "appToken",
  "signingSecret",
  "authorization",
  "response_url",
  "responseUrl",
  "*.token",
  "*.botToken",
  "*.appToken",
  "*.signingSecret",
  "*.authorization",
  "*.response_url",
  "*.responseUrl",
  "headers.authorization",
  "*.headers.authorization",
  'headers["x-slack-signature"]',
];

// Token shapes and token-bearing URLs, in case one arrives inside free text: Slack tokens and
// response_urls, Discord bot tokens (three base64url parts) and interaction/webhook paths.
const SECRET_SHAPES = [
  /xox[abposr]-[A-Za-z0-9-]+/g,
  /xapp-[A-Za-z0-9-]+/g,
  /https:\/\/hooks\.slack\.com\/[^\s"\\]+/g,
  /(Bot|Bearer) [A-Za-z0-9._-]{20,}/g,
  /\b[MNO][A-Za-z\d_-]{23,27}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,}\b/g,
  /\/(?:webhooks|interactions)\/\d+\/[A-Za-z\d_.-]{20,}/g,
];

export interface LoggerOptions {
  level: LogLevel;
  format: "json" | "pretty";
  /** Exact values never to print: tokens and secrets from the config. */
  secrets: string[];
  /** Defaults to stderr, so that stdout stays clean for answers (`--json`). */
  destination?: DestinationStream;
}

export function scrub(line: string, secrets: readonly string[]): string {
  let text = line;
  for (const secret of secrets) if (secret.length >= 6) text = text.split(secret).join(REDACTED);
  for (const shape of SECRET_SHAPES) text = text.replace(shape, REDACTED);
  return text;
}

export function createLogger(options: LoggerOptions): PinoLogger {
  const secrets = options.secrets.filter((secret) => secret.length >= 6);
  const destination =
    options.destination ??
    (options.format === "pretty"
      ? pino.transport({ target: "pino-pretty", options: { destination: 2, colorize: true } })
      : pino.destination({ dest: 2, sync: true }));
  return pino(
    {
      level: options.level,
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      hooks: { streamWrite: (line) => scrub(line, secrets) },
    },
    destination,
  );
}
