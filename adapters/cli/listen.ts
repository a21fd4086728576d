// The terminal is one more adapter: it reads lines, asks the core, prints the rendered answer.
// Interactive on a TTY (prompt, history); a pipe is answered line by line until end of input.

import { createInterface } from "node:readline";
import type { AnswerService } from "../../src/types.ts";
import { renderJson, renderText } from "./render.ts";



export interface CliOptions {
  answer: AnswerService;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Show a prompt and a greeting (stdin is a terminal). */
  interactive: boolean;
  json?: boolean;
  /** Answer blank lines too (batch `--json`: one output line per input line). */
  keepBlankLines?: boolean;
}

const EXIT_WORDS = new Set(["exit", "quit", ":q", "\\q"]);

/** Resolves when input ends (or the user types exit). */
export async function listenCli(options: CliOptions): Promise<void> {
  const { answer, input, output, interactive } = options;
  const lines = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  const render = options.json ? renderJson : renderText;
  if (interactive) {
    output.write("ofsted-bot: type a topic and a year (e.g. inadequate 2016), help for commands, exit to leave.\n");
    lines.setPrompt("ofsted> ");
    lines.prompt();
  }
  for await (const line of lines) {
    if (interactive && EXIT_WORDS.has(line.trim().toLowerCase())) break;
    if (line.trim() !== "" || options.keepBlankLines) {
      const rendered = render(await answer(line));
      output.write(options.json ? `${rendered}\n` : `${rendered}\n\n`);
    }
    if (interactive) lines.prompt();
  }
  lines.close();
}
