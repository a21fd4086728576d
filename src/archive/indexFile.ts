// The saved index's container: a fixed preamble (magic, format version, header length, header
// checksum), a JSON header (what was indexed, where each section lies, the payload's checksum),
// then the sections as raw little-endian typed arrays at 8-byte offsets. Written to a temporary
// file and renamed into place, so a reader sees the old file or the new one, never half of one.

import { createHash, randomBytes } from "node:crypto";
import { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readdirSync, readSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";
import type { Section, Sections } from "./indexCodec.ts";

const MAGIC = "OFSTEDIX";
const PREAMBLE_BYTES = 48;
/** A header is a few megabytes at most (one line per corpus file); more means a damaged length. */
const MAX_HEADER_BYTES = 1 << 30;

const TYPES = { u8: Uint8Array, i32: Int32Array, u32: Uint32Array, f64: Float64Array } as const;
type TypeName = keyof typeof TYPES;

export interface SectionEntry {
  name: string;
  type: TypeName;
  /** Bytes from the start of the payload. */
  offset: number;
  /** Elements, not bytes. */
  length: number;
}

export interface ContainerHeader {
  formatVersion: number;
  sections: SectionEntry[];
  payloadBytes: number;
  payloadSha256: string;
}

/** Why a file cannot be used; the caller rebuilds and says so. */
export class UnusableIndex extends Error {}

function typeOf(section: Section): TypeName {
  if (section instanceof Uint8Array) return "u8";
  if (section instanceof Int32Array) return "i32";
  if (section instanceof Uint32Array) return "u32";
  return "f64";
}

const align = (offset: number) => Math.ceil(offset / 8) * 8;

export function writeIndexFile(file: string, formatVersion: number, header: object, sections: Sections): void {
  const entries: SectionEntry[] = [];
  let offset = 0;
  for (const [name, section] of Object.entries(sections)) {
    entries.push({ name, type: typeOf(section), offset, length: section.length });
    offset = align(offset + section.byteLength);
  }
  const payloadHash = createHash("sha256");
  const padding = Buffer.alloc(8);
  const chunks: Uint8Array[] = [];
  for (const [i, entry] of entries.entries()) {
    const section = sections[entry.name]!;
    const bytes = new Uint8Array(section.buffer, section.byteOffset, section.byteLength);
    const end = i + 1 < entries.length ? entries[i + 1]!.offset : align(entry.offset + bytes.byteLength);
    chunks.push(bytes, padding.subarray(0, end - entry.offset - bytes.byteLength));
  }
  for (const chunk of chunks) payloadHash.update(chunk);
  const full: ContainerHeader = { ...header, formatVersion, sections: entries, payloadBytes: offset, payloadSha256: payloadHash.digest("hex") };
  const headerBytes = Buffer.from(JSON.stringify(full), "utf8");
  const preamble = Buffer.alloc(PREAMBLE_BYTES);
  preamble.write(MAGIC, 0, "latin1");
  preamble.writeUInt32LE(formatVersion, 8);
  preamble.writeUInt32LE(headerBytes.length, 12);
  createHash("sha256").update(headerBytes).digest().copy(preamble, 16);
  const headerEnd = PREAMBLE_BYTES + headerBytes.length;
  writeAtomically(file, [preamble, headerBytes, padding.subarray(0, align(headerEnd) - headerEnd), ...chunks]);
}

function writeAtomically(file: string, chunks: readonly Uint8Array[]): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  const fd = openSync(temporary, "wx");
  try {
    for (const chunk of chunks) {
      for (let written = 0; written < chunk.byteLength;) written += writeSync(fd, chunk, written, Math.min(chunk.byteLength - written, 1 << 30));
    }
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkQuietly(temporary);
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temporary, file);
  } catch (error) {
    unlinkQuietly(temporary);
    throw error;
  }
  removeStaleTemporaries(file);
}

function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Already gone, or never created: nothing to clean.
  }
}

/** A process killed mid-write leaves its temporary file; once it is an hour old nobody is writing it. */
function removeStaleTemporaries(file: string): void {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.`;
  try {
    for (const name of readdirSync(dir)) {
      if (!name.startsWith(prefix) || !name.endsWith(".tmp")) continue;
      const full = path.join(dir, name);
      if (Date.now() - statSync(full).mtimeMs > 3_600_000) unlinkQuietly(full);
    }
  } catch {
    // Best effort: a leftover temporary file wastes space but is never read.
  }
}

function readExactly(fd: number, into: Uint8Array, position: number): void {
  for (let read = 0; read < into.byteLength;) {
    const got = readSync(fd, into, read, Math.min(into.byteLength - read, 1 << 30), position + read);
    if (got === 0) throw new UnusableIndex("the file is truncated");
    read += got;
  }
}

export interface OpenedIndex<H> {
  header: H & ContainerHeader;
  /** Reads and checks the payload. Sections are views of one buffer: copy what must outlive the decoding. */
  sections(): Sections;
  close(): void;
}

/** Opens the file and checks its preamble and header; the payload is read only if the caller asks. */
export function openIndexFile<H extends object>(file: string, formatVersion: number): OpenedIndex<H> {
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    if (size < PREAMBLE_BYTES) throw new UnusableIndex("the file is truncated");
    const preamble = Buffer.alloc(PREAMBLE_BYTES);
    readExactly(fd, preamble, 0);
    if (preamble.toString("latin1", 0, 8) !== MAGIC) throw new UnusableIndex("the file is not a saved index");
    const version = preamble.readUInt32LE(8);
    if (version !== formatVersion) throw new UnusableIndex(`the file has format version ${version}, this code reads ${formatVersion}`);
    const headerLength = preamble.readUInt32LE(12);
    if (headerLength > MAX_HEADER_BYTES || PREAMBLE_BYTES + headerLength > size) throw new UnusableIndex("the file is truncated");
    const headerBytes = Buffer.alloc(headerLength);
    readExactly(fd, headerBytes, PREAMBLE_BYTES);
    if (!createHash("sha256").update(headerBytes).digest().equals(preamble.subarray(16, 48))) throw new UnusableIndex("the header is corrupt");
    const header = JSON.parse(headerBytes.toString("utf8")) as H & ContainerHeader;
    const payloadStart = align(PREAMBLE_BYTES + headerLength);
    if (size < payloadStart + header.payloadBytes) throw new UnusableIndex("the file is truncated");
    if (size > payloadStart + header.payloadBytes) throw new UnusableIndex("the file has bytes past its end");
    return { header, sections: () => readSections(fd, payloadStart, header), close: () => closeSync(fd) };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

function readSections(fd: number, payloadStart: number, header: ContainerHeader): Sections {
  // allocUnsafeSlow is never a slice of the shared pool, so offset 0 keeps every section 8-byte aligned.
  const payload = Buffer.allocUnsafeSlow(header.payloadBytes);
  readExactly(fd, payload, payloadStart);
  if (createHash("sha256").update(payload).digest("hex") !== header.payloadSha256) throw new UnusableIndex("the payload is corrupt");
  const sections: Sections = {};
  for (const { name, type, offset, length } of header.sections) {
    const Type = TYPES[type];
    if (!Type || offset % 8 !== 0 || offset + length * Type.BYTES_PER_ELEMENT > payload.byteLength) throw new UnusableIndex(`section ${name} lies outside the file`);
    sections[name] = new Type(payload.buffer, payload.byteOffset + offset, length);
  }
  return sections;
}
