// Slack's mrkdwn treats &, < and > as control characters: `<!channel>`, `<!here>`, `<@U123>` and
// `<url|label>` are commands, not text. Everything that comes from the archive or from the user goes
// through `escapeMrkdwn`; the only `<…>` we emit ourselves are http(s) links built by `link`.

import { plural } from "../shared/format.ts";

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Article text on one line: a newline inside a sentence would end a `>` quote or a `*bold*` run early. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

const ELLIPSIS = "…";

/**
 * Cuts raw (unescaped) text to at most `max` UTF-16 units, ending in "…", without splitting a
 * surrogate pair (a broken emoji is rejected by some clients).
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  let end = max - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end).trimEnd()}${ELLIPSIS}`;
}

/**
 * Cuts finished mrkdwn to `max` without leaving half an entity (`&am`) or half a link (`<https://…`)
 * behind: a dangling `<` would make Slack swallow the rest of the text, or reject the block.
 */
export function fitMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = clip(text, max).slice(0, -ELLIPSIS.length);
  const openLink = cut.lastIndexOf("<");
  if (openLink > cut.lastIndexOf(">")) cut = cut.slice(0, openLink);
  cut = cut.replace(/&[a-z]{0,3}$/, "");
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

/** The URL when it is an absolute http(s) URL, made safe to sit inside `<…|…>`; otherwise undefined. */
export function safeUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return undefined;
  // The WHATWG serialiser percent-encodes < > " and spaces; `|` would end the URL part of the link early.
  return escapeMrkdwn(parsed.href.replace(/\|/g, "%7C"));
}

/** `<url|label>` for an http(s) URL, the escaped label alone otherwise (a `javascript:` or `slack://` link is not followed). */
export function link(url: string | undefined, label: string): string {
  const href = safeUrl(url);
  const text = escapeMrkdwn(oneLine(label)).replace(/\|/g, "¦");
  return href ? `<${href}|${text}>` : text;
}

export { plural };

/** "_…and 3 more figures_"; `noun` is singular. */
export function moreLine(count: number, noun: string): string {
  return `_…and ${plural(count, `more ${noun}`)}_`;
}

/**
 * Lines joined under a budget: as many whole lines as fit, then "…and N more <noun>". Never fails;
 * a first line longer than the budget is cut by `fitMrkdwn`.
 */
export function fitLines(lines: readonly string[], max: number, noun: string): string {
  const kept: string[] = [];
  let used = 0;
  for (const [index, line] of lines.entries()) {
    const remaining = lines.length - index - 1;
    // Room is kept for the "…and N more" line that would follow if the next line does not fit.
    const tail = remaining > 0 ? moreLine(remaining, noun).length + 1 : 0;
    const separator = kept.length > 0 ? 1 : 0;
    if (used + separator + line.length + tail <= max) {
      kept.push(line);
      used += separator + line.length;
      continue;
    }
    if (kept.length === 0) {
      kept.push(fitMrkdwn(line, Math.max(1, max - tail)));
      if (remaining > 0) kept.push(moreLine(remaining, noun));
    } else {
      kept.push(moreLine(lines.length - index, noun));
    }
    break;
  }
  return kept.join("\n");
}

/** Cuts to at most `max` UTF-16 units with no marker (for values read back by code, like a button's query). */
export function cutUnits(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}
