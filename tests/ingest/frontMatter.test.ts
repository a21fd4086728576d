import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { frontMatterFields, quotedFields } from "../../src/ingest/frontMatter.ts";

function yamlOrError(source: string): unknown {
  try {
    return parseYaml(source);
  } catch {
    return "error";
  }
}

const KEYS = ["title", "date", "author", "publisher", "url", "x-y", "a_b", "T1", "yes", "no", "on", "True", "NULL", "__proto__", "title"];
const VALUES = ['"A title"', '"2017-10-02"', '""', '"  spaced  "', '"ünï ✓ 😀"', '"a: b # c"', "\"it's\"", '"12"', '"[1, 2]"', '"&a"', '"*a"', '"!t"', '"null"', '"\u00a0x"'];
const quotedLine = fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(" ", "  "), fc.constantFrom(...VALUES), fc.constantFrom("", " "))
  .map(([key, gap, value, tail]) => `${key}:${gap}${value}${tail}`);

describe("front matter read without the YAML parser", () => {
  it("gives exactly what YAML gives whenever it reads the lines itself", () => {
    fc.assert(fc.property(fc.array(quotedLine, { minLength: 1, maxLength: 6 }), (lines) => {
      const source = lines.join("\n");
      const quick = quotedFields(source);
      if (quick) expect(quick).toEqual(yamlOrError(source));
    }), { numRuns: 2000 });
  });

  it("reads the usual `key: \"value\"` lines itself", () => {
    expect(quotedFields('title: "Inspectors find failings"\ndate: "2017-10-02"\nurl: "https://x.org/a#b"')).toEqual({
      title: "Inspectors find failings",
      date: "2017-10-02",
      url: "https://x.org/a#b",
    });
  });

  it("leaves to YAML anything it could read differently", () => {
    for (const source of [
      "",
      'title: "with \\"escape\\""',
      'title: "x" # comment',
      "title: plain",
      "title: 'single'",
      'title: "tab\there"',
      'title: "x"\r',
      'title : "x"',
      'title:\t"x"',
      'true: "x"',
      '__proto__: "x"',
      'title: "x"\ntitle: "y"',
      'title: "x"\n\ndate: "y"',
      "- a\n- b",
    ]) {
      expect(quotedFields(source), source).toBeUndefined();
    }
  });

  it("keeps YAML's verdicts and messages for what it cannot read", () => {
    expect(frontMatterFields("title: [unclosed")).toMatchObject({ ok: false, reason: expect.stringMatching(/^front matter is not valid YAML/) });
    expect(frontMatterFields('title: "x"\ntitle: "y"')).toMatchObject({ ok: false, reason: expect.stringMatching(/^front matter is not valid YAML/) });
    expect(frontMatterFields("- a\n- b")).toEqual({ ok: false, reason: "front matter must be key: value pairs" });
    expect(frontMatterFields("just a string")).toEqual({ ok: false, reason: "front matter must be key: value pairs" });
    expect(frontMatterFields("")).toEqual({ ok: true, value: {} });
    expect(frontMatterFields("title: 2016\ndate: 2016-06-28")).toEqual({ ok: true, value: { title: 2016, date: "2016-06-28" } });
  });
});
