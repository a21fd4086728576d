// A trend's heading says what its series counts, not the words asked: "trend fostering households"
// that can only chain applications to foster says so (trial hry96 read "fostering households,
// 2 periods: 8,280; 8,010" as a fall in households). Sentences of our own.
import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core.ts";
import { fixtureCore } from "../helpers/fixtureCore.ts";

const ARTICLE = `---
title: "Fostering figures (test fixture)"
publisher: "Fixture News"
date: "2023-11-14"
---
The number of households applying to foster fell slightly, from 9,100 to 8,700, between 2021-22 and 2022-23.

On 31 March 2018, there were 44,100 fostering households in England.
`;

let core: Core;
beforeAll(async () => {
  core = await fixtureCore("trend-headings", { "fostering.md": ARTICLE });
}, 60_000);

describe("a trend's heading", () => {
  it("names the series' own measure when the topic named only its population", async () => {
    const answer = await core.answer("trend fostering households");
    expect(answer.status).toBe("found");
    expect(answer.series?.map((figure) => figure.value)).toEqual([9100, 8700]);
    expect(answer.message?.startsWith("applications to foster, 2 periods")).toBe(true);
  });
});
