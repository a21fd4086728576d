// Site chrome: what a web page wraps around an article. None of it may become a fact, so it is
// removed before extraction rather than filtered from results afterwards: a figure that was never
// extracted cannot leak into an answer.

import type { Block } from "../types.ts";

/**
 * Blocks after which a page holds nothing of the article: comment threads, "more from" rails,
 * paywalls, membership offers, press-office contact details. Everything from here on is dropped.
 */
const END_OF_ARTICLE: RegExp[] = [
  /^comments are closed\.?$/i,
  /^no comments:?$/i,
  /^\d+ comments?:?$/i,
  /^(?:more|read more|related|more like this|more from\b.*|you might also like|most read|popular)$/i,
  /^register now to continue reading$/i,
  /^notes to editors?:?$/i,
  /^media enquiries$/i,
  /^(?:press|media) (?:office|contact)s?:?$/i,
  /digital membership$/i,
  /^subscribe(?: now| today)?$/i,
  /^share this(?: article)?:?$/i,
  /^related (?:articles|content|stories)$/i,
  /^tags?:/i,
];

/**
 * Single blocks of chrome that can stand anywhere: banners, offers, plugs, captions, contacts. Each
 * unanchored pattern names the words it cannot match without one of (`needs`, lower case): a block is lower-cased
 * once and a pattern runs only when its word is there (these ran over every paragraph of every page).
 */
const CHROME_BLOCK: ReadonlyArray<{ pattern: RegExp; needs?: readonly string[] }> = [
  { pattern: /\bcookies?\b.*\b(?:agree|accept|consent|continuing|settings|policy)\b/i, needs: ["cookie"] },
  { pattern: /^from [£$€]\s?\d[\d.,]*\s*\/\s*(?:month|year|week)/i },
  { pattern: /\bregister (?:here|now|today)\b/i, needs: ["register "] },
  { pattern: /\b(?:book|reserve) (?:your|a) (?:free )?(?:place|ticket|seat)\b/i, needs: ["book ", "reserve "] },
  { pattern: /\bfree place\b/i, needs: ["free place"] },
  { pattern: /\bsign (?:in|up) (?:here|now|today)\b/i, needs: ["sign "] },
  { pattern: /^already have an account\b/i },
  { pattern: /\bsubscriber-only\b/i, needs: ["subscriber-only"] },
  { pattern: /\bnewsletter\b.*\b(?:sign up|subscribe|providing)\b/i, needs: ["newsletter"] },
  { pattern: /^\d+ mins? read\b/i },
  { pattern: /^image:/i },
  { pattern: /\bimage: [^.]*$/i, needs: ["image: "] },
  { pattern: /^(?:tel|telephone|phone|email|e-mail|fax)\b\s*:?/i },
  { pattern: /\b(?:0\d{2,4}|\+44\s?\d{2,4})[\s-]?\d{3,4}[\s-]?\d{3,4}\b/ },
  // Matches exactly when "[\w.+-]+@[\w-]+\.[\w.]+" would, without rescanning each word from every letter.
  { pattern: /[\w.+-]@[\w-]+\.[\w.]/, needs: ["@"] },
  { pattern: /^from .+ - news\b/i },
  { pattern: /^(?:advertisement|sponsored|promoted)$/i },
  { pattern: /^(?:monday|mon) to (?:friday|fri)\b/i },
  { pattern: /^out of hours\b/i },
  { pattern: /\bjobs?\b.*\b(?:apply|salary|vacanc)/i, needs: ["job"] },
];

/** A one-line section label a CMS prints above the headline ("Other", "News", "Social Care"). */
const SECTION_LABEL = /^(?:other|news|opinion|analysis|features?|social care|children's services|press release)$/i;

export function isEndOfArticle(block: Block): boolean {
  return END_OF_ARTICLE.some((pattern) => pattern.test(block.text));
}

/** A price by the month, week or year: an offer's, or a placement's cost in the story. */
const PRICE_PER_PERIOD = /[£$€]\s?\d[\d.,]*\s*(?:\/|per|a)\s*(?:month|year|week)\b/i;
/** What makes a price an offer: "Subscribe for £2.99 a month", "£1 per week for your first three months". */
const OFFER_WORDS = /\b(?:subscri\w*|trial|cancel|offer|membership|unlimited access|digital access|first (?:month|three months)|save \d+%)/i;
/** An offer is a line or two; "the placement cost £8,000 per week, and 12 children …" is the story. */
const MAX_OFFER_LENGTH = 200;

function isPriceOffer(text: string): boolean {
  return text.length <= MAX_OFFER_LENGTH && PRICE_PER_PERIOD.test(text) && OFFER_WORDS.test(text);
}

export function isChrome(block: Block): boolean {
  const lower = block.text.toLowerCase();
  return SECTION_LABEL.test(block.text) || CHROME_BLOCK.some(({ pattern, needs }) => (needs === undefined || needs.some((word) => lower.includes(word))) && pattern.test(block.text)) || isPriceOffer(block.text);
}

/**
 * Drops chrome blocks, everything after the first end-of-article marker, and a caption repeated
 * twice in a row (image alt text printed next to its caption).
 */
export function stripChrome(blocks: Block[]): Block[] {
  const kept: Block[] = [];
  for (const block of blocks) {
    if (isEndOfArticle(block)) break;
    if (isChrome(block)) continue;
    const previous = kept[kept.length - 1];
    if (previous && previous.text === block.text) continue;
    kept.push(block);
  }
  return kept;
}
