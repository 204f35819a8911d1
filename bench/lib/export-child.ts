/**
 * The process that does a benchmark export, alone, so its peak memory is the export's: opens the database
 * (PostgreSQL URL, or a PGlite data folder), streams a full export of the region for one year to files, and
 * prints one JSON line: rows written, seconds, files, and VmHWM (the peak resident set the kernel recorded).
 * Usage: node <its bundle, bench/lib/bundle-child.ts> <postgresql-url|pglite-dir> <registrations|ata> <year> <out-dir>
 * (or node --import tsx bench/lib/export-child.ts …, the sources under tsx).
 * For profiling: EXPORT_MEMORY_TRACE=<ms> prints memory use to stderr that often; EXPORT_PAGE_ROWS sets every
 * table's page size.
 */
import { readFileSync } from "node:fs";
import { LOCALES_DIR } from "../../src/app.js";
import { openDatabase } from "../../src/db/client.js";
import { runExport, type ExportKind } from "../../src/domain/exports/run-export.js";
import { I18n } from "../../src/i18n.js";
import { silentLogger } from "../../src/logger.js";

function peakRssMb(): number {
  const status = readFileSync("/proc/self/status", "utf8");
  const kb = Number(/VmHWM:\s+(\d+)\s*kB/.exec(status)?.[1] ?? 0);
  return kb > 0 ? kb / 1024 : process.memoryUsage().rss / 1_048_576;
}

const [target = "", kind = "registrations", year = "2026", out = ""] = process.argv.slice(2);
const db = await openDatabase(target.startsWith("postgres") ? { databaseUrl: target, dataDir: "", logger: silentLogger, poolSize: 2 } : { dataDir: target, logger: silentLogger });
const t = new I18n(LOCALES_DIR).translator("es");
const actor = { personId: 0, role: "especialista_dre" as const, ugelId: null, isAdmin: true, label: "bench" };
const baseline = peakRssMb();
const trace = process.env.EXPORT_MEMORY_TRACE ? setInterval(() => {
  const usage = process.memoryUsage();
  process.stderr.write(`rss ${Math.round(usage.rss / 1_048_576)} heap ${Math.round(usage.heapUsed / 1_048_576)} ext ${Math.round(usage.external / 1_048_576)} ab ${Math.round(usage.arrayBuffers / 1_048_576)}\n`);
}, Number(process.env.EXPORT_MEMORY_TRACE) || 2000) : null;
const started = performance.now();
const cpuBefore = process.cpuUsage();
let detailRows = 0;
const result = await runExport(db.prisma, { kind: kind as ExportKind, format: "xlsx", scope: { year: Number(year), ugelId: null }, actor, t, stem: `bench-${kind}`, dir: out, ...(process.env.EXPORT_PAGE_ROWS ? { pageRows: Number(process.env.EXPORT_PAGE_ROWS) } : {}) });
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
/** This process's CPU time (user + system): on PostgreSQL the server's work is not in it, on PGlite it is. */
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
if (kind === "registrations") {
  const [row] = await db.prisma.$queryRawUnsafe<Array<{ n: number }>>(
    `SELECT ((SELECT count(*) FROM "RegistrationMember" m JOIN "Registration" r ON r.id = m."registrationId" WHERE r.year = $1::int)
           + (SELECT count(*) FROM "RegistrationAttachment" a JOIN "Registration" r ON r.id = a."registrationId" WHERE r.year = $1::int)
           + (SELECT count(*) FROM "RegistrationStatusChange" h JOIN "Registration" r ON r.id = h."registrationId" WHERE r.year = $1::int))::int AS n`,
    Number(year),
  );
  detailRows = Number(row?.n ?? 0);
}
if (trace) clearInterval(trace);
await db.close();
process.stdout.write(
  `${JSON.stringify({ kind, mainRows: result.rows, detailRows, seconds, cpuSeconds, parts: result.parts, bytes: result.files.reduce((sum, file) => sum + file.sizeBytes, 0), peakRssMb: peakRssMb(), baselineRssMb: baseline })}\n`,
);
