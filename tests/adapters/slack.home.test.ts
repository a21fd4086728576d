// The App Home tab by exact JSON: what the archive holds, when it was loaded, the shortcut, the commands.

import { describe, expect, it } from "vitest";
import { renderHomeView } from "../../adapters/slack/home.ts";
import type { Answer } from "../../src/types.ts";

const sources: Answer = {
  query: "sources",
  intent: "sources",
  status: "found",
  figures: [],
  quotes: [],
  sources: [
    { source: { id: "a", title: "Strong leadership vital", publisher: "Ofsted", date: "2016-06-28", url: "http://ift.tt/294LtRv" }, figures: 9, quotes: 6 },
    { source: { id: "b", title: "Instability <!here>", publisher: "CYP Now", date: "2013-10-15" }, figures: 1, quotes: 0 },
    { source: { id: "c", title: "Undated piece" }, figures: 0, quotes: 1 },
  ],
};

const help: Answer = {
  query: "help",
  intent: "help",
  status: "found",
  figures: [],
  quotes: [],
  commands: [
    { command: "<topic> [year]", description: "Figures and quotes on a topic.", example: "inadequate 2016" },
    { command: "check <claim>", description: "Checks every figure in a claim.", example: "check one in five councils were rated inadequate in 2013" },
  ],
};

describe("renderHomeView", () => {
  it("shows the articles and their date range, statistics, the load time, the shortcut and the commands", () => {
    const view = renderHomeView({ sources, help, loadedAt: new Date("2026-12-06T02:31:45Z") });
    expect(view).toEqual({
      type: "home",
      blocks: [
        { type: "header", text: { type: "plain_text", text: "What the archive holds" } },
        { type: "section", text: { type: "mrkdwn", text: "*3 articles*, 15 October 2013 to 28 June 2016." } },
        { type: "section", text: { type: "mrkdwn", text: "• <http://ift.tt/294LtRv|Strong leadership vital> · Ofsted · 28 June 2016\n• Instability &lt;!here&gt; · CYP Now · 15 October 2013\n• Undated piece" } },
        { type: "section", text: { type: "mrkdwn", text: "*Official statistics:* none in the archive yet." } },
        { type: "context", elements: [{ type: "mrkdwn", text: "Last updated 6 December 2026 at 02:31 UTC. The archive reloads by itself when articles are added." }] },
        { type: "divider" },
        { type: "header", text: { type: "plain_text", text: "Check a draft: Check figures" } },
        {
          type: "section",
          text: {
            type: "mrkdwn",
            text: "Hover over any message with figures in it — a reporter's draft, a pasted story — open *⋮ More actions* and choose *Check figures*.\n\nEvery figure in the message is checked against the archive: contradicted ones first, with what the sources say and where. Only you see the result; *Share in thread* posts it under the message for the desk.\n\nNot in the menu? Choose *More message shortcuts…* once and search for it; Slack then keeps it near the top.",
          },
        },
        { type: "divider" },
        { type: "header", text: { type: "plain_text", text: "Ask" } },
        { type: "section", text: { type: "mrkdwn", text: "Type these after `/ofsted` (only you see the answer, until you press *Share in channel*), mention `@ofsted-bot` in a channel, or send them here as a direct message." } },
        { type: "section", text: { type: "mrkdwn", text: "• `/ofsted inadequate 2016` — Figures and quotes on a topic.\n• `/ofsted check one in five councils were rated inadequate in 2013` — Checks every figure in a claim." } },
      ],
    });
  });

  it("lists statistics releases when the archive holds them, and says when it is still loading", () => {
    const view = renderHomeView({ sources: { ...sources, sources: [] }, help, statistics: [{ title: "Children's social care data 2024", date: "2024-11-21" }] });
    const texts = view.blocks.map((block) => JSON.parse(JSON.stringify(block)) as { text?: { text: string }; elements?: { text: string }[] }).map((block) => block.text?.text ?? block.elements?.map((element) => element.text).join("") ?? "");
    expect(texts).toContain("*No articles yet.* Add some with `npm run ingest`.");
    expect(texts).toContain("*Official statistics:* 1 release\n• Children's social care data 2024 · 21 November 2024");
    expect(texts.join("\n")).toContain("The archive is still loading.");
  });
});
