// Starts the Slack adapter: Socket Mode when an app-level token is configured (no public URL needed),
// otherwise Bolt's HTTP receiver, which takes commands, actions and events on one path, /slack/events.

import type { AddressInfo } from "node:net";
import { App, HTTPReceiver } from "@slack/bolt";
import type { Logger } from "pino";
import type { SlackConfig } from "../boot/config.ts";
import type { AnswerService } from "../../src/types.ts";
import type { InFlight } from "../shared/guard.ts";
import { boltLoggerFrom } from "./boltLogger.ts";
import { Dedupe } from "./dedupe.ts";
import { summariseError } from "../shared/errors.ts";
import { register } from "./listen.ts";
import { ShareStore } from "../shared/shareStore.ts";

export interface StartSlackOptions {
  config: SlackConfig & { port: number; host: string };
  answer: AnswerService;
  logger: Logger;
  inFlight?: InFlight;
  /** /healthz answers 200 only once this is true (the archive is loaded); 503 before. Default: ready. */
  ready?: () => boolean;
  /** When the archive in service was loaded, shown on the Home tab. */
  loadedAt?: () => Date | undefined;
}

export interface SlackHandle {
  app: App;
  stop(): Promise<void>;
  /** HTTP mode: the port actually bound (config.port may be 0). Undefined in Socket Mode. */
  port?: number;
}

/** Rejects with a message an admin can act on when Slack refuses the bot token or the port is taken. */
export async function startSlack({ config, answer, logger, inFlight, ready = () => true, loadedAt }: StartSlackOptions): Promise<SlackHandle> {
  const log = logger.child({ adapter: "slack" });
  const boltLogger = boltLoggerFrom(log);
  // The Web API client joins method names onto this base; without the slash "…/api" + "auth.test" would lose "api".
  const clientOptions = config.apiUrl ? { slackApiUrl: config.apiUrl.endsWith("/") ? config.apiUrl : `${config.apiUrl}/` } : {};
  const socketMode = Boolean(config.appToken);
  let receiver: HTTPReceiver | undefined;
  if (!socketMode) {
    if (!config.signingSecret) throw new Error("Slack HTTP mode needs SLACK_SIGNING_SECRET (or set SLACK_APP_TOKEN for Socket Mode).");
    receiver = new HTTPReceiver({
      signingSecret: config.signingSecret,
      logger: boltLogger,
      port: config.port,
      // PORT is the one public port in HTTP mode: the liveness probe shares it rather than needing a second one.
      customRoutes: [
        {
          path: "/healthz",
          method: ["GET"],
          handler: (_request, response) => {
            const up = ready();
            response.writeHead(up ? 200 : 503, { "content-type": "text/plain" }).end(up ? "ok" : "loading the archive");
          },
        },
      ],
    });
  }
  const app = new App({
    token: config.botToken,
    logger: boltLogger,
    clientOptions,
    ...(receiver ? { receiver } : { socketMode: true, appToken: config.appToken }),
    // Bolt otherwise calls auth.test from its constructor and leaves a failure as an unhandled
    // rejection; init() lets us await it and say what is wrong.
    deferInitialization: true,
  });
  register(app, { answer, logger: log, dedupe: new Dedupe(), shares: new ShareStore(), ...(inFlight ? { inFlight } : {}), ...(loadedAt ? { loadedAt } : {}) });
  try {
    await app.init();
  } catch (error) {
    log.error({ err: summariseError(error) }, "slack auth.test failed");
    throw new Error(`Slack did not accept SLACK_BOT_TOKEN (${summariseError(error).message}). Copy the Bot User OAuth Token from the app's OAuth & Permissions page.`);
  }
  if (!receiver) {
    await app.start();
    log.info({ mode: "socket" }, "slack connected");
    return {
      app,
      stop: async () => {
        await app.stop();
      },
    };
  }
  const server = await app.start({ port: config.port, host: config.host });
  const port = (server.address() as AddressInfo).port;
  log.info({ mode: "http", host: config.host, port, path: "/slack/events" }, "slack listening");
  return {
    app,
    port,
    stop: async () => {
      await app.stop();
    },
  };
}
