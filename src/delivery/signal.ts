/** A wake-up call for a loop that sleeps: `wait(ms)` ends on the next `notify()` or after `ms`. A notify with nobody
 * waiting is remembered, so a wake-up that comes just before the wait is not lost. */
export class Signal {
  private waiters: Array<() => void> = [];
  private pending = false;

  notify(): void {
    if (this.waiters.length === 0) {
      this.pending = true;
      return;
    }
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  wait(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter !== wake);
        resolve();
      }, Math.max(0, ms));
      this.waiters.push(wake);
    });
  }
}
