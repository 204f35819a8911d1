import { existsSync, readFileSync } from "node:fs";

/** Clock ticks of every core of the machine, from /proc/stat's first line (proc(5)). */
interface MachineTicks {
  /** Running anything: user, nice, system, irq, softirq. */
  busy: number;
  /** Taken by the hypervisor for other machines while this one wanted to run. */
  steal: number;
  /** All of them, idle and iowait included. */
  total: number;
}

function machineTicks(): MachineTicks | undefined {
  if (!existsSync("/proc/stat")) return undefined;
  const line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = line.trim().split(/\s+/).slice(1, 9).map(Number);
  const busy = user + nice + system + irq + softirq;
  return { busy, steal, total: busy + idle + iowait + steal };
}

/**
 * How much of the machine's cores was used over several spans (the rounds of a measurement, without what runs
 * between them), by every process: whether a figure was held back by the cores or by something else.
 */
export class MachineCpuSpans {
  private readonly spent: MachineTicks = { busy: 0, steal: 0, total: 0 };
  private from: MachineTicks | undefined;

  begin(): void {
    this.from = machineTicks();
  }

  end(): void {
    const to = machineTicks();
    if (this.from && to) {
      this.spent.busy += to.busy - this.from.busy;
      this.spent.steal += to.steal - this.from.steal;
      this.spent.total += to.total - this.from.total;
    }
    this.from = undefined;
  }

  /** Shares (0 to 1) of the cores' time that was busy, and stolen; undefined without /proc. */
  shares(): { busy: number; steal: number } | undefined {
    if (this.spent.total <= 0) return undefined;
    return { busy: this.spent.busy / this.spent.total, steal: this.spent.steal / this.spent.total };
  }
}
