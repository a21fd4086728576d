// Starts the Discord gateway client: the intents it needs and no more, the handlers, and a clean stop
// when Discord refuses the connection for good (a bad token or intents) instead of retrying forever.

import { Client, Events, GatewayCloseCodes, GatewayIntentBits, Partials } from "discord.js";
import type { Logger } from "pino";
import type { DiscordConfig } from "../boot/config.ts";
import type { AnswerService } from "../../src/types.ts";
import type { InFlight } from "../shared/guard.ts";
import { register } from "./listen.ts";
import { ShareStore } from "../shared/shareStore.ts";
import { NO_MENTIONS } from "./mentions.ts";
import { summariseError } from "../shared/errors.ts";

/**
 * Guilds caches servers and channels (a server message is dropped for an unknown channel),
 * GuildMessages and DirectMessages deliver mentions and DMs. Not MessageContent: it is privileged,
 * and messages that mention the bot, like DMs, carry their content without it.
 */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages] as const;

export interface DiscordOptions {
  config: DiscordConfig;
  answer: AnswerService;
  logger: Logger;
  /** Called once when Discord refuses the connection for good after start-up; the client is already stopped. */
  onFatal?: (error: Error) => void;
  /** Reply-or-defer threshold; tests shorten it. */
  deferAfterMs?: number;
  /** Counts handlers at work so shutdown can let them finish. */
  inFlight?: InFlight;
}

export interface DiscordBot {
  client: Client;
  /** Ignores new interactions and mentions from now on; answers already started still finish. */
  stopListening(): void;
  stop(): Promise<void>;
}

/** Close codes after which @discordjs/ws does not reconnect, with what the admin should do. */
const FATAL_CLOSES: Record<number, string> = {
  [GatewayCloseCodes.AuthenticationFailed]: "Discord rejected the bot token (4004): set DISCORD_TOKEN to the token from Developer Portal → Bot → Reset Token.",
  [GatewayCloseCodes.InvalidShard]: "Discord rejected the shard (4010).",
  [GatewayCloseCodes.ShardingRequired]: "Discord requires sharding for this bot (4011): it is in too many servers for one connection.",
  [GatewayCloseCodes.InvalidAPIVersion]: "Discord rejected the gateway API version (4012): update discord.js.",
  [GatewayCloseCodes.InvalidIntents]: "Discord rejected the gateway intents as invalid (4013).",
  [GatewayCloseCodes.DisallowedIntents]:
    "Discord refused the gateway intents (4014): enable the privileged intents the bot asks for in Developer Portal → your application → Bot → Privileged Gateway Intents, or remove them from the bot (ofsted-bot itself needs only Guilds, Guild Messages and Direct Messages).",
};

export class DiscordFatalError extends Error {
  constructor(
    message: string,
    readonly closeCode?: number,
  ) {
    super(message);
    this.name = "DiscordFatalError";
  }
}

function fatalFor(code: number | undefined, cause?: unknown): DiscordFatalError | undefined {
  const known = code !== undefined ? FATAL_CLOSES[code] : undefined;
  if (known) return new DiscordFatalError(known, code);
  // login() reports a 4014 as "Used disallowed intents"; match it in case the close event came late.
  if (cause instanceof Error && /disallowed intents/i.test(cause.message)) {
    return new DiscordFatalError(FATAL_CLOSES[GatewayCloseCodes.DisallowedIntents] ?? cause.message, GatewayCloseCodes.DisallowedIntents);
  }
  // GET /gateway/bot answered 401 before any gateway connection was made.
  if (cause instanceof Error && (cause as Error & { code?: unknown }).code === "TokenInvalid") {
    return new DiscordFatalError("Discord rejected DISCORD_TOKEN (401): set it to the token from Developer Portal → Bot → Reset Token.");
  }
  return undefined;
}

export async function startDiscord(options: DiscordOptions): Promise<DiscordBot> {
  const { config, logger } = options;
  const client = new Client({
    intents: [...INTENTS],
    // DM channels are never announced over the gateway; without this partial, DMs are silently dropped.
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  });
  register(client, {
    answer: options.answer,
    logger,
    shares: new ShareStore(),
    ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
    ...(options.inFlight ? { inFlight: options.inFlight } : {}),
  });

  let started = false;
  let stopped = false;
  let lastFatalCode: number | undefined;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await client.destroy();
  };

  let failStart: (error: Error) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    client.once(Events.ClientReady, () => resolve());
    failStart = reject;
  });
  // Awaited only after login succeeds; a refusal during login must not also surface as unhandled.
  ready.catch(() => {});

  // Without an "error" listener, an EventEmitter error event would throw and end the process.
  client.on(Events.Error, (error) => logger.error({ error: summariseError(error) }, "discord: client error"));
  client.on(Events.Warn, (message) => logger.warn({ message }, "discord: warning"));
  client.on(Events.ShardError, (error, shardId) => logger.warn({ shardId, error: summariseError(error) }, "discord: gateway connection error"));
  client.on(Events.ShardReconnecting, (shardId) => logger.info({ shardId }, "discord: reconnecting to the gateway"));
  client.on(Events.ShardDisconnect, (event, shardId) => {
    const fatal = fatalFor(event.code);
    if (!fatal) return;
    lastFatalCode = event.code;
    if (!started) {
      failStart(fatal);
      return;
    }
    logger.fatal({ shardId, code: event.code }, fatal.message);
    void stop().finally(() => options.onFatal?.(fatal));
  });

  try {
    // The token goes to discord.js only: never into a log field or an error message of ours.
    await client.login(config.token);
    await ready;
  } catch (error) {
    stopped = true;
    await client.destroy().catch(() => {});
    throw fatalFor(lastFatalCode, error) ?? error;
  }
  started = true;
  logger.info({ user: client.user?.tag, applicationId: client.application?.id, guilds: client.guilds.cache.size }, "discord: connected");
  const stopListening = () => {
    client.removeAllListeners(Events.InteractionCreate);
    client.removeAllListeners(Events.MessageCreate);
  };
  return { client, stop, stopListening };
}
