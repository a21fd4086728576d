// Where releases live: a folder of the corpus that the article listing skips.

/** `$CORPUS_DIR/statistics`. */
export const STATISTICS_FOLDER = "statistics";
/** Beside the releases: how each file is cited (title, publisher, date, link). Data, optional. */
export const RELEASES_FILE = "releases.json";
