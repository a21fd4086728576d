// The terminal adapter, driven as a user drives it: real processes, real stdin and stdout.
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { runAsk } from "../../adapters/cli/ask.ts";
import { listenCli } from "../../adapters/cli/listen.ts";
import { renderText } from "../../adapters/cli/render.ts";
import type { Core } from "../../src/core.ts";
import { seedCore } from "../helpers/seedCore.ts";
import { tempCorpusDir } from "../helpers/tempDir.ts";

let core: Core;
beforeAll(async () => {
  core = await seedCore();
});

function run(script: string, args: string[], input: string, env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], { env: { ...process.env, ...env, LOG_LEVEL: "" }, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

function streams() {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = "";
  output.on("data", (chunk) => (written += chunk));
  return { input, output, written: () => written };
}

describe("npm run ask", () => {
  it("answers once in readable text", async () => {
    const { code, stdout } = await run("adapters/boot/ask.ts", ["inadequate", "2016"], "");
    expect(code).toBe(0);
    expect(stdout).toContain("21 departments — inadequate · 2016");
    expect(stdout).toContain("Strong leadership vital for children’s services improvement · Ofsted · 28 June 2016");
  });

  it("prints one JSON answer with --json", async () => {
    const { code, stdout } = await run("adapters/boot/ask.ts", ["--json", "inadequate 2016"], "");
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0]!);
    expect(answer).toMatchObject({ query: "inadequate 2016", intent: "lookup", status: "found" });
    expect(answer.figures[0]).toMatchObject({ value: 21, period: "2016", source: { publisher: "Ofsted", date: "2016-06-28" } });
  });

  it("with --json and no query, prints exactly one JSON line per stdin line, blank lines included, in order", async () => {
    const input = ["inadequate 2016", "", "zebra", "check one in five councils were rated inadequate in 2013", "   ", "trend inadequate"].join("\n") + "\n";
    const { code, stdout } = await run("adapters/boot/ask.ts", ["--json"], input);
    expect(code).toBe(0);
    const answers = stdout.trimEnd().split("\n").map((line) => JSON.parse(line));
    expect(answers.map((answer) => [answer.query, answer.status])).toEqual([
      ["inadequate 2016", "found"],
      ["", "usage"],
      ["zebra", "none"],
      ["check one in five councils were rated inadequate in 2013", "found"],
      ["", "usage"],
      ["trend inadequate", "found"],
    ]);
    expect(answers[3].verdict).toBe("contradicted");
  });
});

describe("npm start at a terminal or a pipe", () => {
  it("answers each piped line and exits at the end of input", async () => {
    const { code, stdout } = await run("adapters/boot/main.ts", [], "inadequate 2016\nquote wilshaw 2016\n");
    expect(code).toBe(0);
    expect(stdout).toContain("21 departments — inadequate · 2016");
    expect(stdout).toContain("— Sir Michael Wilshaw, Ofsted’s Chief Inspector");
  });

  it("names a skipped corpus file with its reason and still answers", async () => {
    const { copyFile, mkdir, writeFile } = await import("node:fs/promises");
    const path = await import("node:path");
    const dir = tempCorpusDir("cli");
    await mkdir(dir);
    await copyFile("corpus/2016-06-28-ofsted-strong-leadership-vital.md", path.join(dir, "ofsted.md"));
    await writeFile(path.join(dir, "broken.md"), "---\ntitle: [\n---\ntext\n");
    const { code, stdout, stderr } = await run("adapters/boot/main.ts", [], "inadequate 2016\n", { CORPUS_DIR: dir });
    expect(code).toBe(0);
    expect(stderr).toContain("Skipped broken.md: front matter is not valid YAML");
    expect(stdout).toContain("21 departments");
  });

  it("refuses to start on a wrong variable, naming it, without a stack trace", async () => {
    const { code, stderr } = await run("adapters/boot/main.ts", [], "", { SLACK_BOT_TOKEN: "not-a-token", SLACK_SIGNING_SECRET: "x" });
    expect(code).toBe(1);
    expect(stderr).toContain("SLACK_BOT_TOKEN must be a bot token starting with xoxb-");
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("refuses to start on an empty corpus folder, saying what to set", async () => {
    const { code, stderr } = await run("adapters/boot/main.ts", [], "", { CORPUS_DIR: "/nonexistent/corpus" });
    expect(code).toBe(1);
    expect(stderr).toContain("Set CORPUS_DIR");
  });
});

describe("the interactive prompt", () => {
  it("greets, prompts, answers and leaves on exit", async () => {
    const { input, output, written } = streams();
    const done = listenCli({ answer: core.answer, input, output, interactive: true });
    input.write("inadequate 2016\n");
    input.write("exit\n");
    await done;
    expect(written()).toContain("ofsted-bot: type a topic");
    expect(written()).toContain("ofsted> ");
    expect(written()).toContain("21 departments");
  });

  it("runAsk prints usage when given nothing at a terminal", async () => {
    const { input, output } = streams();
    const stderr = new PassThrough();
    let error = "";
    stderr.on("data", (chunk) => (error += chunk));
    const code = await runAsk([], core.answer, { stdin: Object.assign(input, { isTTY: true }), stdout: output, stderr });
    expect(code).toBe(2);
    expect(error).toContain("Usage: npm run ask");
  });
});

describe("renderText", () => {
  it("renders a figure with its sentence and full citation", () => {
    const text = renderText(core.answer("turnover 2012-13"));
    expect(text).toContain("34.2 per cent — turnover · 2012-13");
    expect(text).toContain("“Between 2008 and 2009, the turnover rate stood at 19.7 per cent, whereas it climbed to 34.2 per cent between 2012 and 2013.”");
    expect(text).toContain("Leadership instability linked to children's services failings · CYP Now · 15 October 2013");
  });

  it("strips terminal escape sequences that an article could carry", () => {
    const answer = { ...core.answer("inadequate 2016"), message: "safe\u001b[2Jtext\u0007" };
    expect(renderText(answer)).toContain("safe[2Jtext");
    expect(renderText(answer)).not.toContain("\u0007");
    expect(renderText(answer)).not.toContain("\u001b");
  });
});

describe("a terminal started with .env copied from .env.example", () => {
  it("stays quiet whatever LOG_LEVEL the file sets, and logs when the shell asks for it", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "ofsted-env-"));
    try {
      // The example as copied, plus the line a user might uncomment: the worst case for a quiet prompt.
      await writeFile(path.join(folder, ".env"), `${await readFile(".env.example", "utf8")}\nLOG_LEVEL=debug\n`);
      const main = path.resolve("adapters/boot/main.ts");
      const start = (logLevel: string | undefined) =>
        new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
          const env: NodeJS.ProcessEnv = { ...process.env, CORPUS_DIR: path.resolve("corpus") };
          delete env.LOG_LEVEL;
          if (logLevel) env.LOG_LEVEL = logLevel;
          const child = spawn(path.resolve("node_modules/.bin/tsx"), [main], { cwd: folder, env, stdio: ["pipe", "pipe", "pipe"] });
          let stdout = "";
          let stderr = "";
          child.stdout.on("data", (chunk) => (stdout += chunk));
          child.stderr.on("data", (chunk) => (stderr += chunk));
          child.on("error", reject);
          child.on("close", () => resolve({ stdout, stderr }));
          child.stdin.end("inadequate 2016\n");
        });
      const quiet = await start(undefined);
      expect(quiet.stdout).toContain("21 departments");
      expect(quiet.stderr).toBe("");
      const asked = await start("info");
      expect(asked.stderr).toMatch(/^\{"level":30/m);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
