// Quotes whose speaker stands in the paragraph before (reported speech, then the words) or after
// them with a less common verb of speech (`"…," Ruth predicted`). Our own sentences.

import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes/index.ts";
import type { Block } from "../../src/types.ts";

const p = (text: string): Block => ({ kind: "paragraph", text });

describe("a quote paragraph after one person's reported speech", () => {
  it("is that person's, with the role the intro gave", () => {
    const quotes = extractQuotes([
      p("Ruth Ellis, who chairs the Foster Carers Forum, said the findings were a warning to every council."),
      p("“We are losing carers faster than we can recruit them.”"),
    ]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ speaker: "Ruth Ellis", text: "We are losing carers faster than we can recruit them." });
  });

  it("runs on into the next marked paragraph with the same speaker", () => {
    const quotes = extractQuotes([
      p("Omar Khan said the rise in vacancies would cost councils dearly."),
      p("“Agency staff cost far more than permanent social workers."),
      p("“That money has to come from somewhere.”"),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(["Omar Khan", "Omar Khan"]);
  });

  it("is nobody's when the paragraph before only mentions a body", () => {
    const quotes = extractQuotes([
      p("The government said the figures did not count merged centres."),
      p("“In many cases the same services are still provided on the same sites.”"),
    ]);
    expect(quotes[0]?.speaker).toBeNull();
  });

  it("is nobody's when a paragraph stands between", () => {
    const quotes = extractQuotes([
      p("Omar Khan said the rise in vacancies would cost councils dearly."),
      p("Councils in the region spent £12m on agency staff last year, up from £9m."),
      p("“Agency staff cost far more than permanent social workers.”"),
    ]);
    expect(quotes[0]?.speaker).toBeNull();
  });

  it("is nobody's when the speech verb is not the last sentence's", () => {
    const quotes = extractQuotes([
      p("Omar Khan said the rise in vacancies would cost councils dearly. The county has 40 vacant posts."),
      p("“Agency staff cost far more than permanent social workers.”"),
    ]);
    expect(quotes[0]?.speaker).toBeNull();
  });
});

describe("a quote closing a paragraph after its speaker's reported speech", () => {
  it("is theirs, past a lead-in clause before the name", () => {
    const quotes = extractQuotes([p("Replying to a question from the opposition, Lord Hale disclosed the numbers, which were gathered over two years. “We know some of these children go missing. Most are found within days.”")]);
    expect(quotes).toEqual([expect.objectContaining({ speaker: "Lord Hale", text: "We know some of these children go missing. Most are found within days." })]);
  });

  it("is the person's a pronoun names, and nobody's after a body's report", () => {
    const quotes = extractQuotes([
      p("Ruth Ellis is the council's director of children's services."),
      p("She said the grades did not follow deprivation. “Some of the poorest places are good. Leadership is the difference.”"),
      p("Ofsted published the report on Tuesday. “The council has made slow progress since its last inspection.”"),
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(["Ruth Ellis"]);
  });
});

describe("less common verbs of direct speech", () => {
  it("attribute a quote after it", () => {
    const quotes = extractQuotes([p("“We will have a good rating within two years,” Omar Khan predicted.")]);
    expect(quotes[0]).toMatchObject({ speaker: "Omar Khan", text: "We will have a good rating within two years" });
  });

  it("never hold a scare-quoted phrase as someone's partial quote", () => {
    const quotes = extractQuotes([
      p("Councils are paying more for ‘very high cost’ placements, the Local Government Association has revealed."),
      p("Sir Tom Hale revealed that more than half of recent ‘single’ inspection reports found failings."),
    ]);
    expect(quotes).toEqual([]);
  });
});

describe("a party and ward in brackets", () => {
  it("are no part of the name, before the role as after it", () => {
    const quotes = extractQuotes([
      p("Councillor Jo Marsh (Lab: Eastfield), leader of the council, said: “The trust spent money and sent us the bill.”"),
      p("“That cannot go on.”"),
    ]);
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([["Jo Marsh", "leader of the council"], ["Jo Marsh", "leader of the council"]]);
  });
});


describe("two named people joined by 'and'", () => {
  it("speak together: the quote is neither's alone, and no name goes into the other's role", () => {
    const quotes = extractQuotes([p("Network chair Tom Hale and children's spokesman Ian Price said: “The funding is not sustainable.”")]);
    expect(quotes[0]?.speaker ?? null).toBeNull();
    expect(extractQuotes([p("Jane Reed and John Marsh said: “The funding is not sustainable.”")])[0]?.speaker ?? null).toBeNull();
  });

  it("a body's name with 'and' in a role is no second person", () => {
    const quotes = extractQuotes([p("Cllr Ann Bell, Chairman of the Local Government Association's Children and Young People Board, said: “Nothing matters more than this.”")]);
    expect(quotes[0]?.speaker).toBe("Ann Bell");
  });
});

describe("a partial quote inside another's document", () => {
  it("is not the words of the person reporting it", () => {
    const quotes = extractQuotes([p("Cllr Ann Bell said Lord Hale's first letter to the minister indicated a ‘good start’ had been made.")]);
    expect(quotes).toEqual([]);
    expect(extractQuotes([p("Ann Bell said the figures were ‘deeply worrying’.")])[0]?.speaker).toBe("Ann Bell");
  });
});

describe("a speaker's words set apart as a block quote", () => {
  it("end where the page stops marking them: the plain paragraph after is the page's own", () => {
    const quotes = extractQuotes([
      p("The children's minister, Ann Bell, said:"),
      { kind: "paragraph", text: "It is great to see the number of children adopted rise to its highest level yet.", quoted: true },
      p("The new figures are a direct result of reforms to the adoption system."),
    ]);
    expect(quotes.map((quote) => [quote.text, quote.speaker])).toEqual([["It is great to see the number of children adopted rise to its highest level yet.", "Ann Bell"]]);
  });

  it("unmarked paragraphs after 'said:' are still one run of speech", () => {
    const quotes = extractQuotes([p("The children's minister, Ann Bell, said:"), p("It is great to see the number of children adopted rise to its highest level yet."), p("We will keep going with our reforms to the adoption system.")]);
    expect(quotes.map((quote) => quote.speaker)).toEqual(["Ann Bell", "Ann Bell"]);
  });
});

describe("an opening phrase before the speaker (hry111)", () => {
  it("is no part of who spoke, whatever commas the role holds", () => {
    const [quote] = extractQuotes([p("Responding to the report, Cllr Ann Bell, chair of the Association's Children, Young People and Families Board, said: “The cost of placements leaves less for early help.”")]);
    expect(quote?.speaker).toBe("Ann Bell");
    expect(extractQuotes([p("Speaking at the conference, the minister said: “We will act on this now.”")])[0]?.speaker ?? null).toBeNull();
  });
  it("takes a title before the name and a role after it, and a lead-in past a dashed aside (hry159)", () => {
    const [titled] = extractQuotes([p("Lead investigator Jo Bell, professor of social work at a university, said: “Neglect is linked to poverty.”")]);
    expect(titled?.speaker).toBe("Jo Bell");
    const [aside] = extractQuotes([p("Commenting on the rise in contacts – the first information a council receives about a child – Jo Bell said: “That is a busy system.”")]);
    expect(aside?.speaker).toBe("Jo Bell");
  });
  it("gives a speech trailed in the future tense to its speaker (hry148)", () => {
    expect(extractQuotes([p("Jo Bell will say: “We need a radical reset.”")])[0]?.speaker).toBe("Jo Bell");
    expect(extractQuotes([p("“We need a radical reset,” Jo Bell will say.")])[0]?.speaker).toBe("Jo Bell");
  });
  it("keeps when and why out of a role told in a sentence of its own (hry158)", () => {
    const [quote] = extractQuotes([p("Eleanor Brazil was appointed as a commissioner in December following an 'inadequate' Ofsted ranking."), p("Ms Brazil said: “Progress has been intermittent.”")]);
    expect(quote?.speaker).toBe("Eleanor Brazil");
    expect(quote?.role ?? "").not.toMatch(/Ofsted|December/);
  });
  it("ends at a role and a name even with no comma at all (hry156)", () => {
    const [quote] = extractQuotes([p("Commenting on the latest workforce statistics ADCS President Jo Bell said:"), p("“We now face a perfect storm of fewer social workers.”")]);
    expect(quote?.speaker).toBe("Jo Bell");
    expect(extractQuotes([p("Commenting on the report the association said:"), p("“We now face a perfect storm.”")])[0]?.speaker ?? null).toBeNull();
  });
});
