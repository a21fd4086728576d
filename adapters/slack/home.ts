// The App Home tab: what the archive holds, how current it is, and how to ask. Built from the core's
// own `sources` and `help` answers, so it can never describe an archive the bot does not answer from.

import type { AllMiddlewareArgs, SlackEventMiddlewareArgs, types } from "@slack/bolt";
import type { Answer } from "../../src/types.ts";
import { dateSpan, formatDate, plural } from "../shared/format.ts";
import { CHECK_FIGURES_NAME } from "../shared/figureCheck.ts";
import { LIMITS, sourceLine } from "./blocks.ts";
import { runSafely } from "./errors.ts";
import { escapeMrkdwn, fitLines, fitMrkdwn, oneLine } from "./mrkdwn.ts";
import type { SlackDeps } from "./listen.ts";

export interface StatisticsRelease {
  title: string;
  /** ISO date, `YYYY-MM-DD`. */
  date?: string;
}

export interface HomeInput {
  /** The core's answer to `sources`. */
  sources: Answer;
  /** The core's answer to `help`. */
  help: Answer;
  /** When the archive in service was loaded. */
  loadedAt?: Date;
  /** Official statistics releases, once the archive holds them. */
  statistics?: readonly StatisticsRelease[];
}

/** The newest articles listed by name; the rest are counted. */
const ARTICLES_LISTED = 10;

type HomeBlock = types.HeaderBlock | types.SectionBlock | types.ContextBlock | types.DividerBlock;

function header(text: string): types.HeaderBlock {
  return { type: "header", text: { type: "plain_text", text } };
}

function mrkdwn(text: string): types.SectionBlock {
  return { type: "section", text: { type: "mrkdwn", text: fitMrkdwn(text, LIMITS.sectionText) } };
}

/** "6 December 2026 at 02:31 UTC" */
function moment(date: Date): string {
  const iso = date.toISOString();
  return `${formatDate(iso.slice(0, 10)) ?? iso.slice(0, 10)} at ${iso.slice(11, 16)} UTC`;
}

function archiveBlocks(input: HomeInput): HomeBlock[] {
  const summaries = input.sources.sources ?? [];
  const span = dateSpan(summaries.map((summary) => summary.source));
  const held = summaries.length === 0 ? "*No articles yet.* Add some with `npm run ingest`." : `*${plural(summaries.length, "article")}*${span ? `, ${escapeMrkdwn(span)}` : ""}.`;
  const lines = summaries.map((summary) => `• ${sourceLine(summary.source)}`);
  const listed = fitLines([...lines.slice(0, ARTICLES_LISTED), ...(lines.length > ARTICLES_LISTED ? [`_…and ${plural(lines.length - ARTICLES_LISTED, "more article")}_`] : [])], LIMITS.sectionText, "article");
  const statistics = input.statistics ?? [];
  const releases =
    statistics.length === 0
      ? "*Official statistics:* none in the archive yet."
      : fitLines([`*Official statistics:* ${plural(statistics.length, "release")}`, ...statistics.map((release) => `• ${escapeMrkdwn(oneLine(release.title))}${release.date ? ` · ${formatDate(release.date) ?? ""}` : ""}`)], LIMITS.sectionText, "release");
  const updated = input.loadedAt ? `Last updated ${moment(input.loadedAt)}. The archive reloads by itself when articles are added.` : "The archive is still loading.";
  return [header("What the archive holds"), mrkdwn(held), ...(lines.length > 0 ? [mrkdwn(listed)] : []), mrkdwn(releases), { type: "context", elements: [{ type: "mrkdwn", text: updated }] }];
}

function commandBlocks(help: Answer): HomeBlock[] {
  const lines = (help.commands ?? []).map((entry) => `• \`/ofsted ${escapeMrkdwn(oneLine(entry.example))}\` — ${escapeMrkdwn(oneLine(entry.description))}`);
  const usage = "Type these after `/ofsted` (only you see the answer, until you press *Share in channel*), mention `@ofsted-bot` in a channel, or send them here as a direct message.";
  return [header("Ask"), mrkdwn(usage), mrkdwn(fitLines(lines, LIMITS.sectionText, "command"))];
}

function shortcutBlocks(): HomeBlock[] {
  const how = [
    `Hover over any message with figures in it — a reporter's draft, a pasted story — open *⋮ More actions* and choose *${CHECK_FIGURES_NAME}*.`,
    "Every figure in the message is checked against the archive: contradicted ones first, with what the sources say and where. Only you see the result; *Share in thread* posts it under the message for the desk.",
    "Not in the menu? Choose *More message shortcuts…* once and search for it; Slack then keeps it near the top.",
  ];
  return [header(`Check a draft: ${CHECK_FIGURES_NAME}`), mrkdwn(how.join("\n\n"))];
}

/** The Home tab as views.publish takes it. Pure: tested by exact JSON. */
export function renderHomeView(input: HomeInput): types.HomeView {
  const blocks: HomeBlock[] = [...archiveBlocks(input), { type: "divider" }, ...shortcutBlocks(), { type: "divider" }, ...commandBlocks(input.help)];
  return { type: "home", blocks };
}

type HomeOpenedArgs = SlackEventMiddlewareArgs<"app_home_opened"> & AllMiddlewareArgs;

/** Publishes the Home tab each time someone opens it, so it always describes the archive now in service. */
export async function appHomeOpened(deps: SlackDeps, { event, client }: HomeOpenedArgs): Promise<void> {
  if (event.tab !== "home") return;
  await runSafely(
    deps.logger,
    "home",
    async () => {
      // No asker: opening a tab is not a question, and must not spend the person's rate limit.
      const [sources, help] = await Promise.all([deps.answer("sources"), deps.answer("help")]);
      const loadedAt = deps.loadedAt?.();
      // The statistics releases come with the core's `sources` answer, like the articles.
      const statistics = (sources.releases ?? []).map((release) => ({ title: release.source.title, ...(release.source.date ? { date: release.source.date } : {}) }));
      await client.views.publish({ user_id: event.user, view: renderHomeView({ sources, help, statistics, ...(loadedAt ? { loadedAt } : {}) }) });
    },
    // A tab has no conversation to apologise in; the log line is all there is.
    async () => {},
  );
}
