// Starts the chat adapters around one core and stops them cleanly. The HTTP receiver starts before
// the archive is loaded so /healthz can say 503 while indexing; chat answers wait for the archive.

import type { Logger as PinoLogger } from "pino";
import type { Answer, AnswerService } from "../../src/types.ts";
import { startDiscord, type DiscordBot } from "../discord/start.ts";
import { summariseError } from "../shared/errors.ts";
import { InFlight, RateLimiter, rateLimited } from "../shared/guard.ts";
import { startSlack, type SlackHandle } from "../slack/start.ts";
import type { Config } from "./config.ts";

/** How long shutdown waits for answers already being written before it exits anyway. */
export const SHUTDOWN_GRACE_MS = 10_000;

export interface ChatBot {
  slack?: SlackHandle;
  discord?: DiscordBot;
  /** Stops taking requests, lets answers in flight reach the platform (bounded), disconnects. */
  shutdown(reason: string): Promise<void>;
}

/** The core as the chat adapters use it; a LiveCore also says when its archive went into service. */
export interface ServedCore {
  answer(text: string): Answer;
  readonly core?: { loadedAt: Date };
}

export interface ChatBotOptions {
  config: Config;
  logger: PinoLogger;
  /** Resolves when the archive is loaded; until then /healthz says 503 and answers wait. */
  core: Promise<ServedCore>;
  /** Called when a platform refuses us for good (bad token, disallowed intents). */
  onFatal(error: Error): void;
  graceMs?: number;
}

export async function startChatBot(options: ChatBotOptions): Promise<ChatBot> {
  const { config, logger } = options;
  let loaded: ServedCore | undefined;
  void options.core.then(
    (core) => (loaded = core),
    () => {},
  );
  const fromCore: AnswerService = async (text) => (loaded ?? (await options.core)).answer(text);
  const answer = rateLimited(fromCore, new RateLimiter(config.rateLimit));
  const inFlight = new InFlight();
  const bot: ChatBot = {
    shutdown: async (reason) => {
      logger.info({ reason, inFlight: inFlight.count }, "shutting down: no new requests, finishing answers in flight");
      bot.discord?.stopListening();
      await bot.slack?.stop().catch((error: unknown) => logger.warn({ err: summariseError(error) }, "slack stop failed"));
      const finished = await inFlight.drain(options.graceMs ?? SHUTDOWN_GRACE_MS);
      if (!finished) logger.warn({ inFlight: inFlight.count }, "shutdown grace period over; some answers were not delivered");
      await bot.discord?.stop().catch((error: unknown) => logger.warn({ err: summariseError(error) }, "discord stop failed"));
      logger.info({}, "stopped");
    },
  };
  if (config.slack) {
    bot.slack = await startSlack({ config: { ...config.slack, port: config.port, host: config.host }, answer, logger, inFlight, ready: () => loaded !== undefined, loadedAt: () => loaded?.core?.loadedAt });
  }
  if (config.discord) {
    bot.discord = await startDiscord({ config: config.discord, answer, logger, inFlight, onFatal: options.onFatal });
  }
  return bot;
}
