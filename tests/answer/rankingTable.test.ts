// The ranking reads each hit's figures from flat arrays instead of the objects: the arrays must
// say exactly what the objects say, figure by figure, or a lookup would rank on the wrong values.

import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core.ts";
import { FIELD, FIELDS, NONE, NUMBER_KIND, rankingTable, UNKNOWN } from "../../src/answer/rankingTable.ts";
import { isLocalPlace, unitKindOf } from "../../src/measure/same.ts";
import { seedCore } from "../helpers/seedCore.ts";
import type { Figure } from "../../src/types.ts";

function kindOf(figure: Figure): number {
  const kind = unitKindOf(figure);
  return kind === "count" ? NUMBER_KIND.count : kind === "share" ? NUMBER_KIND.share : kind === "rate" ? NUMBER_KIND.rate : NUMBER_KIND.other;
}

let core: Core;
beforeAll(async () => {
  core = await seedCore();
});

describe("rankingTable", () => {
  it("gives each doc its quote or its figures, as the archive's docs do", () => {
    const { archive } = core;
    const table = rankingTable(archive);
    expect(archive.docs.some((doc) => doc.kind === "quote")).toBe(true);
    archive.docs.forEach((doc, d) => {
      const figures = Array.from(table.figureIds.subarray(table.figureStart[d]!, table.figureStart[d + 1]!));
      if (doc.kind === "quote") expect([table.docQuote[d], figures]).toEqual([doc.quote, []]);
      else expect([table.docQuote[d], figures]).toEqual([NONE, doc.figures]);
    });
  });

  it("holds each figure's indicator, population, place, period and unit", () => {
    const { archive } = core;
    const table = rankingTable(archive);
    const name = (values: readonly string[], id: number) => (id === NONE ? undefined : values[id]);
    expect(archive.figures.some((figure) => figure.geography !== undefined && figure.measure?.population !== undefined)).toBe(true);
    archive.figures.forEach((figure, f) => {
      expect({
        indicator: name(table.indicators.values, table.indicator[f]!),
        population: name(table.populations.values, table.population[f]!),
        geography: name(table.geographies.values, table.geography[f]!),
        period: name(table.periods.values, table.period[f]!),
        kind: table.kind[f],
      }).toEqual({ indicator: figure.measure?.indicator || undefined, population: figure.measure?.population, geography: figure.geography, period: figure.period, kind: kindOf(figure) });
    });
  });

  it("holds the same fields again in doc order, side by side, with whether the place is local", () => {
    const { archive } = core;
    const table = rankingTable(archive);
    archive.docs.forEach((doc, d) => {
      expect(Array.from(table.docSpans.subarray(3 * d, 3 * d + 3))).toEqual([table.docQuote[d], table.figureStart[d], table.figureStart[d + 1]]);
      for (let at = table.figureStart[d]!; at < table.figureStart[d + 1]!; at++) {
        const f = table.figureIds[at]!;
        const geography = table.geography[f]!;
        const local = geography !== NONE && isLocalPlace(table.geographies.values[geography]);
        const fields = Array.from(table.fieldsAt.subarray(FIELDS * at, FIELDS * (at + 1)));
        expect(fields).toEqual([table.indicator[f], table.population[f], geography, table.period[f], table.kind[f], local ? 1 : 0]);
        expect([fields[FIELD.indicator], fields[FIELD.period], fields[FIELD.local]]).toEqual([table.indicator[f], table.period[f], local ? 1 : 0]);
      }
    });
  });

  it("gives a value no figure carries an id no figure has", () => {
    const table = rankingTable(core.archive);
    expect(table.indicators.idOf("no-such-indicator")).toBe(UNKNOWN);
    expect(table.periods.idOf(core.archive.figures[0]!.period!)).toBe(table.period[0]);
  });

  it("is built once per archive", () => {
    expect(rankingTable(core.archive)).toBe(rankingTable(core.archive));
  });
});
