// Entry point of `npm start`: every chat adapter whose credentials are set, or the terminal when none are.
import { listenCli } from "../cli/listen.ts";
import { fail, loadLiveCore, prepare } from "./boot.ts";
import { summariseError } from "../shared/errors.ts";
import { startChatBot } from "./run.ts";
import type { Config } from "./config.ts";

const chat = (config: Config) => Boolean(config.slack || config.discord);
const prepared = prepare(process.env, { defaultLogLevel: (config) => (chat(config) ? "info" : "error"), quietTerminal: (config) => !chat(config) });
const { config, logger } = prepared;
// A rejection nobody awaited (inside a platform SDK, say) is logged, not allowed to end the process.
process.on("unhandledRejection", (reason) => logger.error({ err: summariseError(reason) }, "unhandled rejection"));

if (!config.slack && !config.discord) {
  const core = await loadLiveCore(prepared);
  await listenCli({ answer: core.answer, input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY) });
  core.close();
} else {
  const core = loadLiveCore(prepared);
  const bot = await startChatBot({ config, logger, core, onFatal: (error) => fail(error.message) }).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
  await core;
  logger.info({ slack: Boolean(bot.slack), discord: Boolean(bot.discord) }, "ready");
  let stopping = false;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      void core.then((live) => live.close());
      void bot.shutdown(signal).finally(() => process.exit(0));
    });
  }
}
