// What the held-out and blind eval sets' tests both ask of a set of synthetic articles and their
// hand annotation: the set's documents, every source file, and the annotation contexts that do not
// stand verbatim in their article.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

/** The set's document names: its article files without the extension. */
export function documentsIn(articles: string): string[] {
  return readdirSync(articles).filter((name) => name.endsWith(".md")).map((name) => name.replace(/\.md$/, ""));
}

/**
 * Every figure and quote annotation whose context is not in its article (or whose text is not in its
 * context), and every missing annotation file: [] when the annotation is verbatim and complete.
 */
export function unverbatimAnnotations(articles: string, annotations: string, documents: readonly string[]): string[] {
  const problems: string[] = [];
  for (const document of documents) {
    const raw = readFileSync(path.join(articles, `${document}.md`), "utf8");
    for (const kind of ["figures", "quotes"] as const) {
      const file = path.join(annotations, kind, `${document}.json`);
      if (!existsSync(file)) {
        problems.push(`${file}: missing`);
        continue;
      }
      const parsed = JSON.parse(readFileSync(file, "utf8")) as { document?: string } & Record<string, Array<{ context: string; text?: string }>>;
      if (parsed.document !== undefined && parsed.document !== document) problems.push(`${file}: names ${parsed.document}`);
      for (const item of parsed[kind] ?? []) {
        if (!raw.includes(item.context)) problems.push(`${file}: “${item.context}” is not in the article`);
        if (item.text !== undefined && !item.context.includes(item.text)) problems.push(`${file}: “${item.text}” is not in its context`);
      }
    }
  }
  return problems;
}
