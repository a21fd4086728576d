// Start-up shared by every entry point: config from the environment once, the logger, the core.
// Problems are reported in words a newsroom admin can act on, never as a stack trace.

import type { Logger as PinoLogger } from "pino";
import { createCore, defaultIndexFile, type Core } from "../../src/core.ts";
import { indexInWorker } from "../../src/live/indexInWorker.ts";
import { fingerprint, LiveCore } from "../../src/live/liveCore.ts";
import { loadDotEnv, readConfig, type Config, type LogLevel } from "./config.ts";
import { progressPrinter } from "./progress.ts";
import { createLogger } from "./logger.ts";

export interface Prepared {
  config: Config;
  logger: PinoLogger;
}

export function secretsOf(config: Config): string[] {
  return [config.slack?.botToken, config.slack?.appToken, config.slack?.signingSecret, config.discord?.token].filter((secret): secret is string => Boolean(secret));
}

/** Prints a one-paragraph reason and exits: for problems only the operator can fix. */
export function fail(message: string): never {
  process.stderr.write(`ofsted-bot cannot start: ${message}\n`);
  process.exit(1);
}

export interface LogPolicy {
  /** The level when the user asked for none. */
  defaultLogLevel: (config: Config) => LogLevel;
  /**
   * True where a person reads the output (the prompt, `npm run ask`): there a LOG_LEVEL that came
   * only from `.env` is ignored, so copying .env.example never puts log lines above the prompt.
   * Logs there are asked for in the shell: `LOG_LEVEL=info npm start`.
   */
  quietTerminal?: (config: Config) => boolean;
}

/** Reads and checks the configuration once; exits naming every wrong variable. */
export function prepare(env: NodeJS.ProcessEnv, policy: LogPolicy): Prepared {
  const fromFile = loadDotEnv(process.cwd());
  const result = readConfig(env, process.cwd());
  if (!result.ok) fail(`the configuration needs fixing (see .env.example):\n${result.errors.map((error) => `  - ${error}`).join("\n")}`);
  const { config } = result;
  const askedFor = config.logLevel !== undefined && !(fromFile.has("LOG_LEVEL") && policy.quietTerminal?.(config));
  const logger = createLogger({ level: askedFor && config.logLevel ? config.logLevel : policy.defaultLogLevel(config), format: config.logFormat, secrets: secretsOf(config) });
  return { config, logger };
}

/** Loads the archive; names skipped files on stderr; exits when nothing at all could be read. */
export async function loadCore({ config, logger }: Prepared): Promise<Core> {
  const core = await buildCore({ config, logger });
  for (const problem of core.problems) process.stderr.write(`Skipped ${problem.file}: ${problem.reason}\n`);
  if (core.archive.sources.length === 0) fail(`no readable articles in ${config.corpusDir}. Set CORPUS_DIR to a folder of .md, .txt or .html articles.`);
  return core;
}

/** Progress lines go to stderr: a large archive takes a while the first time, and says how far it got. */
function buildCore({ config, logger }: Prepared): Promise<Core> {
  return createCore({ corpusDir: config.corpusDir, logger, onProgress: progressPrinter(process.stderr) });
}

/**
 * A running bot's rebuild: re-indexed on a worker thread so answers keep flowing, then loaded here
 * from the file the worker saved, as the corpus was when the worker read it (a file copied since
 * is picked up by the next reload, again on the worker). If the worker cannot start or fails, the
 * rebuild happens here as at start; if it hung, it is given up and the current archive stays.
 */
async function rebuildCore({ config, logger }: Prepared): Promise<Core> {
  const job = await indexInWorker({ corpusDir: config.corpusDir, indexFile: defaultIndexFile(config.corpusDir) });
  if (job.ok) return createCore({ corpusDir: config.corpusDir, logger, acceptSavedCorpus: true });
  if (job.stuck) throw new Error(job.reason);
  logger.warn({ reason: job.reason }, "could not re-index on a worker thread; re-indexing on the main thread");
  return createCore({ corpusDir: config.corpusDir, logger });
}

/**
 * For the long-running bot: the archive as loaded now, rebuilt in the background and swapped in
 * whenever the corpus folder changes (npm run ingest, a copy, an edit).
 */
export async function loadLiveCore(prepared: Prepared): Promise<LiveCore> {
  const before = await fingerprint(prepared.config.corpusDir);
  const core = await loadCore(prepared);
  return LiveCore.start({ corpusDir: prepared.config.corpusDir, logger: prepared.logger, build: () => rebuildCore(prepared), initial: { core, fingerprint: before } });
}

/** For entry points that need the core before anything else (the terminal, one-off commands). */
export async function boot(env: NodeJS.ProcessEnv, policy: LogPolicy): Promise<Prepared & { core: Core }> {
  const prepared = prepare(env, policy);
  return { ...prepared, core: await loadCore(prepared) };
}
