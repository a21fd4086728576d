// The only module that reads process.env. It reads it once, checks every variable, and either
// returns a typed Config or says which variables are wrong and what to set them to.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseEnv } from "node:util";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface SlackConfig {
  botToken: string;
  /** Socket Mode when set; otherwise the HTTP receiver with the signing secret. */
  appToken?: string;
  signingSecret?: string;
  apiUrl?: string;
}

export interface DiscordConfig {
  token: string;
  applicationId?: string;
  guildId?: string;
  apiUrl?: string;
}

export interface Config {
  corpusDir: string;
  /** Undefined when LOG_LEVEL is unset: each entry point picks its own default. */
  logLevel?: LogLevel;
  logFormat: "json" | "pretty";
  port: number;
  host: string;
  slack?: SlackConfig;
  discord?: DiscordConfig;
  /** Answers per user per window before the cooldown reply. */
  rateLimit: { max: number; windowMs: number };
  /** Where `npm run stats:update` fetches releases. */
  statistics: { eesApiUrl: string; govukUrl: string };
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

type Env = Record<string, string | undefined>;

function value(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw === "" ? undefined : raw;
}

function positiveInteger(env: Env, name: string, fallback: number, errors: string[], max = Number.MAX_SAFE_INTEGER): number {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  const parsed = Number(raw);
  if (!/^\d+$/.test(raw) || parsed < 1 || parsed > max) {
    errors.push(`${name}="${raw}" is not a whole number from 1 to ${max}; unset it for ${fallback}.`);
    return fallback;
  }
  return parsed;
}

function url(env: Env, name: string, errors: string[]): string | undefined {
  const raw = value(env, name);
  if (raw === undefined) return undefined;
  try {
    const parsed = new URL(raw);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") return raw;
  } catch {
    // reported below
  }
  errors.push(`${name} must be an http(s) URL (got something else); unset it to use ${name.startsWith("STATS_") ? "the public service" : "the platform's own API"}.`);
  return undefined;
}

function readSlack(env: Env, errors: string[]): SlackConfig | undefined {
  const botToken = value(env, "SLACK_BOT_TOKEN");
  const appToken = value(env, "SLACK_APP_TOKEN");
  const signingSecret = value(env, "SLACK_SIGNING_SECRET");
  const apiUrl = url(env, "SLACK_API_URL", errors);
  if (!botToken) {
    if (appToken || signingSecret) errors.push("SLACK_BOT_TOKEN is missing: set it to the app's Bot User OAuth Token (xoxb-…), or unset the other SLACK_ variables to run without Slack.");
    return undefined;
  }
  if (!botToken.startsWith("xoxb-")) errors.push("SLACK_BOT_TOKEN must be a bot token starting with xoxb- (OAuth & Permissions page).");
  if (appToken && !appToken.startsWith("xapp-")) errors.push("SLACK_APP_TOKEN must be an app-level token starting with xapp- (Basic Information → App-Level Tokens, scope connections:write).");
  if (!appToken && !signingSecret) errors.push("Slack needs SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode, Basic Information → Signing Secret).");
  return { botToken, ...(appToken ? { appToken } : {}), ...(signingSecret ? { signingSecret } : {}), ...(apiUrl ? { apiUrl } : {}) };
}

function readDiscord(env: Env, errors: string[]): DiscordConfig | undefined {
  const token = value(env, "DISCORD_TOKEN");
  const applicationId = value(env, "DISCORD_APPLICATION_ID");
  const guildId = value(env, "DISCORD_GUILD_ID");
  const apiUrl = url(env, "DISCORD_API_URL", errors);
  if (!token) return undefined;
  if (token.split(".").length !== 3) errors.push("DISCORD_TOKEN does not look like a bot token (three dot-separated parts; Developer Portal → Bot → Reset Token).");
  for (const [name, id] of [["DISCORD_APPLICATION_ID", applicationId], ["DISCORD_GUILD_ID", guildId]] as const) {
    if (id !== undefined && !/^\d{17,20}$/.test(id)) errors.push(`${name} must be a numeric Discord id (17–20 digits).`);
  }
  return { token, ...(applicationId ? { applicationId } : {}), ...(guildId ? { guildId } : {}), ...(apiUrl ? { apiUrl } : {}) };
}

export function readConfig(env: Env, cwd: string): ConfigResult {
  const errors: string[] = [];
  const logLevelRaw = value(env, "LOG_LEVEL");
  let logLevel: LogLevel | undefined;
  if (logLevelRaw !== undefined) {
    if ((LOG_LEVELS as readonly string[]).includes(logLevelRaw)) logLevel = logLevelRaw as LogLevel;
    else errors.push(`LOG_LEVEL="${logLevelRaw}" is not one of ${LOG_LEVELS.join(", ")}.`);
  }
  const logFormatRaw = value(env, "LOG_FORMAT") ?? "json";
  if (logFormatRaw !== "json" && logFormatRaw !== "pretty") errors.push(`LOG_FORMAT must be json or pretty (got "${logFormatRaw}").`);
  const config: Config = {
    corpusDir: path.resolve(cwd, value(env, "CORPUS_DIR") ?? "corpus"),
    ...(logLevel ? { logLevel } : {}),
    logFormat: logFormatRaw === "pretty" ? "pretty" : "json",
    port: positiveInteger(env, "PORT", 3000, errors, 65535),
    host: value(env, "HOST") ?? "0.0.0.0",
    rateLimit: {
      max: positiveInteger(env, "RATE_LIMIT_MAX", 5, errors, 10_000),
      windowMs: positiveInteger(env, "RATE_LIMIT_WINDOW_SECONDS", 10, errors, 86_400) * 1000,
    },
    statistics: {
      eesApiUrl: url(env, "STATS_EES_API_URL", errors) ?? "https://api.education.gov.uk/statistics/v1",
      govukUrl: url(env, "STATS_GOVUK_URL", errors) ?? "https://www.gov.uk",
    },
  };
  const slack = readSlack(env, errors);
  const discord = readDiscord(env, errors);
  if (slack) config.slack = slack;
  if (discord) config.discord = discord;
  return errors.length > 0 ? { ok: false, errors } : { ok: true, config };
}

/**
 * Loads `.env` from the working folder into process.env when the file exists; variables already set
 * in the environment win (Node's loader does not overwrite them). Returns the names the file set, so
 * a terminal can tell a LOG_LEVEL the user typed from one copied along with .env.example.
 */
export function loadDotEnv(cwd: string): Set<string> {
  const file = path.join(cwd, ".env");
  if (!existsSync(file)) return new Set();
  const inFile = Object.keys(parseEnv(readFileSync(file, "utf8")));
  const fromFile = new Set(inFile.filter((name) => process.env[name] === undefined));
  process.loadEnvFile(file);
  return fromFile;
}
