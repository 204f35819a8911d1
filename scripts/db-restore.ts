// npm run db:restore -- <archive.tar.gz>
//
// Restores a backup made by `npm run db:backup` into the embedded database folder of this configuration
// (DATA_DIR/pglite). It refuses to write over a folder that already holds a database: restore into a new DATA_DIR
// (DATA_DIR=/srv/pasco/data-restored npm run db:restore -- file), check it with the bot, then switch folders.
import path from "node:path";
import { databaseOptions } from "../src/config.js";
import { restorePgliteBackup, RestoreRefusedError } from "../src/db/backup.js";
import { readConfigOrReport } from "./lib/operator.js";

async function main(): Promise<number> {
  const archive = process.argv[2];
  if (!archive) {
    console.error("usage: npm run db:restore -- <archive.tar.gz>   (into DATA_DIR/pglite, which must not hold a database)");
    return 2;
  }
  const config = readConfigOrReport();
  if (!config) return 2;
  if (config.DATABASE_URL) {
    console.error("DATABASE_URL is set: restore a PostgreSQL server with pg_restore (see README, Backups).");
    return 2;
  }
  const target = path.resolve(databaseOptions(config).dataDir);
  try {
    await restorePgliteBackup(path.resolve(archive), target);
  } catch (error) {
    if (error instanceof RestoreRefusedError) {
      console.error(error.message);
      return 3;
    }
    throw error;
  }
  console.log(`restored ${archive} into ${target}; the next start applies any newer migration`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
