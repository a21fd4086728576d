// Quote attribution on constructed text: pronoun ambiguity, split attributions, run limits,
// scare quotes, and a property test that extraction never throws and stays verbatim.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { QuoteAttributor, extractQuotes } from "../../src/extract/quotes/index.ts";
import type { Block } from "../../src/types.ts";

const p = (text: string): Block => ({ kind: "paragraph", text });
const h = (text: string): Block => ({ kind: "heading", text });

describe("pronouns", () => {
  it("a body named with its acronym in brackets is no candidate, even named again beside the speaker", () => {
    const quotes = extractQuotes([
      p("Figures from the Council for Family Rights (CFR) show a steep fall."),
      p("Dr Anna Price, director of CFR, says the trend is worrying. “We cannot let this continue,” she says."),
    ]);
    expect(quotes[0]?.speaker).toBe("Dr Anna Price");
  });

  it("a role whose name holds a list keeps the whole list", () => {
    const quotes = extractQuotes([p("Ruth Ellis, Director of Health, Care and Housing at the council, said: “We are acting on the findings.”")]);
    expect(quotes[0]).toMatchObject({ speaker: "Ruth Ellis", role: "Director of Health, Care and Housing at the council" });
  });

  it("a partial quote after 'while' a second person acted is that person's", () => {
    const quotes = extractQuotes([p("Cllr Ann Bell, the lead member for children, praised the report while Cllr Owen Hart has urged the council to commit to “a far more honest culture.”")]);
    expect(quotes[0]?.speaker).toBe("Owen Hart");
  });

  it("two speakers each with a role, joined by 'and', give the quote to neither", () => {
    const quotes = extractQuotes([p("Ruth Ellis, the chair, and Omar Khan, the director, said: “We are acting on the findings.”")]);
    expect(quotes[0]?.speaker).toBeNull();
  });

  it("'he said' never passes over the subject to a name in a side clause ('headed by …')", () => {
    const quotes = extractQuotes([
      p("The minister spoke in Leeds on Monday."),
      p("He praised the scheme, headed by Ruth Ellis, as a real success."),
      p("“Almost every family has now been helped,” he said."),
    ]);
    expect(quotes[0]?.speaker).toBeNull();
  });

  it("a party in brackets after a name is no part of it", () => {
    const quotes = extractQuotes([p("Councillor Mark Ellis (Con) spoke at the meeting."), p("“We are letting these children down,” he said.")]);
    expect(quotes[0]?.speaker).toBe("Mark Ellis");
  });

  it("two compatible people named in the same paragraph → speaker null", () => {
    const quotes = extractQuotes([
      p("Jane Smith, director of children's services at Kent, met Mary Jones, chair of the safeguarding board, on Monday."),
      p("“We will not let these children down again, whatever it takes,” she said."),
    ]);
    expect(quotes).toEqual([
      {
        text: "We will not let these children down again, whatever it takes",
        speaker: null,
        leadIn: "Jane Smith, director of children's services at Kent, met Mary Jones, chair of the safeguarding board, on Monday.",
      },
    ]);
  });

  it("an honorific tells the antecedent apart", () => {
    const quotes = extractQuotes([
      p("Sir John Brown, chief executive of the trust, and Dame Ann Green, chair of the board, spoke at the launch."),
      p("“This is the most important report we have published in years,” she said."),
    ]);
    expect(quotes[0]).toMatchObject({ speaker: "Dame Ann Green", role: "chair of the board" });
  });

  it("a pronoun with only an incompatible antecedent → null", () => {
    const quotes = extractQuotes([
      p("Dame Ann Green, chair of the board, welcomed the findings."),
      p("“We have a long way to go before every child is safe,” he said."),
    ]);
    expect(quotes[0]?.speaker).toBeNull();
  });

  it("does not reach across a heading or more than a few paragraphs", () => {
    const intro = p("Shaun Kelly, head of safeguarding at Action for Children, says the plans are welcome.");
    const filler = p("The consultation closes in July and inspections start in November.");
    const quote = p("“There is a worry that the new framework will miss these children,” he says.");
    expect(extractQuotes([intro, h("Safeguarding boards"), quote])[0]?.speaker).toBeNull();
    expect(extractQuotes([intro, filler, filler, filler, filler, quote])[0]?.speaker).toBeNull();
    expect(extractQuotes([intro, filler, quote])[0]?.speaker).toBe("Shaun Kelly");
  });

  it("a person brought in by kinship or by a changed first name comes between the named speaker and 'she' → null", () => {
    const named = p("Dame Ann Green, chair of the board, said: “The system is failing the children who need it most.”");
    const quote = p("She said: “Nobody told us what the order would mean for our son.”");
    for (const between of ["Their mother was told the boy would be moved 150 miles away.", "Maria* was told her daughter would be placed in another county.", "The girl's father found out from a social worker."]) {
      expect(extractQuotes([named, p(between), quote])[1]?.speaker, between).toBeNull();
    }
    // Nobody else between: the named speaker is still the antecedent.
    expect(extractQuotes([named, p("The board meets again in the spring."), quote])[1]?.speaker).toBe("Dame Ann Green");
  });

  it("a person named before a colon, with no verb, introduces the quote; a heading before a colon does not", () => {
    expect(extractQuotes([p("NSPCC policy head Rana Patel: “Every delay leaves a child at risk for longer.”")])[0]).toMatchObject({ speaker: "Rana Patel", role: "NSPCC policy head" });
    expect(extractQuotes([p("Rana Patel, policy head at the NSPCC: “Every delay leaves a child at risk for longer.”")])[0]).toMatchObject({ speaker: "Rana Patel", role: "policy head at the NSPCC" });
    expect(extractQuotes([p("Recommendation four: “Every council should publish its sufficiency plan each year.”")])[0]?.speaker ?? null).toBeNull();
  });

  it("an aside between dashes after the name leaves the person the speaker, not their employer", () => {
    for (const aside of ["Priya Shah- who stays in post –", "Priya Shah – who stays in post –"]) {
      const [quote] = extractQuotes([p(`In a note to staff, Wexbridge Council’s chief executive ${aside} said: “Our director has my full support.”`)]);
      expect(quote, aside).toMatchObject({ speaker: "Priya Shah" });
    }
  });

  it("a quote in single marks left open after the intro's colon runs on into the next paragraph", () => {
    const quotes = extractQuotes([
      p("Cllr Dev Rao, chair of the board, said: ‘With more children than ever needing help, councils are paying more for every placement."),
      p("‘Councils need the powers to step into this market.’"),
    ]);
    expect(quotes.map((quote) => quote.speaker)).toEqual(["Dev Rao", "Dev Rao"]);
  });

  it("a role with commas of its own still leaves the named person the speaker", () => {
    const [quote] = extractQuotes([p("Mara Quinn, chief executive of Harbour, the national charity for young people leaving care, said: “These figures should worry everyone.”")]);
    expect(quote?.speaker).toBe("Mara Quinn");
  });

  it("a council cabinet's 'portfolio holder' is a role", () => {
    const [quote] = extractQuotes([p("Councillor Tom Hale, portfolio holder for children's services, said: “We accept every recommendation in the report.”")]);
    expect(quote).toMatchObject({ speaker: "Tom Hale", role: "portfolio holder for children's services" });
  });

  it("a surname shared by two introduced people → null", () => {
    const quotes = extractQuotes([
      p("Jack Smith, policy officer at the Who Cares? Trust, and Anna Smith, head of social work at Leeds, gave evidence."),
      p("“Nobody has yet explained how the grades will be decided,” Smith said."),
    ]);
    expect(quotes[0]?.speaker).toBeNull();
  });
});

describe("people named without an introduction", () => {
  it("still count as pronoun candidates", () => {
    const quotes = extractQuotes([
      p("Jane Smith, director of children's services, spoke after Mary Jones opened the meeting."),
      p("“We will not let these children down again, whatever it takes,” she said."),
    ]);
    expect(quotes[0]?.speaker).toBeNull();
  });

  it("a different first name is a different person", () => {
    const quotes = extractQuotes([
      p("Jack Smith, policy officer at the Who Cares? Trust, gave evidence."),
      p("Later that day Anna Smith gave evidence too."),
      p("“Nobody has yet explained how the grades will be decided,” Smith said."),
    ]);
    expect(quotes[0]?.speaker).toBeNull();
  });
});

describe("split attribution (004's tail)", () => {
  const quote = p("“There is a worry that Ofsted won’t be able to look at how other services interact,”");
  const tail = p("he says.");

  it("a detached `he says.` block attributes the quote when the antecedent is close", () => {
    const quotes = extractQuotes([
      p("Shaun Kelly, head of safeguarding at Action for Children, says more context is needed."),
      quote,
      tail,
      p("“Multi-agency inspections recognised that care does not end at the town hall.”"),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(["Shaun Kelly", "Shaun Kelly"]);
  });

  it("with no antecedent in reach it stays unattributed, never misattributed", () => {
    const quotes = extractQuotes([
      p("Shaun Kelly, head of safeguarding at Action for Children, says more context is needed."),
      h("Safeguarding boards"),
      quote,
      tail,
    ]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker).toBeNull();
    expect(quotes.some((q) => q.text.includes("he says"))).toBe(false);
  });
});

describe("what is not a quote", () => {
  it("scare quotes and fragments inside a sentence, even long ones", () => {
    const quotes = extractQuotes([
      p("Wilshaw said leaders must be “recognised and nurtured” and councils rated ‘inadequate’ or “good”."),
      p("Many areas are struggling in a “climate of turbulence, increased workloads and intense scrutiny”."),
    ]);
    expect(quotes).toEqual([]);
  });

  it("an organisation's words in its own reported speech are its partial quote", () => {
    // The hand annotation (eval/annotations/quotes) gives these words to Unison.
    const [quote] = extractQuotes([p("Unison blamed cuts, claiming councils faced “impossible choices of where the axe should fall”.")]);
    expect(quote).toMatchObject({ text: "impossible choices of where the axe should fall", speaker: "Unison", partial: true });
  });

  it("a short pull-quote tag without a sentence is dropped", () => {
    expect(extractQuotes([p("“Opportunities in districts teams and countywide”")])).toEqual([]);
  });

  it("a whole-paragraph quote that reads as speech is kept, unattributed", () => {
    expect(extractQuotes([p("“Every child deserves a social worker who knows their name.”")])).toEqual([
      { text: "Every child deserves a social worker who knows their name.", speaker: null },
    ]);
  });
});

describe("attribution forms", () => {
  it("straight quotes, intro with a colon, and a role after the verb", () => {
    const quotes = extractQuotes([
      p('Council leader, Ann Brown, said: "We accept every one of the recommendations in full."'),
      p('"The pace of change has not been good enough," said John White, director of children\'s services.'),
    ]);
    expect(quotes).toEqual([
      { text: "We accept every one of the recommendations in full.", speaker: "Ann Brown", role: "Council leader", leadIn: "Council leader, Ann Brown, said:" },
      {
        text: "The pace of change has not been good enough",
        speaker: "John White",
        role: "director of children's services",
      },
    ]);
  });

  it("after a quote that ends its sentence, a new sentence is not its attribution", () => {
    const quotes = extractQuotes([
      p("Sir John Brown, chief executive of the trust, spoke at the launch."),
      p("“We are proud of what our social workers have achieved.” Ofsted said the council had improved."),
      p("“We are proud of what our social workers have achieved.” Brown said."),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(["Sir John Brown"]);
  });

  it("a role written straight before the name, and a knight by first name", () => {
    const quotes = extractQuotes([
      p("Children's minister Edward Timpson said: “Every council must now act on these findings without delay.”"),
      p("“Too much leadership volatility in social care is counter-productive,” said HM chief inspector Sir Michael Wilshaw."),
      p("“Where leaders stay, services improve and children are safer,” Sir Michael said."),
    ]);
    expect(quotes).toEqual([
      {
        text: "Every council must now act on these findings without delay.",
        speaker: "Edward Timpson",
        role: "Children's minister",
        leadIn: "Children's minister Edward Timpson said:",
      },
      {
        text: "Too much leadership volatility in social care is counter-productive",
        speaker: "Sir Michael Wilshaw",
        role: "HM chief inspector",
      },
      { text: "Where leaders stay, services improve and children are safer", speaker: "Sir Michael Wilshaw", role: "HM chief inspector" },
    ]);
  });

  it("a role never swallows the subject it belongs to", () => {
    const quotes = extractQuotes([p("The report by Jane Doe said: “Every council must now act on these findings without delay.”")]);
    expect(quotes[0]?.speaker).toBeNull();
  });

  it("a description is a role, not a speaker", () => {
    const quotes = extractQuotes([p("“We are disappointed with the outcome of the inspection,” said a council spokesman.")]);
    expect(quotes).toEqual([
      { text: "We are disappointed with the outcome of the inspection", speaker: null, role: "council spokesman" },
    ]);
  });

  it("one class instance remembers people across blocks", () => {
    const attributor = new QuoteAttributor();
    const quotes = attributor.extract([
      p("Sir Michael Wilshaw, chief inspector of Ofsted said that leadership matters."),
      p("“Too much leadership volatility in social care is counter-productive,” Wilshaw said."),
    ]);
    expect(quotes[0]).toMatchObject({ speaker: "Sir Michael Wilshaw", role: "chief inspector of Ofsted" });
    // A second article starts from nobody: its "Wilshaw" is only a literal name.
    const next = attributor.extract([p("“Too much leadership volatility in social care is counter-productive,” Wilshaw said.")]);
    expect(next).toEqual([{ text: "Too much leadership volatility in social care is counter-productive", speaker: "Wilshaw" }]);
  });
});

describe("press-release runs", () => {
  const intro = p("The council’s Director of Children’s Services, Ann Brown, said:");

  it("stop at a heading, a dated paragraph and notes to editors", () => {
    const quotes = extractQuotes([
      intro,
      p("We have worked hard with our partners to make these improvements for children."),
      p("Today (3 May 2017) the council also published its improvement plan for the next year."),
      p("There are further changes to the service planned for next year in every district."),
    ]);
    expect(quotes.map((q) => q.text)).toEqual(["We have worked hard with our partners to make these improvements for children."]);
    expect(extractQuotes([intro, h("Notes to editors"), p("The full report is available on the council website.")])).toEqual([]);
  });

  it("an unclosed single-quoted run keeps only paragraphs that open with a mark", () => {
    const quotes = extractQuotes([
      intro,
      p("'We have worked hard with our partners to make these improvements."),
      p("The council will publish its improvement plan for the next year."),
    ]);
    expect(quotes.map((q) => q.text)).toEqual(["We have worked hard with our partners to make these improvements."]);
  });

  it("unmarked paragraphs after an unresolvable intro are not quoted", () => {
    expect(extractQuotes([p("They said:"), p("We have worked hard with our partners to make these improvements.")])).toEqual([]);
  });
});

describe("robustness", () => {
  it("empty and degenerate input", () => {
    expect(extractQuotes([])).toEqual([]);
    expect(extractQuotes([p(""), h(""), p("“"), p("”"), p('"'), p("said:"), p("'")])).toEqual([]);
  });

  // Speed is the benchmark's to measure; a pathological paragraph must still be read through to the end.
  it("reads a huge paragraph of quote marks and commas through to a real quote after it", () => {
    const big = "“a, b, c,” he said. ".repeat(20_000) + "“" + ",".repeat(50_000) + " ".repeat(50_000);
    const quotes = extractQuotes([p(big), p(big), p("“We will act now for every child in every area,” said Ofsted.")]);
    expect(quotes.at(-1)).toMatchObject({ speaker: "Ofsted" });
    expect(quotes.at(-1)?.text).toContain("We will act now for every child in every area");
  });

  const word = fc.constantFrom(
    "“", "”", '"', "‘", "’", "'", "said", "says", "said:", "he", "she", "Sir", "Michael", "Wilshaw", "Debbie",
    "Jones,", "chief", "inspector,", "the", "report", "stated.", ",", ".", ":", "\n", "Ofsted", "we", "will",
    "Cllr", "Today", "(28 June 2016)", "Notes to editors", "children", "services",
  );
  const plain = fc.array(fc.constantFrom("we", "will", "act", "now", "for", "every", "child", "here"), { minLength: 3, maxLength: 12 });
  // Shaped like real attributions, so the property also exercises the paths that emit quotes.
  const shaped = fc
    .tuple(fc.constantFrom("“", '"', "'", ""), plain, fc.constantFrom(",”", '."', ".’", ""), fc.array(word, { maxLength: 8 }))
    .map(([open, ws, close, tail]) => `${open}${ws.join(" ")}${close} ${tail.join(" ")}`);
  const text = fc.oneof(fc.array(word, { maxLength: 40 }).map((ws) => ws.join(" ")), shaped, fc.string({ maxLength: 200 }));
  const block = fc.record({ kind: fc.constantFrom("heading", "paragraph", "list-item") as fc.Arbitrary<Block["kind"]>, text });

  it("never throws, and every quote is a verbatim substring of the blocks", () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 12 }), (blocks) => {
        const all = blocks.map((b) => b.text).join("\n\n");
        for (const q of extractQuotes(blocks)) {
          expect(all).toContain(q.text);
          if (q.leadIn !== undefined) expect(blocks.some((b) => b.text.includes(q.leadIn!))).toBe(true);
          expect(q.text.trim()).not.toBe("");
          expect(q.speaker === null || (typeof q.speaker === "string" && q.speaker !== "")).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("a role ending on an organisation's name, then the speaker's name, with no comma (hry75)", () => {
  it("keeps the organisation's last word in the role: '… of Social Workers Nushra Mansuri'", () => {
    const blocks: Block[] = [{ kind: "paragraph", text: "Policy lead for the Association of Foster Care Workers Imogen Marlowe said the findings were “deeply worrying” for carers." }];
    expect(extractQuotes(blocks).map((quote) => [quote.speaker, quote.role])).toEqual([["Imogen Marlowe", "Policy lead for the Association of Foster Care Workers"]]);
  });
});

describe("a capitalised job before the speaker's name and a colon (hry81)", () => {
  it("keeps the job in the role: 'ADCS President Jenny Coles: “…”'", () => {
    const blocks: Block[] = [{ kind: "paragraph", text: "ADCS President Rhiannon Voss: “We are concerned about these placements.”" }];
    expect(extractQuotes(blocks).map((quote) => [quote.speaker, quote.role])).toEqual([["Rhiannon Voss", "ADCS President"]]);
  });
});

describe("a partial quote at the end of a long reported-speech clause (hry84)", () => {
  it("is the speaker's when the clause opens on their pronoun: 'said he was pleased …, as well as for staff who had “worked so hard”'", () => {
    const blocks: Block[] = [{ kind: "paragraph", text: "Cabinet member for children's services, Tom Bexley, said he was pleased for the children, young people and families the council supported, as well as for staff who had \"worked so hard\" to improve services." }];
    expect(extractQuotes(blocks).map((quote) => [quote.speaker, quote.text])).toEqual([["Tom Bexley", "worked so hard"]]);
    // A long clause with no pronoun of the speaker is the reporter's words.
    const far: Block[] = [{ kind: "paragraph", text: "Tom Bexley said the council, the trust, the partners and all of the schools across the whole of the county had at last been \"on the same page\" since the spring." }];
    expect(extractQuotes(far).map((quote) => quote.text)).toEqual([]);
  });
});
