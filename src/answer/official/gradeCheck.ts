// "Norfolk is rated inadequate", "Ofsted judged Leeds and Hampshire outstanding in 2016": a claim
// about a council's grade, checked against the judgement in force (now, or at the end of a year the
// claim names), or, where the record has none then, against what the articles say it was rated.

import type { Archive } from "../../archive/buildArchive.ts";
import { extractYears } from "../parseCommand.ts";
import { formatDate } from "../../ingest/dates.ts";
import type { Answer, CouncilRating, Judgement, Verdict } from "../../types.ts";
import { extractFigures } from "../../extract/figures/index.ts";
import { readCouncilRatings } from "../../extract/ratings/index.ts";
import { findCouncils } from "../../extract/ratings/councilMentions.ts";
import { catalogue } from "../../measure/catalogue.ts";
import type { YearRange } from "../../measure/periods.ts";
import { councilGazetteer, type Council } from "../../statistics/gazetteer.ts";
import type { Command } from "../parseCommand.ts";
import { findCouncil } from "./councilNames.ts";
import { inForce, judgementsOf, newerInArticles, recordEnds } from "./councils.ts";
import { describeJudgement, gradeWords, releaseCitation } from "./format.ts";
import { gradeIn, GRADE_WORDS } from "./gradeCounts.ts";
import { checkRatingClaim, ratingSentences, ratingsLine, ratingsOf } from "../councilRatings.ts";
import { aspectPhrases } from "../../measure/index.ts";
import { tokenize } from "../../extract/figures/tokens.ts";
import { gradeOnScale, normalizeGrade } from "../../statistics/values.ts";
import { namesakeGraded } from "./namesakes.ts";
import { worstVerdict } from "../verdicts.ts";

const CLAIM = /^(.+?)\s+(?:is|was|are|were|has been|had been|remains|remained|stays|became|is now|now)\s+(?:rated\s+|judged\s+|graded\s+|still\s+|currently\s+|now\s+)*(?:as\s+)?(.+)$/i;

interface CouncilClaim {
  council: Council;
  /** The grade's label, as judgements name it ("requires improvement"). */
  grade: string;
  /** The judgement area the grade is for ("help-and-protection"); none: the overall grade. */
  aspect?: string;
}

/** Words around a judgement area's name that say nothing more: "for the impact of leaders", "in its care leavers' services". */
const AREA_FILLER = /\b(?:for|the|of|on|at|in|its|their|services?|work|with)\b|['’]s?\b/gi;

/** "inadequate for the impact of leaders": the one judgement area the words name, when they say nothing else. */
function areaIn(words: string): string | undefined {
  const tokens = tokenize(words);
  const areas = aspectPhrases(tokens).filter((phrase) => phrase.aspect !== "overall");
  if (new Set(areas.map((phrase) => phrase.aspect)).size !== 1) return undefined;
  let rest = words;
  for (const phrase of areas) rest = rest.replace(tokens.slice(phrase.startTok, phrase.endTok).map((token) => token.text).join(" "), "");
  return rest.replace(AREA_FILLER, "").trim() === "" ? areas[0]!.aspect : undefined;
}

/** "Croydon's help and protection of children", "help and protection in Leeds": one council and one judgement area, nothing else. */
function councilAndArea(subject: string): { council: Council; aspect: string } | undefined {
  const mentions = findCouncils(tokenize(subject));
  if (mentions.length !== 1) return undefined;
  const mention = mentions[0]!;
  const aspect = areaIn(`${subject.slice(0, mention.start)} ${subject.slice(mention.end)}`);
  return aspect ? { council: mention.council, aspect } : undefined;
}

/**
 * The councils and grade a claim states: "Norfolk is rated inadequate" by the plain pattern, else by
 * the grammar the articles are read with ("Ofsted judged Leeds and Hampshire outstanding in 2016").
 * Undefined when the claim says anything else, or gives different councils different grades.
 */
function readClaim(text: string): CouncilClaim[] | undefined {
  const { rest } = extractYears(text);
  const match = CLAIM.exec(rest.replace(/[.!]+$/, "").trim());
  if (match) {
    const grade = gradeIn(match[2]!);
    const rest = grade ? match[2]!.replace(GRADE_WORDS.find(([, words]) => words === grade)![0], "").replace(/\b(?:to be good|by ofsted|for overall effectiveness|overall)\b/gi, "") : "";
    const overall = rest.replace(/\bin\b/gi, "").trim() === "";
    const aspect = grade && !overall ? areaIn(rest) : undefined;
    if (grade && (overall || aspect)) {
      const council = findCouncil(match[1]!);
      if (council) return [{ council, grade, ...(aspect ? { aspect } : {}) }];
    }
    const areaOfCouncil = grade && overall ? councilAndArea(match[1]!) : undefined;
    if (grade && areaOfCouncil) return [{ ...areaOfCouncil, grade }];
  }
  // A claim with a figure in it ("21 councils were rated inadequate, including Leeds") is the figure checks'.
  if (extractFigures(text).length > 0) return undefined;
  const read = readCouncilRatings(text).filter((rating) => !rating.earlier);
  // "February's visit was the fifth since Herefordshire was judged inadequate": the grade is the
  // background of what the claim says; confirming it would confirm a claim about something else.
  if (read.some((rating) => SUBORDINATE_BEFORE.test(text.slice(0, text.indexOf(rating.named))))) return undefined;
  const gazetteer = councilGazetteer();
  if (read.length === 0 || !gazetteer.ok || read.some((rating) => rating.aspect !== read[0]!.aspect || rating.grade !== read[0]!.grade)) return undefined;
  const grade = catalogue().indicator(read[0]!.grade)?.label ?? read[0]!.grade;
  const aspect = read[0]!.aspect;
  const councils = read.flatMap((rating) => gazetteer.value.resolve(rating.council) ?? []);
  return councils.length === read.length ? councils.map((council) => ({ council, grade, ...(aspect ? { aspect } : {}) })) : undefined;
}

/** "at its previous inspection", "at the latest inspection": the grade a given inspection gave. */
const AT_INSPECTION = /\bat (?:its|their|the)\s+(?:\w+\s+)?(?:inspection|re-inspection)\b/i;

/** A subordinate clause opening right before a council: "since", "after", "when" it was rated. */
const SUBORDINATE_BEFORE = /\b(?:since|after|before|until|when|once|because|while|as)\s+(?:the\s+)?$/i;

interface CouncilVerdict {
  verdict: Verdict;
  line: string;
  judgement?: Judgement;
  ratings: CouncilRating[];
}

/** The grade a judgement gives the claim's area: its overall grade, or the sub-judgement for the area (none when it has none for it). */
function gradeFor(judgement: Judgement, aspect: string | undefined): { grade: string; words: string } | undefined {
  if (!aspect) return { grade: judgement.grade, words: describeJudgement(judgement) };
  for (const [area, text] of Object.entries(judgement.subJudgements ?? {})) {
    // "SLAC Looked After Children Overall Effectiveness" is the looked-after area's; an "LSCB Overall Effectiveness" is no area's.
    const named = new Set(aspectPhrases(tokenize(area)).map((phrase) => phrase.aspect).filter((each) => each !== "overall"));
    const grade = gradeOnScale(normalizeGrade(text), judgement.framework);
    if (named.size === 1 && named.has(aspect) && grade) return { grade, words: `${area}: ${gradeWords(text, grade)}, in the inspection judged ${describeJudgement(judgement)} overall` };
  }
  return undefined;
}

/** One council's grade: the judgement in force on the claimed date decides; without one, the articles. */
function verdictFor(archive: Archive, { council, grade, aspect }: CouncilClaim, years: YearRange | undefined, atInspection: boolean): CouncilVerdict {
  const date = years ? `${years.to}-12-31` : new Date().toISOString().slice(0, 10);
  // "rated requires improvement at its previous inspection in 2019": that year's inspection, not the judgement in force.
  const inspectedThen = years && atInspection ? judgementsOf(archive, council).filter((each) => (each.inspected ?? each.published).slice(0, 4) >= String(years.from) && (each.inspected ?? each.published).slice(0, 4) <= String(years.to)).at(-1) : undefined;
  if (years && atInspection && !inspectedThen && judgementsOf(archive, council).length > 0) {
    return { verdict: "unverified", line: `UNVERIFIED: The official statistics hold no inspection of ${council.name} in ${years.from === years.to ? years.to : `${years.from}–${years.to}`}, so I can't check the grade it gave.`, ratings: [] };
  }
  const judgement = inspectedThen ?? inForce(judgementsOf(archive, council), date);
  const area = aspect ? ` for ${aspect.replace(/-/g, " ")}` : "";
  if (!judgement && aspect) {
    return { verdict: "unverified", line: `UNVERIFIED: The official statistics hold no judgement of ${council.name}${years ? ` by the end of ${years.to}` : ""}, so I can't check its grade${area}.`, ratings: [] };
  }
  if (!judgement) {
    const fromArticles = checkRatingClaim(archive, council.name, grade, years);
    const noRecord = archive.judgements.length > 0 ? ` The official statistics hold no judgement of ${council.name}${years ? ` by the end of ${years.to}` : ""}.` : "";
    return { verdict: fromArticles.verdict, line: `${fromArticles.verdict.toUpperCase()}: ${fromArticles.reason}${noRecord}`, ratings: fromArticles.ratings };
  }
  const given = gradeFor(judgement, aspect);
  if (!given) {
    return { verdict: "unverified", line: `UNVERIFIED: ${council.name}: ${describeJudgement(judgement)}, in force then, gives no judgement${area}. Source: ${releaseCitation(judgement.source)}.`, judgement, ratings: [] };
  }
  // SLAC's "adequate" is written "requires improvement" in Ofsted's later tables: a claim of the later word is neither right nor wrong.
  if (given.grade === "adequate" && grade === "requires improvement") {
    return { verdict: "unverified", line: `UNVERIFIED: ${council.name}: ${given.words}. SLAC graded it adequate, a grade Ofsted's later tables write as requires improvement, so I can't tell which the claim means. Source: ${releaseCitation(judgement.source)}.`, judgement, ratings: [] };
  }
  const supported = given.grade === grade;
  const since = `${given.words}, in force since ${formatDate(judgement.published)}`;
  const doubt = doubtAbout(archive, judgementsOf(archive, council), judgement, { grade, aspect }, years);
  if (doubt) return { verdict: "unverified", line: `UNVERIFIED: ${council.name}: ${doubt} Source: ${releaseCitation(judgement.source)}.`, judgement, ratings: [] };
  // "Gloucestershire is rated requires improvement", asked after the record ends, where an article
  // published since reports another grade: the record may be out of date (hry121).
  const ends = recordEnds(archive);
  const newer = !aspect && !inspectedThen && date > ends ? newerInArticles(archive, council, judgement, ends) : "";
  if (newer) return { verdict: "unverified", line: `UNVERIFIED: ${council.name}: ${since} in the official statistics. ${newer}`, judgement, ratings: ratingsOf(archive, council.name) };
  const reason = supported ? `${council.name} ${years ? "was" : "is"} rated ${given.grade}${area}: ${since}.` : `${council.name} ${years ? "was" : "is"} rated ${given.grade}${area}, not ${grade}: ${since}.`;
  const namesake = supported ? undefined : namesakeGraded(archive, council, grade, years);
  if (namesake) {
    const cited = [namesake.source.publisher ?? namesake.source.title, formatDate(namesake.source.date)].filter(Boolean).join(", ");
    return { verdict: "unverified", line: `UNVERIFIED: the articles also use "${council.name}" for another body, rated ${grade}: "${namesake.sentence}" (${cited}). As a council, ${reason} Source: ${releaseCitation(judgement.source)}. Name the body to check it.`, judgement, ratings: [] };
  }
  // The articles' sentences on the council for the year, after the record: context, not the verdict.
  const articles = years ? ratingsOf(archive, council.name, years) : [];
  const line = [`${supported ? "SUPPORTED" : "CONTRADICTED"}: ${reason} Source: ${releaseCitation(judgement.source)}.`, ratingsLine(articles)].filter(Boolean).join("\n");
  return { verdict: supported ? "supported" : "contradicted", line, judgement, ratings: articles };
}

/**
 * Why the judgement in force at the end of the claimed year does not settle the claim:
 * - an inspection carried out in that year was published early in the next with another grade than the
 *   one in force: "rated X in 2016" may mean either (Worcestershire, judged inadequate in a report of
 *   January 2017; Somerset, inadequate all of 2017 but judged requires improvement in its 2017
 *   inspection, published January 2018);
 * - the record ends before the claimed year does, publishes no judgement of the council in that year,
 *   and the claim's grade is not the one in force: an inspection published after the record may have
 *   given it (Sandwell, good late in 2025).
 * (A SLAC judgement in force is still taken as refuting an overall grade: measured, the dev set's
 * annotators call "Cornwall outstanding in 2015" wrong against it.)
 */
function doubtAbout(archive: Archive, history: readonly Judgement[], inForceThen: Judgement, claim: { grade: string; aspect: string | undefined }, years: YearRange | undefined): string | undefined {
  if (!years) return undefined;
  const yearEnd = `${years.to}-12-31`;
  const then = gradeFor(inForceThen, claim.aspect);
  const next = history.find((judgement) => judgement.published > yearEnd && judgement.published <= `${years.to + 1}-03-31` && (judgement.inspected === undefined || judgement.inspected <= yearEnd));
  const nextGiven = next ? gradeFor(next, claim.aspect) : undefined;
  if (next && nextGiven && then && nextGiven.grade !== then.grade && (nextGiven.grade === claim.grade || then.grade === claim.grade)) {
    return `${nextGiven.words} may be the inspection the claim means: carried out around the end of ${years.to}, published ${formatDate(next.published)}; in force during ${years.to} was ${then.words}.`;
  }
  // "Norfolk's child protection services were rated inadequate in February 2013": an inspection of one
  // area published in the claimed year gave the claimed grade, where the overall judgement in force did not (hry137).
  const part = then && then.grade !== claim.grade ? inForceThen.partInspections?.find((each) => each.grade === claim.grade && Number(each.published.slice(0, 4)) >= years.from && Number(each.published.slice(0, 4)) <= years.to && (!claim.aspect || claim.aspect === each.aspect)) : undefined;
  if (part) return `a ${part.inspectionType} published ${formatDate(part.published)} rated it ${part.gradeText} for ${part.aspect.replace(/-/g, " ")}; the overall judgement in force was ${then!.words}.`;
  // A judgement published in the claimed year is that year's inspection: it settles the claim.
  const lastDay = recordEnds(archive);
  if (then && then.grade !== claim.grade && lastDay < yearEnd && inForceThen.published < `${years.to}-01-01`) {
    return `the record runs to ${formatDate(lastDay)}, when ${then.words} was in force; an inspection published later in ${years.to} may have rated it ${claim.grade}.`;
  }
  return undefined;
}

/**
 * An Answer when the claim is a council's grade (or several councils' one grade); undefined for
 * anything else (the figure checks take it). The official record decides when it holds a judgement
 * in force on the claimed date; otherwise the articles' own statements of the council's rating
 * (councilRatings.ts) do. Several councils: the worst verdict, each council's line in turn.
 */
export function checkCouncilGrade(archive: Archive, command: Command): Answer | undefined {
  if (archive.judgements.length === 0 && archive.ratings.length === 0) return undefined;
  const claims = readClaim(command.topic);
  if (!claims) return undefined;
  // "Slough has been inadequate since 2019": the grade is checked as at that year, as before "since" stopped filtering lookups.
  const read = extractYears(command.topic);
  const years = read.years ?? (read.since === undefined ? undefined : { from: read.since, to: read.since });
  const atInspection = AT_INSPECTION.test(command.topic);
  const verdicts = claims.map((claim) => verdictFor(archive, claim, years, atInspection));
  const verdict = worstVerdict(verdicts.map((each) => each.verdict), "supported");
  const judgements = verdicts.flatMap((each) => (each.judgement ? [each.judgement] : []));
  const ratings = verdicts.flatMap((each) => each.ratings);
  const found = judgements.length > 0 || ratings.length > 0;
  return {
    query: command.query,
    intent: command.intent,
    figures: [],
    quotes: [],
    evidence: [],
    checks: [],
    status: found ? "found" : "none",
    verdict,
    judgements,
    ...(ratings.length > 0 ? { ratings, mentions: ratingSentences(ratings) } : {}),
    // The first word is the overall verdict, as in every check; several councils get a line each.
    message: [...(verdicts.length > 1 ? [`${verdict.toUpperCase()}: ${claims.map((claim) => claim.council.name).join(" and ")}, each checked in turn.`] : []), ...verdicts.map((each) => each.line)].join("\n"),
  };
}
