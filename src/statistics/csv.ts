// RFC 4180 CSV into a grid: quoted fields, commas, quotes ("") and line breaks inside quotes, CRLF or
// LF, a UTF-8 byte-order mark. Row numbers count records as a spreadsheet would show them (a
// quoted line break does not start a new row).

import type { Result } from "../ingest/formats.ts";
import type { Grid, GridRow } from "./grid.ts";

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function readCsv(bytes: Uint8Array): Result<Grid> {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: "not UTF-8 text" };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes("\u0000")) return { ok: false, reason: "binary, not CSV text" };
  const rows: GridRow[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let wasQuoted = false;
  let at = 0;
  /** Blank lines count as rows (a spreadsheet shows them) but hold nothing: the gap ends a table. */
  let recordNumber = 0;
  const endField = () => {
    fields.push(field);
    field = "";
    wasQuoted = false;
  };
  const endRow = () => {
    endField();
    recordNumber++;
    if (!(fields.length === 1 && fields[0] === "")) rows.push({ row: recordNumber, cells: fields.map((value) => (value === "" ? undefined : { text: value })) });
    fields = [];
  };
  while (at < text.length) {
    const char = text[at]!;
    if (quoted) {
      if (char === '"') {
        if (text[at + 1] === '"') {
          field += '"';
          at += 2;
          continue;
        }
        quoted = false;
      } else field += char;
      at++;
      continue;
    }
    if (char === '"' && field === "" && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
    } else if (char === ",") endField();
    else if (char === "\n") endRow();
    else if (char === "\r") {
      if (text[at + 1] !== "\n") endRow();
    } else field += char;
    at++;
  }
  if (quoted) return { ok: false, reason: `a quoted field opened in row ${recordNumber + 1} never closes: the file is truncated` };
  if (field !== "" || fields.length > 0) endRow();
  if (rows.length === 0) return { ok: false, reason: "the file is empty" };
  return { ok: true, value: { rows } };
}
