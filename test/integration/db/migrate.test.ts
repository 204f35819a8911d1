// Migrations at start: same bookkeeping as `prisma migrate deploy`, refusal when history was tampered with,
// one transaction per migration, and (PostgreSQL) one migrator at a time.
import { createHash } from "node:crypto";
import { cp, mkdtemp, readFile, readdir, rm, writeFile, mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../../src/db/client.js";
import { applyMigrations, MigrationError } from "../../../src/db/migrate.js";
import { withSqlSession } from "../../../src/db/sql.js";
import { createTestDatabase, MIGRATIONS_DIR, testDatabaseUrl, testLogger, type TestDatabase } from "../../helpers/db.js";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

async function migrationNames(dir = MIGRATIONS_DIR): Promise<string[]> {
  return (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

async function rows(db: TestDatabase) {
  return withSqlSession(db, (s) =>
    s.query<{ id: string; checksum: string; finished_at: Date | null; migration_name: string; logs: string | null; rolled_back_at: Date | null; started_at: Date; applied_steps_count: number }>(
      "SELECT * FROM _prisma_migrations ORDER BY started_at, migration_name",
    ),
  );
}

async function sql<R = Record<string, unknown>>(db: TestDatabase, text: string, params: unknown[] = []): Promise<R[]> {
  return withSqlSession(db, (s) => s.query<R>(text, params));
}

describe(`migrations (${testDatabaseUrl() ? "PostgreSQL" : "PGlite"})`, () => {
  let db: TestDatabase;
  let tmp: string;
  const opened: TestDatabase[] = [];

  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
  });
  afterAll(async () => {
    await db?.close();
  });
  afterEach(async () => {
    for (const other of opened.splice(0)) await other.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  async function copyOfMigrations(): Promise<string> {
    tmp = await mkdtemp(path.join(os.tmpdir(), "pasco-migrations-"));
    await cp(MIGRATIONS_DIR, tmp, { recursive: true });
    return tmp;
  }

  async function freshDb(): Promise<TestDatabase> {
    const other = await createTestDatabase({ migrate: false });
    opened.push(other);
    return other;
  }

  it("applies every migration on a fresh database, in order, and nothing on the second run", async () => {
    const names = await migrationNames();
    expect(names.length).toBeGreaterThan(0);

    const started = performance.now();
    const applied = await applyMigrations(db, MIGRATIONS_DIR, testLogger);
    console.info(`[timing] ${db.kind}: applying ${applied.length} migration(s) took ${Math.round(performance.now() - started)} ms`);
    expect(applied).toEqual(names);

    expect(await applyMigrations(db, MIGRATIONS_DIR, testLogger)).toEqual([]);
    expect(await rows(db)).toHaveLength(names.length);

    // The schema is really there and usable through Prisma.
    const person = await db.prisma.person.create({ data: { displayName: "Prueba" } });
    expect(person.reminderOffsets).toEqual([7, 3, 1, 0]);
  });

  it("clears a registration's category id that points nowhere before adding the category foreign key", async () => {
    const dir = await copyOfMigrations();
    const foreignKey = (await migrationNames(dir)).find((name) => name.endsWith("_registration_category_fk"));
    expect(foreignKey).toBeDefined();
    await rm(path.join(dir, foreignKey as string), { recursive: true });
    const other = await freshDb();
    await applyMigrations(other, dir, testLogger);
    await sql(other, `INSERT INTO "Ugel" (id, slug, name, "shortName") VALUES ('190001', 'pasco', 'UGEL Pasco', 'Pasco')`);
    const [owner] = await sql<{ id: number }>(other, `INSERT INTO "Person" ("updatedAt") VALUES (now()) RETURNING id`);
    const insert = `INSERT INTO "Registration" (kind, year, code, "ownerId", "ugelId", title, "titleKey", "categoryId", answers, "updatedAt")
      VALUES ('buena_practica', 2026, $1, $2, '190001', 't', 't', $3, '{}', now())`;
    await sql(other, insert, ["BP-2026-0001", owner?.id, 999_999]);
    const [category] = await sql<{ id: number }>(other, `INSERT INTO "RegistrationCategory" (kind, year, code, name) VALUES ('buena_practica', 2026, 'lectura', 'Lectura') RETURNING id`);
    await sql(other, insert, ["BP-2026-0002", owner?.id, category?.id]);

    expect(await applyMigrations(other, MIGRATIONS_DIR, testLogger)).toEqual([foreignKey]);
    expect(await sql(other, `SELECT code, "categoryId" FROM "Registration" ORDER BY code`)).toEqual([
      { code: "BP-2026-0001", categoryId: null },
      { code: "BP-2026-0002", categoryId: category?.id },
    ]);
    await expect(sql(other, insert, ["BP-2026-0003", owner?.id, 999_999])).rejects.toThrow(/foreign key/);
  });

  it("keeps _prisma_migrations exactly as prisma migrate deploy does", async () => {
    const columns = await sql<{ column_name: string; data_type: string; character_maximum_length: number | null; is_nullable: string; column_default: string | null }>(
      db,
      `SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
         FROM information_schema.columns WHERE table_name = '_prisma_migrations' AND table_schema = current_schema()
        ORDER BY ordinal_position`,
    );
    expect(columns.map((c) => [c.column_name, c.data_type, c.character_maximum_length, c.is_nullable])).toEqual([
      ["id", "character varying", 36, "NO"],
      ["checksum", "character varying", 64, "NO"],
      ["finished_at", "timestamp with time zone", null, "YES"],
      ["migration_name", "character varying", 255, "NO"],
      ["logs", "text", null, "YES"],
      ["rolled_back_at", "timestamp with time zone", null, "YES"],
      ["started_at", "timestamp with time zone", null, "NO"],
      ["applied_steps_count", "integer", null, "NO"],
    ]);
    expect(columns.find((c) => c.column_name === "started_at")?.column_default).toBe("now()");

    for (const row of await rows(db)) {
      const script = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"), "utf8");
      expect(row.checksum).toBe(sha256(script));
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("refuses to start when an applied migration was edited, but accepts CRLF line endings", async () => {
    const dir = await copyOfMigrations();
    const target = await freshDb();
    await applyMigrations(target, dir, testLogger);
    const [first] = await migrationNames(dir);
    const file = path.join(dir, first!, "migration.sql");
    const original = await readFile(file, "utf8");

    await writeFile(file, original.replace(/\n/g, "\r\n")); // what git may do on Windows
    expect(await applyMigrations(target, dir, testLogger)).toEqual([]);

    await writeFile(file, `${original}\n-- a later edit\n`);
    const error = await applyMigrations(target, dir, testLogger).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).code).toBe("CHECKSUM_MISMATCH");
    expect((error as MigrationError).message).toContain(first!);
    expect((error as MigrationError).migrations).toEqual([first]);
  });

  it("refuses to start while a failed migration is recorded", async () => {
    const target = await freshDb();
    await applyMigrations(target, MIGRATIONS_DIR, testLogger);
    const [first] = await migrationNames();
    await sql(
      target,
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, logs, started_at, applied_steps_count)
       VALUES ('00000000-0000-4000-8000-000000000001', 'x', '29990101000000_broken', 'ERROR: boom', now(), 0)`,
    );
    const error = await applyMigrations(target, MIGRATIONS_DIR, testLogger).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).code).toBe("FAILED_MIGRATION");
    expect((error as MigrationError).message).toContain("29990101000000_broken");
    expect((error as MigrationError).message).toContain("boom");

    // Once someone marks it rolled back (what `prisma migrate resolve --rolled-back` does), start goes on.
    await sql(target, "UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = '29990101000000_broken'");
    expect(await applyMigrations(target, MIGRATIONS_DIR, testLogger)).toEqual([]);
    expect(first).toBeDefined();
  });

  it("applies a new migration alone; a failing one leaves nothing behind and is retried after the fix", async () => {
    const dir = await copyOfMigrations();
    const target = await freshDb();
    await applyMigrations(target, dir, testLogger);

    await mkdir(path.join(dir, "29990101000000_broken"));
    const broken = `CREATE TABLE "HalfDone" ("id" INTEGER);\nALTER TABLE "NoSuchTable" ADD COLUMN "x" INTEGER;\n`;
    await writeFile(path.join(dir, "29990101000000_broken", "migration.sql"), broken);
    const error = await applyMigrations(target, dir, testLogger).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).code).toBe("MIGRATION_FAILED");
    expect((error as MigrationError).message).toContain("NoSuchTable");

    // The first statement was rolled back with the rest.
    expect(await sql<{ t: string | null }>(target, `SELECT to_regclass('"HalfDone"')::text AS t`)).toEqual([{ t: null }]);
    const attempt = (await rows(target)).find((row) => row.migration_name === "29990101000000_broken");
    expect(attempt?.rolled_back_at).toBeInstanceOf(Date);
    expect(attempt?.finished_at).toBeNull();
    expect(attempt?.logs).toContain("NoSuchTable");

    const fixed = `CREATE TABLE "HalfDone" ("id" INTEGER);\n`;
    await writeFile(path.join(dir, "29990101000000_broken", "migration.sql"), fixed);
    expect(await applyMigrations(target, dir, testLogger)).toEqual(["29990101000000_broken"]);
    const done = (await rows(target)).filter((row) => row.migration_name === "29990101000000_broken" && row.finished_at);
    expect(done).toHaveLength(1);
    expect(done[0]?.checksum).toBe(sha256(fixed));
  });

  it("runs a script with its own BEGIN/COMMIT the way Prisma does", async () => {
    const dir = await copyOfMigrations();
    const target = await freshDb();
    await applyMigrations(target, dir, testLogger);
    await mkdir(path.join(dir, "29990101000000_own_tx"));
    await writeFile(
      path.join(dir, "29990101000000_own_tx", "migration.sql"),
      `BEGIN;\nCREATE TABLE "OwnTx" ("id" INTEGER);\nCOMMIT;\n`,
    );
    expect(await applyMigrations(target, dir, testLogger)).toEqual(["29990101000000_own_tx"]);
    const row = (await rows(target)).find((r) => r.migration_name === "29990101000000_own_tx");
    expect(row?.finished_at).toBeInstanceOf(Date);
    expect(row?.applied_steps_count).toBe(1);
  });

  it("refuses a database that has tables but no migration history", async () => {
    const target = await freshDb();
    await sql(target, `CREATE TABLE "Stranger" ("id" INTEGER)`);
    const error = await applyMigrations(target, MIGRATIONS_DIR, testLogger).catch((e: unknown) => e);
    expect((error as MigrationError).code).toBe("NOT_EMPTY");
    expect((error as MigrationError).message).toContain("Stranger");
  });

  it.runIf(testDatabaseUrl())("lets only one of two processes starting at once migrate (advisory lock)", async () => {
    const target = await freshDb();
    const url = new URL(testDatabaseUrl()!);
    url.pathname = `/${target.name}`;
    const a = await openDatabase({ databaseUrl: url.toString(), dataDir: "", logger: testLogger, poolSize: 2 });
    const b = await openDatabase({ databaseUrl: url.toString(), dataDir: "", logger: testLogger, poolSize: 2 });
    try {
      const results = await Promise.all([applyMigrations(a, MIGRATIONS_DIR, testLogger), applyMigrations(b, MIGRATIONS_DIR, testLogger)]);
      const names = await migrationNames();
      expect(results.map((r) => r.length).sort()).toEqual([0, names.length]);
      expect(await rows(target)).toHaveLength(names.length);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
