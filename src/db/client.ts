// Opens the database: embedded PGlite (PostgreSQL in WebAssembly) in a data folder by default, or a PostgreSQL
// server when a postgres:// URL is given. Either way the caller gets a Prisma client built on a driver adapter
// (Prisma 7 has no native query engine) and one close() that leaves the data consistent.
// Each kind's driver is imported only when that kind is opened: a start on PostgreSQL never loads PGlite, nor the
// other way round.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type pg from "pg";
import type { Logger } from "pino";
import { PrismaClient } from "../generated/prisma/client.js";
import { acquireFolderLock, type FolderLock } from "./lock.js";
import { pgPreparedStatements } from "./pg-prepared.js";
import { preparedStatements } from "./pglite-prepared.js";
import { registerRunner, type SqlRunner } from "./rows.js";
import { observePglite, WriteObserver } from "./write-observer.js";

export { DatabaseLockedError, LOCK_FILE_NAME } from "./lock.js";

export type DbLogger = Pick<Logger, "debug" | "info" | "warn" | "error">;

export type DatabaseKind = "pglite" | "postgres";

export interface OpenDatabaseOptions {
  /** A postgres:// or postgresql:// URL selects a PostgreSQL server; empty or missing selects PGlite. */
  databaseUrl?: string | undefined;
  /** PGlite data folder (created if missing). Ignored for PostgreSQL and in memory. */
  dataDir: string;
  /** PGlite in memory (memory://), for tests: nothing is written to disk. */
  inMemory?: boolean | undefined;
  logger: DbLogger;
  /** Connections in the PostgreSQL pool (default 10). */
  poolSize?: number | undefined;
}

export interface Database {
  prisma: PrismaClient;
  kind: DatabaseKind;
  /** Disconnects Prisma, then closes PGlite (flushing the folder) or ends the pool, then releases the lock. */
  close(): Promise<void>;
  /** The PGlite instance (kind "pglite"): one connection, shared with Prisma. */
  pglite?: PGlite;
  /** The pg pool (kind "postgres"), shared with Prisma. */
  pool?: pg.Pool;
  /** Where the PGlite data lives, "memory://" in memory; undefined for PostgreSQL. */
  location?: string;
  /**
   * PGlite: every write is seen by the observer (the session cache listens); `prepared` runs prepared statements
   * (pglite-prepared.ts) past it, for writers that announce their own writes.
   */
  writes?: { observer: WriteObserver; prepared: SqlRunner };
}

const DEFAULT_POOL_SIZE = 10;

export function isPostgresUrl(url: string | undefined): boolean {
  return !!url && /^postgres(ql)?:\/\//i.test(url.trim());
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const url = options.databaseUrl?.trim();
  if (url) {
    if (!isPostgresUrl(url)) {
      throw new Error(
        `DATABASE_URL must start with postgres:// or postgresql:// (got "${url.split(":")[0]}:..."); ` +
          "leave it empty to use the embedded database (PGlite) in the data folder.",
      );
    }
    return openPostgres(url, options);
  }
  return openPglite(options);
}

/**
 * PostgreSQL settings of the embedded database, after PGlite's own. shared_buffers: PGlite keeps PostgreSQL's 128 MB,
 * all of it resident from the start (PostgreSQL clears its shared memory) though a bot's working set is far
 * smaller; pages beyond the buffers are read back from the data folder's files, which the OS caches.
 */
const PGLITE_SETTINGS = ["-c", "shared_buffers=32MB"];

async function openPglite(options: OpenDatabaseOptions): Promise<Database> {
  const { logger } = options;
  const started = performance.now();
  let lock: FolderLock | undefined;
  let location = "memory://";
  if (!options.inMemory) {
    location = path.resolve(options.dataDir);
    await mkdir(location, { recursive: true });
    lock = await acquireFolderLock(location);
  }

  let pglite: PGlite | undefined;
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    pglite = new PGlite(location, { startParams: [...PGlite.defaultStartParams, ...PGLITE_SETTINGS] });
    await pglite.waitReady;
    await lock?.verify(); // nobody took the lock over while PGlite was starting
  } catch (error) {
    await pglite?.close().catch(() => undefined);
    await lock?.release();
    throw error;
  }
  const ms = Math.round(performance.now() - started);
  logger.info({ db: "pglite", location, ms }, "embedded database opened");
  return databaseFromPglite(pglite, { logger, location, onClose: () => lock?.release() });
}

/**
 * Wraps a PGlite instance that is already open (e.g. one created from a data dump in tests) as a Database.
 * close() disconnects Prisma, closes the instance, then runs onClose.
 */
export function databaseFromPglite(
  pglite: PGlite,
  options: { logger: DbLogger; location?: string; onClose?: () => Promise<void> | void },
): Database {
  const { logger, location = "memory://" } = options;
  dropCatalogRowTypeParsers(pglite);
  const observer = new WriteObserver();
  observePglite(pglite, observer);
  const prisma = new PrismaClient({ adapter: pgliteAdapter(pglite) });
  registerRunner(prisma, preparedStatements(pglite, (sql, result) => observer.inspect(sql, result)));
  let closing: Promise<void> | undefined;
  return {
    prisma,
    kind: "pglite",
    pglite,
    location,
    writes: { observer, prepared: preparedStatements(pglite) },
    close() {
      closing ??= (async () => {
        try {
          await prisma.$disconnect();
        } finally {
          try {
            if (!pglite.closed) await pglite.close();
          } finally {
            await options.onClose?.();
          }
        }
        logger.debug({ db: "pglite", location }, "embedded database closed");
      })();
      return closing;
    },
  };
}

/**
 * pglite-prisma-adapter's factory, imported when Prisma first connects (it imports PGlite itself), so that
 * databaseFromPglite stays synchronous and this module costs a PostgreSQL start nothing.
 */
function pgliteAdapter(pglite: PGlite): SqlDriverAdapterFactory {
  return {
    provider: "postgres",
    adapterName: "pglite-prisma-adapter",
    connect: async () => {
      const { PrismaPGlite } = await import("pglite-prisma-adapter");
      return new PrismaPGlite(pglite).connect();
    },
  };
}

/**
 * PGlite copies its table of result parsers on every query. About 220 of its 316 entries are for arrays of the
 * row types of PostgreSQL's own catalogs (OIDs 10000–16383, assigned by initdb), which no query here returns;
 * without them each query costs about 0.1 ms less (measured on the onboarding benchmark).
 */
function dropCatalogRowTypeParsers(pglite: PGlite): void {
  const parsers = (pglite as unknown as { parsers?: Record<number, unknown> }).parsers;
  if (!parsers) return;
  for (const oid of Object.keys(parsers).map(Number)) if (oid >= 10_000 && oid < 16_384) delete parsers[oid];
}

async function openPostgres(url: string, options: OpenDatabaseOptions): Promise<Database> {
  const { logger } = options;
  const [{ default: pg }, { PrismaPg }] = await Promise.all([import("pg"), import("@prisma/adapter-pg")]);
  // Prisma's `?schema=name` convention: honour it for our own SQL (search_path) and for the client.
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? undefined;
  parsed.searchParams.delete("schema");
  const givenOptions = parsed.searchParams.get("options");
  parsed.searchParams.delete("options");

  const pool = new pg.Pool({
    connectionString: parsed.toString(),
    max: options.poolSize ?? DEFAULT_POOL_SIZE,
    // PostgreSQL's own plan_cache_mode (auto): the named statements run here (the registration's submit and
    // duplicate lookup, export pages, a turn's first read) keep a generic plan from their sixth run, so each is
    // written to read by index in the plan made on empty tables, as tests check (README, "Plans").
    options: [
      ...(schema ? [`-c search_path="${schema.replaceAll('"', '""')}"`] : []),
      ...(givenOptions ? [givenOptions] : []),
    ].join(" "),
  });
  pool.on("error", (error) => logger.warn({ err: error }, "idle PostgreSQL connection failed"));
  const where = `${parsed.hostname}:${parsed.port || 5432}/${decodeURIComponent(parsed.pathname.slice(1))}`;
  try {
    await pool.query("SELECT 1"); // fail at start with a clear message, not at the first request
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Error(`Cannot connect to PostgreSQL at ${where}: ${(error as Error).message}`, { cause: error });
  }

  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, schema ? { schema } : undefined) });
  // The raw SQL of the hot paths (queryRows) runs as named prepared statements on the pool, past Prisma.
  registerRunner(prisma, pgPreparedStatements(pool));
  logger.info(
    { db: "postgres", server: where, schema, poolSize: options.poolSize ?? DEFAULT_POOL_SIZE },
    "PostgreSQL connected",
  );
  let closing: Promise<void> | undefined;
  return {
    prisma,
    kind: "postgres",
    pool,
    close() {
      closing ??= (async () => {
        try {
          await prisma.$disconnect();
        } finally {
          await pool.end();
        }
      })();
      return closing;
    },
  };
}
