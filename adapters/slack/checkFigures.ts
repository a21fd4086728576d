// The "Check figures" message shortcut and its Share in thread button. The shortcut checks the
// message's text with the same core call as `check <paragraph>` and answers the person who asked,
// privately; sharing posts the result under the message, where the desk is talking about it.

import type { AllMiddlewareArgs, BlockAction, ButtonAction, MessageShortcut, SlackActionMiddlewareArgs, SlackShortcutMiddlewareArgs } from "@slack/bolt";
import { checkCommand } from "../shared/figureCheck.ts";
import { SHARE_EXPIRED } from "../shared/shareStore.ts";
import { renderSlackFigureCheck, SHARE_IN_THREAD } from "./checkReport.ts";
import { section } from "./blocks.ts";
import { runSafely } from "./errors.ts";
import { queryFromSlack } from "./input.ts";
import { ask, type SlackDeps } from "./listen.ts";
import { withShareButton, type SlackMessage } from "./render.ts";

/** What a Share button stands for: the core's input and, for Share in thread, the thread to post in. */
export interface ThreadShare {
  text: string;
  threadTs?: string;
}

type ShortcutArgs = SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs;
type ShareArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

export async function checkFiguresShortcut(deps: SlackDeps, { shortcut, ack, respond, context }: ShortcutArgs): Promise<void> {
  // Acknowledged at once; the result goes through the shortcut's response_url, to the asker only.
  await ack();
  const reply = (message: SlackMessage) => respond({ response_type: "ephemeral", replace_original: false, ...message });
  await runSafely(
    deps.logger,
    "check_figures",
    async () => {
      const text = checkCommand(queryFromSlack(shortcut.message.text ?? "", context.botUserId));
      const answer = await ask(deps, "check_figures", text, shortcut.user.id);
      const message = renderSlackFigureCheck(answer);
      if ((answer.checks?.length ?? 0) === 0) {
        await reply(message);
        return;
      }
      // A reply in a thread goes under the thread's first message, wherever in the thread the draft is.
      const key = deps.shares.put({ text, threadTs: String(shortcut.message.thread_ts ?? shortcut.message.ts) });
      await reply(withShareButton(message, key, SHARE_IN_THREAD));
    },
    reply,
  );
}

export async function shareInThread(deps: SlackDeps, { action, body, ack, respond }: ShareArgs): Promise<void> {
  await ack();
  const privately = (message: SlackMessage) => respond({ response_type: "ephemeral", replace_original: false, ...message });
  await runSafely(
    deps.logger,
    "share_in_thread",
    async () => {
      const share = deps.shares.get(action.value ?? "");
      if (!share) {
        await privately({ text: SHARE_EXPIRED, blocks: [section(SHARE_EXPIRED)] });
        return;
      }
      const answer = await ask(deps, "share_in_thread", share.text, body.user.id);
      const message = renderSlackFigureCheck(answer);
      // A cooldown is for the person who pressed the button, not for the thread.
      if ((answer.checks?.length ?? 0) === 0) await privately(message);
      else await respond({ response_type: "in_channel", replace_original: false, ...(share.threadTs ? { thread_ts: share.threadTs } : {}), ...message });
    },
    privately,
  );
}
