// npm run db:migrate
//
// Applies the pending migrations of prisma/migrations to the bot's database: the PostgreSQL server in
// DATABASE_URL, or the embedded PGlite folder DATA_DIR/pglite (settings read like the bot reads them: environment, then
// .env). Same code and same _prisma_migrations bookkeeping as the start of the bot, so it is never needed before
// a start; it is for operators who want to migrate first (a deploy step), or to check a database.
// The PGlite folder must not be open in a running bot (PGlite allows one process per folder).
//   --seed   also write the base data (DRE and UGELs), as the bot does at start
import path from "node:path";
import { fileURLToPath } from "node:url";
import { databaseOptions } from "../src/config.js";
import { DatabaseLockedError, openDatabase } from "../src/db/client.js";
import { applyMigrations, MigrationError } from "../src/db/migrate.js";
import { seedBaseData } from "../src/db/seed.js";
import { createLogger } from "../src/logger.js";
import { readConfigOrReport } from "./lib/operator.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const migrationsDir = path.join(root, "prisma", "migrations");

async function main(): Promise<number> {
  const config = readConfigOrReport();
  if (!config) return 2;
  const logger = createLogger({ level: config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL, format: config.LOG_FORMAT, destination: "stderr" });
  const where = config.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${path.resolve(databaseOptions(config).dataDir)}`;

  let db;
  try {
    db = await openDatabase({ ...databaseOptions(config), poolSize: 2, logger });
  } catch (error) {
    if (error instanceof DatabaseLockedError) {
      console.error(error.message);
      return 3;
    }
    throw error;
  }
  try {
    const started = performance.now();
    const applied = await applyMigrations(db, migrationsDir, logger);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (applied.length === 0) console.log(`${where}: up to date, no migration to apply (${seconds} s)`);
    else console.log(`${where}: applied ${applied.length} migration(s) in ${seconds} s:\n${applied.map((name) => `  ${name}`).join("\n")}`);
    if (process.argv.includes("--seed")) {
      const seeded = await seedBaseData(db.prisma);
      console.log(`base data written (${seeded.ugels} DRE/UGEL rows)`);
    }
    return 0;
  } catch (error) {
    if (error instanceof MigrationError) {
      console.error(`${where}: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}

process.exitCode = await main();
