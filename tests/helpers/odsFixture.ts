// Small .ods files for tests, written the way LibreOffice writes them: a zip holding mimetype and
// content.xml, cells with office:value-type, dates as office:date-value, repeated empty rows and
// columns as one element with a repeat count.
import { zipSync, strToU8 } from "fflate";

export type FixtureCell = string | { text: string; date?: string; value?: number; repeat?: number; href?: string } | null;

export interface FixtureSheet {
  name: string;
  rows: FixtureCell[][];
  /** Empty rows written as one repeated row after the data (as real files pad to the sheet's end). */
  trailingEmptyRows?: number;
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

function cellXml(cell: FixtureCell): string {
  if (cell === null || cell === "") return "<table:table-cell/>";
  const spec = typeof cell === "string" ? { text: cell } : cell;
  const repeat = spec.repeat ? ` table:number-columns-repeated="${spec.repeat}"` : "";
  const formula = spec.href ? ` table:formula="of:=HYPERLINK(&quot;${escape(spec.href)}&quot;;&quot;${escape(spec.text)}&quot;)"` : "";
  const type = spec.date ? ` office:value-type="date" office:date-value="${spec.date}T00:00:00"` : spec.value !== undefined ? ` office:value-type="float" office:value="${spec.value}"` : ` office:value-type="string"`;
  return `<table:table-cell${type}${repeat}${formula}><text:p>${escape(spec.text)}</text:p></table:table-cell>`;
}

export function odsContent(sheets: FixtureSheet[]): string {
  const tables = sheets.map((sheet) => {
    const rows = sheet.rows.map((row) => (row.length === 0 ? `<table:table-row><table:table-cell table:number-columns-repeated="16384"/></table:table-row>` : `<table:table-row>${row.map(cellXml).join("")}<table:table-cell table:number-columns-repeated="16000"/></table:table-row>`));
    const padding = sheet.trailingEmptyRows ? `<table:table-row table:number-rows-repeated="${sheet.trailingEmptyRows}"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>` : "";
    return `<table:table table:name="${escape(sheet.name)}">${rows.join("")}${padding}</table:table>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>${tables.join("")}</office:spreadsheet></office:body></office:document-content>`;
}

export function makeOds(sheets: FixtureSheet[]): Uint8Array {
  return zipSync({ mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }], "content.xml": strToU8(odsContent(sheets)) });
}
