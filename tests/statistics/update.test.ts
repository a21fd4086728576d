// npm run stats:update against a local server standing in for explore-education-statistics and
// GOV.UK: a new edition with a changed layout replaces the file, a broken one and one missing a
// column keep the previous edition with the reason, an identical one is left alone.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCsv } from "../../src/statistics/csv.ts";
import { updateStatistics } from "../../src/statistics/update/updateReleases.ts";
import { loadStatistics } from "../../src/statistics/loadStatistics.ts";
import { silentLogger } from "../../src/types.ts";
import { changedLayoutOds } from "../helpers/releaseFixtures.ts";
import { tempCorpusDir } from "../helpers/tempDir.ts";

const SHIPPED = path.join("corpus", "statistics");
const shipped = (file: string) => readFileSync(path.join(SHIPPED, file));

function csvRows(file: string): string[][] {
  const read = readCsv(shipped(file));
  if (!read.ok) throw new Error(read.reason);
  return read.value.rows.map((row) => Array.from(row.cells, (cell) => cell?.text ?? ""));
}

const csvLine = (row: string[]) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(",");

/** The CIN file with its columns reversed (still found by name), one value revised and a new year. */
function changedCinCsv(): string {
  const rows = csvRows("c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv").map((row) => [...row, ...Array<string>(21 - row.length).fill("")]);
  const header = rows[0]!;
  const referral = header.indexOf("referral_count");
  const national2025 = rows.find((row) => row[0] === "2025" && row[2] === "National")!;
  const revised = rows.map((row) => (row === national2025 ? row.map((cell, i) => (i === referral ? "632900" : cell)) : row));
  const added = national2025.map((cell, i) => (i === 0 ? "2026" : i === referral ? "640000" : cell));
  return [...revised, added].map((row) => csvLine([...row].reverse())).join("\n") + "\n";
}

/** The workforce file without its turnover column. */
function cswwWithoutTurnover(): string {
  const rows = csvRows("csww_indicators_2017_to_2025.csv");
  const turnover = rows[0]!.indexOf("turnover_rate_fte");
  return rows.map((row) => csvLine(row.filter((_, i) => i !== turnover))).join("\n") + "\n";
}

const DATA_SETS: Record<string, { publication: string; title: string; body: () => Uint8Array | string }> = {
  "ds-cin": { publication: "Characteristics of children in need", title: "Referrals and re-referrals", body: changedCinCsv },
  "ds-csww": { publication: "Children's social work workforce", title: "Workforce indicators", body: cswwWithoutTurnover },
  "ds-cla": { publication: "Children looked after in England including adoptions", title: "Number and rate per 10,000 children", body: () => shipped("cla_number_and_rate_per_10k_children.csv") },
};

let server: Server;
let base: string;
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    requests.push(`${url.pathname}${url.search}`);
    const json = (body: unknown) => response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
    const publications = [...new Set(Object.values(DATA_SETS).map((set) => set.publication))];
    if (url.pathname === "/ees/publications") return json({ results: publications.filter((title) => title.toLowerCase() === url.searchParams.get("search")?.toLowerCase()).map((title) => ({ id: `pub-${publications.indexOf(title)}`, title })) });
    const sets = /^\/ees\/publications\/pub-(\d+)\/data-sets$/.exec(url.pathname);
    if (sets) return json({ results: Object.entries(DATA_SETS).filter(([, set]) => set.publication === publications[Number(sets[1])]).map(([id, set]) => ({ id, title: set.title, latestVersion: { version: "2.1" } })) });
    const csv = /^\/ees\/data-sets\/([\w-]+)\/csv$/.exec(url.pathname);
    if (csv && DATA_SETS[csv[1]!] && url.searchParams.get("dataSetVersion") === "2.1") return response.writeHead(200, { "content-type": "text/csv" }).end(DATA_SETS[csv[1]!]!.body());
    if (url.pathname === "/govuk/government/statistics/local-authority-inspection-outcomes-as-at-31-march-2026") return response.writeHead(200).end(`<a href="/media/abc/LA_Inspection_Outcomes_as_at_31_March_2026.ods">ODS</a>`);
    if (url.pathname === "/media/abc/LA_Inspection_Outcomes_as_at_31_March_2026.ods") return response.writeHead(200).end(changedLayoutOds());
    if (url.pathname === "/govuk/government/statistics/childrens-social-care-in-england-2024") return response.writeHead(200).end(`<a href="/media/def/Childrens_social_care_in_England_2024.ods">ODS</a>`);
    if (url.pathname === "/media/def/Childrens_social_care_in_England_2024.ods") return response.writeHead(200).end(shipped("Childrens_social_care_in_England_2023_underlying_data.ods").subarray(0, 500_000));
    response.writeHead(404).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("stats:update", () => {
  it("replaces what reads, keeps what does not with the reason, and says what changed", async () => {
    const corpus = tempCorpusDir("update");
    mkdirSync(path.join(corpus, "statistics"), { recursive: true });
    for (const file of readdirSync(SHIPPED)) copyFileSync(path.join(SHIPPED, file), path.join(corpus, "statistics", file));
    const before = shipped("csww_indicators_2017_to_2025.csv");
    const result = await updateStatistics(corpus, { eesApiUrl: `${base}/ees`, govukUrl: `${base}/govuk` });
    if (!result.ok) throw new Error(result.reason);
    const byFile = Object.fromEntries(result.value.map((outcome) => [outcome.file, outcome]));

    expect(byFile["LA_Inspection_Outcomes_as_at_31_March_2026.ods"]).toMatchObject({ status: "updated", message: expect.stringMatching(/replaces LA_Inspection_Outcomes_as_at_31_March_2025\.ods.*new periods 2026/) });
    expect(existsSync(path.join(corpus, "statistics", "LA_Inspection_Outcomes_as_at_31_March_2025.ods"))).toBe(false);

    expect(byFile["c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv"]).toMatchObject({ status: "updated", message: expect.stringMatching(/new periods 2025-26.*revised values \(referrals, England, year to 31 March 2025: 632830 → 632900/) });

    expect(byFile["csww_indicators_2017_to_2025.csv"]).toMatchObject({ status: "kept", message: expect.stringMatching(/kept the previous edition — the new edition lacks turnover \(column “turnover_rate_fte”\)/) });
    expect(readFileSync(path.join(corpus, "statistics", "csww_indicators_2017_to_2025.csv")).equals(before)).toBe(true);

    expect(byFile["Childrens_social_care_in_England_2023_underlying_data.ods"]).toMatchObject({ status: "kept", message: expect.stringMatching(/cannot be read: content\.xml ends early/) });
    expect(byFile["cla_number_and_rate_per_10k_children.csv"]).toMatchObject({ status: "unchanged" });
    expect(requests).toContain("/ees/data-sets/ds-cla/csv?dataSetVersion=2.1");

    const releases = JSON.parse(readFileSync(path.join(corpus, "statistics", "releases.json"), "utf8")).releases;
    expect(releases["LA_Inspection_Outcomes_as_at_31_March_2026.ods"]).toMatchObject({ title: "Local authority inspection outcomes as at 31 March 2026", date: "2026-09-24", update: { page: "/government/statistics/local-authority-inspection-outcomes-as-at-31-march-2026" } });
    expect(releases["c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv"].update).toMatchObject({ dataSetId: "ds-cin", dataSetVersion: "2.1" });
    expect(readdirSync(path.join(corpus, "statistics")).filter((file) => file.startsWith("."))).toEqual([]);

    // The next index reads the new editions with no code change.
    const loaded = loadStatistics(corpus, silentLogger);
    expect(loaded.problems).toEqual([]);
    expect(loaded.official.some((figure) => figure.metric === "referrals" && figure.period === "2025-26" && figure.value === 640000)).toBe(true);
    expect(loaded.judgements.find((judgement) => judgement.council === "Norfolk" && judgement.published === "2026-02-01")?.grade).toBe("inadequate");
  }, 60_000);
});
