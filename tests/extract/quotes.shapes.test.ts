// Issue 12: every quotation style and attribution shape real outlets use, on sentences written for
// these tests (no news text). Each test names the shape it holds the extractor to.

import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes/index.ts";
import type { Block, QuoteMention } from "../../src/types.ts";

const p = (text: string): Block => ({ kind: "paragraph", text });
const h = (text: string): Block => ({ kind: "heading", text });
const quotesOf = (...paragraphs: string[]): QuoteMention[] => extractQuotes(paragraphs.map(p));

describe("quotation marks", () => {
  it("curly double, straight double, curly single and straight single", () => {
    expect(quotesOf("Jane Lee said: “We will publish our plan in the spring.”")[0]).toMatchObject({ text: "We will publish our plan in the spring.", speaker: "Jane Lee" });
    expect(quotesOf('Jane Lee said: "We will publish our plan in the spring."')[0]).toMatchObject({ text: "We will publish our plan in the spring.", speaker: "Jane Lee" });
    expect(quotesOf("‘We will publish our plan in the spring,’ said Jane Lee.")[0]).toMatchObject({ text: "We will publish our plan in the spring", speaker: "Jane Lee" });
    expect(quotesOf("'We will publish our plan in the spring,' said Jane Lee.")[0]).toMatchObject({ text: "We will publish our plan in the spring", speaker: "Jane Lee" });
  });

  it("apostrophes inside and around single quotes are not quote marks", () => {
    const [quote] = quotesOf("Jane Lee, director of children’s services, said: ‘We have councils’ support and Ofsted’s backing for the children's plan.’");
    expect(quote).toMatchObject({ speaker: "Jane Lee", text: "We have councils’ support and Ofsted’s backing for the children's plan." });
    expect(quotesOf("The children's homes in councils' care and Ofsted’s inspectors were praised.")).toEqual([]);
  });

  it("scare quotes around a grade are not speech, single or double", () => {
    expect(quotesOf("Ofsted rated the council ‘inadequate’ in 2019 and 'good' in 2023, and its fostering service “outstanding”.")).toEqual([]);
    expect(quotesOf("Jane Lee said the council had been rated ‘inadequate’ twice.")).toEqual([]);
    expect(quotesOf("‘Inadequate’ ratings fell again this year, Ofsted said.")).toEqual([]);
  });
});

describe("open quotes", () => {
  it("runs over paragraphs with an opening mark on each and a closing mark only on the last", () => {
    const quotes = quotesOf(
      "Tom Price, chair of the safeguarding board, said:",
      "“The board met twelve times this year.",
      "‘Every meeting looked at the same three cases.",
      "“We will change that in the new year.”",
    );
    expect(quotes.map((quote) => [quote.speaker, quote.text])).toEqual([
      ["Tom Price", "The board met twelve times this year."],
      ["Tom Price", "Every meeting looked at the same three cases."],
      ["Tom Price", "We will change that in the new year."],
    ]);
    expect(quotes.some((quote) => quote.cutOff)).toBe(false);
  });

  it("a quote the stored page cuts off is kept, marked, and never glued to what follows", () => {
    const [cut] = quotesOf("Tom Price said: “The board met twelve times this year and every meeting looked at");
    expect(cut).toMatchObject({ speaker: "Tom Price", text: "The board met twelve times this year and every meeting looked at", cutOff: true });
    const quotes = extractQuotes([p("Tom Price said: “The board met twelve times this year and"), h("More from the council"), p("Bin collections change next week.")]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ cutOff: true });
    expect(quotes[0]!.text).not.toContain("Bin collections");
  });
});

describe("attribution shapes", () => {
  it("`X, ADCS President, said:` with the quote in the next paragraph", () => {
    const [quote] = quotesOf("Mark Hill, ADCS President, said:", "“Every director in the country will recognise this picture.”");
    expect(quote).toMatchObject({ speaker: "Mark Hill", role: "ADCS President", text: "Every director in the country will recognise this picture." });
  });

  it("`said X, chair of …` after the quote", () => {
    const [quote] = quotesOf("“We need more social workers and we need them now,” said Priya Shah, chair of the county’s children’s board.");
    expect(quote).toMatchObject({ speaker: "Priya Shah", role: "chair of the county’s children’s board" });
  });

  it("`X told Community Care: …`", () => {
    const [quote] = quotesOf("Priya Shah told Community Care: “The workforce is stretched to breaking point.”");
    expect(quote).toMatchObject({ speaker: "Priya Shah", text: "The workforce is stretched to breaking point." });
  });

  it("`according to X, “…”` and `“…”, according to X`", () => {
    expect(quotesOf("According to Priya Shah, chair of the board, “the workforce is stretched to breaking point.”")[0]).toMatchObject({
      speaker: "Priya Shah",
      role: "chair of the board",
    });
    expect(quotesOf("“The workforce is stretched to breaking point,” according to Priya Shah.")[0]).toMatchObject({ speaker: "Priya Shah" });
  });

  it("`X added` and `she says` after an introduction", () => {
    const quotes = quotesOf(
      "Priya Shah, chair of the board, said the pressure on staff was relentless.",
      "“We cannot go on like this,” she says. “Something has to give.”",
      "“We have written to the minister,” Shah added.",
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(["Priya Shah", "Priya Shah", "Priya Shah"]);
    expect(quotes.every((quote) => quote.role === "chair of the board")).toBe(true);
  });

  it("titles before names: Cllr dropped, Sir, Dame and Dr kept (with or without a full stop)", () => {
    expect(quotesOf("Cllr Anne Ward said: “We welcome the report.”")[0]?.speaker).toBe("Anne Ward");
    expect(quotesOf("“This is a turning point,” said Sir Alan Moss.")[0]?.speaker).toBe("Sir Alan Moss");
    expect(quotesOf("Dame Ann Green said: “This is a good day for children in care.”", "“We should celebrate it,” Dame Ann added.").map((q) => q.speaker)).toEqual([
      "Dame Ann Green",
      "Dame Ann Green",
    ]);
    expect(quotesOf("Dr. Ruth Ahmed, a lecturer in social work, said: “Caseloads are the single biggest problem.”")[0]).toMatchObject({
      speaker: "Dr Ruth Ahmed",
      role: "a lecturer in social work",
    });
  });

  it("a name with a particle, and an unnamed person by role only", () => {
    expect(quotesOf("The children's commissioner, Dame Rachel de Souza, said: “Children in care deserve better than this.”")[0]).toMatchObject({
      speaker: "Dame Rachel de Souza",
      role: "The children's commissioner",
    });
    expect(quotesOf("“I don’t think anyone expected this,” said one social worker, who asked not to be named.")[0]).toMatchObject({ speaker: null, role: "social worker" });
  });

  it("an organisation or body as the speaker", () => {
    expect(quotesOf("The Association of Directors of Children's Services said: “Councils cannot absorb these costs any longer.”")[0]?.speaker).toBe(
      "Association of Directors of Children's Services",
    );
    expect(quotesOf("“We are investing record sums in children’s social care,” a Department for Education spokesperson said.")[0]).toMatchObject({
      speaker: "Department for Education",
      role: "spokesperson",
    });
    expect(quotesOf("Northshire County Council was rated inadequate in May.", "“We accept the findings in full,” the council said in a statement.")[0]?.speaker).toBe(
      "Northshire County Council",
    );
  });

  it("a partial quote inside reported speech, even two words, is the speaker's", () => {
    const [quote] = quotesOf("Priya Shah said the figures were 'deeply worrying' and called for action.");
    expect(quote).toMatchObject({ text: "deeply worrying", speaker: "Priya Shah", partial: true, leadIn: "Priya Shah said the figures were" });
  });

  it("quotes of any length when attributed: two or three words", () => {
    expect(quotesOf("“Not good enough,” said Priya Shah.")[0]).toMatchObject({ text: "Not good enough", speaker: "Priya Shah" });
    expect(quotesOf("Priya Shah said: “Never again.”")[0]).toMatchObject({ text: "Never again.", speaker: "Priya Shah" });
  });
});

describe("roles", () => {
  it("beside the name, and from an earlier sentence of the same article", () => {
    const quotes = quotesOf(
      "Priya Shah is director of children’s services at Northshire County Council.",
      "The council was inspected in May.",
      "“We have turned a corner,” Shah said.",
    );
    expect(quotes[0]).toMatchObject({ speaker: "Priya Shah", role: "director of children’s services at Northshire County Council" });
  });

  it("“the chief inspector” is the person the article gave that role", () => {
    const [quote] = quotesOf("Sir Michael Wilshaw is HM chief inspector.", "“Leadership is everything,” the chief inspector said.");
    expect(quote).toMatchObject({ speaker: "Sir Michael Wilshaw", role: "HM chief inspector" });
  });
});

describe("when unsure, null", () => {
  it("a description that fits nobody or two bodies keeps speaker null and its role", () => {
    expect(quotesOf("“Leadership is everything,” the chief inspector said.")[0]).toMatchObject({ speaker: null, role: "chief inspector" });
    const [quote] = quotesOf("Northshire County Council and Southshire County Council were both inspected.", "“We accept the findings,” the council said.");
    expect(quote).toMatchObject({ speaker: null });
  });

  it("a name inside an organisation's name is not a speaker (“the Who Cares? Trust”)", () => {
    const [quote] = quotesOf("Jack Smith, policy officer at the Who Cares? Trust, said: “Kinship carers need far more support.”");
    expect(quote).toMatchObject({ speaker: "Jack Smith", role: "policy officer at the Who Cares? Trust" });
  });
});

describe("lead-ins", () => {
  it("the prose that introduces a quote is kept with it, verbatim, and carried over a run", () => {
    const intro = "Andrew Reed, chair of the fostering network, said all carers deserve training before a first placement.";
    const quotes = quotesOf(intro, "“Too many start with nothing,” he said.", "“It has to change.”");
    expect(quotes.map((quote) => quote.leadIn)).toEqual([intro, intro]);
  });
});

describe("a speaker the prose brings in without a name", () => {
  it("keeps 'she said' from the person named before", () => {
    const quotes = quotesOf(
      "Joan Pritchard, Unison's branch secretary, said the payments were welcome.",
      'One agency social worker, who asked not to be named, said she had worked for four councils. "The pay is better and I can leave when it gets unsafe," she said.',
    );
    const anonymous = quotes.find((quote) => quote.text.startsWith("The pay is better"));
    expect(anonymous).toBeDefined();
    expect(anonymous?.speaker).toBeNull();
  });

  it("also after 'A <role> said', and still resolves 'she said' when nobody else came in", () => {
    const quotes = quotesOf(
      "Kerry Adebayo, a social worker in Salford, said the averages hid busy teams.",
      'A principal social worker in a county said caseloads had risen. "The referrals came back with a vengeance," she said.',
    );
    expect(quotes.find((quote) => quote.text.includes("vengeance"))?.speaker).toBeNull();
    const named = quotesOf('Kerry Adebayo, a social worker in Salford, said the averages hid busy teams. "We are stretched," she said.');
    expect(named.find((quote) => quote.text.includes("stretched"))?.speaker).toBe("Kerry Adebayo");
  });
});

describe("a councillor's party and ward in brackets", () => {
  it("are no part of the speaker's name, before or after the quote", () => {
    expect(quotesOf('Councillor Simon Hale (Lab, Shipley East) said: "The executive thought it was all fine."')[0]?.speaker).toBe("Simon Hale");
    expect(quotesOf('"It should not have taken an inspection," said Councillor Dora Vance (Con, Baildon).')[0]?.speaker).toBe("Dora Vance");
  });
});

describe("a role before a name", () => {
  it("takes the words after a quotation, never the quotation, as the role", () => {
    const [quote] = quotesOf("“Our teams have worked hard for this, with partners, over many years,” Wessex Children’s Trust’s chair Alan Price said.");
    expect(quote).toMatchObject({ speaker: "Alan Price", role: "Wessex Children’s Trust’s chair" });
  });

  it("keeps a place in the role when the longest name would leave the role on 'of'", () => {
    const [quote] = quotesOf("Mayor of Castle Vale Priya Shah said: “This is a good day for our children.”");
    expect(quote).toMatchObject({ speaker: "Priya Shah", role: "Mayor of Castle Vale" });
    expect(quotesOf("Children's commissioner Dame Rachel de Souza said: “This is a good day for our children.”")[0]).toMatchObject({ speaker: "Dame Rachel de Souza" });
  });
});

describe("a relative clause between a speaker and the verb", () => {
  it("is about the speaker, commas and all", () => {
    const [quote] = quotesOf("Nadia Farrow, who leads the Green, Liberal Democrat and Independent group, said the result was “a wake-up call nobody heeded”.");
    expect(quote).toMatchObject({ speaker: "Nadia Farrow", text: "a wake-up call nobody heeded" });
  });
});

describe("names written with more than the name", () => {
  it("drops letters after a name, and reads a job written after them as the role", () => {
    expect(quotesOf("Carys Pembroke OBE, chair of the Family Rights Forum, said: “This is the year the waiting list finally fell.”")[0]).toMatchObject({
      speaker: "Carys Pembroke",
      role: "chair of the Family Rights Forum",
    });
    expect(quotesOf("Idris Vantongeren CBE chief executive of Kinship Matters, said: “We expected the fall, and it came.”")[0]).toMatchObject({
      speaker: "Idris Vantongeren",
      role: "chief executive of Kinship Matters",
    });
  });

  it("keeps a particle inside a name introduced in prose, for the pronoun after it", () => {
    const quotes = quotesOf("Children's Commissioner Dame Imogen van Dijk found that hundreds of children were in unregistered homes.", "She said: “No child should be living in a home nobody has checked.”");
    expect(quotes[0]).toMatchObject({ speaker: "Dame Imogen van Dijk" });
  });

  it("keeps a role whose own words are a list ('Children, Education and Families') with its speaker", () => {
    expect(quotesOf("Rhodri Maddox, Wessex County Council's Director for Children, Education and Families, said: “We let these young people down.”")[0]).toMatchObject({ speaker: "Rhodri Maddox" });
  });

  it("gives a quote two people said jointly to neither", () => {
    expect(quotesOf("Elspeth Rowe, the chair, and Callum Price said: “We let these young people down.”")[0]).toMatchObject({ speaker: null });
  });

  it("takes the name after a lead-in written without its comma", () => {
    expect(quotesOf("Responding to the figures Petra Linwood, policy lead at Care Voices, said: “Too many children are still moved far from home.”")[0]).toMatchObject({
      speaker: "Petra Linwood",
      role: "policy lead at Care Voices",
    });
  });
});

describe("a surname that is also a word of prose, and a name the reader cannot parse (hry117)", () => {
  it("reads 'Frank Young' and 'Theresa May' as people, and the Young People's Panel as a body", () => {
    expect(quotesOf("Frank Young, research director at Civitas, who co-authored the report, said: “We need to break the care ceiling.”")[0]).toMatchObject({ speaker: "Frank Young" });
    expect(quotesOf("Theresa May said: “We will publish our plan in the spring.”")[0]).toMatchObject({ speaker: "Theresa May" });
    expect(quotesOf("The Young People’s Panel said: “We were not heard.”")[0]?.speaker).not.toBe("Young");
  });

  it("never gives a described speaker it cannot name to another director the article named", () => {
    const quotes = quotesOf("Frank Smith, research director at Civitas, said: “We need to break the care ceiling.”", "Jane DeVito, the director, said: “We need to go further.”");
    expect(quotes[1]?.speaker).not.toBe("Frank Smith");
    expect(quotes[1]?.speaker).toBe("Jane DeVito");
  });
});
