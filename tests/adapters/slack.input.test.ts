import { describe, expect, it } from "vitest";
import { Dedupe } from "../../adapters/slack/dedupe.ts";
import { queryFromSlack } from "../../adapters/slack/input.ts";
import { clip, escapeMrkdwn, fitLines, fitMrkdwn, link, safeUrl } from "../../adapters/slack/mrkdwn.ts";

describe("queryFromSlack", () => {
  it("strips the bot's own mention, with or without a label", () => {
    expect(queryFromSlack("<@UBOT> inadequate 2016", "UBOT")).toBe("inadequate 2016");
    expect(queryFromSlack("hey <@UBOT|ofsted> inadequate", "UBOT")).toBe("hey inadequate");
  });

  it("strips a leading mention when the bot id is unknown, and keeps other mentions as typed", () => {
    expect(queryFromSlack("<@U0ABC> help")).toBe("help");
    expect(queryFromSlack("<@UBOT> ask <@U123> about <!channel>", "UBOT")).toBe("ask <@U123> about <!channel>");
  });

  it("decodes Slack's entities and unwraps links and channel references", () => {
    expect(queryFromSlack("caseloads &lt; 20 &amp; turnover &gt; 15 %")).toBe("caseloads < 20 & turnover > 15 %");
    expect(queryFromSlack("typed &amp;lt; literally")).toBe("typed &lt; literally");
    expect(queryFromSlack("see <https://ofsted.example/a|the report> in <#C123|newsroom>")).toBe("see the report in #newsroom");
    expect(queryFromSlack("<https://ofsted.example/a>")).toBe("https://ofsted.example/a");
  });
});

describe("mrkdwn helpers", () => {
  it("escapes the three control characters", () => {
    expect(escapeMrkdwn("<!here> & <@U1>")).toBe("&lt;!here&gt; &amp; &lt;@U1&gt;");
  });

  it("links only http(s) URLs, with both parts escaped", () => {
    expect(link("https://x.example/a?b=1&c=2", "A & <B>")).toBe("<https://x.example/a?b=1&amp;c=2|A &amp; &lt;B&gt;>");
    expect(link("https://x.example/<!channel>|y", "z")).toBe("<https://x.example/%3C!channel%3E%7Cy|z>");
    expect(link("javascript:alert(1)", "click")).toBe("click");
    expect(safeUrl("slack://open")).toBeUndefined();
  });

  it("cuts without leaving half an entity, half a link or half an emoji", () => {
    expect(fitMrkdwn("abc &amp; def", 6)).toBe("abc…");
    expect(fitMrkdwn("see <https://x.example|x> now", 12)).toBe("see…");
    expect(clip("a😀b", 3)).toBe("a…");
    expect(clip("abcdef", 4)).toBe("abc…");
  });

  it("keeps whole lines and counts the rest", () => {
    expect(fitLines(["one", "two", "three"], 100, "items")).toBe("one\ntwo\nthree");
    expect(fitLines(["a".repeat(10), "b".repeat(10), "c".repeat(10)], 30, "item")).toBe(`${"a".repeat(10)}\n_…and 2 more items_`);
    expect(fitLines(["a".repeat(50), "b"], 40, "item")).toBe(`${"a".repeat(20)}…\n_…and 1 more item_`);
  });
});

describe("Dedupe", () => {
  it("takes a key once, forgets it after the ttl, and stays bounded", () => {
    let now = 0;
    const dedupe = new Dedupe(1000, 3, () => now);
    expect(dedupe.take(["event:1", "message:C1:1"])).toBe(true);
    expect(dedupe.take(["event:1"])).toBe(false);
    expect(dedupe.take(["event:2", "message:C1:1"])).toBe(false);
    now = 5000;
    expect(dedupe.take(["event:1"])).toBe(true);
    for (let index = 0; index < 10; index += 1) dedupe.take([`event:x${index}`]);
    expect(dedupe.size).toBeLessThanOrEqual(3);
  });
});
