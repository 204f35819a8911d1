/** Builds the real application on a test database, with settings a test chooses. */
import { createApp, type App } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import type { Database } from "../../src/db/client.js";
import { silentLogger } from "../../src/logger.js";

export async function createTestApp(database: Database, env: Record<string, string> = {}, now?: () => Date): Promise<App> {
  const config = loadConfig({ NODE_ENV: "test", DATA_DIR: "/nonexistent", ...env });
  return createApp({ config, logger: silentLogger, database, ...(now ? { now } : {}) });
}
