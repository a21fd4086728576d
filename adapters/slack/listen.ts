// Slack's ways in — the slash command, the Share button, an @mention, a direct message, the Check
// figures shortcut with its Share in thread button, and the Home tab — each a named listener
// registered in one place. Listeners only read Slack's payload, ask the core
// and send the rendered Answer; what the answer says is the core's business.

import type {
  AllMiddlewareArgs,
  App,
  BlockAction,
  ButtonAction,
  MessageShortcut,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
  SlackEventMiddlewareArgs,
} from "@slack/bolt";
import type { Logger } from "pino";
import type { Answer, AnswerService } from "../../src/types.ts";
import type { InFlight } from "../shared/guard.ts";
import type { ShareStore } from "../shared/shareStore.ts";
import { CHECK_FIGURES_CALLBACK_ID, SHARE_IN_THREAD } from "./checkReport.ts";
import { checkFiguresShortcut, shareInThread, type ThreadShare } from "./checkFigures.ts";
import type { Dedupe } from "./dedupe.ts";
import { appHomeOpened } from "./home.ts";
import { summariseError } from "../shared/errors.ts";
import { runSafely } from "./errors.ts";
import { queryFromSlack } from "./input.ts";
import { LIMITS, renderSlackAnswer, SHARE_ACTION_ID, SHARE_STORED_ACTION_ID, withShareButton, type SlackMessage } from "./render.ts";
import { SHARE_EXPIRED } from "../shared/shareStore.ts";

export interface SlackDeps {
  answer: AnswerService;
  logger: Logger;
  /** Shared by the event listeners: one answer per event, however often Slack delivers it. */
  dedupe: Dedupe;
  /** Counts handlers at work so shutdown can let them finish. */
  inFlight?: InFlight;
  /** What each Share in thread button stands for. */
  shares: ShareStore<ThreadShare>;
  /** When the archive in service was loaded, for the Home tab; undefined while it loads. */
  loadedAt?: () => Date | undefined;
}

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;
type ShareArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;
type MentionArgs = SlackEventMiddlewareArgs<"app_mention"> & AllMiddlewareArgs;
type MessageArgs = SlackEventMiddlewareArgs<"message"> & AllMiddlewareArgs;

export function register(app: App, deps: SlackDeps): void {
  // Any command routed to this app: renaming /ofsted in the app's settings (a clash with another
  // app, a staging copy) then needs no code change.
  const tracked = <T>(work: Promise<T>) => (deps.inFlight ? deps.inFlight.track(work) : work);
  app.command(/^\/.+/, (args) => tracked(slashCommand(deps, args)));
  app.action<BlockAction<ButtonAction>>({ type: "block_actions", action_id: SHARE_ACTION_ID }, (args) => tracked(shareAnswer(deps, args)));
  app.action<BlockAction<ButtonAction>>({ type: "block_actions", action_id: SHARE_STORED_ACTION_ID }, (args) => tracked(shareAnswer(deps, args)));
  app.event("app_mention", (args) => tracked(appMention(deps, args)));
  app.event("message", (args) => tracked(directMessage(deps, args)));
  app.shortcut<MessageShortcut>({ type: "message_action", callback_id: CHECK_FIGURES_CALLBACK_ID }, (args) => tracked(checkFiguresShortcut(deps, args)));
  app.action<BlockAction<ButtonAction>>({ type: "block_actions", action_id: SHARE_IN_THREAD.actionId }, (args) => tracked(shareInThread(deps, args)));
  app.event("app_home_opened", (args) => tracked(appHomeOpened(deps, args)));
  // Errors our listeners did not catch (authorisation, Bolt itself): log and carry on.
  app.error(async (error) => {
    deps.logger.error({ err: summariseError(error) }, "slack request failed");
  });
}

export async function ask(deps: SlackDeps, handler: string, text: string, user: string | undefined): Promise<Answer> {
  const started = performance.now();
  const answer = await deps.answer(text, user ? { platform: "slack", id: user } : undefined);
  deps.logger.info({ handler, intent: answer.intent, status: answer.status, ms: Math.round(performance.now() - started) }, "slack answer");
  return answer;
}

/** Only answers that found something are worth a Share button. */
function shareable(answer: Answer): boolean {
  return answer.status === "found" || answer.status === "nearest";
}

/** The query itself when a button holds it; a check of a pasted story is kept in the ShareStore instead. */
function shareValue(deps: SlackDeps, query: string): [string, { actionId: string; label: string }?] {
  if (query.length <= LIMITS.buttonValue) return [query];
  return [deps.shares.put({ text: query }), { actionId: SHARE_STORED_ACTION_ID, label: "Share in channel" }];
}

export async function slashCommand(deps: SlackDeps, { command, ack, respond }: CommandArgs): Promise<void> {
  // An empty ack at once: Slack allows 3 seconds, the lookup may take longer, and the answer goes
  // through response_url (valid for 30 minutes) instead of the ack.
  await ack();
  const reply = (message: SlackMessage) => respond({ response_type: "ephemeral", ...message });
  await runSafely(
    deps.logger,
    "command",
    async () => {
      const answer = await ask(deps, "command", queryFromSlack(command.text), command.user_id);
      const message = renderSlackAnswer(answer);
      await reply(shareable(answer) ? withShareButton(message, ...shareValue(deps, answer.query)) : message);
    },
    reply,
  );
}

export async function shareAnswer(deps: SlackDeps, { action, body, ack, respond }: ShareArgs): Promise<void> {
  await ack();
  await runSafely(
    deps.logger,
    "share",
    async () => {
      // Answered afresh from the query in the button (or kept for it): what we post publicly is what
      // the core says now, not text a client sent back to us.
      const query = action.action_id === SHARE_STORED_ACTION_ID ? deps.shares.get(action.value ?? "")?.text : (action.value ?? "");
      if (query === undefined) {
        await respond({ response_type: "ephemeral", replace_original: false, text: SHARE_EXPIRED });
        return;
      }
      const answer = await ask(deps, "share", query, body.user.id);
      // A cooldown or a usage hint is for the person who pressed the button, not for the channel.
      await respond({ response_type: shareable(answer) ? "in_channel" : "ephemeral", replace_original: false, ...renderSlackAnswer(answer) });
    },
    (apology) => respond({ response_type: "ephemeral", replace_original: false, ...apology }),
  );
}

/**
 * First delivery of this event and this message? Keyed by event_id (Slack's redelivery keeps it) and
 * by channel + ts (one message can arrive as both app_mention and message.im). A retry of an event this
 * process never saw — the first delivery was lost, e.g. during a restart — is answered, once.
 */
function firstDelivery(deps: SlackDeps, handler: string, eventId: string | undefined, messageKey: string, retryNum: number | undefined): boolean {
  if (deps.dedupe.take([eventId ? `event:${eventId}` : undefined, `message:${messageKey}`])) {
    if (retryNum) deps.logger.info({ handler, retryNum }, "slack retry of an event not seen before: answering it");
    return true;
  }
  deps.logger.info({ handler, retryNum: retryNum ?? 0 }, "slack duplicate delivery skipped");
  return false;
}

export async function appMention(deps: SlackDeps, { event, body, context, client }: MentionArgs): Promise<void> {
  // Another bot mentioning us could start a reply loop.
  if (event.bot_id) return;
  if (!firstDelivery(deps, "mention", body.event_id, `${event.channel}:${event.ts}`, context.retryNum)) return;
  const post = (message: SlackMessage) => client.chat.postMessage({ channel: event.channel, thread_ts: event.thread_ts ?? event.ts, ...message });
  await runSafely(
    deps.logger,
    "mention",
    async () => {
      await post(renderSlackAnswer(await ask(deps, "mention", queryFromSlack(event.text, context.botUserId), event.user)));
    },
    post,
  );
}

export async function directMessage(deps: SlackDeps, { event, body, context, client }: MessageArgs): Promise<void> {
  // Edits, joins and bot posts arrive as subtypes; a user's new message has none.
  if (event.subtype !== undefined || event.channel_type !== "im" || event.bot_id) return;
  if (!firstDelivery(deps, "dm", body.event_id, `${event.channel}:${event.ts}`, context.retryNum)) return;
  const post = (message: SlackMessage) => client.chat.postMessage({ channel: event.channel, ...(event.thread_ts ? { thread_ts: event.thread_ts } : {}), ...message });
  await runSafely(
    deps.logger,
    "dm",
    async () => {
      await post(renderSlackAnswer(await ask(deps, "dm", queryFromSlack(event.text ?? "", context.botUserId), "user" in event ? event.user : undefined)));
    },
    post,
  );
}
