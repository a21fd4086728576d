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

/** Single blocks of chrome that can stand anywhere: banners, offers, plugs, captions, contacts. */
const CHROME_BLOCK: RegExp[] = [
  /\bcookies?\b.*\b(?:agree|accept|consent|continuing|settings|policy)\b/i,
  /^from [£$€]\s?\d[\d.,]*\s*\/\s*(?:month|year|week)/i,
  /[£$€]\s?\d[\d.,]*\s*(?:\/|per)\s*(?:month|year|week)\b/i,
  /\bregister (?:here|now|today)\b/i,
  /\b(?:book|reserve) (?:your|a) (?:free )?(?:place|ticket|seat)\b/i,
  /\bfree place\b/i,
  /\bsign (?:in|up) (?:here|now|today)\b/i,
  /^already have an account\b/i,
  /\bsubscriber-only\b/i,
  /\bnewsletter\b.*\b(?:sign up|subscribe|providing)\b/i,
  /^\d+ mins? read\b/i,
  /^image:/i,
  /\bimage: [^.]*$/i,
  /^(?:tel|telephone|phone|email|e-mail|fax)\b\s*:?/i,
  /\b(?:0\d{2,4}|\+44\s?\d{2,4})[\s-]?\d{3,4}[\s-]?\d{3,4}\b/,
  // Matches exactly when "[\w.+-]+@[\w-]+\.[\w.]+" would, without rescanning each word from every letter.
  /[\w.+-]@[\w-]+\.[\w.]/,
  /^from .+ - news\b/i,
  /^(?:advertisement|sponsored|promoted)$/i,
  /^(?:monday|mon) to (?:friday|fri)\b/i,
  /^out of hours\b/i,
  /\bjobs?\b.*\b(?:apply|salary|vacanc)/i,
];

/** A one-line section label a CMS prints above the headline ("Other", "News", "Social Care"). */
const SECTION_LABEL = /^(?:other|news|opinion|analysis|features?|social care|children's services|press release)$/i;

export function isEndOfArticle(block: Block): boolean {
  return END_OF_ARTICLE.some((pattern) => pattern.test(block.text));
}

export function isChrome(block: Block): boolean {
  return SECTION_LABEL.test(block.text) || CHROME_BLOCK.some((pattern) => pattern.test(block.text));
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
