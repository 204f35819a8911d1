// Applies prisma/migrations/*/migration.sql at start, keeping the same `_prisma_migrations` table
// `prisma migrate deploy` keeps, so an operator can use either tool on the same database.
//
// - Migrations run in folder-name order; a migration is applied when it has a row with finished_at set and
//   rolled_back_at null.
// - Start is refused when an applied migration's file changed (its SHA-256 no longer matches the row) or when a
//   failed migration is recorded (neither finished_at nor rolled_back_at): both need a person to look.
// - Each migration and its bookkeeping row commit in one transaction. If it fails, nothing of it stays, and the
//   attempt is recorded as rolled back (with the error in `logs`) so the next start simply tries again.
//   A script with its own BEGIN/COMMIT (Prisma writes those for some enum changes) is run the way Prisma runs
//   it: row first, script, then finished_at; a failure leaves a failed row, as with Prisma.
// - On PostgreSQL the whole run holds the advisory lock Prisma Migrate uses (72707369), so two processes
//   starting at once, or the bot and `prisma migrate deploy`, never migrate at the same time.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Database, DbLogger } from "./client.js";
import { withSqlSession, type SqlSession } from "./sql.js";

export const MIGRATIONS_TABLE = "_prisma_migrations";
/** The key Prisma Migrate locks with (schema-engine, sql-schema-connector postgres flavour). */
export const PRISMA_ADVISORY_LOCK_KEY = 72707369;

/** Exactly the DDL of Prisma's schema engine for PostgreSQL. */
export const CREATE_MIGRATIONS_TABLE_SQL = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);
`;

export type MigrationErrorCode =
  | "MIGRATIONS_DIR"
  | "CHECKSUM_MISMATCH"
  | "FAILED_MIGRATION"
  | "MIGRATION_FAILED"
  | "NOT_EMPTY"
  | "LOCK_TIMEOUT";

export class MigrationError extends Error {
  override readonly name = "MigrationError";
  constructor(
    readonly code: MigrationErrorCode,
    message: string,
    readonly migrations: string[] = [],
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export interface MigrationFile {
  /** The folder name, e.g. 20260101120000_init. */
  name: string;
  script: string;
  /** SHA-256 hex of migration.sql, as Prisma stores it. */
  checksum: string;
}

export interface MigrationRow {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
}

export interface ApplyMigrationsOptions {
  /** How long to wait for another process holding the migration lock (PostgreSQL). Default 60 s. */
  lockTimeoutMs?: number;
}

export function checksumOf(script: string | Uint8Array): string {
  return createHash("sha256").update(script).digest("hex");
}

/**
 * Whether a script matches a stored checksum, as Prisma decides it: line endings may differ (git may turn
 * LF into CRLF), and very old Prisma versions stored the hex without zero padding.
 */
export function checksumMatches(script: string, stored: string): boolean {
  const variants = [script, script.replaceAll("\r\n", "\n"), script.replace(/\r?\n/g, "\r\n")];
  return variants.some((variant) => {
    const digest = createHash("sha256").update(variant).digest();
    if (stored.length === 64) return digest.toString("hex") === stored;
    return [...digest].map((byte) => byte.toString(16)).join("") === stored;
  });
}

/** Reads `<dir>/<name>/migration.sql` for every folder, sorted by name. A missing dir means no migrations. */
export async function readMigrations(migrationsDir: string): Promise<MigrationFile[]> {
  let entries;
  try {
    entries = await readdir(migrationsDir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const names = entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const migrations: MigrationFile[] = [];
  for (const name of names) {
    const file = path.join(migrationsDir, name, "migration.sql");
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") {
        throw new MigrationError(
          "MIGRATIONS_DIR",
          `Migration folder ${path.join(migrationsDir, name)} has no migration.sql. Every folder in ` +
            `${migrationsDir} must be a migration: remove the folder or restore its migration.sql.`,
          [name],
        );
      }
      throw error;
    }
    migrations.push({ name, script: bytes.toString("utf8"), checksum: checksumOf(bytes) });
  }
  return migrations;
}

/** Statements that end or start a transaction at top level: such a script manages its own transaction. */
function managesOwnTransaction(script: string): boolean {
  const code = script.replace(/\/\*[\s\S]*?\*\//g, " ").replace(/--[^\n]*/g, " ");
  return /(^|;)\s*(BEGIN|START\s+TRANSACTION|COMMIT)(\s+(WORK|TRANSACTION))?\s*(;|$)/i.test(code);
}

async function tableExists(session: SqlSession, name: string): Promise<boolean> {
  const rows = await session.query<{ oid: string | null }>("SELECT to_regclass($1)::text AS oid", [name]);
  return rows[0]?.oid != null;
}

async function ensureMigrationsTable(session: SqlSession, logger: DbLogger): Promise<void> {
  if (await tableExists(session, MIGRATIONS_TABLE)) return;
  // Like Prisma (P3005): a database that already has tables but no history was not made by these migrations.
  const tables = await session.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') LIMIT 5`,
  );
  if (tables.length > 0) {
    throw new MigrationError(
      "NOT_EMPTY",
      `The database schema is not empty (tables ${tables.map((t) => t.name).join(", ")}...) but has no ` +
        `${MIGRATIONS_TABLE} table, so it was not created by these migrations. Use an empty database, or ` +
        "baseline this one (https://pris.ly/d/migrate-baseline) if it really matches the migrations.",
    );
  }
  await session.exec(CREATE_MIGRATIONS_TABLE_SQL);
  logger.info({ table: MIGRATIONS_TABLE }, "migrations table created");
}

async function acquireAdvisoryLock(session: SqlSession, timeoutMs: number, logger: DbLogger): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let warned = false;
  for (;;) {
    const rows = await session.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1) AS ok", [PRISMA_ADVISORY_LOCK_KEY]);
    if (rows[0]?.ok) return;
    if (Date.now() >= deadline) {
      throw new MigrationError(
        "LOCK_TIMEOUT",
        `Another process has been migrating this database for more than ${Math.round(timeoutMs / 1000)} s ` +
          `(it holds advisory lock ${PRISMA_ADVISORY_LOCK_KEY}, the one Prisma Migrate uses). Wait for it to ` +
          "finish, or find it in pg_locks (locktype = 'advisory') and stop it.",
      );
    }
    if (!warned) {
      logger.warn({ lock: PRISMA_ADVISORY_LOCK_KEY }, "another process is migrating the database; waiting for it");
      warned = true;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const e = error as Error & { code?: unknown; detail?: unknown; position?: unknown };
  const parts = [e.message];
  if (typeof e.code === "string") parts.push(`(SQLSTATE ${e.code})`);
  if (typeof e.detail === "string" && e.detail) parts.push(`\n${e.detail}`);
  return parts.join(" ");
}

function checkHistory(rows: MigrationRow[], files: MigrationFile[], logger: DbLogger): Set<string> {
  const failed = rows.filter((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed.length > 0) {
    const names = [...new Set(failed.map((row) => row.migration_name))];
    const first = failed[0];
    throw new MigrationError(
      "FAILED_MIGRATION",
      `Migration ${names.join(", ")} failed earlier (started ${first?.started_at.toISOString()}) and is still ` +
        `marked as failed in ${MIGRATIONS_TABLE}${first?.logs ? `:\n${first.logs.trim()}\n` : ". "}` +
        "Nothing more will be applied until someone checks the database: undo whatever part of it was " +
        "applied, then mark it rolled back (`npx prisma migrate resolve --rolled-back <name>`, or " +
        `UPDATE ${MIGRATIONS_TABLE} SET rolled_back_at = now() WHERE migration_name = '<name>' AND finished_at IS NULL) ` +
        "so it is retried at the next start; or, if you completed it by hand, `--applied <name>`.",
      names,
    );
  }

  const byName = new Map(files.map((file) => [file.name, file]));
  const applied = rows.filter((row) => row.finished_at !== null && row.rolled_back_at === null);
  const edited = applied.filter((row) => {
    const file = byName.get(row.migration_name);
    return file !== undefined && !checksumMatches(file.script, row.checksum);
  });
  if (edited.length > 0) {
    const lines = edited.map((row) => {
      const file = byName.get(row.migration_name);
      return `  ${row.migration_name}: applied with checksum ${row.checksum}, the file now has ${file?.checksum}`;
    });
    throw new MigrationError(
      "CHECKSUM_MISMATCH",
      `These migrations were changed after they were applied to this database:\n${lines.join("\n")}\n` +
        "An applied migration must never be edited. Restore the original migration.sql (e.g. from git), and put " +
        "the change in a new migration: `npm run db:migration -- <name>`.",
      edited.map((row) => row.migration_name),
    );
  }

  const appliedNames = new Set(applied.map((row) => row.migration_name));
  const unknown = [...appliedNames].filter((name) => !byName.has(name));
  if (unknown.length > 0) {
    logger.warn(
      { migrations: unknown },
      "the database has migrations that are not in the migrations folder (is this an older version of the bot?)",
    );
  }
  return appliedNames;
}

async function applyOne(session: SqlSession, migration: MigrationFile, logger: DbLogger): Promise<void> {
  const { name, script, checksum } = migration;
  const id = randomUUID();
  const startedAt = new Date();
  const started = performance.now();

  if (!managesOwnTransaction(script)) {
    try {
      await session.transaction(async (tx) => {
        await tx.exec(script);
        await tx.query(
          `INSERT INTO ${MIGRATIONS_TABLE} (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
           VALUES ($1, $2, clock_timestamp(), $3, NULL, NULL, $4, 1)`,
          [id, checksum, name, startedAt],
        );
      });
    } catch (error) {
      const logs = `Migration ${name} failed and was rolled back; nothing of it was applied.\n\n${describeError(error)}\n`;
      await session
        .query(
          `INSERT INTO ${MIGRATIONS_TABLE} (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
           VALUES ($1, $2, NULL, $3, $4, clock_timestamp(), $5, 0)`,
          [id, checksum, name, logs, startedAt],
        )
        .catch((recordError: unknown) => logger.warn({ err: recordError }, "could not record the failed migration"));
      throw new MigrationError("MIGRATION_FAILED", `Migration ${name} failed; it was rolled back.\n${describeError(error)}`, [name], {
        cause: error,
      });
    }
  } else {
    // Prisma's way: the script controls its own transaction; the row tracks progress around it.
    await session.query(
      `INSERT INTO ${MIGRATIONS_TABLE} (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, $4, 0)`,
      [id, checksum, name, startedAt],
    );
    try {
      await session.exec(script);
    } catch (error) {
      await session.exec("ROLLBACK").catch(() => undefined); // in case the script's own transaction is open
      const logs = `Migration ${name} failed.\n\n${describeError(error)}\n`;
      await session
        .query(`UPDATE ${MIGRATIONS_TABLE} SET logs = $2 WHERE id = $1`, [id, logs])
        .catch((recordError: unknown) => logger.warn({ err: recordError }, "could not record the failed migration"));
      throw new MigrationError(
        "MIGRATION_FAILED",
        `Migration ${name} failed. It manages its own transaction, so part of it may have been applied; it is ` +
          `recorded as failed in ${MIGRATIONS_TABLE}.\n${describeError(error)}`,
        [name],
        { cause: error },
      );
    }
    await session.query(
      `UPDATE ${MIGRATIONS_TABLE} SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
  }
  logger.info({ migration: name, ms: Math.round(performance.now() - started) }, "migration applied");
}

/**
 * Applies the migrations in `migrationsDir` that the database does not have yet. Returns their names, in the
 * order applied (empty when the database was up to date). Throws MigrationError when it must not go on.
 */
export async function applyMigrations(
  db: Database,
  migrationsDir: string,
  logger: DbLogger,
  options: ApplyMigrationsOptions = {},
): Promise<string[]> {
  const dirStat = await stat(migrationsDir).catch(() => null);
  if (!dirStat?.isDirectory()) {
    throw new MigrationError("MIGRATIONS_DIR", `Migrations folder ${migrationsDir} not found.`);
  }
  const files = await readMigrations(migrationsDir);

  return withSqlSession(db, async (session) => {
    const locked = session.kind === "postgres";
    if (locked) await acquireAdvisoryLock(session, options.lockTimeoutMs ?? 60_000, logger);
    try {
      await ensureMigrationsTable(session, logger);
      const rows = await session.query<MigrationRow>(
        `SELECT id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count
           FROM ${MIGRATIONS_TABLE} ORDER BY started_at, migration_name`,
      );
      const applied = checkHistory(rows, files, logger);
      const pending = files.filter((file) => !applied.has(file.name));
      const done: string[] = [];
      for (const migration of pending) {
        await applyOne(session, migration, logger);
        done.push(migration.name);
      }
      if (done.length === 0) logger.debug({ migrations: files.length }, "database schema is up to date");
      return done;
    } finally {
      if (locked) {
        await session.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK_KEY]).catch(() => undefined);
      }
    }
  });
}
