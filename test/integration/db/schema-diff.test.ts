// The migrations in prisma/migrations build exactly what prisma/schema.prisma describes: after applying them,
// Prisma's own schema engine (WebAssembly) finds nothing left to do, on PGlite and on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffDatabaseToSchema } from "../../../src/db/migration-diff.js";
import { withSqlSession } from "../../../src/db/sql.js";
import { createTestDatabase, SCHEMA_PATH, testDatabaseUrl, testLogger, type TestDatabase } from "../../helpers/db.js";

describe(`schema.prisma and migrations agree (${testDatabaseUrl() ? "PostgreSQL" : "PGlite"})`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ seed: false });
  });
  afterAll(async () => {
    await db?.close();
  });

  it("reports no changes after the migrations are applied", async () => {
    const started = performance.now();
    const diff = await diffDatabaseToSchema(db, SCHEMA_PATH, testLogger);
    console.info(`[timing] ${db.kind}: schema engine diff took ${Math.round(performance.now() - started)} ms`);
    expect(diff.script).toContain("empty migration");
    expect(diff.hasChanges).toBe(false);
  });

  it("notices when the database drifts from the schema", async () => {
    await withSqlSession(db, (s) => s.exec(`ALTER TABLE "Ugel" DROP COLUMN "shortName"`));
    const diff = await diffDatabaseToSchema(db, SCHEMA_PATH, testLogger);
    expect(diff.hasChanges).toBe(true);
    expect(diff.script).toMatch(/ALTER TABLE "(public"\.")?Ugel" ADD COLUMN\s+"shortName" TEXT NOT NULL/);
  });
});
