// Progress of a long ingest, for the caller to show (the core prints nothing itself). A phase
// reports only once it has run for a while, then about once a second, then once when it ends, so
// a small corpus that indexes in a blink produces no output at all.

export type IngestPhase = "check" | "extract" | "index" | "save" | "load";

export interface IngestProgress {
  /** check: comparing the corpus with the saved index; extract: reading articles and their figures and quotes. */
  phase: IngestPhase;
  /** Articles (or files) done so far, out of `total`; phases without items report 0 then 1 of 1. */
  done: number;
  total: number;
  elapsedMs: number;
}

export type ProgressCallback = (progress: IngestProgress) => void;

export class ProgressReporter {
  private phase: IngestPhase = "check";
  private total = 0;
  private started = 0;
  private lastReport = 0;
  private reported = false;

  constructor(
    private readonly callback: ProgressCallback | undefined,
    private readonly intervalMs = 1000,
  ) {}

  start(phase: IngestPhase, total: number): void {
    this.phase = phase;
    this.total = total;
    this.started = performance.now();
    this.lastReport = this.started;
    this.reported = false;
  }

  tick(done: number): void {
    if (!this.callback) return;
    const now = performance.now();
    if (now - this.lastReport < this.intervalMs) return;
    this.lastReport = now;
    this.reported = true;
    this.callback({ phase: this.phase, done, total: this.total, elapsedMs: now - this.started });
  }

  /** The phase's last report, if it reported at all, or if it took longer than one interval. */
  end(): void {
    const elapsedMs = performance.now() - this.started;
    if (this.callback && (this.reported || elapsedMs >= this.intervalMs)) this.callback({ phase: this.phase, done: this.total, total: this.total, elapsedMs });
  }
}
