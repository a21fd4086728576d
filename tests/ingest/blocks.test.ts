// Plain text and Markdown bodies into blocks: a list written with no blank lines between its items
// is one item per bullet, so each item's figures are read with that item's own words.
import { describe, expect, it } from "vitest";
import { textToBlocks } from "../../src/ingest/blocks.ts";
import { extractArticle } from "../../src/archive/buildArchive.ts";

describe("a list with no blank lines between its items", () => {
  it("is one block per bullet, a wrapped line joining the item above it", () => {
    expect(textToBlocks("Regional picture, September 2020:\n\n- London: agency rate 24.1%\n- North East: agency rate 7.9%,\n  the lowest\n* South West: 12%")).toEqual([
      { kind: "paragraph", text: "Regional picture, September 2020:" },
      { kind: "list-item", text: "London: agency rate 24.1%" },
      { kind: "list-item", text: "North East: agency rate 7.9%, the lowest" },
      { kind: "list-item", text: "South West: 12%" },
    ]);
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
