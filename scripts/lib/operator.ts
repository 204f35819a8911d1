/** What the operator scripts share: reading the configuration, and opening the bot's database ready to use. */
import { MIGRATIONS_DIR } from "../../src/app.js";
import { ConfigError, databaseOptions, loadConfig, readEnvironment, type Config } from "../../src/config.js";
import { openDatabase, type Database } from "../../src/db/client.js";
import { applyMigrations } from "../../src/db/migrate.js";
import { seedBaseData } from "../../src/db/seed.js";
import type { Logger } from "../../src/logger.js";

/** The configuration, or undefined after printing every problem in it (the script then exits with 2). */
export function readConfigOrReport(): Config | undefined {
  try {
    return loadConfig(readEnvironment());
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return undefined;
    }
    throw error;
  }
}

/** The database the bot uses (same folder or server), migrated and seeded, with a small pool. */
export async function openSeededDatabase(config: Config, logger: Logger): Promise<Database> {
  const db = await openDatabase({ ...databaseOptions(config), poolSize: 2, logger });
  try {
    await applyMigrations(db, MIGRATIONS_DIR, logger);
    await seedBaseData(db.prisma);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
