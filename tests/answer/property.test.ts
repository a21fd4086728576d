// Arbitrary input never breaks the core or the terminal renderer.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { renderJson, renderText } from "../../adapters/cli/render.ts";
import { parseCommand } from "../../src/answer/parseCommand.ts";
import type { Core } from "../../src/core.ts";
import { seedCore } from "../helpers/seedCore.ts";

let core: Core;
beforeAll(async () => {
  core = await seedCore();
});

const commandWord = fc.constantFrom("", "check ", "trend ", "quote ", "sources ", "help ", "/ofsted ", "CHECK: ");
const hostile = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 100 }),
  fc.string({ unit: "binary", maxLength: 100 }),
  fc.constantFrom("<!channel>", "<@U123>", "@everyone", "((a+)+)+$", "\u202e\u200b", "2016-13", "1900 to 2100", "one in 0", "0%", "NaN", "Infinity", "-1e308"),
);
const query = fc.tuple(commandWord, fc.array(hostile, { maxLength: 4 })).map(([command, parts]) => command + parts.join(" "));

describe("the core, for any input", () => {
  it("parses without throwing and always returns a result", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (text) => {
        const parsed = parseCommand(text);
        expect(parsed.ok ? parsed.command.query : parsed.message).toBeTypeOf("string");
      }),
      { numRuns: 2000 },
    );
  });

  it("answers with a well-formed Answer whose figures are verbatim in their sentences", () => {
    fc.assert(
      fc.property(query, (text) => {
        const answer = core.answer(text);
        expect(["found", "nearest", "none", "usage"]).toContain(answer.status);
        expect(Array.isArray(answer.figures) && Array.isArray(answer.quotes)).toBe(true);
        expect(answer.message ?? "").not.toMatch(/\n\s+at /);
        for (const figure of answer.figures) expect(figure.sentence).toContain(figure.text);
        expect(JSON.parse(renderJson(answer))).toEqual(JSON.parse(JSON.stringify(answer)));
      }),
      { numRuns: 1500 },
    );
  });

  it("renders any answer for the terminal without control characters", () => {
    fc.assert(
      fc.property(query, (text) => {
        const rendered = renderText(core.answer(text));
        for (const character of rendered) {
          const code = character.codePointAt(0)!;
          expect(code === 10 || code >= 32).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
