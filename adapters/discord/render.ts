// Answer → a Discord message (content + embeds). Pure: no client, no I/O, so it is tested by value.
// The words come from the core and the shared format helpers; this module only lays them out, escapes
// article text (it is third-party markdown) and keeps the result inside Discord's limits.

import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed, type APIEmbedField } from "discord.js";
import type { Answer, AnswerStatus, ClaimCheck, CommandHelp, Figure, Mention, OfficialDifference, Quote, Source, SourceSummary, Verdict } from "../../src/types.ts";
import { citation, figureHeadline, OFFICIAL_DIFFERENCES_TITLE, officialContrast, plural, speakerLine } from "../shared/format.ts";
import { COMMAND_NAME } from "./commands.ts";
import { fitEmbeds, fitLines, LIMITS, moreNote, truncate } from "./limits.ts";
import { mapEmbedText, neutraliseMassMentions } from "./mentions.ts";

export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  /** The Share button, on a private answer worth sharing. */
  components?: APIActionRowComponent<APIButtonComponent>[];
}

/** A Share button's custom_id: this prefix and a ShareStore key (custom_id allows 100 characters). */
export const SHARE_CUSTOM_ID_PREFIX = "ofsted_share:";

// GOV.UK palette: newsroom readers know these colours from Ofsted's own pages.
export const COLOURS: Record<AnswerStatus | Verdict, number> = {
  found: 0x1d70b8,
  nearest: 0xf47738,
  none: 0x505a5f,
  usage: 0x505a5f,
  limited: 0x505a5f,
  supported: 0x00703c,
  contradicted: 0xd4351c,
  unverified: 0xffdd00,
};

/** How many "also reported by" sources a figure lists before "…and N more". */
const MAX_CORROBORATIONS = 3;

/**
 * Article text shown as written: markdown characters escaped, so that "*" or "[x](url)" in a source can
 * neither restyle the answer nor disguise a link, and "<@id>" cannot render as a mention. Linear on
 * purpose: discord.js's escapeMarkdown takes seconds on long passages, and a reply has 3 s.
 * Control characters from scraped pages render as boxes or break lines, so they become spaces.
 */
export function plain(text: string, keep: RegExp = /(?!)/): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g, " ")
      .replace(/[\\*_~`|<[\]]/g, (char) => (keep.test(char) ? char : `\\${char}`))
      .replace(/^([#>-])/gm, "\\$1")
  );
}

/** The core's own sentences mark commands as `code`; that markup is kept, anything else is escaped. */
function coreText(text: string): string {
  return plain(text, /`/);
}

/** An http(s) URL Discord will accept in a link, or undefined: one bad URL would reject the whole message. */
function safeUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
    // Parentheses would end a markdown link early.
    const href = url.href.replace(/\(/g, "%28").replace(/\)/g, "%29");
    return href.length <= 2048 ? href : undefined;
  } catch {
    return undefined;
  }
}

/** The shared citation, its words made a link to the source when it has a usable URL. */
export function sourceLine(source: Source): string {
  const url = safeUrl(source.url);
  if (!url) return plain(citation(source));
  const words = plain(citation({ ...source, url: undefined })).replace(/[[\]]/g, "");
  return `[${words}](${url})`;
}

/** The verbatim sentence in curly quotes, with the figure's own words in bold when they occur in it. */
function quotedSentence(sentence: string, figureText: string, max: number): string {
  const at = figureText ? sentence.indexOf(figureText) : -1;
  if (at >= 0) {
    const bolded = `“${plain(sentence.slice(0, at))}**${plain(figureText)}**${plain(sentence.slice(at + figureText.length))}”`;
    if (bolded.length <= max) return bolded;
  }
  // Cutting inside the bold markers would leave stray asterisks; long sentences go without bold.
  return truncate(`“${plain(sentence)}”`, max);
}

/** A quoted passage followed by its citation lines, the passage shortened first so the sources survive. */
function passage(quoted: (max: number) => string, citations: readonly string[], max: number): string {
  const sources = fitLines(citations, Math.floor(max / 2));
  return `${quoted(Math.max(1, max - sources.length - 1))}\n${sources}`;
}

function figureCitations(figure: Figure): string[] {
  const others = (figure.corroboratedBy ?? []).map((other) => `also: ${sourceLine(other)}`);
  const shown = others.slice(0, MAX_CORROBORATIONS);
  if (others.length > shown.length) shown.push(moreNote(others.length - shown.length));
  const arithmetic = figure.arithmetic ? [`arithmetic: ${plain(figure.arithmetic.note)}`] : [];
  return [`— ${sourceLine(figure.source)}`, ...arithmetic, ...shown];
}

function figureText(figure: Figure, max: number): string {
  return passage((room) => quotedSentence(figure.sentence, figure.text, room), figureCitations(figure), max);
}

function figureField(figure: Figure): APIEmbedField {
  return { name: plain(figureHeadline(figure)), value: figureText(figure, LIMITS.fieldValue) };
}

/** The best figure leads: its headline is the embed title, its sentence and source the description. */
function figuresEmbed(figures: readonly Figure[], colour: number): APIEmbed | undefined {
  const [best, ...rest] = figures;
  if (!best) return undefined;
  const url = safeUrl(best.source.url);
  return {
    color: colour,
    title: plain(figureHeadline(best)),
    ...(url ? { url } : {}),
    description: figureText(best, LIMITS.description),
    ...(rest.length > 0 ? { fields: rest.map(figureField) } : {}),
  };
}

/** Evidence shown per claim, as in the terminal: the strongest few, not a wall of figures. */
const MAX_EVIDENCE = 5;

/** With one check the core's message already gives its reason; with several, each check says its own. */
function checkEmbed(check: ClaimCheck, withReason: boolean): APIEmbed {
  const evidence = check.evidence.slice(0, MAX_EVIDENCE);
  return {
    color: COLOURS[check.verdict],
    title: `${check.verdict.toUpperCase()}: “${plain(check.claimed.text)}”`,
    ...(withReason ? { description: plain(check.reason) } : {}),
    ...(evidence.length > 0 ? { fields: evidence.map(figureField) } : {}),
  };
}

function seriesEmbed(series: readonly Figure[], colour: number): APIEmbed {
  const lines = series.map((figure) => {
    const caveat = figure.caveat ? ` (${plain(figure.caveat)})` : "";
    return `**${plain(figure.period ?? "undated")}**: ${plain(figureHeadline(figure))}${caveat} — ${sourceLine(figure.source)}`;
  });
  return { color: colour, title: "Over time", description: fitLines(lines, LIMITS.description) };
}

function conflictsEmbed(groups: readonly Figure[][]): APIEmbed {
  const fields = groups.map((group) => ({
    name: "Sources disagree",
    value: fitLines(group.map((figure) => `${plain(figureHeadline(figure))} — ${sourceLine(figure.source)}`), LIMITS.fieldValue),
  }));
  return { color: COLOURS.nearest, title: "Sources disagree", fields };
}

function officialDifferencesEmbed(differences: readonly OfficialDifference[]): APIEmbed {
  const lines = differences.map((difference) => `${plain(figureHeadline(difference.figure))} — ${sourceLine(difference.figure.source)}; ${plain(officialContrast(difference))}`);
  return { color: COLOURS.nearest, title: OFFICIAL_DIFFERENCES_TITLE, description: fitLines(lines, LIMITS.description) };
}

function quoteField(quote: Quote): APIEmbedField {
  const text = (max: number) => truncate(`“${plain(quote.text)}”`, max);
  return { name: plain(speakerLine(quote)), value: passage(text, [`— ${sourceLine(quote.source)}`], LIMITS.fieldValue) };
}

function quotesEmbed(quotes: readonly Quote[], colour: number): APIEmbed {
  return { color: colour, title: quotes.length === 1 ? "Quote" : "Quotes", fields: quotes.map(quoteField) };
}

/** Sentences that use the question's words but give no figure: the last resort of a lookup. */
function mentionsEmbed(mentions: readonly Mention[], colour: number): APIEmbed {
  const fields = mentions.map((mention) => ({ name: plain(sourceLine(mention.source)), value: truncate(`“${plain(mention.sentence)}”`, LIMITS.fieldValue) }));
  return { color: colour, title: mentions.length === 1 ? "Sentence" : "Sentences", fields };
}

function sourcesEmbed(summaries: readonly SourceSummary[]): APIEmbed {
  const lines = summaries.map(({ source, figures, quotes }) => `• ${sourceLine(source)} — ${plural(figures, "figure")}, ${plural(quotes, "quote")}`);
  return { color: COLOURS.found, title: "Sources", description: fitLines(lines, LIMITS.description) };
}

function commandsEmbed(commands: readonly CommandHelp[]): APIEmbed {
  // Backticks would end the inline code early.
  const code = (text: string) => `\`/${COMMAND_NAME} ${text.replace(/`/g, "'")}\``;
  const fields = commands.map((command) => ({ name: code(command.command), value: `${plain(command.description)}\nExample: ${code(command.example)}` }));
  return { color: COLOURS.usage, title: "Commands", fields };
}

/**
 * The core's message, with a check's verdict first and in bold (the core opens the message with it;
 * should it not, the verdict is put in front). The help list's message is the plain-text form of its
 * commands, which the Commands embed already shows, so it is not repeated.
 */
function contentOf(answer: Answer): string | undefined {
  const repeatsCommands = answer.intent === "help" && answer.status !== "usage" && (answer.commands?.length ?? 0) > 0;
  const message = answer.message && !repeatsCommands ? coreText(answer.message) : "";
  if (!answer.verdict) return message || undefined;
  const verdict = `${answer.verdict.toUpperCase()}:`;
  if (message.startsWith(verdict)) return `**${verdict}**${message.slice(verdict.length)}`;
  return [`**${verdict}**`, message].filter(Boolean).join(" ");
}

/** Same sections, same order as the terminal renderer, so every platform tells the same story. */
function sections(answer: Answer): APIEmbed[] {
  const colour = COLOURS[answer.verdict ?? answer.status];
  const embeds: (APIEmbed | undefined)[] = [];
  const checks = answer.checks ?? [];
  for (const check of checks) embeds.push(checkEmbed(check, checks.length > 1));
  if (answer.series && answer.series.length > 0) embeds.push(seriesEmbed(answer.series, colour));
  else if (!answer.checks) embeds.push(figuresEmbed(answer.figures, colour));
  if (answer.conflicts && answer.conflicts.length > 0) embeds.push(conflictsEmbed(answer.conflicts));
  if (answer.officialDifferences && answer.officialDifferences.length > 0) embeds.push(officialDifferencesEmbed(answer.officialDifferences));
  if (answer.quotes.length > 0) embeds.push(quotesEmbed(answer.quotes, colour));
  if (answer.mentions && answer.mentions.length > 0) embeds.push(mentionsEmbed(answer.mentions, colour));
  if (answer.sources && answer.sources.length > 0) embeds.push(sourcesEmbed(answer.sources));
  if (answer.commands && answer.commands.length > 0) embeds.push(commandsEmbed(answer.commands));
  return embeds.filter((embed): embed is APIEmbed => embed !== undefined);
}

export function renderDiscordAnswer(answer: Answer): DiscordMessage {
  // Neutralised before fitting: the zero-width joiner adds a character, and the limits must still hold.
  const embeds = fitEmbeds(sections(answer).map((embed) => mapEmbedText(embed, neutraliseMassMentions)));
  const text = contentOf(answer)?.trim() || undefined;
  // Discord refuses a message with neither content nor embeds; say so rather than send nothing.
  const content = text ?? (embeds.length === 0 ? `Nothing to show for “${plain(answer.query).trim()}”.` : undefined);
  return { ...(content ? { content: truncate(neutraliseMassMentions(content), LIMITS.content) } : {}), embeds };
}

/** Adds the Share button, which stands for `key` in the ShareStore. */
export function withShareButton(message: DiscordMessage, key: string): DiscordMessage {
  const button: APIButtonComponent = { type: ComponentType.Button, style: ButtonStyle.Secondary, label: "Share", custom_id: `${SHARE_CUSTOM_ID_PREFIX}${key}` };
  return { ...message, components: [{ type: ComponentType.ActionRow, components: [button] }] };
}

/** The short reply when a handler fails: the reference ties the user's report to the log line. */
export function renderApology(reference: string): DiscordMessage {
  return { content: `Sorry, something went wrong while answering. Please try again; if it keeps happening, give the bot's admin this reference: ${reference}.`, embeds: [] };
}
