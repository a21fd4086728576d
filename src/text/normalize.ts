// What comes in from a chat box or a pasted draft is cleaned once, here, before anything reads it.

/** Longest query we read, in code points: a pasted paragraph fits, a pasted article does not. */
export const MAX_QUERY_CODE_POINTS = 2000;

/** Longest text `check` reads, in code points: a whole pasted story (about 3,000 words) fits. */
export const MAX_CHECK_CODE_POINTS = 20_000;

// C0/C1 controls, zero-width characters, bidi embeddings/overrides/isolates, BOM, soft hyphen.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

export interface NormalizedText {
  text: string;
  /** True when the input was longer than the cap and was cut. */
  truncated: boolean;
}

/**
 * NFKC (so full-width digits and ligatures read as their plain forms), invisible characters removed,
 * whitespace folded, and a cap by code points so a surrogate pair is never split.
 */
export function normalizeInput(raw: string, maxCodePoints = MAX_QUERY_CODE_POINTS): NormalizedText {
  const cleaned = raw.normalize("NFKC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
  const codePoints = Array.from(cleaned);
  if (codePoints.length <= maxCodePoints) return { text: cleaned, truncated: false };
  const cut = codePoints.slice(0, maxCodePoints).join("");
  // End at a word boundary when one is near: a half word would be "corrected" into a different one.
  const lastSpace = cut.lastIndexOf(" ");
  return { text: (lastSpace > 0 && lastSpace > cut.length - 40 ? cut.slice(0, lastSpace) : cut).trim(), truncated: true };
}
