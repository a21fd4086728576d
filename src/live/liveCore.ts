// Keeps a running bot's archive current. When the corpus folder changes, a new core is built in the
// background and swapped in with one assignment; until then every question is answered by the
// previous core. A build that fails, or finds no article at all, is logged and the old core stays.

import { watch, type FSWatcher } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { Core } from "../core.ts";
import type { Answer, Logger } from "../types.ts";

export interface LiveCoreOptions {
  corpusDir: string;
  logger: Logger;
  /** Builds a core from the corpus as it is now. */
  build: () => Promise<Core>;
  /**
   * A core already built, with the folder's fingerprint taken *before* that build (so a change made
   * during it is still noticed); saves building the first core twice.
   */
  initial?: { core: Core; fingerprint: string };
  /** Wait this long after the last change before rebuilding (a copy of many files is one rebuild). */
  debounceMs?: number;
  /** Also compare the folder's listing this often, for filesystems whose change events are unreliable. */
  pollMs?: number;
}

/** Names, sizes and modification times: enough to notice any added, removed or rewritten file. */
export async function fingerprint(dir: string): Promise<string> {
  const parts: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(path.join(dir, relative), { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith(".")) continue;
      const name = path.join(relative, entry.name);
      if (entry.isDirectory()) await walk(name);
      else {
        const info = await stat(path.join(dir, name)).catch(() => undefined);
        if (info) parts.push(`${name}\u0000${info.size}\u0000${info.mtimeMs}`);
      }
    }
  };
  await walk("");
  return parts.join("\n");
}

export class LiveCore {
  private current: Core;
  private seen: string;
  private watcher: FSWatcher | undefined;
  private poller: NodeJS.Timeout | undefined;
  private debounce: NodeJS.Timeout | undefined;
  private rebuilding: Promise<boolean> | undefined;
  private again = false;
  private closed = false;

  private constructor(
    private readonly options: LiveCoreOptions,
    first: Core,
    seen: string,
  ) {
    this.current = first;
    this.seen = seen;
  }

  /** Builds the first core, then watches the folder. */
  static async start(options: LiveCoreOptions): Promise<LiveCore> {
    const seen = options.initial?.fingerprint ?? (await fingerprint(options.corpusDir));
    const live = new LiveCore(options, options.initial?.core ?? (await options.build()), seen);
    live.watchFolder();
    return live;
  }

  get core(): Core {
    return this.current;
  }

  /** Always the core in service now; safe to hand to adapters once. */
  readonly answer = (text: string): Answer => this.current.answer(text);

  /**
   * Rebuilds now unless the folder is unchanged. Resolves true when a new core went into service.
   * Calls during a rebuild are folded into one more rebuild after it.
   */
  reload(): Promise<boolean> {
    if (this.rebuilding) {
      this.again = true;
      return this.rebuilding;
    }
    this.rebuilding = this.rebuild().finally(() => {
      this.rebuilding = undefined;
      if (this.again && !this.closed) {
        this.again = false;
        void this.reload();
      }
    });
    return this.rebuilding;
  }

  close(): void {
    this.closed = true;
    this.watcher?.close();
    clearInterval(this.poller);
    clearTimeout(this.debounce);
  }

  private async rebuild(): Promise<boolean> {
    const { logger, corpusDir } = this.options;
    const seen = await fingerprint(corpusDir);
    if (seen === this.seen) return false;
    const started = performance.now();
    try {
      const next = await this.options.build();
      if (next.archive.sources.length === 0) {
        logger.error({ corpusDir }, "corpus reload found no readable article; still serving the previous archive");
        return false;
      }
      this.seen = seen;
      this.current = next;
      logger.info({ articles: next.archive.sources.length, skipped: next.problems.length, ms: Math.round(performance.now() - started) }, "corpus reloaded");
      return true;
    } catch (error) {
      logger.error({ err: error instanceof Error ? { message: error.message, stack: error.stack } : String(error) }, "corpus reload failed; still serving the previous archive");
      return false;
    }
  }

  private schedule(): void {
    if (this.closed) return;
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.reload(), this.options.debounceMs ?? 500);
  }

  private watchFolder(): void {
    try {
      this.watcher = watch(this.options.corpusDir, { recursive: true, persistent: false }, () => this.schedule());
      this.watcher.on("error", (error) => this.options.logger.warn({ err: error.message }, "corpus watch failed; relying on polling"));
    } catch (error) {
      this.options.logger.warn({ err: (error as Error).message }, "corpus folder cannot be watched; relying on polling");
    }
    this.poller = setInterval(() => void this.reload(), this.options.pollMs ?? 30_000);
    this.poller.unref();
  }
}
