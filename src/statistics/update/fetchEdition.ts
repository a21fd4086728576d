// Downloads the newest edition of one release: a DfE data set through the explore-education-
// statistics public API (publication by title → its data sets → the data set's latest version,
// requested as that pinned version, as CSV), or an Ofsted spreadsheet from its GOV.UK statistics
// page (next year's page first, then the known one; the first .ods link on it).

import path from "node:path";
import type { Result } from "../../ingest/formats.ts";

export interface EesFeed {
  from: "ees";
  /** The publication's title, as searched for ("Children's social work workforce"). */
  publication: string;
  /** Words of the data set's title that pick it among the publication's data sets. */
  dataSet: string;
  /** Recorded after each fetch: the data set and the version fetched. */
  dataSetId?: string;
  dataSetVersion?: string;
}

export interface GovukFeed {
  from: "govuk";
  /** Path of the release's statistics page on GOV.UK. */
  page: string;
}

export type Feed = EesFeed | GovukFeed;

export interface Endpoints {
  eesApiUrl: string;
  govukUrl: string;
}

export interface Edition {
  bytes: Uint8Array;
  /** The name the file is saved under (the download's own name for a spreadsheet). */
  fileName?: string;
  /** Where it came from, for the citation. */
  url: string;
  /** The feed as it should be recorded now (the version fetched, the page found). */
  feed: Feed;
}

const TIMEOUT_MS = 60_000;

async function get(url: string, attempt = 1): Promise<Result<Response>> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), headers: { "user-agent": "ofsted-bot stats:update" } });
    if (!response.ok) return { ok: false, reason: `${url} answered ${response.status}` };
    return { ok: true, value: response };
  } catch (error) {
    // Reading the previous edition can take seconds, long enough for a server to drop the idle
    // kept-alive connection the next request reuses: one more try on a fresh one.
    if (attempt === 1 && !(error instanceof Error && error.name === "TimeoutError")) return get(url, 2);
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return { ok: false, reason: `${url} could not be fetched (${error instanceof Error ? error.message : String(error)}${cause})` };
  }
}

async function getJson(url: string): Promise<Result<Record<string, unknown>>> {
  const response = await get(url);
  if (!response.ok) return response;
  try {
    return { ok: true, value: (await response.value.json()) as Record<string, unknown> };
  } catch {
    return { ok: false, reason: `${url} did not answer JSON` };
  }
}

async function getBytes(url: string): Promise<Result<Uint8Array>> {
  const response = await get(url);
  if (!response.ok) return response;
  return { ok: true, value: new Uint8Array(await response.value.arrayBuffer()) };
}

function results(body: Record<string, unknown>): Array<Record<string, unknown>> {
  return Array.isArray(body["results"]) ? (body["results"] as Array<Record<string, unknown>>) : [];
}

const join = (base: string, tail: string) => `${base.replace(/\/+$/, "")}/${tail.replace(/^\/+/, "")}`;

async function fetchEes(feed: EesFeed, api: string): Promise<Result<Edition>> {
  const search = await getJson(join(api, `publications?search=${encodeURIComponent(feed.publication)}&pageSize=20`));
  if (!search.ok) return search;
  const publication = results(search.value).find((entry) => String(entry["title"]).toLowerCase() === feed.publication.toLowerCase()) ?? results(search.value)[0];
  if (!publication) return { ok: false, reason: `no publication titled “${feed.publication}”` };
  const sets = await getJson(join(api, `publications/${encodeURIComponent(String(publication["id"]))}/data-sets?pageSize=100`));
  if (!sets.ok) return sets;
  const wanted = feed.dataSet.toLowerCase();
  const dataSet = results(sets.value).find((entry) => String(entry["title"]).toLowerCase().includes(wanted));
  if (!dataSet) return { ok: false, reason: `publication “${feed.publication}” has no data set titled like “${feed.dataSet}”` };
  const id = String(dataSet["id"]);
  const latest = dataSet["latestVersion"] as Record<string, unknown> | undefined;
  const version = typeof latest?.["version"] === "string" ? latest["version"] : feed.dataSetVersion;
  if (!version) return { ok: false, reason: `data set “${String(dataSet["title"])}” names no version` };
  const url = join(api, `data-sets/${encodeURIComponent(id)}/csv?dataSetVersion=${encodeURIComponent(version)}`);
  const bytes = await getBytes(url);
  if (!bytes.ok) return bytes;
  return { ok: true, value: { bytes: bytes.value, url, feed: { ...feed, dataSetId: id, dataSetVersion: version } } };
}

/** The same page a year on: GOV.UK gives each year's release its own page, named by its date. */
export function nextYearPage(page: string): string | undefined {
  const match = /^(.*\D)(\d{4})(\D*)$/.exec(page);
  return match ? `${match[1]}${Number(match[2]) + 1}${match[3]}` : undefined;
}

async function fetchGovuk(feed: GovukFeed, govuk: string): Promise<Result<Edition>> {
  const pages = [nextYearPage(feed.page), feed.page].filter((page): page is string => page !== undefined);
  let failure = "";
  for (const page of pages) {
    const pageUrl = join(govuk, page);
    const response = await get(pageUrl);
    if (!response.ok) {
      failure = response.reason;
      continue;
    }
    const html = await response.value.text();
    const link = /href="([^"]+\.ods)"/i.exec(html)?.[1];
    if (!link) return { ok: false, reason: `${pageUrl} links no .ods file` };
    const url = new URL(link.replace(/&amp;/g, "&"), pageUrl).toString();
    const bytes = await getBytes(url);
    if (!bytes.ok) return bytes;
    return { ok: true, value: { bytes: bytes.value, url: pageUrl, fileName: path.basename(new URL(url).pathname), feed: { ...feed, page } } };
  }
  return { ok: false, reason: failure };
}

export function fetchEdition(feed: Feed, endpoints: Endpoints): Promise<Result<Edition>> {
  return feed.from === "ees" ? fetchEes(feed, endpoints.eesApiUrl) : fetchGovuk(feed, endpoints.govukUrl);
}
