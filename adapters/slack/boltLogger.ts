// Bolt, its Web API client and the Socket Mode client log through this adapter into our pino logger.

import { LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "pino";
import { summariseError } from "../shared/errors.ts";

/**
 * Bolt's debug lines are dropped, whatever LOG_LEVEL says: they print whole request bodies (App
 * logs every incoming body, with its response_url; the Web API client logs what it posts). Of the
 * other levels only strings and errors are kept, for the same reason.
 */
export function boltLoggerFrom(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  let name = "bolt";
  const write = (method: "info" | "warn" | "error") => (...parts: unknown[]) => {
    const text = parts.filter((part): part is string => typeof part === "string").join(" ");
    const error = parts.find((part) => part instanceof Error);
    logger[method]({ component: name, ...(error ? { err: summariseError(error) } : {}) }, text || (error instanceof Error ? error.message : "bolt"));
  };
  return {
    debug: () => {},
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next) => {
      name = next;
    },
  };
}
