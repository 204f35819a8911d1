/**
 * Operator commands for the outbox, against the configured database:
 *   npm run outbox -- status [--json]      queue depth by status, rate over the last minute, recent failures,
 *                                          and whether a dispatcher looks stuck (exit code 1 then)
 *   npm run outbox -- work [--no-reminders] a dispatcher (and the reminder schedule) without the chat channels,
 *                                          e.g. a second process on the same PostgreSQL; stops on SIGINT/SIGTERM
 * With the embedded database (PGlite) only one process may open the data folder: while the bot runs, use its
 * /healthz or stop it first.
 */
import { parseArgs } from "node:util";
import { LOCALES_DIR, MIGRATIONS_DIR } from "../src/app.js";
import { databaseOptions } from "../src/config.js";
import { DatabaseLockedError, openDatabase } from "../src/db/client.js";
import { applyMigrations } from "../src/db/migrate.js";
import { parseQuietHours } from "../src/delivery/quiet-hours.js";
import { startOutbox } from "../src/delivery/start.js";
import { formatOutboxStatus, outboxStatus } from "../src/delivery/status.js";
import { I18n } from "../src/i18n.js";
import { createLogger } from "../src/logger.js";
import { readConfigOrReport } from "./lib/operator.js";

const USAGE = "usage: npm run outbox -- status [--json] | work [--no-reminders]";

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  if (command !== "status" && command !== "work") {
    console.error(USAGE);
    return 2;
  }
  const { values } = parseArgs({ args: rest, options: { json: { type: "boolean" }, "no-reminders": { type: "boolean" } } });
  const config = readConfigOrReport();
  if (!config) return 2;
  const logger = createLogger({ level: command === "work" ? config.LOG_LEVEL : "warn", format: config.LOG_FORMAT, destination: "stderr" });
  let db;
  try {
    db = await openDatabase({ ...databaseOptions(config), logger });
  } catch (error) {
    if (error instanceof DatabaseLockedError) {
      console.error(error.message);
      return 3;
    }
    throw error;
  }
  try {
    await applyMigrations(db, MIGRATIONS_DIR, logger);
    if (command === "status") {
      const status = await outboxStatus(db.prisma, { now: new Date(), quietHours: parseQuietHours(config.QUIET_HOURS) });
      console.log(values.json ? JSON.stringify(status, null, 2) : formatOutboxStatus(status));
      return status.ok ? 0 : 1;
    }
    if (!config.TELEGRAM_BOT_TOKEN) {
      console.error("work needs TELEGRAM_BOT_TOKEN: it is the only channel the outbox can send on for now.");
      return 2;
    }
    const outbox = await startOutbox({ config, db: db.prisma, i18n: new I18n(LOCALES_DIR), logger, scheduler: !values["no-reminders"] });
    console.log(`outbox worker ${outbox.dispatcher?.workerId ?? "-"} running`);
    await new Promise<void>((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    });
    await outbox.stop();
    const stats = outbox.dispatcher?.stats;
    if (stats) console.log(`outbox worker stopped: ${Object.entries(stats).map(([name, value]) => `${name}=${value}`).join(" ")}`);
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
