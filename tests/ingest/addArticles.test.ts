import { spawn } from "node:child_process";
import { cp, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { addArticles } from "../../src/ingest/addArticles.ts";
import { tempDir } from "../helpers/tempDir.ts";

async function tempCorpus(): Promise<string> {
  const dir = tempDir("ingest");
  await cp("corpus", path.join(dir, "corpus"), { recursive: true });
  return path.join(dir, "corpus");
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  // Articles only: the corpus's statistics folder is not the ingest's business.
  const files = (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
  return Object.fromEntries(await Promise.all(files.map(async (file) => [file, await readFile(path.join(dir, file), "utf8")] as const)));
}

describe("addArticles", () => {
  it("adds a new article with what it yielded, refuses duplicates and bad files, and never touches the rest", async () => {
    const corpus = await tempCorpus();
    const before = await snapshot(corpus);
    const inbox = tempDir("inbox");
    await writeFile(path.join(inbox, "new.md"), '---\ntitle: "Caseloads rise"\ndate: 2017-03-09\npublisher: "Sector Weekly"\n---\nSocial workers in England carried 17 cases each in 2016, up from 15.\n\n“We are stretched further than we have ever been before,” said Jo Bloggs, a social worker.\n');
    await cp("corpus/2016-06-28-ofsted-strong-leadership-vital.md", path.join(inbox, "copy-of-existing.md"));
    await writeFile(path.join(inbox, "broken.md"), "---\ntitle: [\n---\nbody\n");
    await writeFile(path.join(inbox, "2016-06-28-ofsted-strong-leadership-vital.md"), "Same name, different article\n\nIt says 12 councils improved in 2017.\n");
    const outcomes = await addArticles([inbox, path.join(inbox, "missing.txt")], corpus);
    const byFile = Object.fromEntries(outcomes.map((outcome) => [path.basename(outcome.file), outcome]));
    expect(byFile["new.md"]).toMatchObject({ status: "added", savedAs: "new.md", title: "Caseloads rise", date: "2017-03-09", figures: 2, quotes: 1 });
    expect(byFile["copy-of-existing.md"]).toEqual({ file: path.join(inbox, "copy-of-existing.md"), status: "duplicate", existing: "2016-06-28-ofsted-strong-leadership-vital.md" });
    expect(byFile["broken.md"]).toMatchObject({ status: "rejected", reason: expect.stringContaining("front matter is not valid YAML") });
    expect(byFile["missing.txt"]).toMatchObject({ status: "rejected", reason: "no such file or folder" });
    // A name clash gets a fresh name; the archive's own file is untouched.
    expect(byFile["2016-06-28-ofsted-strong-leadership-vital.md"]).toMatchObject({ status: "added", savedAs: "2016-06-28-ofsted-strong-leadership-vital-2.md" });
    const after = await snapshot(corpus);
    for (const [file, text] of Object.entries(before)) expect(after[file]).toBe(text);
    expect(Object.keys(after).sort()).toEqual([...Object.keys(before), "new.md", "2016-06-28-ofsted-strong-leadership-vital-2.md"].sort());
    expect(Object.keys(after).some((file) => file.endsWith(".tmp"))).toBe(false);
  });

  it("never gives two articles one id: a .txt beside a .md of the same name gets a fresh name", async () => {
    const corpus = await tempCorpus();
    const inbox = tempDir("inbox");
    await writeFile(path.join(inbox, "2016-06-28-ofsted-strong-leadership-vital.txt"), "Another article\n\nTwelve councils improved in 2017.\n");
    const [outcome] = await addArticles([inbox], corpus);
    expect(outcome).toMatchObject({ status: "added", savedAs: "2016-06-28-ofsted-strong-leadership-vital-2.txt" });
    const { loadCorpus } = await import("../../src/ingest/loadCorpus.ts");
    const { silentLogger } = await import("../../src/types.ts");
    await writeFile(path.join(corpus, "2013-10-15-cypnow-leadership-instability.txt"), "Copied by hand\n\nNine councils improved in 2014.\n");
    const { articles } = await loadCorpus(corpus, silentLogger);
    const ids = articles.map((article) => article.source.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("2013-10-15-cypnow-leadership-instability.txt");
  });

  it("refuses the same file twice in one batch", async () => {
    const corpus = await tempCorpus();
    const inbox = tempDir("inbox");
    await writeFile(path.join(inbox, "a.txt"), "A title\n\nTwenty councils were inadequate in 2013.\n");
    await writeFile(path.join(inbox, "b.txt"), "A title\n\nTwenty councils were inadequate in 2013.\n");
    const outcomes = await addArticles([inbox], corpus);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["added", "duplicate"]);
  });

  it("npm run ingest prints what it found and exits 1 when something was refused", async () => {
    const corpus = await tempCorpus();
    const inbox = tempDir("inbox");
    await writeFile(path.join(inbox, "ok.txt"), "Councils improve\n\nTuesday, 4 July 2017\n\nTwelve councils were rated good in 2017.\n");
    await writeFile(path.join(inbox, "empty.txt"), "");
    const result = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const child = spawn(process.execPath, ["--import", "tsx", "adapters/boot/ingest.ts", "--", inbox], { env: { ...process.env, CORPUS_DIR: corpus }, stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      child.stdout.on("data", (chunk) => (stdout += chunk));
      child.on("close", (code) => resolve({ code, stdout }));
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`added ${path.join(inbox, "ok.txt")} as ok.txt: “Councils improve”, 4 July 2017, 1 figure, 0 quotes`);
    expect(result.stdout).toContain(`refused ${path.join(inbox, "empty.txt")}: the file is empty`);
    expect(result.stdout).toContain("1 of 2 added");
  });
});
