// natural's package index loads every backend it has (mongoose, pg, redis, dotenv) and dotenv prints
// banners to stdout, which would corrupt `--json` output; we import leaf modules: the stemmer, and
// the edit distance that tests/text/editDistance.test.ts holds our own to.
declare module "natural/lib/natural/stemmers/porter_stemmer.js" {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
declare module "natural/lib/natural/distance/levenshtein_distance.js" {
  export function DamerauLevenshteinDistance(source: string, target: string, options?: { restricted?: boolean }): number;
}
