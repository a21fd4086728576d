// Slack text → the words the user typed. Slack sends messages and slash-command text with &, <, >
// as entities and with links and mentions in angle brackets; the core wants plain text.

/**
 * Removes the mention of the bot itself (`<@UBOT>` or `<@UBOT|name>`), turns links into their label
 * (or URL) and channel references into `#name`, then decodes the three entities. Other mentions and
 * `<!channel>`-style commands are left as typed: the renderer escapes whatever the core echoes back.
 */
export function queryFromSlack(text: string, botUserId?: string): string {
  let query = text;
  if (botUserId) query = query.split(new RegExp(`<@${escapeRegExp(botUserId)}(?:\\|[^>]*)?>`, "g")).join(" ");
  // Without a known bot id (token verification off), the mention that triggered app_mention leads the text.
  else query = query.replace(/^\s*<@[UW][A-Z0-9]+(?:\|[^>]*)?>/, " ");
  query = query
    .replace(/<((?:https?|mailto):[^>|]*)\|([^>]*)>/g, "$2")
    .replace(/<((?:https?|mailto):[^>|]*)>/g, "$1")
    .replace(/<#[CG][A-Z0-9]+\|([^>]*)>/g, "#$1");
  return decodeEntities(query).replace(/\s+/g, " ").trim();
}

function decodeEntities(text: string): string {
  // &amp; last, so that a typed "&amp;lt;" stays "&lt;" rather than becoming "<".
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
