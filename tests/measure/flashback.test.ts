// An earlier day an article recalls ("Two years ago … At 31 March 2023, …") dates its own paragraph;
// the next paragraph is about the day the story is about again. An article of our own.
import { describe, expect, it } from "vitest";
import { buildArchive } from "../../src/archive/buildArchive.ts";
import { articleOf } from "../helpers/articles.ts";

describe("a day recalled in one paragraph", () => {
  it("dates that paragraph's figures, not the paragraphs after it", () => {
    const archive = buildArchive([
      articleOf(
        "grades",
        "Councils' grades",
        "2025-10-02",
        "At 31 March 2025, 35 councils were rated outstanding and 18 inadequate.",
        "Two years ago the picture was weaker. At 31 March 2023, just 24 councils were outstanding.",
        "Leadership was judged outstanding in 44 councils.",
      ),
    ]);
    const periodOf = (text: string) => archive.figures.find((figure) => figure.text === text)?.period;
    expect(periodOf("35")).toBe("2025");
    expect(periodOf("24")).toBe("2023");
    expect(periodOf("44")).toBe("2025");
  });

  it("but a year to the same day is no flashback", () => {
    const archive = buildArchive([
      articleOf("plans", "Plans", "2019-10-31", "At 31 March 2019, 52,000 children were on child protection plans.", "Councils received 650,000 referrals in the year to 31 March 2019.", "Social workers carried out 201,000 section 47 enquiries."),
    ]);
    expect(archive.figures.find((figure) => figure.text === "201,000")?.period).toBe("2018-19");
  });
});
