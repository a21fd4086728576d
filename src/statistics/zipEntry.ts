// One file out of a zip archive, streamed: the only module that imports fflate. An ODS is a zip whose
// content.xml can be tens of megabytes (40 MB in Ofsted's 2023 release), so the entry is inflated
// in chunks and handed on as it comes; the whole text never sits in memory at once.
//
// fflate was chosen over yauzl (callbacks on file descriptors, a dependency) and SheetJS xlsx 0.18.5
// (unmaintained on npm, published advisories): it has no dependencies and a synchronous streaming API.

import { Unzip, UnzipInflate, type UnzipFile } from "fflate";
import type { Result } from "../ingest/formats.ts";

/** Bytes fed to the unzipper at a time: bounds the inflated chunks handed to `onChunk`. */
const FEED_BYTES = 64 * 1024;

/**
 * Streams the entry called `name` to `onChunk`. Fails, never throws, when the bytes are not a zip,
 * the entry is missing, or the archive ends before the entry does (a truncated download).
 */
export function streamZipEntry(bytes: Uint8Array, name: string, onChunk: (chunk: Uint8Array) => void): Result<void> {
  let found = false;
  let finished = false;
  let failure: string | undefined;
  const unzip = new Unzip((file: UnzipFile) => {
    if (file.name !== name || found) return;
    found = true;
    file.ondata = (error, chunk, final) => {
      if (error) {
        failure ??= `${name} is damaged (${error.message})`;
        return;
      }
      if (failure === undefined) {
        try {
          onChunk(chunk);
        } catch (thrown) {
          failure = thrown instanceof Error ? thrown.message : String(thrown);
        }
      }
      if (final) finished = true;
    };
    try {
      file.start();
    } catch (error) {
      failure = `${name} uses a compression this reader does not know (${error instanceof Error ? error.message : String(error)})`;
    }
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && failure === undefined && !finished; at += FEED_BYTES) {
      const end = Math.min(at + FEED_BYTES, bytes.length);
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // The entry began but the bytes ran out or broke: a cut-off download, most often.
    if (found && !finished) return { ok: false, reason: `${name} ends early: the file is truncated or damaged (${detail})` };
    return { ok: false, reason: `not a readable zip archive (${detail})` };
  }
  if (failure !== undefined) return { ok: false, reason: failure };
  if (!found) return { ok: false, reason: `not a spreadsheet: the archive has no ${name}` };
  if (!finished) return { ok: false, reason: `${name} ends early: the file is truncated` };
  return { ok: true, value: undefined };
}
