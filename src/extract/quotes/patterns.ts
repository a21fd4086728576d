// Word lists and small text helpers shared by the quote extractor.
// Every RegExp here is built from these constants, never from article text.

/** Openers and closers of a double-quoted passage. Sites mix curly and straight marks in one quote. */
export const DOUBLE_OPENERS = new Set(["“", '"']);
export const DOUBLE_CLOSERS = new Set(["”", '"']);
/** Single marks double as apostrophes, so they only count at the very start or end of a paragraph. */
export const SINGLE_OPENERS = new Set(["‘", "'"]);
export const SINGLE_CLOSERS = new Set(["’", "'"]);

/** What masked (already-attributed or scare-quoted) characters become, so names never straddle a quote. */
export const MASK = "_";

/** Verbs that attribute a direct quote: `“…,” she says`, `X said: “…”`. */
const ATTRIBUTION_VERBS = [
  "said", "says", "added", "adds", "stated", "states", "told", "tells", "warned", "warns",
  "explained", "explains", "continued", "continues", "insisted", "insists", "argued", "argues",
  "noted", "notes", "claimed", "claims", "commented", "comments", "admitted", "admits",
  "remarked", "remarks", "replied", "replies", "acknowledged", "acknowledges", "concluded",
  "concludes", "stressed", "stresses", "urged", "urges", "wrote", "writes", "asked", "asks",
  "suggested", "suggests", "observed", "observes", "declared", "declares", "emphasised",
  "emphasises", "emphasized", "emphasizes",
];

/**
 * Less common verbs of direct speech (`"…," Martin predicted`): they attribute a quote beside them,
 * but "revealed that more than half of ‘single’ inspections" is no speech of the fragment, so they
 * never hold a partial quote nor introduce a person.
 */
const DIRECT_ONLY_VERBS = [
  "predicted", "predicts", "recalled", "recalls", "revealed", "reveals", "conceded", "concedes",
  "cautioned", "cautions", "announced", "announces", "confirmed", "confirms", "responded",
  "responds", "reflected", "reflects", "maintained", "maintains", "vowed", "vows", "pledged",
  "pledges", "complained", "complains", "lamented", "laments", "highlighted", "highlights",
  "disclosed", "discloses",
  // "MacAlister will say: '…'": a speech trailed before it is given (hry148).
  "will say", "will tell", "will warn", "will add", "will argue",
];

/**
 * Verbs after which a `Name, role,` subject introduces a person even in indirect speech
 * ("Nushra Mansuri, the professional officer ..., fears the approach ...").
 */
const INTRO_ONLY_VERBS = [
  "fears", "feared", "feels", "felt", "believes", "believed", "thinks", "thought", "worries",
  "worried", "welcomed", "welcomes", "called", "calls", "criticised", "criticises", "blamed",
  "blames", "agreed", "agrees", "wants", "wanted", "hopes", "hoped", "pointed", "points",
  "accepted", "accepts", "questioned", "questions", "described", "describes", "accused", "accuses",
];

function wordAlternation(words: readonly string[]): string {
  return words.join("|");
}

/** First attribution verb as a whole word. Not global: callers use `exec` on bounded windows. */
export const ATTRIBUTION_VERB_RE = new RegExp(`\\b(?:${wordAlternation([...ATTRIBUTION_VERBS, ...DIRECT_ONLY_VERBS])})\\b`);
export const ATTRIBUTION_VERB_AT_START_RE = new RegExp(`^(?:${wordAlternation([...ATTRIBUTION_VERBS, ...DIRECT_ONLY_VERBS])})\\b`);
/** A sentence that is only "Name said." (up to four capitalised words, a verb, a full stop). */
export const BARE_ATTRIBUTION_RE = new RegExp(
  `^[A-Z][\\w’'-]*(?: [A-Z][\\w’'-]*){0,3} (?:${wordAlternation([...ATTRIBUTION_VERBS, ...DIRECT_ONLY_VERBS])})\\.?$`,
);
/** A verb of direct speech only: no partial quote hangs on it ("‘very high cost’ placements, the LGA has revealed"). */
export const DIRECT_ONLY_VERB_RE = new RegExp(`\\b(?:${wordAlternation(DIRECT_ONLY_VERBS)})\\b`);
export const INTRO_VERB_RE = new RegExp(
  `\\b(?:${wordAlternation([...ATTRIBUTION_VERBS, ...INTRO_ONLY_VERBS])})\\b`,
);
export const INTRO_VERB_AT_START_RE = new RegExp(
  `^(?:${wordAlternation([...ATTRIBUTION_VERBS, ...INTRO_ONLY_VERBS])})\\b`,
);

export type Gender = "m" | "f";

/** Honorifics that are part of how a person is cited ("Sir Michael Wilshaw"); kept in the name. */
export const KEPT_HONORIFICS: ReadonlyMap<string, Gender | undefined> = new Map([
  ["Sir", "m"], ["Dame", "f"], ["Lord", "m"], ["Lady", "f"], ["Baroness", "f"],
  ["Dr", undefined], ["Professor", undefined], ["Prof", undefined],
]);
/** Courtesy titles and offices ("Cllr") are dropped so one person has one name across articles. */
export const DROPPED_HONORIFICS: ReadonlyMap<string, Gender | undefined> = new Map([
  ["Mr", "m"], ["Mrs", "f"], ["Ms", "f"], ["Miss", "f"], ["Cllr", undefined], ["Councillor", undefined],
  // "said analyst Farah Quddus": a job written before the name, as a title, is no part of it.
  ...["Analyst", "Researcher", "Economist", "Inspector", "Director", "Commissioner", "Consultant", "Lecturer", "Campaigner", "Solicitor", "Barrister", "Spokesperson", "Spokesman", "Spokeswoman", "Headteacher", "Superintendent"].map((title) => [title, undefined] as const),
]);

/** Letters after a name ("Anne Longfield OBE", "Edward Timpson MP"): honours and offices, not the name. */
export const POST_NOMINALS: ReadonlySet<string> = new Set(["OBE", "CBE", "MBE", "DBE", "KBE", "BEM", "QC", "KC", "MP", "MSP", "JP", "FRS", "FRSA", "PhD"]);

/** A role must name a job; this is what tells "HM chief inspector" from "Responding to the report". */
const ROLE_WORDS = new Set([
  "chief", "director", "inspector", "chair", "chairman", "chairwoman", "chairperson", "president",
  "officer", "head", "secretary", "minister", "spokesman", "spokeswoman", "spokesperson", "leader",
  "manager", "executive", "commissioner", "professor", "lead", "member", "deputy", "councillor",
  "mayor", "founder", "co-founder", "editor", "adviser", "advisor", "worker", "campaigner", "trustee",
  "governor", "principal", "ceo", "partner", "researcher", "lecturer", "expert", "coordinator",
  "co-ordinator", "consultant", "boss", "solicitor", "lawyer", "barrister", "mp", "representative",
  "organiser", "organizer", "analyst", "fellow", "dean", "inspector", "chief-executive",
  // "portfolio holder for children and young people": a council cabinet's job.
  "holder", "judge", "coroner", "ombudsman", "headteacher", "teacher", "paediatrician", "psychologist", "psychiatrist", "nurse",
  "doctor", "official", "economist", "auditor", "investigator",
]);

/** Leading words of a clause that is an adverbial, not a job title, even if it contains "chief". */
const NON_ROLE_LEADS = new Set([
  "responding", "speaking", "commenting", "writing", "reacting", "in", "at", "on", "after",
  "following", "however", "but", "and", "meanwhile", "today", "yesterday", "who", "whose", "which",
  "that", "adding", "when", "while", "as", "if", "although", "despite", "since", "because",
]);

/** Capitalised words that start sentences or name institutions, never a person. */
const NOT_NAME_WORDS = new Set([
  "the", "a", "an", "this", "that", "these", "those", "ofsted", "council", "councils", "association",
  "children", "services", "service", "board", "report", "local", "government", "national", "chief",
  "inspector", "inspectors", "director", "directors", "social", "care", "england", "english",
  "britain", "british", "uk", "department", "trust", "agency", "union", "university", "committee",
  "education", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
  "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
  "september", "october", "november", "december", "london", "community", "news", "press", "release",
  "image", "analysis", "figures", "young", "people", "family", "families", "court", "office",
  "standards", "skills", "house", "minister", "secretary", "state", "labour", "conservative",
  "party", "digital", "magazine", "now", "media", "notes", "editors", "register", "safeguarding",
  "protection", "child", "health", "police", "schools", "school", "annual", "new", "more", "some",
  "many", "all", "however", "but", "and", "meanwhile", "responding", "speaking", "commenting",
  "according", "under", "while", "when", "despite", "following", "after", "before", "in", "on",
  "at", "for", "of", "with", "as", "if", "it", "its", "there", "their", "they", "he", "she", "we",
  "our", "i", "you", "his", "her", "also", "both", "each", "only", "other", "such", "what", "why",
  "how", "who", "cares", "action", "group", "network", "institute", "foundation", "centre",
  "center", "society", "federation", "alliance", "partnership", "authority", "authorities",
  "review", "policy", "research", "framework", "inspection", "inspections", "leadership", "law",
  "act", "bill", "high", "supreme", "royal", "college", "nhs", "whitehall", "westminster",
  "parliament", "commons", "lords", "county", "city", "borough", "district", "street", "road",
  "north", "south", "east", "west", "northern", "southern", "eastern", "western", "general",
  ...["observatory", "forum", "coalition", "commission", "consortium", "collective", "charity", "company"],
]);

/**
 * Head nouns of organisation names: capitalised name-like words right before one ("the Residential
 * Providers Alliance", "Kinship Matters Group") are part of the organisation's name, not a person's.
 */
export const ORGANISATION_HEADS = new Set([
  "association", "alliance", "group", "network", "institute", "foundation", "centre", "center",
  "society", "federation", "partnership", "trust", "agency", "union", "council", "committee", "board",
  "observatory", "forum", "coalition", "commission", "consortium", "collective", "charity", "company",
  "service", "services", "office", "authority", "college", "university",
]);

/** Posts held at a body, written "the Leader of Kent County Council": the body speaks through them (hry141). */
export const POSTS_AT_BODIES: readonly string[] = ["leader", "deputy leader", "chief executive", "director", "head", "chair", "chairman", "chairwoman", "president", "mayor"];

/** Speakers that are documents: named literally in the attribution, so they may stand as speaker. */
export const DOCUMENT_WORDS = new Set([
  "report", "study", "review", "document", "survey", "consultation", "paper", "guidance",
  "analysis", "letter", "statement", "research", "framework", "white paper", "green paper",
]);

const NAME_TOKEN_RE = /^(?:Mc|Mac|O['’]|D['’])?[A-Z][a-zà-öø-ÿ]+(?:-[A-Z][a-zà-öø-ÿ]+)?$/;
const INITIAL_RE = /^[A-Z]\.$/;

/** Words of prose (NOT_NAME_WORDS) that are also surnames: after a first name or an honorific, "Frank Young", "Theresa May", "Mr West" (hry117). */
const SURNAMES_TOO: ReadonlySet<string> = new Set(["young", "may", "west", "north", "south", "east", "law", "house", "street", "court", "child"]);

/** `token` as the second word of a name, after a first name or an honorific: a surname that is a word of prose too counts. */
export function isSurnameAfterFirst(token: string): boolean {
  return NAME_TOKEN_RE.test(token) && SURNAMES_TOO.has(token.toLowerCase());
}

/** Both patterns need a capital A-Z first; checking that alone settles most words of prose. */
export function isNameToken(token: string): boolean {
  const first = token.charCodeAt(0);
  if (!(first >= 65 && first <= 90)) return false;
  return (NAME_TOKEN_RE.test(token) || INITIAL_RE.test(token)) && !NOT_NAME_WORDS.has(token.toLowerCase());
}

export function isRoleText(text: string): boolean {
  const words = text.trim().split(/\s+/).filter((w) => w !== "");
  if (words.length === 0 || words.length > 20) return false;
  const first = stripPunct(words[0] ?? "").toLowerCase();
  if (NON_ROLE_LEADS.has(first)) return false;
  // "vice-president", "deputy-director": the job is the hyphenated word's last part.
  return words.some((w) => {
    const word = stripPossessive(stripPunct(w)).toLowerCase();
    return ROLE_WORDS.has(word) || ROLE_WORDS.has(word.slice(word.lastIndexOf("-") + 1));
  });
}

const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;

/** ASCII by char code, the rest by the Unicode classes: this runs for both ends of every word. */
function isLetterOrDigit(word: string, at: number): boolean {
  const code = word.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return LETTER_OR_DIGIT_RE.test(word[at] ?? "");
}

/** Trims non-alphanumerics from both ends. A loop, not a regex: an end-anchored regex is quadratic on junk. */
export function stripPunct(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && !isLetterOrDigit(word, start)) start++;
  while (end > start && !isLetterOrDigit(word, end - 1)) end--;
  return start === 0 && end === word.length ? word : word.slice(start, end);
}

/** True when `word` ends in "'s" or "’s". */
export function endsPossessive(word: string): boolean {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 115) return false;
  const mark = word[n - 2];
  return mark === "'" || mark === "’";
}

export function stripPossessive(word: string): string {
  return endsPossessive(word) ? word.slice(0, -2) : word;
}

const SPACE_CHAR = /\s/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * How many whitespace-separated words hold a letter or digit: what `text.split(/\s+/)` and a
 * regex test per piece counted, in one pass by char code with nothing allocated for ASCII, since it
 * runs on every paragraph and quote (speed).
 */
export function countWords(text: string): number {
  let n = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code === 32 || (code >= 9 && code <= 13)) counted = false;
      else if (!counted && ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122))) {
        counted = true;
        n++;
      }
      continue;
    }
    if (SPACE_CHAR.test(text[i]!)) {
      counted = false;
      continue;
    }
    // A letter outside the BMP is a surrogate pair: test the pair, as the u-flag regex did.
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? text.slice(i, i + 2) : text[i]!;
    if (!counted && WORD_CHAR.test(pair)) {
      counted = true;
      n++;
    }
  }
  return n;
}

/** Direct quotes shorter than this are scare quotes or fragments ("good", "recognised and nurtured"). */
export const MIN_QUOTE_WORDS = 5;

/** The body of a press-release quote: first person is what speech sounds like. */
export const FIRST_PERSON_RE = /\b(?:I|we|We|our|Our|us|my|My|me)\b/;

/** Paragraphs that end a press-release quote run: boilerplate and dated reporting. */
export const RUN_STOP_LEAD_RE =
  /^(?:Today|Yesterday|Earlier|Last (?:week|month|year)|Notes (?:to|for) editors|Ends\b|ENDS|Media enquiries|For (?:more|further) information|Contact\b|About\b)/;
export const PAREN_DATE_RE =
  /\((?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b[^)]{0,20}\d{4}\)/;
/** Third-person reporting ("Ofsted also published", "he said"): narrative, not the speaker's words. */
export const REPORTING_RE =
  /\b(?:[A-Z][\w’'-]+|he|she|they|it)\s+(?:also\s+|has\s+|have\s+|had\s+)?(?:said|says|published|announced|launched|released|added|reported|warned|told)\b/;

/** Drops a sentence-linking word before a subject ("But Ofsted said" → "Ofsted"). */
export function stripLeadingConnective(text: string): string {
  return text.replace(/^(?:But|And|So|Yet|Now|Meanwhile|However|Also|Instead|Then|and|but)\s+/, "");
}

const AUXILIARIES = new Set(["has", "have", "had", "also", "is", "was", "today", "yesterday", "previously"]);

/** Drops auxiliaries between a subject and its verb ("chief inspector of Ofsted has" said). */
export function stripTrailingAuxiliaries(text: string): string {
  let out = text.trim();
  for (;;) {
    let cut = out.length;
    while (cut > 0 && !/\s/.test(out[cut - 1] ?? "")) cut--;
    if (cut === out.length || !AUXILIARIES.has(out.slice(cut))) return out;
    out = out.slice(0, cut).trimEnd();
  }
}

/** A role runs to the end of its sentence but not into a relative clause ("…, who added"). */
export function cutRole(text: string): string {
  const m = /,\s*(?:who|whose|which|adding|and|but|as|when|while|although)\b/.exec(text);
  // ("appointed as a commissioner in December following an 'inadequate' Ofsted ranking": when and why is no part of the job, hry158.)
  const occasion = /\s(?:following|after|since|because|in (?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d))\b/.exec(text);
  const cut = Math.min(m?.index ?? text.length, occasion?.index ?? text.length);
  const role = text.slice(0, cut).trim();
  return role.replace(/[.;:]+$/, "").trim();
}

/**
 * Words that make a capitalised phrase an organisation ("the Association of Directors of Children's
 * Services", "the Local Government Association"): such a body may speak a partial quote, a bare
 * capitalised phrase ("The Big Review") may not.
 */
export const ORGANISATION_RE = /\b(?:Association|Council|Department|Union|Society|Commission|Federation|Institute|Trust|Board|Network|Forum|Alliance|Partnership|Government|Office|Ofsted|Charity|Foundation|Coalition|Confederation|Committee|Agency|Authority|NSPCC|Barnardo's|LGA|ADCS|BASW|Unison|DfE|Cafcass|CCN|NAO)\b|['’]s (?:press )?office$/;
