// Registers the application commands: one bulk overwrite (PUT), so running it again replaces rather
// than duplicates, and commands removed from COMMANDS disappear. The bot itself never registers: that
// would spend the daily command-create budget on every restart.

import { REST, Routes, type RESTPutAPIApplicationCommandsResult } from "discord.js";
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
}

export async function deployCommands(options: DeployOptions): Promise<DeployResult> {
  const rest = new REST(options.apiUrl ? { api: options.apiUrl } : {}).setToken(options.token);
  const route = options.guildId ? Routes.applicationGuildCommands(options.applicationId, options.guildId) : Routes.applicationCommands(options.applicationId);
  try {
    const registered = (await rest.put(route, { body: COMMANDS })) as RESTPutAPIApplicationCommandsResult;
    return { scope: options.guildId ? "guild" : "global", names: registered.map((command) => command.name) };
  } finally {
    // The REST sweeper timers would otherwise keep a one-shot script alive.
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
