// The real core over the bundled corpus, built once per test file.
import { createCore, type Core } from "../../src/core.ts";
import { silentLogger } from "../../src/types.ts";

let core: Promise<Core> | undefined;

export function seedCore(): Promise<Core> {
  core ??= createCore({ corpusDir: "corpus", logger: silentLogger });
  return core;
}

export const SOURCE = {
  communityCare: "community-care-ofsted-first-social-care-annual-report",
  ofsted2016: "2016-06-28-ofsted-strong-leadership-vital",
  cypNow2013: "2013-10-15-cypnow-leadership-instability",
  oneInSeven2013: "2013-10-21-ofsted-finds-one-in-seven-inadequate",
  cypNowFramework: "cypnow-ofsted-moves-to-improve-council-inspections",
} as const;
