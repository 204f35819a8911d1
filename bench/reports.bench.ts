/**
 * Report figures (bench/results/reports.json, merged with the exports' figures written to the same file):
 * - report_ms_postgres / report_ms_pglite: every figure of /reporte for the whole region (the widest scope) and
 *   the year before, on 100,000 people, 20,000 registrations and 500,000 deliveries (bench/lib/reports-seed.ts).
 *   Median of 7 runs after 2 warm-up runs. Target: under 500 ms on PostgreSQL.
 * - report_with_chart_ms_postgres / report_with_chart_ms_pglite: the same, plus drawing the three charts as PNG.
 *   Target: under 1,500 ms on PostgreSQL.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { LOCALES_DIR, MIGRATIONS_DIR } from "../src/app.js";
import { chartReplies } from "../src/conversation/commands/reports/charts.js";
import type { TurnContext } from "../src/conversation/context.js";
import { openDatabase, type Database } from "../src/db/client.js";
import { applyMigrations } from "../src/db/migrate.js";
import { seedBaseData } from "../src/db/seed.js";
import { buildReport } from "../src/domain/reports/report.js";
import { I18n } from "../src/i18n.js";
import { silentLogger } from "../src/logger.js";
import { REPORTS_BENCH_SIZE, seedReportsBench } from "./lib/reports-seed.js";
import { benchPostgresUrl, RESULTS_DIR, writeResult } from "./lib/result.js";
import { createScratchPostgres } from "./lib/scratch-db.js";

const i18n = new I18n(LOCALES_DIR);
const NOW = new Date("2026-11-20T17:00:00Z");
const YEAR = 2026;
const RUNS = 7;
const WARMUP = 2;

/** What the chart code reads of a turn: the translator and the locale. */
const chartContext = { t: i18n.translator("es"), locale: "es" } as unknown as TurnContext;

interface Timings {
  reportMs: number;
  withChartMs: number;
  seedS: number;
  pngBytes: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;

async function measure(db: Database): Promise<Timings> {
  await applyMigrations(db, MIGRATIONS_DIR, silentLogger);
  await seedBaseData(db.prisma);
  const seeding = performance.now();
  await seedReportsBench(db.prisma);
  const seedS = (performance.now() - seeding) / 1000;
  const region = { ugelId: null };
  const report: number[] = [];
  const withChart: number[] = [];
  let pngBytes = 0;
  for (let run = 0; run < WARMUP + RUNS; run++) {
    const started = performance.now();
    const figures = await buildReport(db.prisma, region, YEAR, NOW);
    const built = performance.now();
    const charts = await chartReplies(chartContext, figures);
    const drawn = performance.now();
    if (figures.current.registrations.total === 0 || figures.current.ata.length !== 3) throw new Error("the seeded figures are missing");
    pngBytes = charts.reduce((sum, reply) => sum + (reply.type === "file" ? reply.content.byteLength : 0), 0);
    if (run >= WARMUP) {
      report.push(built - started);
      withChart.push(drawn - started);
    }
  }
  return { reportMs: median(report), withChartMs: median(withChart), seedS, pngBytes };
}

async function onPostgres(): Promise<Timings | null> {
  const url = benchPostgresUrl();
  const scratch = url ? await createScratchPostgres(url) : undefined;
  if (!scratch) return null;
  const db = await openDatabase({ databaseUrl: scratch.url, dataDir: "", logger: silentLogger, poolSize: 10 });
  try {
    return await measure(db);
  } finally {
    await db.close();
    await scratch.drop();
  }
}

async function onPglite(): Promise<Timings> {
  const dir = mkdtempSync(join(tmpdir(), "pasco-reports-bench-"));
  const db = await openDatabase({ dataDir: dir, logger: silentLogger });
  try {
    return await measure(db);
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The exports' bench writes its figures into the same file: keep them. */
function existingFigures(): Record<string, unknown> {
  const path = join(RESULTS_DIR, "reports.json");
  if (!existsSync(path)) return {};
  try {
    const parsed = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
    delete parsed.machine;
    delete parsed.date;
    return parsed;
  } catch {
    return {};
  }
}

export async function run(): Promise<string> {
  const postgres = await onPostgres();
  process.stdout.write(`  PostgreSQL: ${postgres ? `report ${round(postgres.reportMs)} ms, with charts ${round(postgres.withChartMs)} ms (seeded in ${round(postgres.seedS, 1)} s)` : "no server"}\n`);
  const pglite = await onPglite();
  process.stdout.write(`  PGlite: report ${round(pglite.reportMs)} ms, with charts ${round(pglite.withChartMs)} ms (seeded in ${round(pglite.seedS, 1)} s)\n`);
  const existing = existingFigures();
  const notes = (existing.notes && typeof existing.notes === "object" ? existing.notes : {}) as Record<string, unknown>;
  return writeResult("reports", {
    ...existing,
    report_ms_postgres: postgres ? round(postgres.reportMs) : null,
    report_with_chart_ms_postgres: postgres ? round(postgres.withChartMs) : null,
    report_ms_pglite: round(pglite.reportMs),
    report_with_chart_ms_pglite: round(pglite.withChartMs),
    notes: {
      ...notes,
      load_average: `1, 5, 15 min at the end of the run: ${loadavg().map((value) => round(value, 1)).join(", ")} (the machine's other work slows every figure)`,
      report: `region-wide /reporte for ${YEAR} and ${YEAR - 1} (every figure, grouped SQL) on ${REPORTS_BENCH_SIZE.people} people, ${REPORTS_BENCH_SIZE.registrations} registrations, ${REPORTS_BENCH_SIZE.deliveries} deliveries; median of ${RUNS} runs after ${WARMUP} warm-up runs; PGlite in a data folder; "with chart" adds the three PNG charts (${pglite.pngBytes} bytes in all)`,
    },
  });
}
