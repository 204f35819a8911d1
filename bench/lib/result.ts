/** Writes a benchmark's figures to bench/results/<name>.json with the machine and date beside them. */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../src/app.js";

export const RESULTS_DIR = join(PROJECT_ROOT, "bench", "results");

export function machine(): string {
  return `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

export function writeResult(name: string, figures: Record<string, unknown>): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${name}.json`);
  writeFileSync(path, `${JSON.stringify({ ...figures, machine: machine(), date: new Date().toISOString() }, null, 2)}\n`);
  return path;
}

/** The PostgreSQL server benchmarks may use: BENCH_DATABASE_URL, else the local one if it answers. */
export function benchPostgresUrl(): string | undefined {
  return process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
}
