// A question-and-answer interview: "Marcia Feeney: Slowly, and without pretending …" and then
// "MF: Our average is about 16 now." The answers carry no quotation marks; the label says who
// speaks, by full name or by the initials of a name the article gave. An answer runs on through
// the paragraphs after it until the next question (a paragraph that ends with "?") or heading.

import type { Block, QuoteMention } from "../../types.ts";
import { parseName } from "./speakers.ts";

/** "Marcia Feeney: …", "MF: …", "Q: …": a label of up to four words, then the answer. */
const LABEL = /^([A-Z][\p{L}'’.-]*(?: [A-Z][\p{L}'’.-]*){0,3}):\s+(\S.*)$/u;
/** A name as prose writes it: two or three capitalised words. */
const NAMES = /\b[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){1,2}\b/gu;

function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => word[0] ?? "")
    .join("");
}

/** The speaker a label names: a person's full name, or the initials of one the article named before. */
function speakerOf(label: string, named: ReadonlyMap<string, string>): string | undefined {
  if (/^[A-Z]{2,4}$/.test(label)) return named.get(label);
  const name = parseName(label);
  return name && name.first ? name.display : undefined;
}

export function interviewQuotes(blocks: readonly Block[]): QuoteMention[] {
  // An interview asks: two questions at least, or "Note: …" is just a label of another kind.
  if (blocks.filter((block) => block.text.endsWith("?")).length < 2) return [];
  const named = new Map<string, string>();
  const quotes: QuoteMention[] = [];
  // Paragraphs after an answer, kept only once the interview goes on past them: the prose after
  // the last answer is the reporter's again.
  let pending: QuoteMention[] = [];
  let speaker: string | undefined;
  for (const block of blocks) {
    for (const match of block.text.matchAll(NAMES)) {
      const name = parseName(match[0]);
      if (name?.first) named.set(initials(name.display), name.display);
    }
    const question = block.kind === "heading" || block.text.endsWith("?");
    const labelled = question ? null : LABEL.exec(block.text);
    if (question || labelled) {
      quotes.push(...pending);
      pending = [];
      speaker = undefined;
    }
    if (labelled) {
      speaker = speakerOf(labelled[1]!, named);
      if (speaker) {
        named.set(initials(speaker), speaker);
        quotes.push({ text: labelled[2]!, speaker });
      }
    } else if (!question && speaker && block.kind === "paragraph" && !/["“”]/.test(block.text)) {
      // An answer's next paragraph is still the answer, unless it quotes someone itself.
      pending.push({ text: block.text, speaker });
    }
  }
  return quotes;
}
