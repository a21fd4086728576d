// The real Slack adapter (Bolt's HTTP receiver on 127.0.0.1, a random port) wired to the fake Web API,
// with the project's own scrubbing logger writing into memory so tests can read the log.

import { createLogger } from "../../../adapters/boot/logger.ts";
import { startSlack, type SlackHandle } from "../../../adapters/slack/start.ts";
import type { AnswerService } from "../../../src/types.ts";
import { startFakeSlackApi, type FakeSlackApi } from "./slackApi.ts";

export const BOT_TOKEN = "xoxb-0000000000-test-bot-token";
export const SIGNING_SECRET = "e2e-signing-secret-0123456789abcdef";

export interface SlackHarness {
  slack: SlackHandle;
  fake: FakeSlackApi;
  /** http://127.0.0.1:<port>/slack/events */
  url: string;
  secret: string;
  logs: string[];
  stop(): Promise<void>;
}

export async function startHarness(options: { answer: AnswerService; signingSecret?: string; loadedAt?: () => Date | undefined }): Promise<SlackHarness> {
  const fake = await startFakeSlackApi();
  const logs: string[] = [];
  const secret = options.signingSecret ?? SIGNING_SECRET;
  const logger = createLogger({ level: "debug", format: "json", secrets: [BOT_TOKEN, secret], destination: { write: (line: string) => void logs.push(line) } });
  const slack = await startSlack({
    config: { botToken: BOT_TOKEN, signingSecret: secret, apiUrl: fake.apiUrl, port: 0, host: "127.0.0.1" },
    answer: options.answer,
    logger,
    ...(options.loadedAt ? { loadedAt: options.loadedAt } : {}),
  });
  return {
    slack,
    fake,
    url: `http://127.0.0.1:${slack.port}/slack/events`,
    secret,
    logs,
    stop: async () => {
      await slack.stop();
      await fake.close();
    },
  };
}
