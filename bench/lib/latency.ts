/**
 * Reply time per update: each handled update's duration (from handing it to the bot until its replies were
 * sent to the stubbed API) is recorded, and the figures are the 50th and 99th percentiles.
 */
export class Latencies {
  private readonly values: number[] = [];

  /** Runs one update and records how long it took. */
  async time<T>(work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.values.push(performance.now() - started);
    }
  }

  get count(): number {
    return this.values.length;
  }

  percentile(p: number): number {
    if (this.values.length === 0) return Number.NaN;
    const sorted = [...this.values].sort((a, b) => a - b);
    const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
    return Math.round((sorted[Math.max(0, index)] as number) * 100) / 100;
  }
}

/**
 * Spaces updates out to a fixed rate across all workers (open pacing): each update waits for its slot, so
 * the bot sees `perSecond` updates per second however fast it answers, as long as it keeps up.
 */
export class Pacer {
  private next = performance.now();

  constructor(private readonly perSecond: number) {}

  async slot(): Promise<void> {
    const now = performance.now();
    const at = Math.max(now, this.next);
    this.next = at + 1000 / this.perSecond;
    if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
  }
}
