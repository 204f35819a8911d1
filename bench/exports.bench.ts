/**
 * Export figures, merged into bench/results/reports.json (the reports benchmark writes its own keys there):
 * - export_rows_per_s: rows written per second by a full export of the region for one year: the registrations
 *   workbook (registrations, team, files, history) and the ATA deliveries workbook, streamed to disk from
 *   keyset-paged SQL. Target: at least 20,000 rows per second.
 * - export_peak_rss_mb: the peak resident memory (VmHWM) of the process doing those exports, measured in a child
 *   process that does nothing else. Target: under 300 MB.
 * Data, made with set-based SQL (generate_series): 100,000 people, 1,000 schools, 20,000 registrations with
 * 3–4 team members, 1–2 files and 1–2 history rows each, and 500,000 ATA deliveries of 40 announcements with
 * acknowledgements for about 45% of them. On PostgreSQL (the figures) and on PGlite (the `_pglite` keys).
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { MIGRATIONS_DIR, PROJECT_ROOT } from "../src/app.js";
import { openDatabase, type Database } from "../src/db/client.js";
import { applyMigrations } from "../src/db/migrate.js";
import { seedBaseData } from "../src/db/seed.js";
import { silentLogger } from "../src/logger.js";
import { bundleChild } from "./lib/bundle-child.js";
import { startNodeFlags } from "./lib/start-command.js";
import { benchPostgresUrl, machine, RESULTS_DIR } from "./lib/result.js";
import { createScratchPostgres } from "./lib/scratch-db.js";

const run_ = promisify(execFile);
const PEOPLE = 100_000;
const REGISTRATIONS = 20_000;
const DELIVERIES = 500_000;
const ANNOUNCEMENTS = 40;
const YEAR = 2026;

export interface ExportsSeedSize {
  people: number;
  registrations: number;
  deliveries: number;
}

const SIZE: ExportsSeedSize = { people: PEOPLE, registrations: REGISTRATIONS, deliveries: DELIVERIES };

/** Every row in a few statements, none through JavaScript. A smaller size is for profiling. */
export async function seedForBench(db: Database, size: ExportsSeedSize = SIZE): Promise<void> {
  await applyMigrations(db, MIGRATIONS_DIR, silentLogger);
  await seedBaseData(db.prisma);
  const sql = (text: string, ...params: unknown[]) => db.prisma.$executeRawUnsafe(text, ...params);
  await sql(`INSERT INTO "School" ("codigoModular", name, "ugelId", level, area, modality, "schoolType", district, "updatedAt")
             SELECT lpad((400000 + g)::text, 7, '0'), 'IE N.° ' || (34000 + g), (ARRAY['190001','190002','190003','190006'])[1 + g % 4],
                    (ARRAY['inicial','primaria','secundaria'])[1 + g % 3]::"Level", CASE WHEN g % 3 = 0 THEN 'urbana' ELSE 'rural' END, 'EBR',
                    (ARRAY['polidocente completa','polidocente multigrado','unidocente'])[1 + g % 3], 'Distrito ' || (g % 29), now()
               FROM generate_series(1, 1000) AS g`);
  await sql(`INSERT INTO "Person" ("displayName", locale, role, levels, "ugelId", "schoolId", "onboardedAt", "updatedAt")
             SELECT 'Persona ' || g, 'es', (CASE WHEN g % 100 < 14 THEN 'director' WHEN g % 100 < 99 THEN 'docente' ELSE 'especialista_ugel' END)::"Role",
                    '{primaria}'::"Level"[], (ARRAY['190001','190002','190003','190006'])[1 + g % 4], 1 + g % 1000, now(), now()
               FROM generate_series(1, $1::int) AS g`, size.people);
  await sql(`INSERT INTO "ChannelIdentity" ("personId", channel, "externalId", "chatRef") SELECT id, 'telegram', (1000000 + id)::text, (1000000 + id)::text FROM "Person"`);
  const problem = "Los estudiantes muestran bajo nivel de comprensión lectora; causas: pocos libros en casa, poca práctica diaria. ".repeat(12);
  await sql(`INSERT INTO "Registration" (kind, year, code, status, "ownerId", "ugelId", "schoolId", title, "titleKey", answers, "sentAt", "updatedAt")
             SELECT k.kind::"RegistrationKind", $1::int, CASE WHEN g % 2 = 0 THEN 'PI-' ELSE 'BP-' END || $1 || '-' || lpad(g::text, 5, '0'),
                    (ARRAY['enviada','observada','aceptada','ganadora','no_ganadora','retirada'])[1 + g % 6]::"RegistrationStatus",
                    1 + (g * 7) % $2::int, (ARRAY['190001','190002','190003','190006'])[1 + g % 4], 1 + g % 1000,
                    'Proyecto de innovación número ' || g, 'proyecto de innovacion numero ' || g,
                    jsonb_build_object('area', 'rural', 'level', 'primaria', 'modality', 'EBR', 'schoolType', 'unidocente', 'directorDni', lpad((40000000 + g)::text, 8, '0'),
                                       'directorNames', 'Ana María', 'directorSurnames', 'Rojas Poma', 'directorEmail', 'director' || g || '@example.pe', 'directorPhone', '987654321',
                                       'studentsIII', 10 + g % 20, 'studentsIV', 12 + g % 15, 'problem', $3::text || g, 'objectives', 'Mejorar la comprensión lectora.',
                                       'strategy', 'Lectura diaria de 20 minutos con textos del contexto.', 'yearsRunning', g % 4, 'declaration', 'acepto'),
                    timestamptz '2026-03-01 12:00Z' + (g || ' minutes')::interval, now()
               FROM generate_series(1, $4::int) AS g
               CROSS JOIN LATERAL (SELECT CASE WHEN g % 2 = 0 THEN 'proyecto_innovacion' ELSE 'buena_practica' END AS kind) k`, YEAR, size.people, problem, size.registrations);
  await sql(`INSERT INTO "RegistrationMember" ("registrationId", "memberRole", names, surnames, dni, condition, phone, email, "sortOrder")
             SELECT r.id, CASE WHEN n = 0 THEN 'director_responsable' ELSE 'docente' END, 'Nombre ' || n, 'Apellido ' || r.id,
                    lpad((50000000 + r.id * 4 + n)::text, 8, '0'), 'nombrado', '912345678', 'docente' || n || '@example.pe', n
               FROM "Registration" r CROSS JOIN LATERAL generate_series(0, 2 + r.id % 2) AS n`);
  await sql(`INSERT INTO "RegistrationAttachment" ("registrationId", "fieldKey", channel, "fileRef", "fileName", "mimeType", "sizeBytes")
             SELECT r.id, 'attachments', 'telegram', 'BQACAgEAAxkBAAI' || md5(r.id::text || n), 'evidencia-' || n || '.pdf', 'application/pdf', 150000 + n * 1000
               FROM "Registration" r CROSS JOIN LATERAL generate_series(1, 1 + r.id % 2) AS n`);
  await sql(`INSERT INTO "RegistrationStatusChange" ("registrationId", "fromStatus", "toStatus", comment, "actorId", "createdAt")
             SELECT r.id, NULL::"RegistrationStatus", 'enviada'::"RegistrationStatus", NULL, r."ownerId", r."sentAt" FROM "Registration" r
             UNION ALL
             SELECT r.id, 'enviada'::"RegistrationStatus", r.status, 'Revisado por la UGEL', 1, r."sentAt" + interval '2 days' FROM "Registration" r WHERE r.status <> 'enviada'`);
  await sql(`INSERT INTO "AtaAnnouncement" (milestone, title, body, "authorId", "audienceUgels", "audienceRoles", status, "createdAt", "sentAt")
             SELECT (ARRAY['inicio','proceso','cierre'])[1 + g % 3]::"AtaMilestone", 'Asistencia técnica ' || g, 'Mensaje', 1, '{190001,190002,190003,190006}', '{docente,director}',
                    'enviado', timestamptz '2026-03-02 15:00Z' + (g || ' days')::interval, timestamptz '2026-03-02 15:00Z' + (g || ' days')::interval
               FROM generate_series(1, $1::int) AS g`, ANNOUNCEMENTS);
  await sql(`INSERT INTO "Delivery" ("idempotencyKey", kind, "personId", "identityId", payload, status, "sentAt", "announcementId", "updatedAt")
             SELECT 'ata:' || a || ':' || p, 'ata', p, p, '{}'::jsonb, CASE WHEN p % 40 = 0 THEN 'failed' ELSE 'sent' END::"DeliveryStatus",
                    timestamptz '2026-03-02 15:05Z' + (a || ' days')::interval, a, now()
               FROM generate_series(1, $1::int) AS a CROSS JOIN LATERAL generate_series(1, $2::int / $1::int) AS p`, ANNOUNCEMENTS, size.deliveries);
  await sql(`INSERT INTO "AtaAcknowledgement" ("announcementId", "personId", "receivedAt", attendance, "updatedAt")
             SELECT d."announcementId", d."personId", d."sentAt" + interval '1 hour', CASE WHEN d."personId" % 3 = 0 THEN 'asistire'::"Attendance" END, now()
               FROM "Delivery" d WHERE d."announcementId" IS NOT NULL AND d."personId" % 20 < 9`);
  await sql(`ANALYZE`);
}

interface ChildResult {
  kind: string;
  mainRows: number;
  detailRows: number;
  seconds: number;
  /** The child's own CPU time; on PGlite the database's work is in it. */
  cpuSeconds: number;
  parts: number;
  bytes: number;
  peakRssMb: number;
  baselineRssMb: number;
}

/**
 * The child runs from an esbuild bundle, as the bot runs in production (npm start); BENCH_EXPORT_CHILD=tsx runs
 * the sources under tsx instead, whose loader thread and compiled TypeScript add to the baseline memory.
 */
let childCommand: Promise<string[]> | undefined;
function childArgs(): Promise<string[]> {
  childCommand ??=
    process.env.BENCH_EXPORT_CHILD === "tsx"
      ? Promise.resolve(["--import", "tsx", join(PROJECT_ROOT, "bench", "lib", "export-child.ts")])
      : bundleChild("bench/lib/export-child.ts", "export-child").then((built) => [built]);
  return childCommand;
}

async function exportInChild(target: string, kind: "registrations" | "ata"): Promise<ChildResult> {
  const out = mkdtempSync(join(tmpdir(), "pasco-export-bench-"));
  try {
    const { stdout } = await run_(process.execPath, [...startNodeFlags(), ...(await childArgs()), target, kind, String(YEAR), out], {
      cwd: PROJECT_ROOT,
      maxBuffer: 1_048_576,
    });
    return JSON.parse(stdout.trim().split("\n").pop() ?? "{}") as ChildResult;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

interface Figures {
  rowsPerS: number;
  peakRssMb: number;
  /** The child's resident memory before the export began (Node, the bundled app code, Prisma, the database client). */
  baselineRssMb: number;
  seedSeconds: number;
  results: ChildResult[];
}

async function measure(target: string, db: Database): Promise<Figures> {
  const seeded = performance.now();
  await seedForBench(db);
  const seedSeconds = (performance.now() - seeded) / 1000;
  if (db.kind === "pglite") await db.close(); // the child opens the folder itself
  const results = [await exportInChild(target, "registrations"), await exportInChild(target, "ata")];
  const rows = results.reduce((sum, result) => sum + result.mainRows + result.detailRows, 0);
  const seconds = results.reduce((sum, result) => sum + result.seconds, 0);
  return {
    rowsPerS: rows / seconds,
    peakRssMb: Math.max(...results.map((result) => result.peakRssMb)),
    baselineRssMb: Math.max(...results.map((result) => result.baselineRssMb)),
    seedSeconds,
    results,
  };
}

async function onPostgres(): Promise<Figures | null> {
  const url = benchPostgresUrl();
  const scratch = url ? await createScratchPostgres(url) : undefined;
  if (!scratch) return null;
  const db = await openDatabase({ databaseUrl: scratch.url, dataDir: "", logger: silentLogger, poolSize: 4 });
  try {
    return await measure(scratch.url, db);
  } finally {
    await db.close();
    await scratch.drop();
  }
}

async function onPglite(): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), "pasco-export-bench-pglite-"));
  const db = await openDatabase({ dataDir: dir, logger: silentLogger });
  try {
    return await measure(dir, db);
  } finally {
    await db.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;

function describe(figures: Figures): string {
  return figures.results
    .map((result) => `${result.kind}: ${result.mainRows} + ${result.detailRows} detail rows in ${round(result.seconds, 2)} s (${round(result.cpuSeconds, 2)} s of CPU in the child), ${round(result.bytes / 1_048_576, 1)} MB in ${result.parts} part(s), peak RSS ${round(result.peakRssMb)} MB`)
    .join("; ");
}

/** Reads reports.json (the reports benchmark's figures may be there), sets our keys, writes it back. */
function mergeIntoReports(figures: Record<string, unknown>): string {
  const path = join(RESULTS_DIR, "reports.json");
  const current = existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>) : {};
  const notes = { ...((current.notes as Record<string, unknown> | undefined) ?? {}), ...((figures.notes as Record<string, unknown> | undefined) ?? {}) };
  writeFileSync(path, `${JSON.stringify({ ...current, ...figures, notes, machine: machine(), date: new Date().toISOString() }, null, 2)}\n`);
  return path;
}

export async function run(): Promise<string> {
  const postgres = await onPostgres();
  process.stdout.write(`  PostgreSQL: ${postgres ? `${round(postgres.rowsPerS)} rows/s, peak ${round(postgres.peakRssMb)} MB (${describe(postgres)})` : "no server"}\n`);
  const pglite = process.env.BENCH_EXPORTS_PGLITE === "0" ? null : await onPglite();
  if (pglite) process.stdout.write(`  PGlite: ${round(pglite.rowsPerS)} rows/s, peak ${round(pglite.peakRssMb)} MB (${describe(pglite)})\n`);
  const main = postgres ?? pglite;
  return mergeIntoReports({
    export_rows_per_s: main ? round(main.rowsPerS) : null,
    export_peak_rss_mb: main ? round(main.peakRssMb) : null,
    export_rows_per_s_postgres: postgres ? round(postgres.rowsPerS) : null,
    export_peak_rss_mb_postgres: postgres ? round(postgres.peakRssMb) : null,
    export_rows_per_s_pglite: pglite ? round(pglite.rowsPerS) : null,
    export_peak_rss_mb_pglite: pglite ? round(pglite.peakRssMb) : null,
    export_baseline_rss_mb: main ? round(main.baselineRssMb) : null,
    export_load_average: loadavg().map((value) => round(value, 1)),
    notes: {
      exports: `full-region XLSX exports for ${YEAR} streamed to disk by a child process (peak = its VmHWM, PGlite's own memory included on PGlite): ${PEOPLE} people, ${REGISTRATIONS} registrations with team, files and history, ${DELIVERIES} ATA deliveries. ${postgres ? `PostgreSQL: ${describe(postgres)} (seeded in ${round(postgres.seedSeconds)} s).` : "No PostgreSQL server."} ${pglite ? `PGlite: ${describe(pglite)} (seeded in ${round(pglite.seedSeconds)} s).` : ""}`.trim(),
    },
  });
}
