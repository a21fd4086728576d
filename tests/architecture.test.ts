// Boundaries that keep the core portable and each library owned by one module. Fails when a file
// crosses one, naming the file.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(name) && !name.endsWith(".d.ts") ? [full] : [];
  });
}

const coreFiles = sourceFiles("src");
const adapterFiles = sourceFiles("adapters");
const everything = [...coreFiles, ...adapterFiles];

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((match) => match[1]!);
}

function filesImporting(files: string[], test: (specifier: string) => boolean): string[] {
  return files.filter((file) => importsOf(file).some(test));
}

describe("architecture", () => {
  it("keeps the core free of platform SDKs, the logger library and adapters", () => {
    const offenders = filesImporting(coreFiles, (spec) => /^(@slack\/|discord\.js|pino|ws$)/.test(spec) || spec.includes("adapters/"));
    expect(offenders).toEqual([]);
  });

  it("lets only the text module import natural", () => {
    expect(filesImporting(everything, (spec) => spec.startsWith("natural")).every((file) => file.startsWith(path.join("src", "text")))).toBe(true);
    expect(filesImporting(everything, (spec) => spec.startsWith("natural")).length).toBeGreaterThan(0);
  });

  it("lets only the search module import fuse.js", () => {
    const users = filesImporting(everything, (spec) => spec === "fuse.js");
    expect(users).toEqual([path.join("src", "search", "fuzzyList.ts")]);
  });

  it("lets one statistics module own each file library: fflate (zip) and saxes (XML)", () => {
    expect(filesImporting(everything, (spec) => spec === "fflate")).toEqual([path.join("src", "statistics", "zipEntry.ts")]);
    expect(filesImporting(everything, (spec) => spec === "saxes")).toEqual([path.join("src", "statistics", "ods.ts")]);
  });

  it("lets only the text module import word-list", () => {
    expect(filesImporting(everything, (spec) => spec === "word-list")).toEqual([path.join("src", "text", "englishWords.ts")]);
  });

  it("lets only the config module read process.env", () => {
    const readers = everything.filter((file) => /process\.env\b/.test(readFileSync(file, "utf8").replace(/\/\/.*$/gm, "")));
    expect(readers.filter((file) => !file.endsWith(path.join("boot", "config.ts")) && !/boot[/\\](main|ask|ingest|discord-deploy|stats-update)\.ts$/.test(file))).toEqual([]);
  });

  it("keeps every file under 400 lines", () => {
    const long = [...everything, ...sourceFiles("tests")].filter((file) => readFileSync(file, "utf8").split("\n").length > 400);
    expect(long).toEqual([]);
  });
});
