import { describe, expect, it } from "vitest";
import { CHECK_FIGURES_COMMAND, COMMANDS, OFSTED_COMMAND, QUERY_MAX_LENGTH } from "../../adapters/discord/commands.ts";
import { fitEmbeds, fitLines, truncate } from "../../adapters/discord/limits.ts";
import { NO_MENTIONS, neutraliseMassMentions, queryFromMessage } from "../../adapters/discord/mentions.ts";
import { renderDiscordAnswer } from "../../adapters/discord/render.ts";
import { limitViolations } from "../e2e/fakes/discordLimits.ts";

const BOT = "1100000000000000001";

describe("queryFromMessage", () => {
  it("answers a server message only when it mentions the bot, in either mention form", () => {
    expect(queryFromMessage(`<@${BOT}> inadequate 2016`, BOT, false)).toBe("inadequate 2016");
    expect(queryFromMessage(`hey <@!${BOT}>   inadequate\n2016`, BOT, false)).toBe("hey inadequate 2016");
    expect(queryFromMessage("inadequate 2016", BOT, false)).toBeUndefined();
    expect(queryFromMessage("<@1100000000000000002> inadequate", BOT, false)).toBeUndefined();
  });

  it("answers every direct message, mention or not", () => {
    expect(queryFromMessage("inadequate 2016", BOT, true)).toBe("inadequate 2016");
    expect(queryFromMessage(`<@${BOT}>`, BOT, true)).toBe("");
  });
});

describe("mentions", () => {
  it("allows no mention of any kind", () => {
    expect(NO_MENTIONS).toEqual({ parse: [], users: [], roles: [], repliedUser: false });
  });

  it("breaks @everyone and @here with a zero-width joiner", () => {
    expect(neutraliseMassMentions("@everyone and @here, @Everyone")).toBe("@\u200Deveryone and @\u200Dhere, @\u200DEveryone");
    expect(neutraliseMassMentions("email@example.org")).toBe("email@example.org");
  });
});

describe("limits", () => {
  it("truncates with an ellipsis without splitting a surrogate pair or leaving a trailing escape", () => {
    expect(truncate("abcdef", 4)).toBe("abc…");
    expect(truncate("ab😀cd", 4)).toBe("ab…");
    expect(truncate("ab\\*cd", 4)).toBe("ab…");
    expect(truncate("short", 10)).toBe("short");
  });

  it("counts the lines that do not fit", () => {
    expect(fitLines(["one", "two", "three"], 100)).toBe("one\ntwo\nthree");
    const fitted = fitLines(Array.from({ length: 50 }, (_, index) => `line ${index}`), 60);
    expect(fitted.length).toBeLessThanOrEqual(60);
    expect(fitted).toMatch(/…and \d+ more$/);
  });

  it("keeps 25 fields at most and notes the rest in the footer", () => {
    const [embed] = fitEmbeds([{ title: "t", fields: Array.from({ length: 30 }, (_, index) => ({ name: `n${index}`, value: "v" })) }]);
    expect(embed?.fields).toHaveLength(25);
    expect(embed?.footer?.text).toBe("…and 5 more");
  });

  it("replaces empty field names and values, which Discord refuses", () => {
    const [embed] = fitEmbeds([{ fields: [{ name: "", value: "" }] }]);
    expect(limitViolations({ embeds: embed ? [embed] : [] })).toEqual([]);
  });
});

describe("the /ofsted command", () => {
  it("is plain JSON with one required, length-limited query option, beside the Check figures message command", () => {
    expect(COMMANDS).toEqual([OFSTED_COMMAND, CHECK_FIGURES_COMMAND]);
    expect(CHECK_FIGURES_COMMAND).toMatchObject({ type: 3, name: "Check figures" });
    expect(CHECK_FIGURES_COMMAND).not.toHaveProperty("description");
    expect(OFSTED_COMMAND.name).toBe("ofsted");
    expect(OFSTED_COMMAND.options).toEqual([expect.objectContaining({ type: 3, name: "query", required: true, max_length: QUERY_MAX_LENGTH })]);
    expect(JSON.parse(JSON.stringify(COMMANDS))).toEqual(COMMANDS);
  });
});

describe("help", () => {
  const commands = [{ command: "help", description: "This list.", example: "help" }];
  it("shows the command list once, as an embed, when help was asked for", () => {
    const message = renderDiscordAnswer({ query: "help", intent: "help", status: "found", figures: [], quotes: [], commands, message: "help: This list. e.g. `help`" });
    expect(message.content).toBeUndefined();
    expect(message.embeds[0]?.title).toBe("Commands");
  });

  it("keeps the core's usage hint, with its code markup, above the list", () => {
    const message = renderDiscordAnswer({ query: "", intent: "help", status: "usage", figures: [], quotes: [], commands, message: "Nothing to look up. Try `inadequate 2016`." });
    expect(message.content).toBe("Nothing to look up. Try `inadequate 2016`.");
  });
});
