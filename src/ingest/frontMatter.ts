// Front matter into fields. Article front matter is nearly always `key: "value"` lines, which read
// the same with or without a YAML parser; the parser costs about a third of a millisecond a file,
// a seventh of a whole ingest, so those lines are read directly and anything else goes to YAML.

import { parseYaml } from "../data/yaml.ts";
import type { Result } from "./formats.ts";

/**
 * A plain key, then a double-quoted value with nothing YAML would unescape, fold or reject: no
 * backslash, no quote, no control or line-separator character, and nothing after the closing mark.
 */
// eslint-disable-next-line no-control-regex -- excluding control characters is the point
const QUOTED_LINE = /^([A-Za-z_][\w-]{0,63}):[ ]+"([^"\\\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]*)"[ ]*$/;
/** Keys YAML reads as a boolean or null rather than their own text, or that an object literal would not keep. */
const SPECIAL_KEYS: ReadonlySet<string> = new Set(["true", "false", "null", "__proto__"]);

/** The fields when every line is `key: "value"` with a distinct ordinary key; otherwise undefined. */
export function quotedFields(source: string): Record<string, string> | undefined {
  if (source === "") return undefined;
  const fields: Record<string, string> = {};
  for (const line of source.split("\n")) {
    const match = QUOTED_LINE.exec(line);
    if (!match) return undefined;
    const key = match[1]!;
    // YAML refuses a repeated key; leave that verdict and its message to it.
    if (SPECIAL_KEYS.has(key.toLowerCase()) || Object.hasOwn(fields, key)) return undefined;
    fields[key] = match[2]!;
  }
  return fields;
}

/** The front matter's fields, or why it cannot be read. */
export function frontMatterFields(source: string): Result<Record<string, unknown>> {
  const quoted = quotedFields(source);
  if (quoted) return { ok: true, value: quoted };
  let meta: unknown;
  try {
    meta = parseYaml(source);
  } catch (error) {
    const line = (error as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line;
    return { ok: false, reason: `front matter is not valid YAML${line ? ` (line ${line + 1})` : ""}` };
  }
  if (meta !== null && (typeof meta !== "object" || Array.isArray(meta))) {
    return { ok: false, reason: "front matter must be key: value pairs" };
  }
  return { ok: true, value: (meta ?? {}) as Record<string, unknown> };
}
