/**
 * Progress of a long export in the chat: a message when it starts (if it is more than a page or two) and one
 * at each quarter, but never two within `minIntervalMs`, so a quick export sends none and a slow one a few.
 * (Where the channel can edit a message, one message could be updated instead; this sends new ones.)
 */
export interface ProgressPolicy {
  /** Below this many rows nothing is reported. */
  minRows: number;
  minIntervalMs: number;
  /** Report at each multiple of this percentage. */
  stepPercent: number;
}

export const DEFAULT_PROGRESS: ProgressPolicy = { minRows: 5_000, minIntervalMs: 3_000, stepPercent: 25 };

export class ProgressThrottle {
  private lastAt: number;
  private lastStep = 0;

  constructor(
    private readonly total: number,
    private readonly policy: ProgressPolicy = DEFAULT_PROGRESS,
    private readonly clock: () => number = () => Date.now(),
  ) {
    this.lastAt = clock();
  }

  /** True when a start message is worth sending. */
  get announceStart(): boolean {
    return this.total >= this.policy.minRows;
  }

  /** The percentage to report now, or null. */
  next(done: number): number | null {
    if (this.total < this.policy.minRows || done >= this.total) return null;
    const percent = Math.floor((done / this.total) * 100);
    const step = Math.floor(percent / this.policy.stepPercent);
    if (step <= this.lastStep) return null;
    const now = this.clock();
    if (now - this.lastAt < this.policy.minIntervalMs) return null;
    this.lastStep = step;
    this.lastAt = now;
    return step * this.policy.stepPercent;
  }
}
