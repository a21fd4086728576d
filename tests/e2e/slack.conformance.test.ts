// Real Slack request bodies (tests/fixtures/conformance/slack) replayed against the real receiver.
// Their response_urls point at hooks.slack.com: the global fetch, which Bolt's respond() uses, is
// redirected to the local fake for the duration, so nothing leaves 127.0.0.1.

import { readFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createCore } from "../../src/core.ts";
import { silentLogger } from "../../src/types.ts";
import { waitFor } from "./fakes/slackApi.ts";
import { startHarness, type SlackHarness } from "./fakes/slackHarness.ts";
import { post, postSigned } from "./fakes/slackRequests.ts";

interface Fixture {
  name: string;
  content_type: string;
  signing_secret: string | null;
  headers?: Record<string, string>;
  body: string;
}

const fixtures = JSON.parse(readFileSync("tests/fixtures/conformance/slack/slash_command_bodies.json", "utf8")) as Fixture[];
const documented = fixtures.find((fixture) => fixture.name === "slack_docs_signing_example");
const enterprise = fixtures.find((fixture) => fixture.name === "bolt_python_slash_command_body");
if (!documented?.signing_secret || !documented.headers || !enterprise) throw new Error("conformance fixtures changed shape");
const DOCUMENTED_SECRET = documented.signing_secret;
const DOCUMENTED_HEADERS = documented.headers;

const realFetch = globalThis.fetch;
let harness: SlackHarness;

/** The response_url's path on the fake: hooks.slack.com/commands/T1DC2JH3J/… → hooks/commands/T1DC2JH3J/… */
function hookId(body: string): string {
  const responseUrl = new URLSearchParams(body).get("response_url") ?? "";
  return `hooks${new URL(responseUrl).pathname}`;
}

beforeAll(async () => {
  vi.stubGlobal("fetch", (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const target = url.startsWith("https://hooks.slack.com/") ? `${harness.fake.base}/response/hooks${new URL(url).pathname}` : url;
    if (!target.startsWith("http://127.0.0.1:")) throw new Error(`test tried to reach ${new URL(url).host}`);
    return realFetch(target, init);
  });
  const core = await createCore({ corpusDir: "corpus", logger: silentLogger });
  harness = await startHarness({ answer: core.answer, signingSecret: DOCUMENTED_SECRET });
});

afterEach(() => {
  vi.useRealTimers();
});

afterAll(async () => {
  await harness?.stop();
  vi.unstubAllGlobals();
});

describe("Slack's documented signed request (2018)", () => {
  it("is accepted and answered when the clock is set to its timestamp", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Number(DOCUMENTED_HEADERS["x-slack-request-timestamp"]) * 1000 + 2000);
    const result = await post(harness.url, documented.body, { "content-type": documented.content_type, ...DOCUMENTED_HEADERS });
    expect(result.status).toBe(200);
    vi.useRealTimers();
    const [response] = await waitFor(() => (harness.fake.responsesTo(hookId(documented.body)).length > 0 ? harness.fake.responsesTo(hookId(documented.body)) : undefined));
    // The documented body has empty text: the answer says what to type.
    expect(JSON.stringify(response?.body)).toContain("Nothing to look up.");
    expect(response?.body.response_type).toBe("ephemeral");
  });

  it("is rejected as stale (401) at today's date, and nothing is answered", async () => {
    const before = harness.fake.responses.length;
    const result = await post(harness.url, documented.body, { "content-type": documented.content_type, ...DOCUMENTED_HEADERS });
    expect(result.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(harness.fake.responses.length).toBe(before);
  });

  it("is rejected (401) when one byte of the body changes", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Number(DOCUMENTED_HEADERS["x-slack-request-timestamp"]) * 1000 + 2000);
    const tampered = documented.body.replace("text=&", "text=x&");
    const result = await post(harness.url, tampered, { "content-type": documented.content_type, ...DOCUMENTED_HEADERS });
    expect(result.status).toBe(401);
  });
});

describe("an Enterprise Grid slash command body", () => {
  it("is parsed and answered when signed now", async () => {
    const result = await postSigned(harness.url, enterprise.body, { secret: DOCUMENTED_SECRET, contentType: enterprise.content_type });
    expect(result.status).toBe(200);
    expect(result.ms).toBeLessThan(3000);
    const [response] = await waitFor(() => (harness.fake.responsesTo(hookId(enterprise.body)).length > 0 ? harness.fake.responsesTo(hookId(enterprise.body)) : undefined));
    expect(response?.body.response_type).toBe("ephemeral");
    expect(Array.isArray(response?.body.blocks)).toBe(true);
  });
});
