// Direct quotes in the five seed articles: every named speaker with the exact name and role.

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes/index.ts";
import type { Block, QuoteMention } from "../../src/types.ts";

const SEEDS = join(import.meta.dirname, "..", "fixtures", "seeds");
const IDS = ["000", "001", "002", "003", "004"] as const;

/** Where each seed's article body ends and the site's chrome begins (the pipeline drops it). */
const CHROME_STARTS: Record<string, string> = {
  "000": "Find out how to prepare",
  "001": "Media enquiries",
  "002": "CYP Now Digital membership",
  "004": "Proposed Ofsted indicators",
};

function seedText(id: string): string {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(`${id}_`));
  if (!file) throw new Error(`no seed ${id}`);
  return readFileSync(join(SEEDS, file), "utf8");
}

function looksLikeHeading(line: string): boolean {
  return line.split(/\s+/).length <= 8 && !/[.!?:;,"”’']$/.test(line) && !/^[“"‘']/.test(line);
}

/** Raw text split on blank lines; short unpunctuated lines become headings, bullets list items. */
function seedBlocks(id: string): Block[] {
  let text = seedText(id);
  const chrome = CHROME_STARTS[id];
  if (chrome && text.includes(chrome)) text = text.slice(0, text.indexOf(chrome));
  const blocks: Block[] = [];
  for (const raw of text.split(/\n\s*\n/)) {
    let para = raw.trim();
    if (para === "" || para.startsWith("We use cookies")) continue;
    // "Lack of detail\nThe Association …": a heading glued to its first paragraph.
    const nl = para.indexOf("\n");
    if (nl > 0 && looksLikeHeading(para.slice(0, nl).trim())) {
      blocks.push({ kind: "heading", text: para.slice(0, nl).trim() });
      para = para.slice(nl + 1).trim();
    }
    const bullet = /^(?:•|\d+\.)\s+/.exec(para);
    if (bullet) blocks.push({ kind: "list-item", text: para.slice(bullet[0].length) });
    else blocks.push({ kind: looksLikeHeading(para) ? "heading" : "paragraph", text: para });
  }
  return blocks;
}

const quotes: Record<string, QuoteMention[]> = Object.fromEntries(IDS.map((id) => [id, extractQuotes(seedBlocks(id))]));

function quoteBy(id: string, speaker: string | null, fragment: string): QuoteMention {
  const hit = (quotes[id] ?? []).find((q) => q.speaker === speaker && q.text.includes(fragment));
  if (!hit) {
    const got = (quotes[id] ?? []).map((q) => `${q.speaker}: ${q.text.slice(0, 50)}`).join("\n");
    throw new Error(`${id}: no quote by ${speaker} containing "${fragment}". Got:\n${got}`);
  }
  return hit;
}

function noQuoteContaining(id: string, fragment: string): void {
  expect((quotes[id] ?? []).filter((q) => q.text.includes(fragment))).toEqual([]);
}

describe("seed quotes are verbatim", () => {
  it.each(IDS)("%s: every quote's text appears in the article", (id) => {
    const raw = seedText(id);
    expect(quotes[id]?.length).toBeGreaterThan(0);
    for (const q of quotes[id] ?? []) {
      expect(raw).toContain(q.text);
      expect(q.text).not.toMatch(/^[“"‘']|[”"’',]$/);
    }
  });
});

describe("000 Community Care: annual report", () => {
  it("Michael Wilshaw, with the intro's role, over two paragraphs", () => {
    expect(quoteBy("000", "Michael Wilshaw", "Incompetent and ineffective leadership").role).toBe("HM chief inspector");
    expect(quoteBy("000", "Michael Wilshaw", "is a dangerous mix").role).toBe("HM chief inspector");
  });

  it("Debbie Jones", () => {
    expect(quoteBy("000", "Debbie Jones", "Ofsted will be rigorous").role).toBe("Ofsted’s national director for social care");
  });

  it("an organisation or document named in the attribution is the speaker", () => {
    const ofsted = quoteBy("000", "Ofsted", "the most basic acceptable practice is not in evidence");
    expect(ofsted.role).toBeUndefined();
    expect(ofsted.text).toBe("In the weakest places, the most basic acceptable practice is not in evidence");
    quoteBy("000", "the report", "are not delivering improvement");
  });

  it("Unison's fragment inside a 'claiming' clause is not a direct quote (decision: excluded)", () => {
    noQuoteContaining("000", "impossible choices of where the axe should fall");
    expect(quotes["000"]?.some((q) => q.speaker === "Unison")).toBe(false);
  });

  it("scare quotes and short phrases are not quotes", () => {
    for (const f of ["persistent absence of stable leadership", "less generous judgements"]) {
      noQuoteContaining("000", f);
    }
  });

  it("Ofsted's own words in its reported speech are its partial quote, as the hand annotation has it", () => {
    expect(quoteBy("000", "Ofsted", "ambitious enough").partial).toBe(true);
  });
});

describe("001 Ofsted press release: unmarked paragraphs after 'said:'", () => {
  it("Sir Michael Wilshaw, one quote per paragraph", () => {
    const role = "Ofsted’s Chief Inspector";
    expect(quoteBy("001", "Sir Michael Wilshaw", "clearly an on-going need for improvement").role).toBe(role);
    expect(quoteBy("001", "Sir Michael Wilshaw", "cannot be used as an excuse for poor performance").role).toBe(role);
    expect(quoteBy("001", "Sir Michael Wilshaw", "As I have said many times before").role).toBe(role);
  });

  it("Eleanor Schooling with her Ofsted role", () => {
    const role = "Ofsted’s National Director for Social Care";
    expect(quoteBy("001", "Eleanor Schooling", "grit, determination, and good leaders").role).toBe(role);
    expect(quoteBy("001", "Eleanor Schooling", "strong practice methodology").role).toBe(role);
  });

  it("the run stops before reporting, third-person organisation paragraphs and notes to editors", () => {
    for (const f of ["Today (28 June 2016)", "Under the new proposals", "Ofsted is committed", "full report is available"]) {
      noQuoteContaining("001", f);
    }
    expect(quotes["001"]).toHaveLength(6);
  });

  it("the bullet list and ‘inadequate’ are not quotes", () => {
    noQuoteContaining("001", "Manageable workloads");
    expect(quotes["001"]?.every((q) => q.text !== "inadequate")).toBe(true);
  });
});

describe("002 CYP Now: surname and pronoun attributions", () => {
  it("“…,” Wilshaw said resolves to the earlier indirect-speech introduction", () => {
    const q = quoteBy("002", "Sir Michael Wilshaw", "Too much leadership volatility");
    expect(q.role).toBe("chief inspector of Ofsted");
    quoteBy("002", "Sir Michael Wilshaw", "One in three local authorities has had a change");
    quoteBy("002", "Sir Michael Wilshaw", "political and managerial instability");
  });

  it("she said → Debbie Jones", () => {
    expect(quoteBy("002", "Debbie Jones", "It can be done").role).toBe("Ofsted’s national director for social care");
    quoteBy("002", "Debbie Jones", "support them to make the improvements");
  });

  it("he said → Andrew Webb, over four paragraphs of mixed straight and curly marks", () => {
    const role = "president of the Association of Directors of Children's Services (ADCS)";
    expect(quoteBy("002", "Andrew Webb", "strong and stable leadership teams").role).toBe(role);
    expect(quoteBy("002", "Andrew Webb", "A narrative judgment would allow").role).toBe(role);
  });

  it("he said → David Simmonds, not Andrew Webb", () => {
    const role = "chair of the Local Government Association’s Children and Young People Board";
    expect(quoteBy("002", "David Simmonds", "it is not a job which they can do alone").role).toBe(role);
    expect(quoteBy("002", "David Simmonds", "culture of moral responsibility").role).toBe(role);
  });

  it("“nurtured”, “recognised and nurtured” and mid-sentence report phrases are not quotes", () => {
    for (const f of ["nurtured", "climate of turbulence", "weak and poorly co-ordinated", "most basic acceptable practice"]) {
      noQuoteContaining("002", f);
    }
  });
});

describe("003 single-quoted paragraphs after 'said:'", () => {
  it("Debbie Jones, including the middle paragraph the site left unmarked", () => {
    const role = "Ofsted's National Director for Social Care";
    expect(quoteBy("003", "Debbie Jones", "The picture of performance we are publishing").role).toBe(role);
    expect(quoteBy("003", "Debbie Jones", "Some services are increasingly expert").role).toBe(role);
    expect(quoteBy("003", "Debbie Jones", "the improvements that children deserve.").text).not.toMatch(/'$/);
  });

  it("Cllr is an office, not part of the name: David Simmonds", () => {
    const role = "Chairman of the Local Government Association's Children and Young People Board";
    expect(quoteBy("003", "David Simmonds", "Nothing councils do is more important").role).toBe(role);
    expect(quoteBy("003", "David Simmonds", "Heinous crimes of neglect").role).toBe(role);
    expect(quotes["003"]).toHaveLength(6);
  });
});

describe("004 CYP Now feature: quotes around indirect introductions", () => {
  it("she says → Nushra Mansuri, and the quote after the attribution too", () => {
    const role = "the professional officer for England at the British Association of Social Workers";
    expect(quoteBy("004", "Nushra Mansuri", "It does seem unfair").role).toBe(role);
    quoteBy("004", "Nushra Mansuri", "the good performance going on will not get recognised");
  });

  it("Shaun Kelly, also as “Action for Children’s Kelly”", () => {
    const role = "head of safeguarding at Action for Children";
    expect(quoteBy("004", "Shaun Kelly", "the huge pressure that local authorities").role).toBe(role);
    expect(quoteBy("004", "Shaun Kelly", "The framework relies on cases").role).toBe(role);
    quoteBy("004", "Shaun Kelly", "closer links between the local area needs assessment");
  });

  it("Eleanor Schooling, attributed after the quote with a role containing commas", () => {
    const q = quoteBy("004", "Eleanor Schooling", "More work needs to be done");
    expect(q.role).toBe("chair of the ADCS committee on standards, performance and inspection policy");
    quoteBy("004", "Eleanor Schooling", "superficial tick-box approach");
  });

  it("Jack Smith, introduced in indirect speech, then he says", () => {
    const role = "policy and research officer at the Who Cares? Trust";
    expect(quoteBy("004", "Jack Smith", "limited mentions of kinship care").role).toBe(role);
    quoteBy("004", "Jack Smith", "other forms of permanence more strongly featured");
    quoteBy("004", "Jack Smith", "higher-tier services");
  });

  it("the tail's “…,” ⏎ he says is far from any antecedent: kept, speaker unknown", () => {
    expect(quoteBy("004", null, "There is a worry that by pulling it back").role).toBeUndefined();
    quoteBy("004", null, "judge a local authority on the quality of their relationships");
  });

  it("‘good’ is not a quote", () => {
    expect(quotes["004"]?.every((q) => q.text !== "good")).toBe(true);
  });
});
