// Temporary folders for tests, removed when the test file ends. A corpus goes in a subfolder so
// that its saved index (written beside the corpus, in .index/) is removed with it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const made: string[] = [];

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh empty folder under the system's temporary folder. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `ofsted-${prefix}-`));
  made.push(dir);
  return dir;
}

/** A fresh empty corpus folder, inside a temporary folder that also holds its index. */
export function tempCorpusDir(prefix: string): string {
  return path.join(tempDir(prefix), "corpus");
}
