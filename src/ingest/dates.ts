// Dates as newsrooms print them, read into ISO `YYYY-MM-DD`. Only whole-line dates count as an
// article's date: a date inside a sentence is an event ("on 12 December"), not publication.

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const WEEKDAY = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+`;
const MONTH = String.raw`([a-z]{3,9})\.?`;

// "Tuesday, 28 June 2016", "21 OCT 2013"
const DAY_MONTH_YEAR = new RegExp(String.raw`^(?:${WEEKDAY})?(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(\d{4})$`, "i");
// "Tuesday, October 15, 2013"
const MONTH_DAY_YEAR = new RegExp(String.raw`^(?:${WEEKDAY})?${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$`, "i");
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Own keys only: article text such as "12 constructor 2016" must not reach Object.prototype. */
function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase();
  return Object.hasOwn(MONTHS, key) ? MONTHS[key] : undefined;
}

function iso(year: number, month: number | undefined, day: number): string | undefined {
  if (month === undefined || year < 1900 || year > 2100 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 June over into July: a date that does not round-trip was not a real date.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** The ISO date a line consists of, or undefined when the line is anything more than a date. */
export function parseDateLine(line: string): string | undefined {
  const text = line.trim();
  if (text.length > 40) return undefined;
  const isoMatch = ISO.exec(text);
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return iso(Number(dmy[3]), monthNumber(dmy[2]!), Number(dmy[1]));
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return iso(Number(mdy[3]), monthNumber(mdy[1]!), Number(mdy[2]));
  return undefined;
}

/** Accepts what front matter or HTML metadata holds: an ISO date, a date-time, or a printed date. */
export function parseDateValue(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== "string" || value.trim() === "") return undefined;
  return parseDateLine(value);
}

export function yearOf(date: string | undefined): number | undefined {
  return date ? Number(date.slice(0, 4)) : undefined;
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2016-06-28" → "28 June 2016", the way a British newsroom writes it. */
export function formatDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const [year, month, day] = iso.split("-").map(Number);
  if (!year || !month || !day) return iso;
  return `${day} ${MONTH_NAMES[month - 1] ?? ""} ${year}`;
}
