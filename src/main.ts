/**
 * Composition root: configuration, logging, database, channels, and a clean shutdown on SIGINT/SIGTERM
 * (finish the updates in hand, then close the database).
 */
import { join } from "node:path";
import { createApp } from "./app.js";
import { ConsoleChannel } from "./channels/console/console-channel.js";
import { createTelegramBot } from "./channels/telegram/bot.js";
import { runTelegram } from "./channels/telegram/run.js";
import { ConfigError, loadConfig, readEnvironment } from "./config.js";
import { DatabaseLockedError } from "./db/client.js";
import { markUnreachable } from "./domain/people.js";
import { firstDelivery } from "./domain/processed-updates.js";
import { createLogger } from "./logger.js";

async function main(): Promise<number> {
  let config;
  try {
    config = loadConfig(readEnvironment());
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
      return 2;
    }
    throw error;
  }
  const consoleMode = !config.TELEGRAM_BOT_TOKEN && !config.SLACK_BOT_TOKEN;
  const logger = createLogger({
    level: consoleMode && !process.env.LOG_LEVEL ? "warn" : config.LOG_LEVEL,
    format: config.LOG_FORMAT,
    destination: consoleMode ? "stderr" : "stdout",
  });

  let app;
  try {
    app = await createApp({ config, logger });
  } catch (error) {
    if (error instanceof DatabaseLockedError) {
      process.stderr.write(`${error.message}\n`);
      return 3;
    }
    throw error;
  }
  logger.info({ database: app.db.kind }, "ready");

  const stops: Array<() => Promise<void>> = [];
  let stopping: Promise<void> | undefined;
  const shutdown = (signal: string) => {
    stopping ??= (async () => {
      logger.info({ signal }, "shutting down");
      for (const stop of stops.reverse()) await stop().catch((error: unknown) => logger.error({ err: error }, "stop failed"));
      await app.close();
    })();
    return stopping;
  };
  process.once("SIGINT", () => void shutdown("SIGINT").then(() => process.exit(0)));
  process.once("SIGTERM", () => void shutdown("SIGTERM").then(() => process.exit(0)));

  const handle = app.conversation.handle.bind(app.conversation);
  const db = app.services.db;

  if (config.TELEGRAM_BOT_TOKEN) {
    const bot = createTelegramBot({
      token: config.TELEGRAM_BOT_TOKEN,
      apiRoot: config.TELEGRAM_API_ROOT,
      logger,
      handle,
      firstDelivery: (updateId) => firstDelivery(db, "telegram", String(updateId)),
      markUnreachable: (externalId) => markUnreachable(db, "telegram", externalId, new Date()),
    });
    const running = await runTelegram(bot, {
      webhookUrl: config.WEBHOOK_URL,
      webhookSecret: config.WEBHOOK_SECRET,
      host: config.HTTP_HOST,
      port: config.HTTP_PORT,
      logger,
      health: async () => {
        await db.$queryRaw`SELECT 1`;
        return { ok: true, database: app.db.kind };
      },
    });
    stops.push(running.stop);
  }

  if (consoleMode) {
    const channel = new ConsoleChannel({
      user: config.CONSOLE_USER,
      handle,
      filesDir: join(config.DATA_DIR, "console-files"),
      stateFile: join(config.DATA_DIR, "console-state.json"),
      logger,
    });
    await channel.run();
    await shutdown("end of input");
    return 0;
  }
  return new Promise<number>(() => undefined);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Pasco Educa Bot could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
