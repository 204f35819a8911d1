/**
 * Retry delays for network and 5xx failures: exponential from `baseMs`, capped at `maxMs`, with "equal jitter"
 * (between half and all of the exponential step) so that many deliveries failing together do not come back
 * together.
 */
export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 2_000, maxMs: 15 * 60_000 };

/** Delay before the next try after `attempt` failed tries (1 = the first failure). */
export function retryDelayMs(attempt: number, options: BackoffOptions = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(attempt, 1) - 1, 30);
  const step = Math.min(options.maxMs, options.baseMs * 2 ** exponent);
  return Math.round(step / 2 + random() * (step / 2));
}
