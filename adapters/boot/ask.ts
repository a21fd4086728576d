// Entry point of `npm run ask`.
import { runAsk } from "../cli/ask.ts";
import { boot } from "./boot.ts";

const { core } = await boot(process.env, { defaultLogLevel: () => "error", quietTerminal: () => true });
process.exitCode = await runAsk(process.argv.slice(2), core.answer, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
