// An article of our own, as loading would give it: one paragraph block per string.
import type { Article } from "../../src/types.ts";

export function articleOf(id: string, title: string, date: string, ...paragraphs: string[]): Article {
  return {
    source: { id, title, publisher: "Test", date, url: `https://example.org/${id}` },
    file: `${id}.md`,
    blocks: paragraphs.map((text) => ({ kind: "paragraph" as const, text })),
    hash: id,
  };
}
