// Start-up shared by every entry point: config from the environment once, the logger, the core.
// Problems are reported in words a newsroom admin can act on, never as a stack trace.

import type { Logger as PinoLogger } from "pino";
import { createCore, type Core } from "../../src/core.ts";
import { loadDotEnv, readConfig, type Config, type LogLevel } from "./config.ts";
import { createLogger } from "./logger.ts";

export interface Booted {
  config: Config;
  logger: PinoLogger;
  core: Core;
}

export function secretsOf(config: Config): string[] {
  return [config.slack?.botToken, config.slack?.appToken, config.slack?.signingSecret, config.discord?.token].filter((secret): secret is string => Boolean(secret));
}

/** Exits the process with a readable message when the config is wrong or the corpus yields nothing. */
export async function boot(env: NodeJS.ProcessEnv, options: { defaultLogLevel: (config: Config) => LogLevel }): Promise<Booted> {
  loadDotEnv(process.cwd());
  const result = readConfig(env, process.cwd());
  if (!result.ok) {
    process.stderr.write(`ofsted-bot cannot start: the configuration needs fixing (see .env.example):\n${result.errors.map((error) => `  - ${error}`).join("\n")}\n`);
    process.exit(1);
  }
  const { config } = result;
  const logger = createLogger({ level: config.logLevel ?? options.defaultLogLevel(config), format: config.logFormat, secrets: secretsOf(config) });
  const core = await createCore({ corpusDir: config.corpusDir, logger });
  for (const problem of core.problems) process.stderr.write(`Skipped ${problem.file}: ${problem.reason}\n`);
  if (core.archive.sources.length === 0) {
    process.stderr.write(`ofsted-bot cannot start: no readable articles in ${config.corpusDir}. Set CORPUS_DIR to a folder of .md, .txt or .html articles.\n`);
    process.exit(1);
  }
  return { config, logger, core };
}
