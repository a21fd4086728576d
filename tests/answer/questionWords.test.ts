// A question's own words: "how long" asks, it names nothing; a council named beside a topic is a
// place for the lookup, not a near miss for another council; and "No article uses X" names only
// words no sentence of the archive holds. Shaped like the council-inspection trial's misses.
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answer/answer.ts";
import { extractArchiveParts, indexArchive } from "../../src/archive/buildArchive.ts";
import { findCouncil } from "../../src/answer/official/councilNames.ts";
import { articleOf } from "../helpers/articles.ts";

const article = articleOf(
  "sunderland-waits",
  "Inspectors criticise Sunderland's front door",
  "2023-05-04",
  "Inspectors visited Sunderland City Council's children's services in March.",
  "Some children waited up to five weeks to be seen by a social worker.",
);
const answer = createAnswerer(indexArchive(extractArchiveParts([article])));

describe("a question form", () => {
  it("'how long' names nothing: the figure that answers it comes back", () => {
    const reply = answer("how long did children in Sunderland wait to be seen by a social worker");
    expect(reply.status).toBe("found");
    expect(reply.figures[0]).toMatchObject({ text: "five", unit: "weeks" });
  });
});

describe("No article uses X", () => {
  it("is said only of words no sentence holds, never of a council named in a sentence without a figure", () => {
    const reply = answer("Sunderland plumbers");
    expect(reply.message ?? "").toContain("“plumbers”");
    expect(reply.message ?? "").not.toMatch(/No article uses[^.]*sunderland/i);
  });
});

describe("a council named beside other words", () => {
  it("is that council or none, never a near miss for another", () => {
    expect(findCouncil("Nottingham wait")).toBeUndefined();
    expect(findCouncil("Nottingham City")?.name).toBe("Nottingham");
    expect(findCouncil("Leeds City")?.name).toBe("Leeds");
    expect(findCouncil("Notingham")?.name).toBe("Nottingham");
    expect(findCouncil("north yorks")?.name).toBe("North Yorkshire");
    expect(findCouncil("County Durham")?.name).toBe("Durham");
  });
});

describe("a word the archive uses", () => {
  it("is no misspelt speaker: 'faster' finds the quote, not Foster's quotes", () => {
    const quotes = createAnswerer(
      indexArchive(
        extractArchiveParts([
          articleOf("reform", "Reform must go further", "2023-02-02", "Josh MacAlister said: \"The plan must go further and faster if it is to work for children.\"", "Julie Foster, a charity director, said: \"Families need help now, not in five years.\""),
        ]),
      ),
    );
    const answer = quotes("who said go further and faster");
    expect(answer.quotes.map((quote) => quote.speaker)).toEqual(["Josh MacAlister"]);
    // A name typed as spelt still finds its speaker.
    expect(quotes("quote Foster").quotes.map((quote) => quote.speaker)).toEqual(["Julie Foster"]);
  });

  it("nor is an English word found inside a name: 'man' is no part of 'Spielman' (hry127)", () => {
    const quotes = createAnswerer(
      indexArchive(
        extractArchiveParts([
          articleOf("crisis", "A crisis of places", "2025-12-02", "Amanda Spielman said: \"We need more homes.\"", "Dr Mark Kerr, chief executive of the association, said: \"This is not a natural disaster; it is a man-made crisis.\""),
        ]),
      ),
    );
    expect(quotes("who said man-made crisis").quotes.map((quote) => quote.speaker)).toEqual(["Dr Mark Kerr"]);
    expect(quotes("quote Spielman").quotes.map((quote) => quote.speaker)).toEqual(["Amanda Spielman"]);
  });
});

describe("a catalogue's words in a question", () => {
  const fostering = createAnswerer(
    indexArchive(extractArchiveParts([articleOf("ifas", "IFAs shape the sector", "2023-11-30", "The use of IFAs for mainstream foster care is growing, with the sector now accounting for 41% of fostering households in 2023, up from 38% in 2019.")])),
  );

  it("'share' is asked, never corrected to an archive word", () => {
    const reply = fostering("what share of fostering households 2023");
    expect(reply.message ?? "").not.toMatch(/shape|sharp/);
    expect(reply.figures[0]?.text).toBe("41%");
  });

  it("a catalogue phrase the archive says otherwise ('independent fostering agencies' for 'IFAs') does not empty the answer", () => {
    const reply = fostering("what share of fostering households were with independent fostering agencies in 2023");
    expect(reply.status).toBe("found");
    expect(reply.figures[0]?.text).toBe("41%");
  });
});
