// One inspection two releases date differently is one judgement: the newer release's date stands,
// and no "previous" judgement is made up from the older release's copy.
import { describe, expect, it } from "vitest";
import { dedupeJudgements } from "../../src/statistics/dedupe.ts";
import type { Judgement } from "../../src/statistics/records.ts";
import { seedCore } from "../helpers/seedCore.ts";

const OLDER = { id: "care-data-2023", title: "Care data 2023", date: "2023-07-20" };
const NEWER = { id: "outcomes-2025", title: "Outcomes 2025", date: "2025-09-25" };

function judgement(grade: string, published: string, source: typeof OLDER, extra: Partial<Judgement> = {}): Judgement {
  return { council: "Barsetshire", grade, gradeText: grade, framework: "ILACS", published, source, cell: { file: `${source.id}.ods`, row: 7, column: "C", header: "Overall" }, ...extra };
}

describe("an inspection two releases date differently", () => {
  it("is one judgement, dated as the newer release dates it, with the older one's extra fields", () => {
    const merged = dedupeJudgements([
      judgement("requires improvement", "2019-01-07", NEWER),
      judgement("inadequate", "2022-11-05", OLDER, { subJudgements: { Leaders: "Requires improvement" } }),
      judgement("inadequate", "2022-09-05", NEWER, { inspected: "2022-07-11" }),
    ]);
    expect(merged.map((kept) => [kept.grade, kept.published])).toEqual([
      ["requires improvement", "2019-01-07"],
      ["inadequate", "2022-09-05"],
    ]);
    expect(merged[1]).toMatchObject({ inspected: "2022-07-11", subJudgements: { Leaders: "Requires improvement" }, source: NEWER });
  });

  it("stays two judgements when the grades differ, the dates are far apart, or one release holds both", () => {
    expect(dedupeJudgements([judgement("inadequate", "2022-09-05", NEWER), judgement("requires improvement", "2022-11-05", OLDER)])).toHaveLength(2);
    expect(dedupeJudgements([judgement("inadequate", "2019-09-05", OLDER), judgement("inadequate", "2022-09-05", NEWER)])).toHaveLength(2);
    expect(dedupeJudgements([judgement("inadequate", "2022-09-05", NEWER), judgement("inadequate", "2022-11-05", NEWER)])).toHaveLength(2);
  });

  it("leaves the shipped releases with no such pair: Nottingham's 2022 judgement is once, after its 2019 one", async () => {
    const core = await seedCore();
    const nottingham = core.archive.judgements.filter((kept) => kept.council === "Nottingham" && kept.framework === "ILACS");
    expect(nottingham.map((kept) => [kept.grade, kept.published])).toEqual([
      ["requires improvement", "2019-01-07"],
      ["inadequate", "2022-09-05"],
    ]);
    expect(core.answer("Nottingham").message ?? "").toMatch(/Previous: Requires improvement/i);
  });
});
