// Which council a question names: "Norfolk", "norfolk children's services", "brighton & hove",
// "Kingston upon Hull, City of", or a typo ("norflk"). Exact names (through the gazetteer's own
// comparison) first, then fuzzy matching over every council's names.

import { FuzzyList } from "../../search/fuzzyList.ts";
import { isEnglishWord } from "../../text/englishWords.ts";
import { readQueryMeasure } from "../../measure/query.ts";
import { councilGazetteer, councilKey, type Council } from "../../statistics/gazetteer.ts";

/** Words around a council's name in a question that are not part of it. */
// "is Devon failing", "is Leeds still outstanding": a grade asked about a council is answered by its
// judgement, which states the grade.
const NOISE =
  /\b(?:what(?:'s| is| was)?|how (?:is|was|are)|is|was|are|still|the|of|for|in|on|at|a|an|ofsted|rating|rated|ratings?|grade|graded|judgements?|judgments?|inspections?|inspected|latest|current|currently|now|report|failing|inadequate|outstanding|good|requires improvement|requiring improvement|children'?s services|childrens services|children'?s social care|social care|council|county council|city council|borough council|city|borough|county|local authority|la)\b/gi;

export function councilWords(text: string): string {
  return text.replace(/[?!.]/g, " ").replace(NOISE, " ").replace(/\s+/g, " ").trim();
}

type NamedCouncil = { council: Council; name: string };

/**
 * One short list per first letter: a typo rarely changes the first letter, and fuse.js over eight
 * names instead of two hundred keeps a question that names no council (most of them) cheap. The
 * letter-pair filter runs even on these short lists: every lookup without a figure in it comes
 * here, and for most the filter finds no name fuse.js could match, so fuse.js does not run at all.
 */
let fuzzy: { byLetter: Map<string, FuzzyList<NamedCouncil>>; councils: readonly Council[] } | undefined;

function listsByLetter(names: readonly NamedCouncil[]): Map<string, FuzzyList<NamedCouncil>> {
  const groups = new Map<string, NamedCouncil[]>();
  for (const entry of names) {
    const letter = councilKey(entry.name).charAt(0);
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return new Map([...groups].map(([letter, entries]) => [letter, new FuzzyList(entries, ["name"], 0.3, { filterFrom: 0 })]));
}

/** The council the text names, as the gazetteer names it; undefined when it names none. */
export function findCouncil(text: string): Council | undefined {
  const gazetteer = councilGazetteer();
  if (!gazetteer.ok) return undefined;
  // "The Isles of Scilly", "Bath and North East Somerset": a name with small words in it, as written.
  const written = text.replace(/[?!.]/g, " ").replace(/^\s*the\s+/i, "").trim();
  const asWritten = written.length >= 3 ? gazetteer.value.resolve(written) : undefined;
  if (asWritten) return asWritten;
  const words = councilWords(text);
  if (words.length < 3) return undefined;
  const exact = gazetteer.value.resolve(words);
  if (exact) return exact;
  // Council names are one to five words; a longer remainder is a question about something else.
  const split = words.split(" ");
  if (split.length > 6) return undefined;
  // "Nottingham wait": one council named exactly beside other words is a topic about that council
  // (the lookup places it), never a near miss for another council's name ("Nottinghamshire").
  if (namesACouncilAmong(split, (part) => gazetteer.value.resolve(part) !== undefined)) return undefined;
  // "North East" is a region, never a near miss for North East Lincolnshire (hry87).
  const region = readQueryMeasure(words).place?.toLowerCase();
  if (region !== undefined && councilWords(words.toLowerCase().replace(region, " ")) === "") return undefined;
  // "waiting" is no misspelt Warrington: an ordinary word alone is meant as typed (hry72); "north yorks" is still North Yorkshire.
  if (split.length === 1 && isEnglishWord(split[0]!)) return undefined;
  if (!fuzzy || fuzzy.councils !== gazetteer.value.councils) fuzzy = { byLetter: listsByLetter(gazetteer.value.names()), councils: gazetteer.value.councils };
  const [best] = fuzzy.byLetter.get(councilKey(words).charAt(0))?.find(words, 3) ?? [];
  // A long question with a council's name in it scores badly as a whole; its key words still have to match.
  if (!best || best.score > 0.3) return undefined;
  const asked = councilKey(words).split(" ");
  const named = councilKey(best.item.name).split(" ");
  if (asked.length > named.length + 1) return undefined;
  return best.item.council;
}

/** Words that may stand beside a council's name as part of it ("Hull City", "Royal Borough"). */
const NAME_PARTS = new Set(["city", "county", "borough", "metropolitan", "district", "royal", "london", "of", "and", "&", "upon"]);

/** Whether a run of the words is a council's name and the words beside it are something else. */
function namesACouncilAmong(words: readonly string[], isCouncil: (text: string) => boolean): boolean {
  for (let from = 0; from < words.length; from++) {
    for (let to = from + 1; to <= words.length; to++) {
      const beside = [...words.slice(0, from), ...words.slice(to)];
      if (beside.some((word) => !NAME_PARTS.has(word.toLowerCase())) && isCouncil(words.slice(from, to).join(" "))) return true;
    }
  }
  return false;
}
