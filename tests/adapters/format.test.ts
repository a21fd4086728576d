// How every renderer names a quote's speaker (adapters/shared/format.ts).
import { describe, expect, it } from "vitest";
import { speakerLine } from "../../adapters/shared/format.ts";
import type { Quote } from "../../src/types.ts";

const source = { id: "a", title: "Article" };

describe("speakerLine", () => {
  it("names the speaker and role, says when nobody is named, and warns when the stored article cut the quote off", () => {
    const quote: Quote = { text: "We will act.", speaker: "Jane Lee", role: "director", source };
    expect(speakerLine(quote)).toBe("Jane Lee, director");
    expect(speakerLine({ ...quote, speaker: null })).toBe("speaker not stated");
    expect(speakerLine({ ...quote, cutOff: true })).toBe("Jane Lee, director (cut off where the stored article ends)");
  });
});
