// Plain text and Markdown bodies into blocks: a list written with no blank lines between its items
// is one item per bullet, so each item's figures are read with that item's own words; a price in
// the story stays, an offer's price is chrome.
import { describe, expect, it } from "vitest";
import { textToBlocks } from "../../src/ingest/blocks.ts";
import { stripChrome } from "../../src/ingest/chrome.ts";
import { extractArticle } from "../../src/archive/buildArchive.ts";
import { readHtml, readMarkdown } from "../../src/ingest/formats.ts";

describe("a list with no blank lines between its items", () => {
  it("is one block per bullet, a wrapped line joining the item above it", () => {
    expect(textToBlocks("Regional picture, September 2020:\n\n- London: agency rate 24.1%\n- North East: agency rate 7.9%,\n  the lowest\n* South West: 12%")).toEqual([
      { kind: "paragraph", text: "Regional picture, September 2020:" },
      { kind: "list-item", text: "London: agency rate 24.1%" },
      { kind: "list-item", text: "North East: agency rate 7.9%, the lowest" },
      { kind: "list-item", text: "South West: 12%" },
    ]);
  });

  it("starts under its lead-in line even with no blank line between them", () => {
    expect(textToBlocks("Caseloads in 2022-23\n- Referrals: 640,100 (up 2.1%)\n- Assessments: 628,300\n\nThe figures rose again.")).toEqual([
      { kind: "heading", text: "Caseloads in 2022-23" },
      { kind: "list-item", text: "Referrals: 640,100 (up 2.1%)" },
      { kind: "list-item", text: "Assessments: 628,300" },
      { kind: "paragraph", text: "The figures rose again." },
    ]);
    // One line that merely opens with a dash is no list.
    expect(textToBlocks("The council said\n- after a pause - that it would appeal.")).toEqual([{ kind: "paragraph", text: "The council said - after a pause - that it would appeal." }]);
  });

  it("gives each item's figures the item's place, and the lead-in's date", () => {
    const blocks = textToBlocks("Regional picture, September 2020:\n\n- London: agency rate 24.1%, vacancy rate 21.0%, caseload 15.2\n- North East: agency rate 7.9%, vacancy rate 9.5%, caseload 17.6");
    const { figures } = extractArticle({ source: { id: "r", title: "Regions", date: "2021-02-25" }, file: "r.md", blocks, hash: "0" });
    expect(figures.map((figure) => [figure.text, figure.measure?.indicator, figure.geography, figure.period])).toEqual([
      ["24.1%", "agency-rate", "London", "2020"],
      ["21.0%", "vacancy-rate", "London", "2020"],
      ["15.2", "caseload", "London", "2020"],
      ["7.9%", "agency-rate", "North East", "2020"],
      ["9.5%", "vacancy-rate", "North East", "2020"],
      ["17.6", "caseload", "North East", "2020"],
    ]);
  });
});

const TABLE = [
  "Overall effectiveness, as at 31 March 2022:",
  "",
  "| Provider | Outstanding | Good | Requires improvement | Inadequate |",
  "|---|---|---|---|---|",
  "| Children's homes | 301 | 1,911 | 480 | 74 |",
  "| Councils | 22 | 61 | 52 | 16 |",
].join("\n");

describe("a table", () => {
  it("is one block per row, verbatim, with the table's column headings", () => {
    expect(textToBlocks(TABLE).slice(1)).toEqual([
      { kind: "table-row", text: "| Children's homes | 301 | 1,911 | 480 | 74 |", header: ["Provider", "Outstanding", "Good", "Requires improvement", "Inadequate"] },
      { kind: "table-row", text: "| Councils | 22 | 61 | 52 | 16 |", header: ["Provider", "Outstanding", "Good", "Requires improvement", "Inadequate"] },
    ]);
  });

  it("gives each cell the measure its column heading and its row's label say, and the row as its sentence", () => {
    const { figures } = extractArticle({ source: { id: "t", title: "Grades", date: "2022-07-07" }, file: "t.md", blocks: textToBlocks(TABLE), hash: "0" });
    expect(figures.map((figure) => [figure.text, figure.measure?.indicator, figure.measure?.population, figure.period])).toEqual([
      ["301", "outstanding", "childrens-homes", "2022"],
      ["1,911", "good", "childrens-homes", "2022"],
      ["480", "requires-improvement", "childrens-homes", "2022"],
      ["74", "inadequate", "childrens-homes", "2022"],
      ["22", "outstanding", "councils", "2022"],
      ["61", "good", "councils", "2022"],
      ["52", "requires-improvement", "councils", "2022"],
      ["16", "inadequate", "councils", "2022"],
    ]);
    for (const figure of figures) expect(figure.sentence).toContain(`| ${figure.text} |`);
  });

  it("reads an HTML table the same way, its first row as the header", () => {
    const html = `<html><head><title>Grades</title></head><body><article><h1>Grades</h1><p>Overall effectiveness, as at 31 March 2022:</p><table><tr><th>Provider</th><th>Outstanding</th><th>Inadequate</th></tr><tr><td>Councils</td><td>22</td><td>16</td></tr></table></article></body></html>`;
    const result = readHtml(html);
    if (!result.ok) throw new Error(result.reason);
    expect(result.value.blocks.at(-1)).toEqual({ kind: "table-row", text: "| Councils | 22 | 16 |", header: ["Provider", "Outstanding", "Inadequate"] });
  });
});

describe("a price by the week in the story", () => {
  it("is kept with its paragraph; an offer's price is chrome", () => {
    const article = { source: { id: "p", title: "Placement costs", date: "2024-02-01" }, file: "p.md", hash: "p" };
    const figures = (text: string) => extractArticle({ ...article, blocks: stripChrome(textToBlocks(text)) }).figures.map((figure) => figure.text);
    expect(figures("A council paid £38,500 a week for a single placement, and 14 children were placed out of area in 2023.")).toEqual(["£38,500", "14"]);
    expect(figures("Subscribe today for just £1 a week for your first three months.\n\nNine councils were rated inadequate in 2023.")).toEqual(["Nine"]);
  });
});

describe("paragraphs set apart as quotations", () => {
  it("are marked in Markdown ('> ') and HTML (blockquote), and no other paragraph is", () => {
    const markdown = readMarkdown('---\ntitle: "Adoption figures"\ndate: 2014-09-30\n---\n\nThe minister, Ann Bell, said:\n\n> It is great to see adoptions rise.\n\nThe new figures follow reforms.\n');
    const html = readHtml("<html><body><article><h1>Adoption figures</h1><p>The minister, Ann Bell, said:</p><blockquote><p>It is great to see adoptions rise.</p></blockquote><p>The new figures follow reforms.</p></article></body></html>");
    for (const result of [markdown, html]) {
      if (!result.ok) throw new Error(result.reason);
      expect(result.value.blocks.map((block) => [block.text, block.quoted === true])).toEqual([
        ["The minister, Ann Bell, said:", false],
        ["It is great to see adoptions rise.", true],
        ["The new figures follow reforms.", false],
      ]);
    }
  });
});
