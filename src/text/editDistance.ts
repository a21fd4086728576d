// Optimal string alignment distance: Levenshtein plus a swap of two neighbouring letters as one
// edit ("inadeuqate"), each letter swapped at most once. The number natural's
// DamerauLevenshteinDistance(a, b, { restricted: true }) gives, over UTF-16 code units, computed in
// three reused rows of numbers: natural's builds an object per cell and a list per cell's
// candidates, which made typo correction a tenth of all the memory a query allocated.

/** The rows, kept between calls and grown when a word is longer than any before. */
let twoAgo = new Int32Array(32);
let previous = new Int32Array(32);
let current = new Int32Array(32);

export function editDistance(a: string, b: string): number {
  const columns = b.length + 1;
  if (current.length < columns) {
    twoAgo = new Int32Array(2 * columns);
    previous = new Int32Array(2 * columns);
    current = new Int32Array(2 * columns);
  }
  for (let column = 0; column < columns; column++) previous[column] = column;
  for (let row = 1; row <= a.length; row++) {
    const letter = a.charCodeAt(row - 1);
    current[0] = row;
    for (let column = 1; column < columns; column++) {
      const other = b.charCodeAt(column - 1);
      let cost = Math.min(current[column - 1]! + 1, previous[column]! + 1, previous[column - 1]! + (letter === other ? 0 : 1));
      if (row > 1 && column > 1 && letter === b.charCodeAt(column - 2) && a.charCodeAt(row - 2) === other) cost = Math.min(cost, twoAgo[column - 2]! + 1);
      current[column] = cost;
    }
    const spare = twoAgo;
    twoAgo = previous;
    previous = current;
    current = spare;
  }
  return previous[columns - 1]!;
}
