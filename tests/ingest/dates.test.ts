import { describe, expect, it } from "vitest";
import { parseDateLine, parseDateValue } from "../../src/ingest/dates.ts";

describe("parseDateLine", () => {
  it.each([
    ["Tuesday, 28 June 2016", "2016-06-28"],
    ["21 OCT 2013", "2013-10-21"],
    ["Tuesday, October 15, 2013", "2013-10-15"],
    ["28 June 2016", "2016-06-28"],
    ["Oct 15 2013", "2013-10-15"],
    ["3rd July 2017", "2017-07-03"],
    ["2016-06-28", "2016-06-28"],
  ])("reads %s", (line, iso) => {
    expect(parseDateLine(line)).toBe(iso);
  });

  it.each(["31 June 2016", "Published on 28 June 2016 by Ofsted", "28 Juneish 2016", "", "2013", "12 December"])("rejects %j", (line) => {
    expect(parseDateLine(line)).toBeUndefined();
  });

  it("takes YAML dates and date-times from front matter", () => {
    expect(parseDateValue(new Date("2016-06-28T00:00:00Z"))).toBe("2016-06-28");
    expect(parseDateValue("2017-03-09T08:00:00Z")).toBe("2017-03-09");
    expect(parseDateValue(42)).toBeUndefined();
  });
});
