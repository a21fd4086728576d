// The real Discord adapter connected to the loopback Discord, with the test server announced: what
// every gateway test starts from.

import type { Logger } from "pino";
import { startDiscord, type DiscordBot } from "../../../adapters/discord/start.ts";
import type { AnswerService } from "../../../src/types.ts";
import { CHANNEL_ID, FAKE_TOKEN, startDiscordFake, type DiscordFake } from "./discordFake.ts";

export interface DiscordHarness {
  fake: DiscordFake;
  bot: DiscordBot;
  stop(): Promise<void>;
}

export async function startDiscordHarness(answer: AnswerService, logger: Logger): Promise<DiscordHarness> {
  const fake = await startDiscordFake();
  const bot = await startDiscord({ config: { token: FAKE_TOKEN, apiUrl: fake.apiUrl }, answer, logger });
  // Server messages are dropped for channels discord.js has not cached: Discord announces them this way.
  fake.dispatchGuild();
  await fake.waitFor(() => bot.client.channels.cache.get(CHANNEL_ID), 5000, "the guild channel to be cached");
  return {
    fake,
    bot,
    stop: async () => {
      await bot.stop();
      await fake.close();
    },
  };
}
