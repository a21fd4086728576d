// `npm run stats:update`: fetches each release's newest edition, checks it has everything the
// reader needs, and only then replaces the file in the statistics folder (written under a
// temporary name and renamed, so a reader never sees half a file). Anything wrong keeps the
// previous edition, saying why. releases.json records each feed, the version fetched and the link.

import { existsSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Result } from "../../ingest/formats.ts";
import type { Source } from "../../types.ts";
import { RELEASES_FILE, STATISTICS_FOLDER } from "../folder.ts";
import { councilGazetteer, type Gazetteer } from "../gazetteer.ts";
import { readRelease, type ReadRelease } from "../readRelease.ts";
import { compareEditions, describeChange } from "./compareEditions.ts";
import { fetchEdition, type Endpoints, type Feed } from "./fetchEdition.ts";

export type { Endpoints };

export interface UpdateOutcome {
  file: string;
  status: "updated" | "unchanged" | "kept";
  message: string;
}

type ReleaseEntry = Record<string, unknown> & { title?: string; update?: Feed };
interface ReleasesFile {
  releases: Record<string, ReleaseEntry>;
  [key: string]: unknown;
}

function writeAtomically(file: string, bytes: Uint8Array | string): void {
  // A dot-name in the same folder: never listed as a release, and renamed over the old file in one step.
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.download`);
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
}

function readWith(gazetteer: Gazetteer, file: string, bytes: Uint8Array): Result<ReadRelease> {
  const source: Source = { id: path.basename(file, path.extname(file)), title: file };
  return readRelease({ file, source, gazetteer }, bytes);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.from(a).equals(Buffer.from(b));
}

/** "… as at 31 March 2025" → "… as at 31 March 2026" when the file moved on a year. */
function retitle(title: string | undefined, from: string, to: string): string | undefined {
  const before = /(\d{4})/.exec(from)?.[1];
  const after = /(\d{4})/.exec(to)?.[1];
  return title && before && after && before !== after ? title.split(before).join(after) : title;
}

async function updateOne(folder: string, file: string, entry: ReleaseEntry, endpoints: Endpoints, gazetteer: Gazetteer, releases: ReleasesFile): Promise<UpdateOutcome> {
  const kept = (reason: string): UpdateOutcome => ({ file, status: "kept", message: `${file}: kept the previous edition — ${reason}` });
  const edition = await fetchEdition(entry.update!, endpoints);
  if (!edition.ok) return kept(edition.reason);
  const target = edition.value.fileName ?? file;
  const currentPath = path.join(folder, file);
  const current = existsSync(currentPath) ? new Uint8Array(readFileSync(currentPath)) : undefined;
  if (current && target === file && sameBytes(current, edition.value.bytes)) return { file, status: "unchanged", message: `${file}: unchanged` };
  const previous = current ? readWith(gazetteer, file, current) : undefined;
  const next = readWith(gazetteer, target, edition.value.bytes);
  if (!next.ok) return kept(`the download from ${edition.value.url} cannot be read: ${next.reason}`);
  const change = compareEditions(previous?.ok ? previous.value : undefined, next.value);
  if (!change.ok) return kept(`${change.reason} (${edition.value.url})`);
  writeAtomically(path.join(folder, target), edition.value.bytes);
  const updated: ReleaseEntry = { ...entry, update: edition.value.feed, url: edition.value.url };
  if (target !== file) {
    const title = retitle(entry.title, file, target);
    if (title) updated.title = title;
    delete updated["date"];
  }
  if (next.value.publishedOn) updated["date"] = next.value.publishedOn;
  delete releases.releases[file];
  releases.releases[target] = updated;
  if (target !== file && existsSync(currentPath)) unlinkSync(currentPath);
  const name = target === file ? file : `${target} (replaces ${file})`;
  return { file: target, status: "updated", message: describeChange(name, change.value) };
}

export async function updateStatistics(corpusDir: string, endpoints: Endpoints): Promise<Result<UpdateOutcome[]>> {
  const folder = path.join(corpusDir, STATISTICS_FOLDER);
  const listPath = path.join(folder, RELEASES_FILE);
  let releases: ReleasesFile;
  try {
    releases = JSON.parse(readFileSync(listPath, "utf8")) as ReleasesFile;
    if (typeof releases.releases !== "object" || releases.releases === null) throw new Error("it has no “releases” object");
  } catch (error) {
    return { ok: false, reason: `${listPath} cannot be read (${error instanceof Error ? error.message : String(error)})` };
  }
  const gazetteer = councilGazetteer();
  if (!gazetteer.ok) return gazetteer;
  const outcomes: UpdateOutcome[] = [];
  for (const [file, entry] of Object.entries({ ...releases.releases })) {
    if (!entry.update) continue;
    outcomes.push(await updateOne(folder, file, entry, endpoints, gazetteer.value, releases));
  }
  if (outcomes.some((outcome) => outcome.status === "updated")) writeAtomically(listPath, `${JSON.stringify(releases, null, 2)}\n`);
  return { ok: true, value: outcomes };
}
