/**
 * Condition waiting without sleeps. A fake calls `notify()` after each state
 * change; every pending probe is re-run and resolves as soon as it returns a
 * value other than `undefined`. With no pending waiters `notify()` is O(1), so
 * it costs nothing on the hot path of a benchmark.
 */

export interface WaitOptions {
  /** Give up after this many milliseconds (default 5000). */
  readonly timeoutMs?: number;
}

export const DEFAULT_WAIT_MS = 5000;

interface Pending {
  check(): void;
  fail(error: Error): void;
}

export class Waiters {
  private readonly pending = new Set<Pending>();

  wait<T>(probe: () => T | undefined, describe: () => string, options: WaitOptions = {}): Promise<T> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_WAIT_MS;
    return new Promise<T>((resolve, reject) => {
      let done = false;
      const finish = (settle: () => void): void => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        this.pending.delete(entry);
        settle();
      };
      const entry: Pending = {
        check() {
          let value: T | undefined;
          try {
            value = probe();
          } catch (error) {
            finish(() => reject(error instanceof Error ? error : new Error(String(error))));
            return;
          }
          if (value !== undefined) finish(() => resolve(value));
        },
        fail: (error) => finish(() => reject(error)),
      };
      const timer = setTimeout(() => {
        let detail: string;
        try {
          detail = describe();
        } catch {
          detail = "a condition";
        }
        entry.fail(new Error(`Timed out after ${timeoutMs} ms waiting for ${detail}`));
      }, timeoutMs);
      this.pending.add(entry);
      entry.check();
    });
  }

  notify(): void {
    if (this.pending.size === 0) return;
    for (const entry of [...this.pending]) entry.check();
  }

  /** Rejects every pending wait (used when the fake is closed). */
  failAll(reason: string): void {
    for (const entry of [...this.pending]) entry.fail(new Error(reason));
  }
}
