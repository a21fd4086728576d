// `npm run ask -- [--json] [query...]`: one answer, or a batch of queries from stdin.

import type { AnswerService } from "../../src/types.ts";
import { listenCli } from "./listen.ts";
import { renderJson, renderText } from "./render.ts";

export interface AskIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export const ASK_USAGE = 'Usage: npm run ask -- [--json] "inadequate 2016"   (with --json and no query: one query per stdin line)';

export interface AskArgs {
  json: boolean;
  /** Undefined when no query argument was given at all (then stdin is read); "" when an empty one was. */
  query: string | undefined;
  help: boolean;
}

export function parseAskArgs(argv: readonly string[]): AskArgs {
  const flags = new Set(argv.filter((arg) => /^--?[a-z]/.test(arg)));
  const words = argv.filter((arg) => !/^--?[a-z]/.test(arg));
  return { json: flags.has("--json"), help: flags.has("--help") || flags.has("-h"), query: words.length > 0 ? words.join(" ") : undefined };
}

/** Returns the process exit code. */
export async function runAsk(argv: readonly string[], answer: AnswerService, io: AskIo): Promise<number> {
  const args = parseAskArgs(argv);
  if (args.help) {
    io.stdout.write(`${ASK_USAGE}\n`);
    return 0;
  }
  // An explicit query, even an empty one (`ask ""`), gets an answer: the usage hint when empty.
  if (args.query !== undefined) {
    const result = await answer(args.query);
    io.stdout.write(`${args.json ? renderJson(result) : renderText(result)}\n`);
    return 0;
  }
  if (io.stdin.isTTY) {
    io.stderr.write(`${ASK_USAGE}\n`);
    return 2;
  }
  await listenCli({ answer, input: io.stdin, output: io.stdout, interactive: false, json: args.json, keepBlankLines: args.json });
  return 0;
}
