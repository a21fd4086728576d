// `npm run discord:deploy`: one bulk PUT of the command list, to the server when DISCORD_GUILD_ID is
// set and globally otherwise, against the loopback Discord.

import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { COMMANDS } from "../../adapters/discord/commands.ts";
import { deployCommands } from "../../adapters/discord/deploy.ts";
import { APP_ID, FAKE_TOKEN, GUILD_ID, startDiscordFake, type DiscordFake } from "./fakes/discordFake.ts";

const run = promisify(execFile);
const TSX = path.resolve("node_modules/.bin/tsx");
const SCRIPT = path.resolve("adapters/boot/discord-deploy.ts");

let fake: DiscordFake;
// A folder without a .env, so the script sees only the variables each test passes.
let emptyDir: string;

beforeAll(async () => {
  fake = await startDiscordFake();
  emptyDir = await mkdtemp(path.join(tmpdir(), "discord-deploy-"));
});

afterAll(async () => {
  await fake?.close();
  await rm(emptyDir, { recursive: true, force: true });
});

beforeEach(() => {
  fake.requests.length = 0;
});

async function deployScript(env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [SCRIPT], { cwd: emptyDir, env: { PATH: process.env.PATH ?? "", ...env }, timeout: 20_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

describe("deployCommands", () => {
  it("registers in the server with one bulk PUT when a guild id is given", async () => {
    const result = await deployCommands({ token: FAKE_TOKEN, applicationId: APP_ID, guildId: GUILD_ID, apiUrl: fake.apiUrl });
    expect(result).toEqual({ scope: "guild", names: ["ofsted", "Check figures"], clearedGuilds: [] });
    expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual([`PUT /api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`]);
    expect(fake.requests[0]?.body).toEqual(COMMANDS);
    expect(fake.requests[0]?.authorization).toBe(`Bot ${FAKE_TOKEN}`);
  });

  it("registers both commands: /ofsted and the Check figures message command (type 3)", () => {
    expect(COMMANDS.map((command) => [command.name, command.type])).toEqual([
      ["ofsted", 1],
      ["Check figures", 3],
    ]);
  });

  it("registers globally with one bulk PUT otherwise, and reads each server's own list", async () => {
    fake.registered.clear();
    const result = await deployCommands({ token: FAKE_TOKEN, applicationId: APP_ID, apiUrl: fake.apiUrl });
    expect(result).toEqual({ scope: "global", names: ["ofsted", "Check figures"], clearedGuilds: [] });
    expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      `PUT /api/v10/applications/${APP_ID}/commands`,
      "GET /api/v10/users/@me/guilds",
      `GET /api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`,
    ]);
  });

  it("moving from guild to global removes the server copies, so no command shows twice", async () => {
    fake.registered.clear();
    await deployCommands({ token: FAKE_TOKEN, applicationId: APP_ID, guildId: GUILD_ID, apiUrl: fake.apiUrl });
    expect(fake.registered.get(`applications/${APP_ID}/guilds/${GUILD_ID}/commands`)).toHaveLength(2);
    const result = await deployCommands({ token: FAKE_TOKEN, applicationId: APP_ID, apiUrl: fake.apiUrl });
    expect(result.clearedGuilds).toEqual([GUILD_ID]);
    expect(fake.registered.get(`applications/${APP_ID}/guilds/${GUILD_ID}/commands`)).toEqual([]);
    expect(fake.registered.get(`applications/${APP_ID}/commands`)?.map((command) => command.name)).toEqual(["ofsted", "Check figures"]);
  });

  it("skips a server the bot cannot register commands in, and pages through many servers", async () => {
    const many = Array.from({ length: 205 }, (_, index) => String(1_300_000_000_000_000_000n + BigInt(index)));
    const other = await startDiscordFake({ guilds: many, guildsWithoutCommandsScope: [many[0]!] });
    try {
      const result = await deployCommands({ token: FAKE_TOKEN, applicationId: APP_ID, apiUrl: other.apiUrl });
      expect(result.clearedGuilds).toEqual([]);
      expect(other.requests.filter((request) => request.path === "/api/v10/users/@me/guilds")).toHaveLength(2);
      expect(other.requests.filter((request) => request.method === "GET" && request.path.endsWith("/commands"))).toHaveLength(205);
    } finally {
      await other.close();
    }
  });
});

describe("npm run discord:deploy", () => {
  it("registers from the environment and says where", async () => {
    const result = await deployScript({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_GUILD_ID: GUILD_ID, DISCORD_API_URL: fake.apiUrl, SLACK_BOT_TOKEN: "not-a-slack-token" });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Registered /ofsted and the “Check figures” message command in server ${GUILD_ID}`);
    expect(fake.requests.filter((request) => request.method === "PUT")).toHaveLength(1);
  });

  it("says which server copies a global deploy removed", async () => {
    await deployScript({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_GUILD_ID: GUILD_ID, DISCORD_API_URL: fake.apiUrl });
    const result = await deployScript({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Removed the server-only copies left by a testing deploy in server ${GUILD_ID}, so no command shows twice.`);
  });

  it("exits 1 naming the missing variables, without calling Discord", async () => {
    const result = await deployScript({ DISCORD_API_URL: fake.apiUrl });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("discord:deploy needs DISCORD_TOKEN and DISCORD_APPLICATION_ID");
    const noApp = await deployScript({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: fake.apiUrl });
    expect(noApp.code).toBe(1);
    expect(noApp.stderr).toContain("discord:deploy needs DISCORD_APPLICATION_ID");
    expect(fake.requests).toEqual([]);
  });

  it("exits 1 with Discord's answer, and without the token, when Discord refuses", async () => {
    const wrong = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.Gwrong.definitely-not-the-registered-token";
    const result = await deployScript({ DISCORD_TOKEN: wrong, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("HTTP 401");
    expect(result.stderr + result.stdout).not.toContain(wrong);
  });
});
