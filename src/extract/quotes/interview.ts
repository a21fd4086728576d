// A question-and-answer interview: "Marcia Feeney: Slowly, and without pretending …" and then
// "MF: Our average is about 16 now." The answers carry no quotation marks; the label says who
// speaks, by full name or by the initials of a name the article gave. An answer runs on through
// the paragraphs after it until the next question (a paragraph that ends with "?") or heading. An
// interview whose answers carry no label is the one person its introduction says is interviewed.

import type { Block, QuoteMention } from "../../types.ts";
import { parseName } from "./names.ts";

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

/** The people a text names by first and last name, as displayed ("Owen Battersby"). */
function peopleIn(text: string): string[] {
  const people: string[] = [];
  for (const match of text.matchAll(NAMES)) {
    const name = parseName(match[0]);
    if (name?.first) people.push(name.display);
  }
  return people;
}

/** A question, bold or not: "**Why is the job so hard to keep?**". */
function asks(block: Block): boolean {
  return /\?[*_]*$/.test(block.text);
}

/** An introduction that says the article is an interview: "… talked to us about why so few stay", "We asked her about …". */
const INTERVIEWED = /\b(?:talk(?:s|ed)? to us|sp(?:oke|eaks) to us|told us|was interviewed|we interviewed|sat down with us|in conversation with|we (?:asked|spoke to|put (?:our|these|some) questions to) (?:her|him|them)|we spoke to)\b/i;

/**
 * The one person an interview's introduction names, when it says they are being interviewed: the
 * speaker of answers that carry no label ("**Why is the job so hard to keep?**" then "Part of it is …").
 */
function interviewee(blocks: readonly Block[]): string | undefined {
  const firstQuestion = blocks.findIndex(asks);
  const intro = blocks.slice(0, Math.max(0, firstQuestion)).filter((block) => INTERVIEWED.test(block.text));
  const people = new Set(intro.flatMap((block) => peopleIn(block.text)));
  return people.size === 1 ? [...people][0] : undefined;
}

export function interviewQuotes(blocks: readonly Block[]): QuoteMention[] {
  // An interview asks: two questions at least, or "Note: …" is just a label of another kind.
  if (blocks.filter(asks).length < 2) return [];
  const named = new Map<string, string>();
  const quotes: QuoteMention[] = [];
  const unlabelled = interviewee(blocks);
  // Paragraphs after an answer, kept only once the interview goes on past them: the prose after
  // the last answer is the reporter's again.
  let pending: QuoteMention[] = [];
  let speaker: string | undefined;
  // Right after a question: the next paragraph, labelled or not, is its answer.
  let asked = false;
  for (const block of blocks) {
    for (const person of peopleIn(block.text)) named.set(initials(person), person);
    const question = block.kind === "heading" || asks(block);
    const labelled = question ? null : LABEL.exec(block.text);
    if (question || labelled) {
      quotes.push(...pending);
      pending = [];
      speaker = undefined;
    }
    const answered = asked;
    asked = question;
    if (!labelled && answered && unlabelled && block.kind === "paragraph" && !/["“”]/.test(block.text)) {
      speaker = unlabelled;
      quotes.push({ text: block.text, speaker });
      continue;
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
