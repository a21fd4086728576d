// Refusals Discord does not take back: the bot must stop with a message an admin can act on, not
// reconnect forever. Bounded: every wait has a deadline and the fake counts the IDENTIFYs.

import { setTimeout as sleep } from "node:timers/promises";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { startDiscord, type DiscordBot } from "../../adapters/discord/start.ts";
import type { Answer } from "../../src/types.ts";
import { FAKE_TOKEN, startDiscordFake, type DiscordFake } from "./fakes/discordFake.ts";

const DISALLOWED_INTENTS = 4014;
const quiet = pino({ level: "silent" });
const answer = (query: string): Answer => ({ query, intent: "lookup", status: "none", figures: [], quotes: [], message: "nothing" });

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, sleep(ms).then(() => Promise.reject(new Error(`still pending after ${ms} ms`)))]);
}

let fake: DiscordFake | undefined;
let bot: DiscordBot | undefined;

afterEach(async () => {
  await bot?.stop();
  await fake?.close();
  bot = undefined;
  fake = undefined;
});

describe("gateway refusals", () => {
  it("rejects startDiscord with a clear message when Discord refuses the intents at IDENTIFY (4014)", async () => {
    fake = await startDiscordFake({ closeOnIdentify: DISALLOWED_INTENTS });
    const started = startDiscord({ config: { token: FAKE_TOKEN, apiUrl: fake.apiUrl }, answer, logger: quiet });
    const error = await within(started.then(() => undefined, (reason: unknown) => reason), 5000);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Discord refused the gateway intents \(4014\): enable .* or remove/);
    // No reconnect loop: give it time to try again, then count.
    await sleep(1500);
    expect(fake.identifies.length).toBeGreaterThanOrEqual(1);
    expect(fake.identifies.length).toBeLessThanOrEqual(2);
  });

  it("stops a running bot and reports through onFatal when the gateway later closes with 4014", async () => {
    fake = await startDiscordFake();
    let fatal: Error | undefined;
    bot = await startDiscord({ config: { token: FAKE_TOKEN, apiUrl: fake.apiUrl }, answer, logger: quiet, onFatal: (error) => (fatal = error) });
    expect(fake.identifies).toHaveLength(1);
    fake.closeGateway(DISALLOWED_INTENTS, "Disallowed intent(s).");
    const reported = await fake.waitFor(() => fatal, 5000, "onFatal");
    expect(reported.message).toContain("(4014)");
    await sleep(1500);
    expect(fake.identifies.length).toBeLessThanOrEqual(2);
    expect(bot.client.isReady()).toBe(false);
  });

  it("still reconnects after an ordinary close (the refusal handling is specific)", async () => {
    fake = await startDiscordFake();
    let fatal: Error | undefined;
    bot = await startDiscord({ config: { token: FAKE_TOKEN, apiUrl: fake.apiUrl }, answer, logger: quiet, onFatal: (error) => (fatal = error) });
    fake.closeGateway(4000, "Unknown error");
    // 4000 means "resume": a second connection that sends RESUME (op 6), and no fatal report.
    await fake.waitFor(() => (fake?.received.some((frame) => frame.op === 6) ? true : undefined), 5000, "a resume");
    expect(fatal).toBeUndefined();
    expect(fake.identifies).toHaveLength(1);
  });

  it("rejects with a clear message when the token is refused", async () => {
    fake = await startDiscordFake();
    const started = startDiscord({ config: { token: "bad.token.value", apiUrl: fake.apiUrl }, answer, logger: quiet });
    await expect(within(started, 5000)).rejects.toThrow(/DISCORD_TOKEN/);
  });
});
