import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CHECK_FIGURES_CALLBACK_ID } from "../../adapters/slack/checkReport.ts";

interface Manifest {
  features: {
    slash_commands: Array<{ command: string; usage_hint?: string; should_escape?: boolean }>;
    shortcuts: Array<{ name: string; type: string; callback_id: string; description: string }>;
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean };
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean }; socket_mode_enabled: boolean };
}

const manifest = JSON.parse(readFileSync("adapters/slack/manifest.json", "utf8")) as Manifest;

describe("the Slack app manifest", () => {
  it("declares /ofsted with a usage hint, the three events the listeners handle, interactivity and Socket Mode", () => {
    expect(manifest.features.slash_commands).toEqual([expect.objectContaining({ command: "/ofsted", usage_hint: expect.stringContaining("inadequate 2016"), should_escape: false })]);
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(["app_home_opened", "app_mention", "message.im"]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false });
  });

  it("declares the Check figures message shortcut with the callback id the listener handles", () => {
    expect(manifest.features.shortcuts).toEqual([{ name: "Check figures", type: "message", callback_id: CHECK_FIGURES_CALLBACK_ID, description: expect.stringContaining("figure") }]);
  });

  it("asks only for the scopes the adapter uses", () => {
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual(["app_mentions:read", "chat:write", "commands", "im:history"]);
  });
});
