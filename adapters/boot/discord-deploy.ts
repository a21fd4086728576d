// Entry point of `npm run discord:deploy`: registers /ofsted once, in DISCORD_GUILD_ID when set
// (instant, for testing) or globally. `npm start` never registers commands.

import { COMMAND_NAME } from "../discord/commands.ts";
import { deployCommands } from "../discord/deploy.ts";
import { loadDotEnv, readConfig } from "./config.ts";

const DISCORD_VARIABLES = ["DISCORD_TOKEN", "DISCORD_APPLICATION_ID", "DISCORD_GUILD_ID", "DISCORD_API_URL"] as const;

function fail(lines: string[]): never {
  process.stderr.write(`${lines.join("\n")}\n`);
  process.exit(1);
}

loadDotEnv(process.cwd());
// Only the Discord variables: a Slack setting that still needs fixing must not block registering /ofsted.
const env = Object.fromEntries(DISCORD_VARIABLES.map((name) => [name, process.env[name]]));
const result = readConfig(env, process.cwd());
if (!result.ok) fail(["discord:deploy cannot run: the configuration needs fixing (see .env.example):", ...result.errors.map((error) => `  - ${error}`)]);
const discord = result.config.discord;
const missing = [discord?.token ? "" : "DISCORD_TOKEN", discord?.applicationId ? "" : "DISCORD_APPLICATION_ID"].filter(Boolean);
if (!discord || missing.length > 0) {
  fail([
    `discord:deploy needs ${missing.join(" and ")}: set ${missing.length === 1 ? "it" : "them"} in .env or the environment.`,
    "  DISCORD_TOKEN: Developer Portal → your application → Bot → Reset Token.",
    "  DISCORD_APPLICATION_ID: Developer Portal → your application → General Information → Application ID.",
  ]);
}

try {
  const { scope, names, clearedGuilds } = await deployCommands({
    token: discord.token,
    applicationId: discord.applicationId ?? "",
    ...(discord.guildId ? { guildId: discord.guildId } : {}),
    ...(discord.apiUrl ? { apiUrl: discord.apiUrl } : {}),
  });
  const commands = names.map((name) => (name === COMMAND_NAME ? `/${name}` : `the “${name}” message command`)).join(" and ");
  const cleared = clearedGuilds.length > 0 ? ` Removed the server-only copies left by a testing deploy in ${clearedGuilds.length === 1 ? "server" : "servers"} ${clearedGuilds.join(", ")}, so no command shows twice.` : "";
  process.stdout.write(
    scope === "guild"
      ? `Registered ${commands} in server ${discord.guildId}; they are available there now.\n`
      : `Registered ${commands} globally; Discord clients can take a little while to show them. Set DISCORD_GUILD_ID for instant updates while testing.${cleared}\n`,
  );
} catch (error) {
  // The REST error says what Discord answered; it never contains the token.
  const status = (error as { status?: unknown }).status;
  fail([
    `discord:deploy failed${typeof status === "number" ? ` (HTTP ${status})` : ""}: ${error instanceof Error ? error.message : String(error)}`,
    status === 401 ? "  Check DISCORD_TOKEN (Developer Portal → Bot → Reset Token)." : "  Check DISCORD_APPLICATION_ID and DISCORD_GUILD_ID, and that the bot was invited to that server.",
  ]);
}
