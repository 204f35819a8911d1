// Fresh databases for integration tests, with the real migrations applied and the base data seeded.
//
// - By default: an in-memory PGlite. Creating one from scratch costs an initdb (5-9 s here), so the first call
//   builds templates (initdb; initdb + migrations), dumps them to tarballs cached in the OS temp folder under a
//   key made of the PGlite version and the migrations' checksums, and every later database (in any test file,
//   any run) starts from a dump in about 1.5 s. Open one per test file (beforeAll); resetTestData between tests.
// - With TEST_DATABASE_URL=postgresql://...: a new database with a random name on that server (CREATE DATABASE),
//   dropped again by close(). The same tests then run on a real PostgreSQL.
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import pino from "pino";
import { databaseFromPglite, isPostgresUrl, openDatabase, type Database, type DbLogger } from "../../src/db/client.js";
import { applyMigrations, MIGRATIONS_TABLE, readMigrations } from "../../src/db/migrate.js";
import { seedBaseData } from "../../src/db/seed.js";
import { withSqlSession } from "../../src/db/sql.js";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, "prisma", "migrations");
export const SCHEMA_PATH = path.join(PROJECT_ROOT, "prisma", "schema.prisma");

/** Silent unless TEST_LOG_LEVEL is set (e.g. TEST_LOG_LEVEL=debug npx vitest run ...). */
export const testLogger: DbLogger = pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });

export interface TestDatabase extends Database {
  /** "pglite" or the name of the scratch PostgreSQL database. */
  name: string;
}

export interface CreateTestDatabaseOptions {
  /** Seed the base data (DRE and UGELs). Default true. */
  seed?: boolean;
  /** Apply the migrations. Default true (false gives an empty database, for migration tests). */
  migrate?: boolean;
  logger?: DbLogger;
}

/** The PostgreSQL server tests run against, if any (TEST_DATABASE_URL). */
export function testDatabaseUrl(): string | undefined {
  const url = process.env.TEST_DATABASE_URL?.trim();
  return isPostgresUrl(url) ? url : undefined;
}

export async function createTestDatabase(options: CreateTestDatabaseOptions = {}): Promise<TestDatabase> {
  const logger = options.logger ?? testLogger;
  const url = testDatabaseUrl();
  const db = url ? await createPostgresDatabase(url, logger) : await createPgliteDatabase(options.migrate !== false, logger);
  try {
    if (options.migrate !== false) await applyMigrations(db, MIGRATIONS_DIR, logger); // no-op on the template
    if (options.migrate !== false && options.seed !== false) await seedBaseData(db.prisma);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/**
 * Empties every table except the migration history (and restarts the id sequences), then seeds the base data
 * again: a clean database for the next test without paying for a new one.
 */
export async function resetTestData(db: Database, options: { seed?: boolean } = {}): Promise<void> {
  await withSqlSession(db, async (session) => {
    const tables = await session.query<{ name: string }>(
      `SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> $1`,
      [MIGRATIONS_TABLE],
    );
    if (tables.length > 0) await session.exec(`TRUNCATE ${tables.map((t) => t.name).join(", ")} RESTART IDENTITY CASCADE`);
  });
  if (options.seed !== false) await seedBaseData(db.prisma);
}

// ───────────────────────────── PGlite ─────────────────────────────

const TEMPLATE_FORMAT = 1; // bump when the way the templates are built changes
const CACHE_DIR = path.join(os.tmpdir(), "pasco-educa-bot-test");

type TemplateKind = "empty" | "migrated";
const templates = new Map<TemplateKind, Promise<Blob>>();

async function pgliteVersion(): Promise<string> {
  const require = createRequire(import.meta.url);
  // The package's "exports" hide package.json: walk up from its entry point.
  let dir = path.dirname(require.resolve("@electric-sql/pglite"));
  for (;;) {
    const pkg = await readFile(path.join(dir, "package.json"), "utf8").catch(() => null);
    if (pkg) {
      const parsed = JSON.parse(pkg) as { name?: string; version?: string };
      if (parsed.name === "@electric-sql/pglite" && parsed.version) return parsed.version;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return "unknown";
    dir = parent;
  }
}

async function templateKey(kind: TemplateKind): Promise<string> {
  const hash = createHash("sha256").update(`${TEMPLATE_FORMAT}\n${await pgliteVersion()}\n${kind}\n`);
  if (kind === "migrated") {
    for (const migration of await readMigrations(MIGRATIONS_DIR)) hash.update(`${migration.name} ${migration.checksum}\n`);
  }
  return `${kind}-${hash.digest("hex").slice(0, 24)}`;
}

async function saveTemplate(key: string, dump: Blob): Promise<void> {
  const file = path.join(CACHE_DIR, `pglite-${key}.tar.gz`);
  await mkdir(CACHE_DIR, { recursive: true });
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(tmp, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
  await rename(tmp, file); // atomic: parallel test workers never read half a file
  const kind = key.split("-")[0];
  for (const name of await readdir(CACHE_DIR)) {
    if (name.startsWith(`pglite-${kind}-`) && !name.startsWith(`pglite-${key}.`)) {
      await rm(path.join(CACHE_DIR, name), { force: true }); // outdated migrations or PGlite version
    }
  }
}

/**
 * A data dump to start PGlite from: "empty" (just initdb) or "migrated" (every migration applied). Read from the
 * disk cache, or built now (and cached for the next files and runs).
 */
function pgliteTemplate(kind: TemplateKind, logger: DbLogger): Promise<Blob> {
  let promise = templates.get(kind);
  if (!promise) {
    promise = (async () => {
      const key = await templateKey(kind);
      const cached = await readFile(path.join(CACHE_DIR, `pglite-${key}.tar.gz`)).catch(() => null);
      if (cached) return new Blob([cached]);

      const pglite = kind === "empty" ? new PGlite("memory://") : new PGlite("memory://", { loadDataDir: await pgliteTemplate("empty", logger) });
      try {
        await pglite.waitReady;
        if (kind === "migrated") await applyMigrations(databaseFromPglite(pglite, { logger }), MIGRATIONS_DIR, logger);
        const dump = await pglite.dumpDataDir("gzip");
        await saveTemplate(key, dump);
        return dump;
      } finally {
        await pglite.close();
      }
    })();
    promise.catch(() => templates.delete(kind));
    templates.set(kind, promise);
  }
  return promise;
}

async function createPgliteDatabase(migrated: boolean, logger: DbLogger): Promise<TestDatabase> {
  const dump = await pgliteTemplate(migrated ? "migrated" : "empty", logger);
  const pglite = new PGlite("memory://", { loadDataDir: dump });
  await pglite.waitReady;
  return { ...databaseFromPglite(pglite, { logger }), name: "pglite" };
}

// ───────────────────────────── PostgreSQL ─────────────────────────────

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function createPostgresDatabase(url: string, logger: DbLogger): Promise<TestDatabase> {
  const name = `pasco_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  let db: Database;
  try {
    db = await openDatabase({ databaseUrl: withDatabase(url, name), dataDir: "", logger, poolSize: 4 });
  } catch (error) {
    await dropDatabase(url, name);
    throw error;
  }
  const close = db.close;
  let closing: Promise<void> | undefined;
  return {
    ...db,
    name,
    close() {
      closing ??= (async () => {
        try {
          await close();
        } finally {
          await dropDatabase(url, name);
        }
      })();
      return closing;
    },
  };
}

async function dropDatabase(url: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** Runs one statement on the server itself (CREATE DATABASE, DROP DATABASE), on a connection of its own. */
export async function serverStatement(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A database of its own on the PostgreSQL server at `serverUrl`, migrated and seeded, for tests that start bot
 * processes on it; `drop` closes the connection and removes the database.
 */
export async function createServerScratchDatabase(serverUrl: string, prefix: string): Promise<{ url: string; database: Database; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  await serverStatement(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: "", logger: testLogger, poolSize: 4 });
  await applyMigrations(database, MIGRATIONS_DIR, testLogger);
  await seedBaseData(database.prisma);
  return {
    url: url.toString(),
    database,
    drop: async () => {
      await database.close();
      await serverStatement(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
