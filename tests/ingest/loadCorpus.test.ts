import { readFile, writeFile, copyFile, chmod } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus, parseArticle } from "../../src/ingest/loadCorpus.ts";
import { silentLogger, type Article, type Logger } from "../../src/types.ts";
import { tempDir } from "../helpers/tempDir.ts";

const CORPUS = path.resolve("corpus");
const SEEDS = path.resolve("tests/fixtures/seeds");
const FORMATS = path.resolve("tests/fixtures/formats");

function allText(article: Article): string {
  return article.blocks.map((block) => block.text).join("\n");
}

describe("the bundled corpus", () => {
  it("reads all five seed articles with only the metadata they show", async () => {
    const { articles, problems } = await loadCorpus(CORPUS, silentLogger);
    expect(problems).toEqual([]);
    const byId = Object.fromEntries(articles.map((article) => [article.source.id, article.source]));
    expect(Object.keys(byId)).toHaveLength(5);
    expect(byId["2016-06-28-ofsted-strong-leadership-vital"]).toEqual({
      id: "2016-06-28-ofsted-strong-leadership-vital",
      title: "Strong leadership vital for children’s services improvement",
      publisher: "Ofsted",
      date: "2016-06-28",
      url: "http://ift.tt/294LtRv",
    });
    expect(byId["2013-10-15-cypnow-leadership-instability"]).toMatchObject({ author: "Neil Puffett", date: "2013-10-15", publisher: "CYP Now" });
    // Neither the Community Care piece nor the CYP Now framework piece prints a date: none is invented.
    expect(byId["community-care-ofsted-first-social-care-annual-report"]?.date).toBeUndefined();
    expect(byId["cypnow-ofsted-moves-to-improve-council-inspections"]?.date).toBeUndefined();
    expect(byId["2013-10-21-ofsted-finds-one-in-seven-inadequate"]?.publisher).toBeUndefined();
  });

  it("removes site chrome from every article", async () => {
    const { articles } = await loadCorpus(CORPUS, silentLogger);
    const text = articles.map(allText).join("\n");
    const chrome = [
      "cookies",
      "£15",
      "£12",
      "Register Now to Continue Reading",
      "Register here",
      "Comments are closed",
      "More from Community Care",
      "0300 013 0415",
      "020 7017 2787",
      "07919 057 359",
      "pressenquiries@ofsted.gov.uk",
      "Aviation House",
      "Digital membership",
      "subscriber-only",
      "Hertfordshire Youth Workers",
      "Bath, Somerset",
      "Community Care Live",
      "No comments",
      "5 mins read",
      "Notes to editors",
    ];
    for (const phrase of chrome) expect(text, phrase).not.toContain(phrase);
    // ...while the journalism around it survives.
    expect(text).toContain("One in seven local authorities in England has been judged inadequate");
    expect(text).toContain("ranging from 7 in some areas, to as high as 34 in others");
  });
});

describe("raw .txt articles", () => {
  it("takes the title from the first line and the date from a dateline in any of the newsroom formats", async () => {
    const { articles, problems } = await loadCorpus(SEEDS, silentLogger);
    expect(problems).toEqual([]);
    const sources = Object.fromEntries(articles.map((article) => [article.source.id.slice(0, 3), article.source]));
    expect(sources["000"]).toEqual({ id: "000_b8a3bcd1f662989a", title: "Some child safeguarding services are struggling to meet even basic standards of practice, finds Ofsted" });
    expect(sources["001"]).toMatchObject({ date: "2016-06-28", title: "Strong leadership vital for children’s services improvement" });
    expect(sources["002"]).toMatchObject({ date: "2013-10-15", author: "Neil Puffett", title: "Leadership instability linked to children's services failings" });
    expect(sources["003"]).toMatchObject({ date: "2013-10-21", title: "Ofsted finds one in seven local authorities' children's services ‘inadequate'" });
    expect(sources["004"]?.title).toBe("Ofsted moves to improve council inspections for children in need");
  });

  it("keeps subheadings glued to the next paragraph apart from it", async () => {
    const bytes = await readFile(path.join(SEEDS, "004_50ba44af24ea0a2a.txt"));
    const result = parseArticle("004.txt", bytes);
    if (!result.ok) throw new Error(result.reason);
    expect(result.value.blocks).toContainEqual({ kind: "heading", text: "Lack of detail" });
    expect(result.value.blocks.find((block) => block.text.startsWith("The Association of Directors"))?.kind).toBe("paragraph");
  });
});

describe("other formats", () => {
  it("reads only the main text of an HTML page, with its metadata", () => {
    return readFile(path.join(FORMATS, "article.html")).then((bytes) => {
      const result = parseArticle("news/article.html", bytes);
      if (!result.ok) throw new Error(result.reason);
      expect(result.value.source).toEqual({
        id: "news/article",
        title: "Caseloads rise again",
        date: "2017-03-09",
        author: "Jo Reporter",
        publisher: "Sector Weekly",
        url: "https://example.org/news/caseloads-rise",
      });
      expect(result.value.blocks).toEqual([
        { kind: "paragraph", text: "Social workers in England carried an average of 17 cases each last year, according to the survey." },
        { kind: "heading", text: "Regional picture" },
        { kind: "paragraph", text: "In London, one in four councils reported caseloads above 25." },
        { kind: "list-item", text: "Nearly 60 per cent of respondents said workloads were unmanageable." },
      ]);
    });
  });

  it("reads Markdown without front matter, taking title and date from the text", async () => {
    const result = parseArticle("no-front-matter.md", await readFile(path.join(FORMATS, "no-front-matter.md")));
    if (!result.ok) throw new Error(result.reason);
    expect(result.value.source).toEqual({ id: "no-front-matter", title: "Ofsted rates 12 councils good", date: "2017-07-03" });
    expect(result.value.blocks).toEqual([{ kind: "paragraph", text: "Twelve councils were rated good in the latest round of inspections, Ofsted said." }]);
  });
});

describe("malformed files", () => {
  it("names each bad file with its reason and still indexes the rest", async () => {
    const dir = tempDir("corpus");
    await copyFile(path.join(CORPUS, "2016-06-28-ofsted-strong-leadership-vital.md"), path.join(dir, "good.md"));
    await writeFile(path.join(dir, "bad-yaml.md"), "---\ntitle: [unclosed\n---\nSome text here that is long enough.\n");
    await writeFile(path.join(dir, "bad-date.md"), '---\ntitle: "A title"\ndate: "not a date"\n---\nSome text.\n');
    await writeFile(path.join(dir, "empty.txt"), "");
    await writeFile(path.join(dir, "binary.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    await writeFile(path.join(dir, "latin1.txt"), Buffer.from("Caf\xe9 title\n\nSome text.\n", "latin1"));
    await copyFile(path.join(FORMATS, "only-chrome.txt"), path.join(dir, "only-chrome.txt"));
    await writeFile(path.join(dir, "notes.pdf"), "not an article");
    await writeFile(path.join(dir, "locked.txt"), "Title\n\nBody text.\n");
    await chmod(path.join(dir, "locked.txt"), 0o000);
    const warnings: object[] = [];
    const logger: Logger = { ...silentLogger, warn: (obj) => warnings.push(obj) };
    const { articles, problems } = await loadCorpus(dir, logger);
    expect(articles.map((article) => article.file)).toEqual(
      process.getuid?.() === 0 ? ["good.md", "locked.txt"] : ["good.md"], // root reads any file
    );
    const reasons = Object.fromEntries(problems.map((problem) => [problem.file, problem.reason]));
    expect(reasons["bad-yaml.md"]).toMatch(/front matter is not valid YAML/);
    expect(reasons["bad-date.md"]).toBe('front matter date "not a date" is not a date');
    expect(reasons["empty.txt"]).toBe("the file is empty");
    expect(reasons["binary.txt"]).toBe("the file is binary, not text");
    expect(reasons["latin1.txt"]).toBe("the file is not UTF-8 text");
    expect(reasons["only-chrome.txt"]).toBe("no article text after removing site chrome");
    expect(reasons).not.toHaveProperty("notes.pdf");
    expect(warnings).toHaveLength(problems.length);
  });

  it("says plainly when the corpus folder does not exist", async () => {
    const { articles, problems } = await loadCorpus("/nonexistent/ofsted-corpus", silentLogger);
    expect(articles).toEqual([]);
    expect(problems).toEqual([{ file: "/nonexistent/ofsted-corpus", reason: "the folder does not exist" }]);
  });
});

describe("datelines glued to the text", () => {
  it("reads a date on the line after the title and keeps it out of the first sentence", () => {
    const result = parseArticle("glued.txt", Buffer.from("Councils improve\nThursday, 9 March 2017\nSome 22 councils were rated good in 2017.\n"));
    if (!result.ok) throw new Error(result.reason);
    expect(result.value.source).toMatchObject({ title: "Councils improve", date: "2017-03-09" });
    expect(result.value.blocks).toEqual([{ kind: "paragraph", text: "Some 22 councils were rated good in 2017." }]);
  });
});
