// An article and a query that try to ping a whole workspace: what reaches Slack must be inert text.

import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCore } from "../../src/core.ts";
import { silentLogger } from "../../src/types.ts";
import { tempCorpusDir } from "../helpers/tempDir.ts";
import { BOT_USER_ID, waitFor } from "./fakes/slackApi.ts";
import { startHarness, type SlackHarness } from "./fakes/slackHarness.ts";
import { commandBody, eventBody, FORM, JSON_TYPE, postSigned } from "./fakes/slackRequests.ts";

const ARTICLE = `---
title: "Council ratings <!here> & more"
publisher: "Local <@U123> Gazette"
date: "2015-07-01"
url: "https://example.org/ratings?a=1&b=<!channel>"
---
<!channel> 12 councils were rated inadequate in 2015. <@U123>
`;

const PINGS = ["<!channel>", "<!here>", "<!everyone>", "<@U123>"];

let dir: string;
let harness: SlackHarness;

beforeAll(async () => {
  dir = tempCorpusDir("slack");
  await mkdir(dir);
  await writeFile(path.join(dir, "ratings.md"), ARTICLE);
  const core = await createCore({ corpusDir: dir, logger: silentLogger });
  harness = await startHarness({ answer: core.answer });
});

afterAll(async () => {
  await harness?.stop();
});

/** What Slack renders as mrkdwn: the fallback text and the blocks. A button's value is data, never displayed. */
function rendered(message: Record<string, unknown> | undefined): string {
  const blocks = (message?.blocks as Array<{ type: string }> | undefined) ?? [];
  return JSON.stringify({ text: message?.text, blocks: blocks.filter((block) => block.type !== "actions") });
}

function expectInert(json: string): void {
  for (const ping of PINGS) expect(json).not.toContain(ping);
  expect(json).toContain("&lt;!channel&gt; 12 councils were rated inadequate in 2015. &lt;@U123&gt;");
  expect(json).toContain("Local &lt;@U123&gt; Gazette");
  // Our own link: the URL percent-encoded, the label escaped.
  expect(json).toContain("<https://example.org/ratings?a=1&amp;b=%3C!channel%3E|Council ratings &lt;!here&gt; &amp; more>");
}

describe("escaping", () => {
  it("keeps <!channel> in a slash-command query and in the article from pinging anyone", async () => {
    const ack = await postSigned(harness.url, commandBody("<!channel> inadequate 2015", harness.fake.responseUrl("ping")), { secret: harness.secret, contentType: FORM });
    expect(ack.status).toBe(200);
    const [response] = await waitFor(() => (harness.fake.responsesTo("ping").length > 0 ? harness.fake.responsesTo("ping") : undefined));
    const json = rendered(response?.body);
    expectInert(json);
    expect(json).toContain("“&lt;!channel&gt; inadequate” in 2015");
    // The Share button carries the query back verbatim, to be answered (and escaped) again.
    expect(JSON.stringify(response?.body.blocks)).toContain('"value":"<!channel> inadequate 2015"');
  });

  it("keeps mentions in an @mention's text and in the article inert in the threaded answer", async () => {
    const body = { type: "app_mention", user: "U0REPORTER", text: `<@${BOT_USER_ID}> <!here> inadequate 2015 <@U123>`, ts: "1700000900.000100", channel: "C0PING" };
    await postSigned(harness.url, eventBody("Ev-ping", body), { secret: harness.secret, contentType: JSON_TYPE });
    const [call] = await waitFor(() => {
      const calls = harness.fake.callsTo("chat.postMessage").filter((entry) => entry.params.channel === "C0PING");
      return calls.length > 0 ? calls : undefined;
    });
    expectInert(rendered(call?.params));
  });
});
