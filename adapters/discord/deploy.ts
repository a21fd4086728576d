// Registers the application commands: one bulk overwrite (PUT), so running it again replaces rather
// than duplicates, and commands removed from COMMANDS disappear. The bot itself never registers: that
// would spend the daily command-create budget on every restart. A global deploy also empties the
// server-only copies a testing deploy left behind: Discord shows a server's copy beside the global
// one, so every command would otherwise appear twice there.

import { DiscordAPIError, REST, Routes, type RESTGetAPICurrentUserGuildsResult, type RESTGetAPIApplicationGuildCommandsResult, type RESTPutAPIApplicationCommandsResult } from "discord.js";
import { COMMANDS } from "./commands.ts";

export interface DeployOptions {
  token: string;
  applicationId: string;
  /** Registers in that server only: updates show at once, which is what testing needs. */
  guildId?: string;
  /** Replaces https://discord.com/api (tests, proxies). */
  apiUrl?: string;
}

export interface DeployResult {
  scope: "guild" | "global";
  /** The names Discord now has registered. */
  names: string[];
  /** Global deploy: the servers whose own copies of the commands were removed. */
  clearedGuilds: string[];
}

/** The servers the bot is in, 200 (Discord's page size) at a time. */
async function botGuilds(rest: REST): Promise<string[]> {
  const ids: string[] = [];
  for (;;) {
    const query = new URLSearchParams({ limit: "200", ...(ids.length > 0 ? { after: ids[ids.length - 1]! } : {}) });
    const page = (await rest.get(Routes.userGuilds(), { query })) as RESTGetAPICurrentUserGuildsResult;
    ids.push(...page.map((guild) => guild.id));
    if (page.length < 200) return ids;
  }
}

/** Empties the server-only command list wherever one is left; servers that never had one cost one read. */
async function clearGuildCopies(rest: REST, applicationId: string): Promise<string[]> {
  const cleared: string[] = [];
  for (const guildId of await botGuilds(rest)) {
    const route = Routes.applicationGuildCommands(applicationId, guildId);
    try {
      const existing = (await rest.get(route)) as RESTGetAPIApplicationGuildCommandsResult;
      if (existing.length === 0) continue;
      await rest.put(route, { body: [] });
      cleared.push(guildId);
    } catch (error) {
      // 403 Missing Access: the bot was added to that server without the applications.commands scope,
      // so it can have no commands there either.
      if (error instanceof DiscordAPIError && error.status === 403) continue;
      throw error;
    }
  }
  return cleared;
}

export async function deployCommands(options: DeployOptions): Promise<DeployResult> {
  const rest = new REST(options.apiUrl ? { api: options.apiUrl } : {}).setToken(options.token);
  const route = options.guildId ? Routes.applicationGuildCommands(options.applicationId, options.guildId) : Routes.applicationCommands(options.applicationId);
  try {
    const registered = (await rest.put(route, { body: COMMANDS })) as RESTPutAPIApplicationCommandsResult;
    const names = registered.map((command) => command.name);
    if (options.guildId) return { scope: "guild", names, clearedGuilds: [] };
    return { scope: "global", names, clearedGuilds: await clearGuildCopies(rest, options.applicationId) };
  } finally {
    // The REST sweeper timers would otherwise keep a one-shot script alive.
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
