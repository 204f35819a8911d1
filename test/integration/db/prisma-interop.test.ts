// Our migrator and Prisma's own (the schema engine's applyMigrations, what `prisma migrate deploy` runs) see the
// same history: either can take over a database the other migrated.
import { readFile } from "node:fs/promises";
import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations } from "../../../src/db/migrate.js";
import { createSchemaEngine, NO_FILTERS, readMigrationList, type SchemaEngineHandle } from "../../../src/db/schema-engine.js";
import { createTestDatabase, MIGRATIONS_DIR, SCHEMA_PATH, testDatabaseUrl, testLogger, type TestDatabase } from "../../helpers/db.js";

describe(`interoperability with Prisma Migrate (${testDatabaseUrl() ? "PostgreSQL" : "PGlite"})`, () => {
  let db: TestDatabase | undefined;
  let handle: SchemaEngineHandle | undefined;
  afterEach(async () => {
    await handle?.close();
    await db?.close();
    handle = db = undefined;
  });
  const schemaFiles = async () => [{ path: "schema.prisma", content: await readFile(SCHEMA_PATH, "utf8") }];

  it("Prisma finds nothing to apply, edited or failed after our migrator ran", async () => {
    db = await createTestDatabase({ seed: false });
    handle = await createSchemaEngine(db, await schemaFiles());
    const list = await readMigrationList(MIGRATIONS_DIR);
    expect(await handle.engine.diagnoseMigrationHistory({ migrationsList: list, optInToShadowDatabase: false, filters: NO_FILTERS })).toEqual({
      editedMigrationNames: [],
      failedMigrationNames: [],
      hasMigrationsTable: true,
      history: null,
    });
    expect(await handle.engine.applyMigrations({ migrationsList: list, filters: NO_FILTERS })).toEqual({ appliedMigrationNames: [] });
  });

  it("our migrator accepts a database Prisma migrated", async () => {
    db = await createTestDatabase({ migrate: false });
    handle = await createSchemaEngine(db, await schemaFiles());
    const list = await readMigrationList(MIGRATIONS_DIR);
    const byPrisma = await handle.engine.applyMigrations({ migrationsList: list, filters: NO_FILTERS });
    expect(byPrisma.appliedMigrationNames).toEqual(list.migrationDirectories.map((d) => d.path));
    // On PostgreSQL the engine keeps Prisma's advisory lock until its connection closes (the CLI would exit);
    // our migrator waits for the same lock, so let the engine go first.
    await handle.close();
    expect(await applyMigrations(db, MIGRATIONS_DIR, testLogger)).toEqual([]);
  });
});
