// Sentences in the shapes of two trials (the single inspection framework's years hry151, children's
// homes' staff hry153), written for the test.
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/extract/figures/index.ts";
import { createAnswerer } from "../../src/answer/answer.ts";
import { buildArchive } from "../../src/archive/buildArchive.ts";
import { articleOf } from "../helpers/articles.ts";

const inArticle = (date: string, ...paragraphs: string[]) => {
  const archive = buildArchive([articleOf("a", "A test article", date, ...paragraphs)]);
  const answer = createAnswerer(archive);
  return { archive, check: (text: string) => answer(`check ${text}`).checks![0]! };
};
const read = (sentence: string, date = "2016-06-01") => extractFigures(sentence, { date });

describe("a grade naming the group another measure is taken in (hry153)", () => {
  it("is no share of that grade", () => {
    expect(read("Half of staff in good homes rate their supervision as good, yet this falls to just 21% in those services rated 'inadequate'.")[1]?.measure).toBeUndefined();
    expect(read("Half of staff in good homes rate their supervision as good, yet this falls to 38% among those working in homes rated as 'requiring improvement'.")[1]?.measure).toBeUndefined();
    expect(read("In homes rated 'requires improvement' this rose to 53%, and almost all 'inadequate' homes were criticised on these areas.")[0]?.measure).toBeUndefined();
    expect(read("The proportion of homes rated inadequate rose to 21% in 2016.")[0]?.measure?.indicator).toBe("inadequate");
  });
  it("supports and refutes no claim about homes' grades", () => {
    const { check } = inArticle("2016-06-01", "A survey of 260 residential care workers asked about supervision.", "Half of staff in good homes rate their supervision as good, yet this falls to just 21% in those services rated 'inadequate'.");
    expect(check("21% of children's homes were rated inadequate in 2016").verdict).toBe("unverified");
  });
});

describe("counts that are not the homes' stock (hry153)", () => {
  it("'either this rating or another' lends no grade from the sentence before", () => {
    const { archive } = inArticle("2015-06-01", 'A third of children\'s homes in the east of England have been branded "inadequate" by Ofsted.', 'Out of the 194 children\'s homes in the region, 54 of them either were given this rating or were told they "required improvement" by inspectors.');
    expect(archive.figures.find((figure) => figure.text === "54")?.measure).toBeUndefined();
  });
  it("homes added and one home of a place are no count of homes", () => {
    const [added] = read("An additional 346 homes providing 1,155 more places were created in the year to 31 March.", "2021-07-01");
    expect(added?.change).toBe(true);
    expect(read("Kids moved out of one Oldham children's home", "2025-12-22")[0]?.measure).toBeUndefined();
    expect(read("One council was rated inadequate in 2016.")[0]?.measure?.indicator).toBe("inadequate");
  });
});

describe("the single inspection framework's tallies (hry151)", () => {
  it("reads a judgement area that received the worst rating, and 'in need of improvement'", () => {
    const [share, further] = read("Child protection services received the worst rating, with one in five of all authorities judged 'inadequate', and a further 34 dubbed in need of improvement.", "2015-07-01");
    expect(share?.measure?.indicator).not.toBe("inadequate");
    expect(further?.measure).toMatchObject({ indicator: "requires-improvement", aspect: "help-and-protection" });
    expect(read("Child protection services received the worst rating, with that provided by one in five of all authorities judged 'inadequate' by the inspectors.", "2015-07-01")[0]?.measure?.aspect).toBe("help-and-protection");
    expect(extractFigures("one in five councils were rated inadequate for adoption in 2015", { claim: true })[0]?.measure).toBeUndefined();
  });
  it("keeps an overall claim from a judgement area's figure", () => {
    const { check } = inArticle("2015-07-01", "Child protection services received the worst rating, with that provided by one in five of all authorities judged 'inadequate' by the inspectors.");
    expect(check("one in five councils were rated inadequate for adoption in 2015").verdict).toBe("unverified");
  });
  it("reads a share restated in dashes as no range", () => {
    const figures = read("Fourteen – or 23.7 per cent – were declared 'inadequate' while 31 – 52.5 per cent – received a \"requires improvement\" assessment.", "2015-07-01");
    expect(figures.map((figure) => figure.text)).toEqual(["Fourteen", "23.7 per cent", "31", "52.5 per cent"]);
    expect(figures[3]?.upper).toBeUndefined();
  });
  it("dates a count that goes on from the sentence before by that sentence's year", () => {
    const { archive, check } = inArticle("2015-03-10", "The watchdog's annual report showed only 10 of 43 children's services inspected in 2013-14 were delivering good quality care.", "Seven were providing inadequate services and 26 required improvement.");
    expect(archive.figures.find((figure) => figure.text === "26")?.period).toBe("2013-14");
    expect(check("26 councils were rated requires improvement in 2015").verdict).not.toBe("supported");
  });
});
