// `sources` lists the statistics releases beside the articles: what each holds and its date.

import type { Archive } from "../../archive/buildArchive.ts";
import type { Answer } from "../../types.ts";
import { plural, releaseCitation } from "./format.ts";

export function withReleases(answer: Answer, archive: Archive): Answer {
  if (archive.releases.length === 0) return answer;
  // A table the reader could not read is said beside what was read: a changed layout must not pass unnoticed.
  const lines = archive.releases.map((release) => `${releaseCitation(release.source)} (${release.file}): ${release.holds.join("; ")}.${release.unread ? ` Not read: ${release.unread.join("; ")}.` : ""}`);
  return {
    ...answer,
    status: "found",
    releases: archive.releases,
    message: `${answer.message ?? ""}\n${plural(archive.releases.length, "statistics release")}:\n${lines.join("\n")}`.trim(),
  };
}
