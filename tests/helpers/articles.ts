// An article of our own, as loading would give it: one paragraph block per string.
import type { Article, Verdict } from "../../src/types.ts";
import { createAnswerer } from "../../src/answer/answer.ts";
import { buildArchive } from "../../src/archive/buildArchive.ts";

export function articleOf(id: string, title: string, date: string, ...paragraphs: string[]): Article {
  return {
    source: { id, title, publisher: "Test", date, url: `https://example.org/${id}` },
    file: `${id}.md`,
    blocks: paragraphs.map((text) => ({ kind: "paragraph" as const, text })),
    hash: id,
  };
}

/** The verdict of `check <claim>` against one article of our own, dated `date`, holding `paragraphs`. */
export function verdictsAgainst(date: string, ...paragraphs: string[]): (claim: string) => Verdict {
  const answer = createAnswerer(buildArchive([articleOf("a", "A test article", date, ...paragraphs)]));
  return (claim) => answer(`check ${claim}`).checks![0]!.verdict;
}
