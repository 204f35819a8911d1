// npm run db:backup [-- <archive.tar.gz>]
//
// A consistent backup of the embedded database (PGlite in DATA_DIR/pglite), also while the bot runs: the running bot
// writes it (asked with a request file and SIGUSR2, see src/db/backup.ts), otherwise this script opens the folder
// and writes it. Default archive: DATA_DIR/backups/pglite-<UTC time>.tar.gz. Restore with `npm run db:restore`.
// With DATABASE_URL (a PostgreSQL server) it does nothing and prints the pg_dump command to use instead.
import { existsSync } from "node:fs";
import path from "node:path";
import { databaseOptions } from "../src/config.js";
import { requestBackupFromBot, writePgliteBackup } from "../src/db/backup.js";
import { DatabaseLockedError, openDatabase } from "../src/db/client.js";
import { createLogger } from "../src/logger.js";
import { readConfigOrReport } from "./lib/operator.js";

async function main(): Promise<number> {
  const config = readConfigOrReport();
  if (!config) return 2;
  if (config.DATABASE_URL) {
    console.error(
      "DATABASE_URL is set: this database is a PostgreSQL server, back it up with pg_dump, e.g.\n" +
        '  pg_dump --format=custom --file=pasco-$(date -u +%Y%m%dT%H%M%SZ).dump "$DATABASE_URL"\n' +
        "and restore with pg_restore --clean --if-exists --no-owner -d <database> <file> (see README, Backups).",
    );
    return 2;
  }
  const dataDir = path.resolve(config.DATA_DIR);
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  const file = path.resolve(process.argv[2] ?? path.join(dataDir, "backups", `pglite-${stamp}.tar.gz`));
  if (existsSync(file)) {
    console.error(`${file} already exists: name another archive.`);
    return 2;
  }
  const logger = createLogger({ level: "warn", format: config.LOG_FORMAT, destination: "stderr" });
  if (!existsSync(databaseOptions(config).dataDir)) {
    console.error(`There is no embedded database in ${databaseOptions(config).dataDir} (DATA_DIR=${config.DATA_DIR}).`);
    return 2;
  }
  let db;
  try {
    db = await openDatabase({ ...databaseOptions(config), logger });
  } catch (error) {
    if (!(error instanceof DatabaseLockedError)) throw error;
    if (error.host && error.host !== (await import("node:os")).hostname()) {
      console.error(`${error.message}\nThe bot runs on ${error.host}: run db:backup there.`);
      return 3;
    }
    await requestBackupFromBot(error.pid, dataDir, file);
    console.log(`backup written by the running bot (PID ${error.pid}): ${file}`);
    return 0;
  }
  try {
    if (!db.pglite) throw new Error("not an embedded database");
    const { bytes } = await writePgliteBackup(db.pglite, file);
    console.log(`backup written: ${file} (${(bytes / 1024).toFixed(0)} KB)`);
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
