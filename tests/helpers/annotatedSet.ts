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

/** The catalogue's ids of one section ("populations", "indicators"), read as data. */
export function catalogueIds(section: string): Set<string> {
  const text = readFileSync(path.join("src", "measure", "catalogue.yaml"), "utf8");
  const start = text.indexOf(`\n${section}:`);
  const end = text.slice(start + 1).search(/\n[a-z]+:/);
  const body = text.slice(start, end === -1 ? undefined : start + 1 + end);
  return new Set([...body.matchAll(/^ {2}- id: ([a-z0-9-]+)/gm)].map((match) => match[1]!));
}

interface AnnotatedFigure {
  text: string;
  value: number;
  indicator: string | null;
  population: string | null;
  basis: string | null;
  period: string | null;
  note?: string;
}

/** Every annotated figure whose measure is not in the catalogue's terms, or has none and no note saying why. */
export function figureMeasureProblems(annotations: string, documents: readonly string[]): string[] {
  const indicators = catalogueIds("indicators");
  const populations = catalogueIds("populations");
  if (!indicators.has("inadequate") || !populations.has("councils")) return ["the catalogue's ids could not be read"];
  const problems: string[] = [];
  for (const document of documents) {
    const { figures } = JSON.parse(readFileSync(path.join(annotations, "figures", `${document}.json`), "utf8")) as { figures: AnnotatedFigure[] };
    for (const figure of figures) {
      const label = `${document}: “${figure.text}”`;
      if (typeof figure.value !== "number" || Number.isNaN(figure.value)) problems.push(`${label}: value`);
      if (figure.indicator === null) {
        if (!figure.note) problems.push(`${label}: no measure and no note saying why`);
        continue;
      }
      if (!indicators.has(figure.indicator)) problems.push(`${label}: unknown indicator ${figure.indicator}`);
      if (figure.population === null || !populations.has(figure.population)) problems.push(`${label}: unknown population ${figure.population}`);
      if (figure.basis !== null && !["stock", "flow", "cumulative"].includes(figure.basis)) problems.push(`${label}: basis ${figure.basis}`);
      if (figure.period !== null && !/^\d{4}(-\d{2})?$/.test(figure.period)) problems.push(`${label}: period ${figure.period}`);
    }
  }
  return problems;
}
