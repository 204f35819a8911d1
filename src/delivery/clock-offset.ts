/**
 * The offset between this process's monotonic clock and another machine's clock (the database's), learnt from
 * round trips in the way NTP does: a reading of the other clock taken while a request was out lies somewhere
 * between the moment it was sent and the moment its answer came back, so taking the middle is wrong by half the
 * round trip at most. On a loaded machine most round trips are slow and lopsided (the answer waits in the socket
 * while the event loop is busy), so the offset kept is the one of the sample with the smallest error bound: half
 * its round trip, plus what the clocks may have drifted apart since (`MAX_DRIFT`, generous enough for a clock
 * that NTP is slewing), so that a quick sample is kept for seconds and a fresh one wins after that.
 */
export const MAX_DRIFT = 500e-6;

interface Sample {
  /** local = remote + offsetMs */
  offsetMs: number;
  halfRoundTripMs: number;
  takenAt: number;
}

export class ClockOffset {
  private best: Sample | null = null;

  /** A reading `remoteMs` of the other clock, taken between local instants `sentAt` and `answeredAt`. */
  sample(sentAt: number, answeredAt: number, remoteMs: number): void {
    const candidate: Sample = { offsetMs: (sentAt + answeredAt) / 2 - remoteMs, halfRoundTripMs: Math.max(0, answeredAt - sentAt) / 2, takenAt: answeredAt };
    if (!this.best || candidate.halfRoundTripMs <= this.errorBoundMs(answeredAt)) this.best = candidate;
  }

  /** How far the kept offset may be from the truth at local instant `now` (Infinity before any sample). */
  errorBoundMs(now: number): number {
    if (!this.best) return Number.POSITIVE_INFINITY;
    return this.best.halfRoundTripMs + Math.max(0, now - this.best.takenAt) * MAX_DRIFT;
  }

  /** The local instant of the other clock's `remoteMs`. */
  toLocal(remoteMs: number): number {
    if (!this.best) throw new Error("ClockOffset.toLocal before any sample");
    return remoteMs + this.best.offsetMs;
  }
}
