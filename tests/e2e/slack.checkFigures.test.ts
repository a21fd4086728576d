// "Check figures" end to end: signed message-shortcut payloads through real Bolt, the real core on
// the bundled corpus, the answer and the shared copy arriving at the fake response_url; the Home tab
// published through the fake Web API.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCore, type Core } from "../../src/core.ts";
import { silentLogger } from "../../src/types.ts";
import { SHARE_IN_THREAD } from "../../adapters/slack/checkReport.ts";
import { LIMITS } from "../../adapters/slack/render.ts";
import { waitFor, textOf, type BlockJson as Block } from "./fakes/slackApi.ts";
import { startHarness, type SlackHarness } from "./fakes/slackHarness.ts";
import { commandBody, eventBody, FORM, JSON_TYPE, messageShortcutBody, postSigned, shareActionBody } from "./fakes/slackRequests.ts";

let core: Core;
let harness: SlackHarness;

beforeAll(async () => {
  core = await createCore({ corpusDir: "corpus", logger: silentLogger });
  harness = await startHarness({ answer: core.answer, loadedAt: () => core.loadedAt });
});

afterAll(async () => {
  await harness?.stop();
});

/** Runs the shortcut on a message with `text` (as Slack sends it: &, <, > as entities) and returns the reply. */
async function checkFigures(text: string, id: string, message?: { ts: string; thread_ts?: string }) {
  const ack = await postSigned(harness.url, messageShortcutBody(text, harness.fake.responseUrl(id), message), { secret: harness.secret, contentType: FORM });
  expect(ack.status).toBe(200);
  expect(ack.ms).toBeLessThan(3000);
  const [response] = await waitFor(() => (harness.fake.responsesTo(id).length > 0 ? harness.fake.responsesTo(id) : undefined), 10_000);
  return { body: response!.body, blocks: response!.body.blocks as Block[] };
}

const PARAGRAPH = "One in five councils were rated inadequate in 2013, the report found. DCS turnover was a fifth in 2008-09.";

describe("Check figures (message shortcut)", () => {
  it("answers privately: the summary, the contradicted figure first with its sentence and source, then the supported one, and a Share in thread button", async () => {
    const { body, blocks } = await checkFigures(PARAGRAPH, "paragraph");
    expect(body.response_type).toBe("ephemeral");
    expect(body.text).toBe("2 figures: 1 contradicted, 1 supported");
    expect(blocks[0]?.text?.text).toBe("*2 figures: 1 contradicted, 1 supported*");
    const text = textOf(blocks);
    expect(text.indexOf("*CONTRADICTED*: “One in five”")).toBeGreaterThan(0);
    expect(text.indexOf("*SUPPORTED*: “a fifth”")).toBeGreaterThan(text.indexOf("*CONTRADICTED*"));
    expect(text).toContain(">One in five councils were rated inadequate in 2013, the report found.\n:x: *CONTRADICTED*");
    expect(text).toContain("For 2013 the sources say 13% (2013)");
    expect(text).toContain("Ofsted finds one in seven local authorities' children's services ‘inadequate' · 21 October 2013");
    expect(blocks.at(-1)).toMatchObject({ type: "actions", elements: [{ type: "button", action_id: SHARE_IN_THREAD.actionId, text: { text: "Share in thread" } }] });
  });

  it("quotes a sentence holding two figures once", async () => {
    const { blocks } = await checkFigures("DCS turnover was a fifth in 2008-09 and 34.2 per cent in 2012-13.", "one-sentence");
    const text = textOf(blocks);
    expect(text.split(">DCS turnover was a fifth").length - 1).toBe(1);
    expect(text).toContain("“34.2 per cent”");
  });

  it("posts the shared copy in the message's thread, without the button", async () => {
    const { blocks } = await checkFigures(PARAGRAPH, "to-thread", { ts: "1700000070.000100" });
    const key = blocks.at(-1)?.elements?.[0]?.value ?? "";
    const click = await postSigned(harness.url, shareActionBody(key, harness.fake.responseUrl("in-thread"), SHARE_IN_THREAD.actionId), { secret: harness.secret, contentType: FORM });
    expect(click.status).toBe(200);
    const [shared] = await waitFor(() => (harness.fake.responsesTo("in-thread").length > 0 ? harness.fake.responsesTo("in-thread") : undefined));
    expect(shared?.body).toMatchObject({ response_type: "in_channel", replace_original: false, thread_ts: "1700000070.000100" });
    expect(shared?.body.blocks).toEqual(blocks.slice(0, -1));
  });

  it("shares a draft that is itself a reply under the thread's first message", async () => {
    const { blocks } = await checkFigures(PARAGRAPH, "reply-draft", { ts: "1700000080.000200", thread_ts: "1700000080.000100" });
    const key = blocks.at(-1)?.elements?.[0]?.value ?? "";
    await postSigned(harness.url, shareActionBody(key, harness.fake.responseUrl("reply-shared"), SHARE_IN_THREAD.actionId), { secret: harness.secret, contentType: FORM });
    const [shared] = await waitFor(() => (harness.fake.responsesTo("reply-shared").length > 0 ? harness.fake.responsesTo("reply-shared") : undefined));
    expect(shared?.body.thread_ts).toBe("1700000080.000100");
  });

  it("says privately when a share button has expired, and posts nothing in the channel", async () => {
    await postSigned(harness.url, shareActionBody("0123456789abcdef", harness.fake.responseUrl("stale-share"), SHARE_IN_THREAD.actionId), { secret: harness.secret, contentType: FORM });
    const [reply] = await waitFor(() => (harness.fake.responsesTo("stale-share").length > 0 ? harness.fake.responsesTo("stale-share") : undefined));
    expect(reply?.body.response_type).toBe("ephemeral");
    expect(String(reply?.body.text)).toMatch(/can no longer be shared/);
  });

  it("gives a short friendly reply, without a button, for a message with no figure", async () => {
    const { body, blocks } = await checkFigures("Great splash today, team. Can we get the quotes checked before we file?", "no-figure");
    expect(body.text).toBe("No figures to check in that message. I check numbers such as “one in five”, “34 per cent” or “21 councils” against the archive.");
    expect(blocks).toHaveLength(1);
  });

  it("keeps a long story within Block Kit's limits and says how many figures were left out", async () => {
    const sentence = (n: number) => `In 2013, ${n + 30} councils were rated inadequate according to the draft, which also says the rest were fine. `;
    const story = Array.from({ length: 400 }, (_, n) => sentence(n)).join("");
    expect(Array.from(story).length).toBeGreaterThan(20_000);
    const { blocks } = await checkFigures(story, "long-story");
    expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
    for (const block of blocks) expect((block.text?.text ?? "").length).toBeLessThanOrEqual(LIMITS.sectionText);
    expect(textOf(blocks).length).toBeLessThanOrEqual(LIMITS.totalText);
    const total = Number(/^\*(\d+) figures:/.exec(blocks[0]?.text?.text ?? "")?.[1]);
    expect(blocks[0]?.text?.text).toContain("only its beginning was checked");
    const shown = blocks.filter((block) => /\*(CONTRADICTED|UNVERIFIED|SUPPORTED)\*/.test(block.text?.text ?? "")).length;
    expect(shown).toBeGreaterThan(5);
    const note = textOf(blocks.slice(-2, -1)).trim();
    expect(note).toBe(`_…and ${total - shown} more figures left out: check a shorter passage to see them._`);
  });

  it("never lets the draft ping anyone or inject markup", async () => {
    // As Slack delivers it: mentions and links in angle brackets, a typed & < > as entities.
    const hostile = "<!channel> <!here> <@U0BOSS> @everyone: *One in five* councils were rated inadequate in 2013 &lt;!channel&gt; <https://evil.example/|the source> `code` &gt; quote";
    const { body, blocks } = await checkFigures(hostile, "hostile");
    const json = JSON.stringify({ blocks, text: body.text });
    expect(json).not.toMatch(/<!(channel|here|everyone)/);
    expect(json).not.toMatch(/<@U/);
    expect(json).not.toContain("<https://evil.example");
    expect(textOf(blocks)).toContain("&lt;!channel&gt; &lt;!here&gt; &lt;@U0BOSS&gt;");
    expect(textOf(blocks)).toContain("*CONTRADICTED*");
  });
});

describe("/ofsted check with a pasted story longer than a button holds", () => {
  it("keeps the text for Share in channel, which posts the same answer", async () => {
    const story = Array.from({ length: 60 }, (_, n) => `In 2013, ${n + 30} councils were rated inadequate according to the draft. `).join("");
    await postSigned(harness.url, commandBody(`check ${story}`, harness.fake.responseUrl("long-slash")), { secret: harness.secret, contentType: FORM });
    const [asked] = await waitFor(() => (harness.fake.responsesTo("long-slash").length > 0 ? harness.fake.responsesTo("long-slash") : undefined));
    const blocks = asked?.body.blocks as Block[];
    const button = blocks.at(-1)?.elements?.[0];
    expect(button).toMatchObject({ action_id: "ofsted_share_stored", value: expect.stringMatching(/^[0-9a-f]{16}$/) });
    await postSigned(harness.url, shareActionBody(button?.value ?? "", harness.fake.responseUrl("long-shared"), "ofsted_share_stored"), { secret: harness.secret, contentType: FORM });
    const [shared] = await waitFor(() => (harness.fake.responsesTo("long-shared").length > 0 ? harness.fake.responsesTo("long-shared") : undefined));
    expect(shared?.body.response_type).toBe("in_channel");
    expect(shared?.body.blocks).toEqual(blocks.slice(0, -1));
  });
});

describe("a slow check", () => {
  it("is acknowledged in under 3 seconds and answered through response_url when ready", async () => {
    const slow = await startHarness({ answer: (text: string) => new Promise((resolve) => setTimeout(() => resolve(core.answer(text)), 4000)) });
    try {
      const started = performance.now();
      const ack = await postSigned(slow.url, messageShortcutBody(PARAGRAPH, slow.fake.responseUrl("slow-check")), { secret: slow.secret, contentType: FORM });
      expect([ack.status, ack.ms < 3000]).toEqual([200, true]);
      const [response] = await waitFor(() => (slow.fake.responsesTo("slow-check").length > 0 ? slow.fake.responsesTo("slow-check") : undefined), 10_000);
      expect((response?.at ?? 0) - started).toBeGreaterThan(3500);
      expect(response?.body.text).toBe("2 figures: 1 contradicted, 1 supported");
    } finally {
      await slow.stop();
    }
  });
});

describe("the App Home tab", () => {
  it("is published on app_home_opened with the archive's articles, date range, update time, commands and the shortcut", async () => {
    const event = { type: "app_home_opened", user: "U0READER", channel: "D0HOME", tab: "home", event_ts: "1700000090.000100" };
    const ack = await postSigned(harness.url, eventBody("Ev-home-1", event), { secret: harness.secret, contentType: JSON_TYPE });
    expect(ack.status).toBe(200);
    const [call] = await waitFor(() => (harness.fake.callsTo("views.publish").length > 0 ? harness.fake.callsTo("views.publish") : undefined));
    expect(call?.params.user_id).toBe("U0READER");
    const view = call?.params.view as { type: string; blocks: Block[] };
    expect(view.type).toBe("home");
    const text = textOf(view.blocks);
    expect(text).toContain("*5 articles*, 15 October 2013 to 28 June 2016.");
    // The bundled corpus ships five statistics releases beside the articles.
    expect(text).toContain("*Official statistics:* 5 releases");
    expect(text).toContain("• Local authority inspection outcomes as at 31 March 2025 · 25 September 2025");
    const loaded = core.loadedAt.toISOString();
    expect(text).toContain(`Last updated ${Number(loaded.slice(8, 10))} `);
    expect(text).toContain(`${loaded.slice(0, 4)} at ${loaded.slice(11, 16)} UTC.`);
    expect(text).toContain("`/ofsted check one in five councils were rated inadequate in 2013`");
    expect(text).toContain("choose *Check figures*");
  });

  it("is not published for the Messages tab", async () => {
    const before = harness.fake.callsTo("views.publish").length;
    await postSigned(harness.url, eventBody("Ev-home-2", { type: "app_home_opened", user: "U0READER", channel: "D0HOME", tab: "messages", event_ts: "1700000091.000100" }), { secret: harness.secret, contentType: JSON_TYPE });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(harness.fake.callsTo("views.publish")).toHaveLength(before);
  });
});
