import { existsSync, readdirSync, readFileSync } from "node:fs";
/**
 * CPU seconds used so far by every postgres process on this machine (live ones, plus the children the
 * postmaster has reaped), from /proc: a local server's share of a measurement, which wall-clock rates on a
 * shared machine hide. Undefined where there is no /proc.
 */
export function postgresCpuSeconds(): number | undefined {
  if (!existsSync("/proc/self/stat")) return undefined;
  let ticks = 0;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      continue; // ended meanwhile
    }
    const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
    if (comm !== "postgres") continue;
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime, stime, cutime, cstime (fields 14-17 of proc(5)), in clock ticks of 1/100 s.
    ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
  }
  return ticks / 100;
}
