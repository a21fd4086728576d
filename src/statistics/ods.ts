// OpenDocument spreadsheets into grids: the only module that imports saxes. content.xml is parsed as
// a stream of events while it is inflated, so a 40 MB sheet costs the cells kept, not the XML text.
// Repeated rows and columns (table:number-rows-repeated, -columns-repeated: how ODS writes a
// million empty rows in a few bytes) advance the position without materialising empty cells; a
// repeated cell or row with content is expanded only up to a cap.

import { SaxesParser } from "saxes";
import type { Result } from "../ingest/formats.ts";
import type { Grid, GridCell, GridRow } from "./grid.ts";
import { streamZipEntry } from "./zipEntry.ts";

/** Beyond these a repeat is filler (formatting to the sheet's edge), not data. */
const MAX_COLUMNS = 512;
const MAX_REPEATED_ROWS = 1_000;

interface CellInProgress {
  attributes: Record<string, string>;
  paragraphs: string[];
  href?: string;
  repeat: number;
}

/** ODS stores a date cell as office:date-value="2023-07-10T00:00:00". */
function isoDate(value: string | undefined): string | undefined {
  const match = value === undefined ? null : /^(\d{4}-\d{2}-\d{2})/.exec(value);
  return match ? match[1] : undefined;
}

function hyperlinkOf(formula: string | undefined): string | undefined {
  const match = formula === undefined ? null : /HYPERLINK\(\s*"([^"]+)"/i.exec(formula);
  return match ? match[1] : undefined;
}

function finishCell(cell: CellInProgress): GridCell | undefined {
  const text = cell.paragraphs.join("\n");
  const type = cell.attributes["office:value-type"];
  const result: GridCell = { text };
  const value = cell.attributes["office:value"];
  if ((type === "float" || type === "percentage" || type === "currency") && value !== undefined && Number.isFinite(Number(value))) result.number = Number(value);
  const date = type === "date" ? isoDate(cell.attributes["office:date-value"]) : undefined;
  if (date) result.date = date;
  const href = cell.href ?? hyperlinkOf(cell.attributes["table:formula"]);
  if (href) result.href = href;
  if (text === "" && result.number === undefined && !date) return undefined;
  return result;
}

/** Reads every sheet of an .ods file's bytes. */
export function readOds(bytes: Uint8Array): Result<Grid[]> {
  const sheets: Grid[] = [];
  let sheet: Grid | undefined;
  let rowNumber = 0;
  let rowRepeat = 1;
  let cells: Array<GridCell | undefined> = [];
  let column = 0;
  let cell: CellInProgress | undefined;
  let paragraph: string[] | undefined;
  let depth = 0;
  let failure: string | undefined;

  // Tags are matched by their conventional ODS prefixes (table:, text:, office:): namespace processing
  // would cost a third more time on a 40 MB sheet for files that never rename them.
  const parser = new SaxesParser({ position: false, xmlns: false });
  parser.on("error", (error) => {
    failure ??= `content.xml is not well-formed XML (${error.message.split("\n")[0]})`;
  });
  parser.on("opentag", (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    switch (tag.name) {
      case "table:table":
        sheet = { sheet: attributes["table:name"] ?? `Sheet${sheets.length + 1}`, rows: [] };
        rowNumber = 0;
        break;
      case "table:table-row":
        cells = [];
        column = 0;
        rowRepeat = Math.max(1, Number(attributes["table:number-rows-repeated"] ?? 1) || 1);
        break;
      case "table:table-cell":
      case "table:covered-table-cell":
        cell = { attributes, paragraphs: [], repeat: Math.max(1, Number(attributes["table:number-columns-repeated"] ?? 1) || 1) };
        break;
      case "text:p":
      case "text:h":
        if (cell) {
          paragraph = [];
          depth = 0;
        }
        break;
      case "text:s":
        paragraph?.push(" ".repeat(Math.min(1000, Number(attributes["text:c"] ?? 1) || 1)));
        break;
      case "text:tab":
        paragraph?.push("\t");
        break;
      case "text:line-break":
        paragraph?.push("\n");
        break;
      case "text:a":
        if (cell && attributes["xlink:href"]) cell.href ??= attributes["xlink:href"];
        break;
      default:
        if (paragraph) depth++;
    }
  });
  parser.on("text", (text) => {
    paragraph?.push(text);
  });
  parser.on("closetag", (tag) => {
    switch (tag.name) {
      case "text:p":
      case "text:h":
        if (cell && paragraph) cell.paragraphs.push(paragraph.join(""));
        paragraph = undefined;
        break;
      case "table:table-cell":
      case "table:covered-table-cell": {
        if (!cell) break;
        const done = finishCell(cell);
        if (done) for (let i = 0; i < cell.repeat && column + i < MAX_COLUMNS; i++) cells[column + i] = done;
        column += cell.repeat;
        cell = undefined;
        break;
      }
      case "table:table-row": {
        const hasContent = cells.some((entry) => entry !== undefined);
        if (sheet && hasContent) {
          // Repeated rows with content share one cells array: a thousand copies cost a thousand references.
          for (let i = 0; i < Math.min(rowRepeat, MAX_REPEATED_ROWS); i++) sheet.rows.push({ row: rowNumber + i + 1, cells } satisfies GridRow);
        }
        rowNumber += rowRepeat;
        break;
      }
      case "table:table":
        if (sheet) sheets.push(sheet);
        sheet = undefined;
        break;
      default:
        if (paragraph && depth > 0) depth--;
    }
  });

  const decoder = new TextDecoder("utf-8");
  const streamed = streamZipEntry(bytes, "content.xml", (chunk) => {
    if (failure !== undefined) return;
    parser.write(decoder.decode(chunk, { stream: true }));
  });
  if (!streamed.ok) return streamed;
  if (failure === undefined) {
    try {
      parser.write(decoder.decode());
      parser.close();
    } catch (error) {
      failure ??= `content.xml is not well-formed XML (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`;
    }
  }
  if (failure !== undefined) return { ok: false, reason: failure };
  if (sheets.length === 0) return { ok: false, reason: "the spreadsheet has no sheets" };
  return { ok: true, value: sheets };
}
