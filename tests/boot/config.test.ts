import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readConfig } from "../../adapters/boot/config.ts";
import { createLogger, REDACTED } from "../../adapters/boot/logger.ts";

const CWD = "/srv/ofsted-bot";

describe("readConfig", () => {
  it("defaults to the bundled corpus and the terminal", () => {
    const result = readConfig({}, CWD);
    expect(result).toEqual({
      ok: true,
      config: {
        corpusDir: "/srv/ofsted-bot/corpus",
        logFormat: "json",
        port: 3000,
        host: "0.0.0.0",
        rateLimit: { max: 5, windowMs: 10_000 },
        statistics: { eesApiUrl: "https://api.education.gov.uk/statistics/v1", govukUrl: "https://www.gov.uk" },
      },
    });
  });

  it("reads the statistics endpoints and names a malformed one", () => {
    const result = readConfig({ STATS_EES_API_URL: "http://127.0.0.1:9/ees", STATS_GOVUK_URL: "ftp://nope" }, CWD);
    expect(result).toEqual({ ok: false, errors: ["STATS_GOVUK_URL must be an http(s) URL (got something else); unset it to use the public service."] });
    const good = readConfig({ STATS_EES_API_URL: "http://127.0.0.1:9/ees" }, CWD);
    expect(good.ok && good.config.statistics.eesApiUrl).toBe("http://127.0.0.1:9/ees");
  });

  it("reads CORPUS_DIR relative to the working folder", () => {
    const result = readConfig({ CORPUS_DIR: "../archive" }, CWD);
    expect(result.ok && result.config.corpusDir).toBe("/srv/archive");
  });

  it("turns Slack on in Socket Mode or HTTP mode", () => {
    const socket = readConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" }, CWD);
    expect(socket.ok && socket.config.slack).toEqual({ botToken: "xoxb-1", appToken: "xapp-1" });
    const http = readConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s3cret", SLACK_API_URL: "http://127.0.0.1:9/api/" }, CWD);
    expect(http.ok && http.config.slack).toEqual({ botToken: "xoxb-1", signingSecret: "s3cret", apiUrl: "http://127.0.0.1:9/api/" });
  });

  it("names every wrong variable and what to set", () => {
    const result = readConfig(
      { SLACK_BOT_TOKEN: "xoxp-user", PORT: "http", LOG_LEVEL: "loud", DISCORD_TOKEN: "abc", DISCORD_GUILD_ID: "guild", SLACK_API_URL: "ftp://x", RATE_LIMIT_MAX: "0" },
      CWD,
    );
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining("LOG_LEVEL"),
        expect.stringContaining('PORT="http"'),
        expect.stringContaining("SLACK_BOT_TOKEN must be a bot token starting with xoxb-"),
        expect.stringContaining("Slack needs SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET"),
        expect.stringContaining("SLACK_API_URL must be an http(s) URL"),
        expect.stringContaining("DISCORD_TOKEN does not look like a bot token"),
        expect.stringContaining("DISCORD_GUILD_ID must be a numeric Discord id"),
        expect.stringContaining("RATE_LIMIT_MAX"),
      ]),
    );
    // The messages name variables, never echo a token's value.
    expect(errors.join("\n")).not.toContain("xoxp-user");
  });

  it("asks for the bot token when only other Slack variables are set", () => {
    const result = readConfig({ SLACK_SIGNING_SECRET: "s" }, CWD);
    expect(result.ok ? [] : result.errors).toEqual([expect.stringContaining("SLACK_BOT_TOKEN is missing")]);
  });
});

describe("createLogger", () => {
  it("never writes a secret, whatever field or message carries it", () => {
    let output = "";
    const destination = new Writable({
      write(chunk, _encoding, callback) {
        output += chunk;
        callback();
      },
    });
    const logger = createLogger({ level: "info", format: "json", secrets: ["s3cret-signing-value", "MTIz.NDU2.Nzg5-discord"], destination });
    logger.info({ token: "xoxb-123-456", headers: { authorization: "Bearer abcdefghijklmnopqrstuvwxyz" } }, "request");
    logger.error({ err: new Error("failed with s3cret-signing-value at https://hooks.slack.com/commands/T1/2/abc") }, "respond failed");
    logger.warn({ detail: "login with MTIz.NDU2.Nzg5-discord refused", response_url: "https://hooks.slack.com/x" }, "discord");
    for (const secret of ["s3cret-signing-value", "MTIz.NDU2.Nzg5-discord", "xoxb-123-456", "abcdefghijklmnopqrstuvwxyz", "hooks.slack.com"]) {
      expect(output).not.toContain(secret);
    }
    expect(output.split(REDACTED).length).toBeGreaterThan(4);
    expect(output.trim().split("\n").map((line) => JSON.parse(line).msg)).toEqual(["request", "respond failed", "discord"]);
  });
});

describe("scrub", () => {
  it("hides Discord bot tokens and interaction tokens inside free text", async () => {
    const { scrub } = await import("../../adapters/boot/logger.ts");
    const line = scrub(
      '{"msg":"PATCH https://discord.com/api/v10/webhooks/1100000000000000002/aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDpzZWNyZXQ/messages/@original failed; token MTEwMDAwMDAwMDAwMDAwMDAwMQ.GfakeX.not-a-real-token-only-for-the-loopback-fake"}',
      [],
    );
    expect(line).not.toContain("aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDpzZWNyZXQ");
    expect(line).not.toContain("not-a-real-token-only-for-the-loopback-fake");
    expect(line).toContain("/messages/@original failed");
  });
});
