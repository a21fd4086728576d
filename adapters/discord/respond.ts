// Timing and failure handling shared by the handlers: answer fast when the core is fast, buy time
// when it is not, and turn any failure into an apology plus a log line that share one reference.

import { MessageFlags, type RepliableInteraction } from "discord.js";
import type { Answer, AnswerService, Asker, Logger } from "../../src/types.ts";
import type { InFlight } from "../shared/guard.ts";
import type { ShareStore } from "../shared/shareStore.ts";
import { NO_MENTIONS } from "./mentions.ts";
import type { DiscordMessage } from "./render.ts";

/** What a Share button stands for: the core's input, and which renderer shows its answer. */
export interface DiscordShare {
  kind: "answer" | "figures";
  text: string;
}

/**
 * Discord drops an interaction that gets no response within 3 s. An answer ready within this much
 * time is sent as the reply itself; a slower one is deferred first, leaving margin for the network.
 */
export const DEFER_AFTER_MS = 1500;

export interface HandlerDeps {
  answer: AnswerService;
  logger: Logger;
  /** Defaults to DEFER_AFTER_MS; tests shorten it. */
  deferAfterMs?: number;
  /** Counts handlers at work so shutdown can let them finish. */
  inFlight?: InFlight;
  /** What each Share button stands for. */
  shares: ShareStore<DiscordShare>;
}

/** Starts the lookup; a synchronous core throwing becomes a rejection like an asynchronous one. */
export function startAnswer(answer: AnswerService, query: string, user?: string): Promise<Answer> {
  const asker: Asker | undefined = user ? { platform: "discord", id: user } : undefined;
  return Promise.resolve().then(() => answer(query, asker));
}

/**
 * The answer if it settles within `ms`, otherwise undefined (the lookup keeps running: await it later).
 * A synchronous core finishes before the timer can fire, so only genuinely slow services are deferred.
 */
export async function answerWithin<T>(pending: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([pending, timeout]);
  } finally {
    clearTimeout(timer);
  }
}


/** A rendered answer and whether only the person who asked sees it. */
export interface Reply {
  message: DiscordMessage;
  ephemeral: boolean;
}

/**
 * Sends the reply as the interaction's response: at once when it is ready within the deferral
 * threshold, otherwise after "thinking…" (private when `deferPrivately`), which it then replaces.
 */
export async function replyInTime(interaction: RepliableInteraction, pending: Promise<Reply>, deps: HandlerDeps, deferPrivately: boolean): Promise<void> {
  const early = await answerWithin(pending, deps.deferAfterMs ?? DEFER_AFTER_MS);
  if (early) {
    await interaction.reply({ ...early.message, allowedMentions: NO_MENTIONS, ...(early.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
    return;
  }
  await interaction.deferReply(deferPrivately ? { flags: MessageFlags.Ephemeral } : {});
  await interaction.editReply({ ...(await pending).message, allowedMentions: NO_MENTIONS });
}
