// Councils' ratings read from prose (src/extract/ratings). Every sentence here is written for the
// test, in the shapes reporters use; none is copied from an article.
import { describe, expect, it } from "vitest";
import { countsEveryCouncil, readCouncilRatings } from "../../src/extract/ratings/index.ts";
import type { CouncilRatingMention } from "../../src/types.ts";

const DATE = "2020-05-01";

/** "Leeds:outstanding@2016", with ":care-leavers" for an area, "~" for a period the sentence only implies, "<" for an earlier grade. */
function brief(rating: CouncilRatingMention): string {
  const aspect = rating.aspect ? `:${rating.aspect}` : "";
  const when = rating.earlier ? "<" : `@${rating.period ?? ""}${rating.periodFrom === "article" ? "~" : rating.periodFrom === "relative" ? "r" : ""}`;
  return `${rating.council}:${rating.grade}${aspect}${when}`;
}

const read = (sentence: string) => readCouncilRatings(sentence, { date: DATE });

describe("a council's rating stated in a sentence", () => {
  it.each<[string, string[]]>([
    ["Birmingham was rated inadequate.", ["Birmingham:inadequate@2020~"]],
    ["Leeds, along with Hampshire, was rated 'outstanding' in 2016.", ["Leeds:outstanding@2016", "Hampshire:outstanding@2016"]],
    ["Ofsted judged Doncaster's children's services inadequate in 2013.", ["Doncaster:inadequate@2013"]],
    ["Slough, Sandwell and Tower Hamlets remain inadequate.", ["Slough:inadequate@2020~", "Sandwell:inadequate@2020~", "Tower Hamlets:inadequate@2020~"]],
    ["The minister wrote to inadequate councils including Rotherham and Sunderland.", ["Rotherham:inadequate@2020~", "Sunderland:inadequate@2020~"]],
    ["Kent, which was rated good in 2016, was rated outstanding in 2022.", ["Kent:good@2016", "Kent:outstanding@2022"]],
    ["Bromley moved from inadequate to good in 2019.", ["Bromley:inadequate<", "Bromley:good@2019"]],
    ["Essex went from ‘inadequate’ to ‘good’.", ["Essex:inadequate<", "Essex:good@2020~"]],
    ["Norfolk's children's services were rated requires improvement.", ["Norfolk:requires-improvement@2020~"]],
    // A council known by its initials, possessive or not.
    ["BCP's children's services were rated inadequate.", ["Bournemouth, Christchurch and Poole:inadequate@2020~"]],
    ["BCP Council was rated inadequate in 2022.", ["Bournemouth, Christchurch and Poole:inadequate@2022"]],
    // A "when" clause dates the rating to the year it points back to.
    ["Since the last inspection in 2019, when Cheshire East's children's services were rated requires improvement, the service has declined.", ["Cheshire East:requires-improvement@2019"]],
    // A grade "at" an inspection is the grade; "good at safeguarding" is a skill.
    ["Wiltshire was rated good at its previous inspection in 2019.", ["Wiltshire:good@2019"]],
    ["Inspectors rated Leeds as outstanding last year.", ["Leeds:outstanding@2019r"]],
    ["Rotherham and Sunderland, both rated inadequate, were given commissioners.", ["Rotherham:inadequate@2020~", "Sunderland:inadequate@2020~"]],
    ["Hampshire County Council was rated outstanding in 2014.", ["Hampshire:outstanding@2014"]],
    ["Birmingham City Council's children's services were judged inadequate for the fourth time.", ["Birmingham:inadequate@2020~"]],
    ["Children's services at Worcestershire County Council were rated “inadequate” in 2017.", ["Worcestershire:inadequate@2017"]],
    ["Children’s services in Manchester require improvement to be good.", ["Manchester:requires-improvement@2020~"]],
    ["In 2015, Leeds was rated good.", ["Leeds:good@2015"]],
    ["Brighton & Hove was rated requires improvement in 2015.", ["Brighton and Hove:requires-improvement@2015"]],
    ["Stoke-on-Trent's children's services were rated inadequate in 2015.", ["Stoke-on-Trent:inadequate@2015"]],
    ["Hull received an inadequate rating in 2018.", ["Kingston upon Hull:inadequate@2018"]],
    ["Leeds, previously rated inadequate, is now rated good.", ["Leeds:inadequate<", "Leeds:good@2020~"]],
    ["Doncaster, Slough and Sandwell are among councils rated inadequate.", ["Doncaster:inadequate@2020~", "Slough:inadequate@2020~", "Sandwell:inadequate@2020~"]],
    ["Leeds was rated outstanding, while Hampshire was rated good.", ["Leeds:outstanding@2020~", "Hampshire:good@2020~"]],
    ["Unlike Leeds, Hampshire was rated outstanding.", ["Hampshire:outstanding@2020~"]],
    ["Leeds was rated good overall, with outstanding leadership.", ["Leeds:good@2020~"]],
    ["Sefton has been inadequate since 2016.", ["Sefton:inadequate@2020~"]],
    // A grade held for years before the article is an earlier one, not the grade at its date.
    ["For more than a decade, children's services in Wigan were rated inadequate.", ["Wigan:inadequate<"]],
    ["For the past six years, Leeds has been rated outstanding.", ["Leeds:outstanding<"]],
    // "had been" puts the grade before the time written of, unless the sentence gives it a year.
    ["Before the trust took over, children’s services in Wigan had been judged inadequate by inspectors since 2011.", ["Wigan:inadequate<"]],
    ["Wigan had been rated inadequate in 2014 and has improved since.", ["Wigan:inadequate@2014"]],
    // "good for the first time" is a grade on an occasion, not "good for" something.
    ["Children's services in Barnet have been rated good for the first time in nine years.", ["Barnet:good@2020~"]],
    ["Barnet was rated outstanding for the second consecutive time.", ["Barnet:outstanding@2020~"]],
    // The same subject graded again after ", but": by pronoun or straight to the verb; its own clause dates it.
    ["For years children's services in Wigan were rated inadequate, but this year for the first time they have been rated good.", ["Wigan:inadequate<", "Wigan:good@2020~"]],
    ["Wigan was rated inadequate in 2014, but is now rated good.", ["Wigan:inadequate@2014", "Wigan:good@2020~"]],
    ["Wigan was rated inadequate in 2014, and Barnet was rated good.", ["Wigan:inadequate@2014", "Barnet:good@2014"]],
    ["Barnet was good for families in the borough.", []],
    ["The third council in the partnership, Hammersmith and Fulham, was rated good.", ["Hammersmith and Fulham:good@2020~"]],
    ["Westminster and Kensington and Chelsea, which run the service together, were rated outstanding.", ["Westminster:outstanding@2020~", "Kensington and Chelsea:outstanding@2020~"]],
    ["Leeds' rating was downgraded to inadequate in 2018.", ["Leeds:inadequate@2018"]],
    ["Leeds's Ofsted rating fell from good to inadequate.", ["Leeds:good<", "Leeds:inadequate@2020~"]],
    ["Leeds was rated outstanding in 2016 — but Kent was not.", ["Leeds:outstanding@2016"]],
    ["Ofsted rated children's services in Slough inadequate in 2019.", ["Slough:inadequate@2019"]],
    ["Leeds, inspected in March, was rated good.", ["Leeds:good@2020~"]],
    ["Barnet became the latest council to be rated inadequate.", ["Barnet:inadequate@2020~"]],
    ["Both Halton Borough Council, in the north west, and Hull City Council, in the east, were given a “requires improvement” grading.", ["Kingston upon Hull:requires-improvement@2020~"]],
    ["Wigan, rated good in 2019, and Barnet, rated inadequate in 2017, have both improved.", ["Wigan:good@2019", "Barnet:inadequate@2017"]],
    ["Leeds, the report said, was rated good in 2019.", ["Leeds:good@2019"]],
    ["Torbay and the Isles of Scilly achieved overall effectiveness judgements of good.", ["Torbay:good@2020~", "Isles of Scilly:good@2020~"]],
    ["Slough, rated inadequate in 2013, is now run by a trust.", ["Slough:inadequate@2013"]],
  ])("%s", (sentence, expected) => {
    expect(read(sentence).map(brief)).toEqual(expected);
  });
});

describe("a judgement of one area carries the area", () => {
  it.each<[string, string[]]>([
    ["Leeds was rated outstanding for care leavers.", ["Leeds:outstanding:care-leavers@2020~"]],
    ["Leeds's help and protection services were judged inadequate in 2014.", ["Leeds:inadequate:help-and-protection@2014"]],
    ["Inspectors found Kent's services for care leavers to be good.", ["Kent:good:care-leavers@2020~"]],
    ["Two councils – Leeds and Trafford – were judged outstanding for leadership, management and governance.", ["Leeds:outstanding:leadership@2020~", "Trafford:outstanding:leadership@2020~"]],
  ])("%s", (sentence, expected) => {
    expect(read(sentence).map(brief)).toEqual(expected);
  });
});

describe("a council named in a sentence that is not about its own rating gives no fact", () => {
  it.each([
    "Inspectors visited Kent last week.",
    "Unlike Leeds, the council was rated inadequate.",
    "Leeds' director said the service was improving and was rated good.",
    "A children's home in Leeds was rated inadequate.",
    "A fostering agency based in Bristol was rated outstanding in 2019.",
    "Leeds' fostering service was rated outstanding.",
    "Leeds was rated outstanding for adoption.",
    "Leeds was rated good for its work with families.",
    "Leeds was not rated inadequate.",
    "Leeds wasn't rated inadequate in 2019.",
    "Leeds has never been rated outstanding.",
    "Leeds is no longer inadequate.",
    "Neither Leeds nor Hampshire was rated inadequate.",
    "If Leeds were rated inadequate, the government would step in.",
    "Leeds could be rated inadequate next year.",
    "Leeds hopes to be rated outstanding.",
    "Leeds is a good place to be a social worker.",
    "Halton and Hull, previously rated good and adequate respectively, were inspected again.",
    "Leeds was rated good or outstanding by most measures.",
    "Reading the report, inspectors found good practice in Leeds.",
    "Leeds was failing vulnerable children, the report said.",
    "A school in Leeds was rated inadequate.",
    "The Leeds children's home was rated inadequate.",
    "Leeds' children's homes were rated inadequate.",
    "Leeds, unlike Hampshire, was rated outstanding.",
    "Leeds was the first council to avoid being rated inadequate.",
    "York jumped two grades from requires improvement.",
    "Of the ten councils with an outstanding rating, six - Dorset, Durham and York - improved on their previous result.",
    "Leeds, the report said, was not rated good.",
    "A commissioner was sent to children's services at Sunderland Council after the department was rated inadequate.",
    "Westminster's director, previously at Hampshire, said the council was rated outstanding.",
    "Slough's children's services trust was rated good in 2021.",
    "The seven judged inadequate this year are: Birmingham; Coventry; Slough.",
  ])("%s", (sentence) => {
    expect(read(sentence)).toEqual([]);
  });
});

describe("a sentence naming councils with one grade is a listed count", () => {
  it("names the councils verbatim and counts them, as a lower bound", () => {
    const [first] = read("Leeds, along with Hampshire, was rated 'outstanding' in 2016.");
    expect(first).toMatchObject({ listed: ["Leeds", "Hampshire"], listedText: "Leeds, along with Hampshire" });
    expect(first?.exhaustive).toBeUndefined();
  });

  it.each<[string, number]>([
    ["Only Leeds and Hampshire were rated outstanding in 2016.", 2],
    ["The two councils rated outstanding in 2016 — Leeds and Hampshire — were praised.", 2],
    ["Three councils – Leeds, Hampshire and Kent – were rated outstanding in 2019.", 3],
  ])("is the whole set when the sentence says so: %s", (sentence, count) => {
    const ratings = read(sentence);
    expect(ratings).toHaveLength(count);
    for (const rating of ratings) expect(rating).toMatchObject({ exhaustive: true, listed: expect.any(Array) });
    expect(ratings[0]!.listed).toHaveLength(count);
  });

  it("is not the whole set when the number differs, or the councils are a region's", () => {
    expect(read("The three councils rated outstanding in 2016 — Leeds and Hampshire — were praised.")[0]?.exhaustive).toBeUndefined();
    expect(read("In London, only Hackney and Camden were rated good in 2019.")[0]?.exhaustive).toBeUndefined();
    expect(countsEveryCouncil("In London, only Hackney and Camden were rated good in 2019.")).toBe(false);
    expect(countsEveryCouncil("Only Leeds and Hampshire were rated outstanding in 2016.")).toBe(true);
    expect(read("Of the councils inspected, Leeds and Trafford were rated outstanding.")[0]?.exhaustive).toBeUndefined();
  });

  it("keeps an earlier grade out of the list", () => {
    const ratings = read("Bromley and Essex moved from inadequate to good in 2019.");
    expect(ratings.map(brief)).toEqual(["Bromley:inadequate<", "Essex:inadequate<", "Bromley:good@2019", "Essex:good@2019"]);
    expect(ratings.find((rating) => rating.earlier)?.exhaustive).toBeUndefined();
    expect(ratings.at(-1)?.listed).toEqual(["Bromley", "Essex"]);
  });

  it("quotes every name and grade verbatim", () => {
    const sentence = "Ofsted judged Doncaster's children's services ‘inadequate’ in 2013.";
    for (const rating of read(sentence)) {
      expect(sentence).toContain(rating.named);
      expect(sentence).toContain(rating.gradeText);
      expect(sentence).toContain(rating.listedText);
    }
  });
});
