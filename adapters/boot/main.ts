// Entry point of `npm start`: every chat adapter whose credentials are set, or the terminal when none are.
import { listenCli } from "../cli/listen.ts";
import { boot } from "./boot.ts";

const { config, core } = await boot(process.env, { defaultLogLevel: (config) => (config.slack || config.discord ? "info" : "error") });
if (!config.slack && !config.discord) {
  await listenCli({ answer: core.answer, input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY) });
}
