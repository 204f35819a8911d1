/**
 * Composition root: configuration, logging, database, channels, and a clean shutdown on SIGINT/SIGTERM
 * (finish the updates in hand, then close the database). Each channel's code (grammY, Slack's Bolt) and the outbox are
 * loaded only when configured: the console needs neither, and a start should not pay for them.
 */
import { createApp } from "./app.js";
import { ConfigError, loadConfig, readEnvironment } from "./config.js";
import { DatabaseLockedError } from "./db/client.js";
import { markUnreachable } from "./domain/people.js";
import { createLogger } from "./logger.js";

async function main(): Promise<number> {
  // A timer holds the event loop while the bot runs. Without one, whenever nothing is pending at start (the database
  // opening, Prisma loading), Node waits for all of V8's background work, such as optimising PGlite's WebAssembly,
  // before running the next callback: a few hundred ms more to be ready.
  const holdLoop = setInterval(() => undefined, 60_000);
  try {
    return await run();
  } finally {
    clearInterval(holdLoop);
  }
}

async function run(): Promise<number> {
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
  // /metrics exists beside /healthz on the HTTP servers; the console has none, and does not load prom-client.
  const metrics = consoleMode ? null : (await import("./metrics.js")).createMetrics();
  const logger = createLogger({
    level: consoleMode && !process.env.LOG_LEVEL ? "warn" : config.LOG_LEVEL,
    format: config.LOG_FORMAT,
    destination: consoleMode ? "stderr" : "stdout",
    ...(metrics ? { onError: () => metrics.errorLogged() } : {}),
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
  // npm run db:backup asks the bot that holds the embedded database for a consistent copy (src/db/backup.ts).
  if (app.db.pglite) {
    const { serveBackupRequests } = await import("./db/backup.js");
    serveBackupRequests(app.db.pglite, config.DATA_DIR, logger);
  }

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

  if (metrics) {
    // Every channel calls conversation.handle (Slack through its turns), so one wrapper counts them all.
    const handleTurn = app.conversation.handle.bind(app.conversation);
    app.conversation.handle = async (sender, input, options) => {
      const started = performance.now();
      try {
        return await handleTurn(sender, input, options);
      } finally {
        metrics.updateHandled(sender.channel, (performance.now() - started) / 1000);
      }
    };
  }
  const handle = app.conversation.handle.bind(app.conversation);
  const db = app.services.db;
  // The outbox (dispatcher and reminder schedule) stops last among the parts, still before the database closes.
  const delivery = consoleMode ? null : await import("./delivery/start.js");
  const outbox =
    delivery && config.DISPATCHER_ENABLED
      ? await delivery.startOutbox({ config, db, i18n: app.services.i18n, logger, now: app.services.now, ...(metrics ? { onOutcome: (channel, outcome) => metrics.outboxOutcome(channel, outcome) } : {}) })
      : null;
  if (metrics && delivery) metrics.setOutboxSource(() => delivery.outboxQueueCounts(db, app.services.now()));
  if (outbox) stops.push(outbox.stop);
  const health = async () => {
    await db.$queryRaw`SELECT 1`;
    return delivery ? delivery.healthWithOutbox(outbox, { database: app.db.kind }) : { ok: true, database: app.db.kind };
  };

  if (config.TELEGRAM_BOT_TOKEN) {
    const [{ createTelegramBot }, { telegramFileFetcher }, { runTelegram }, { setupTelegramMenus }] = await Promise.all([
      import("./channels/telegram/bot.js"),
      import("./channels/telegram/fetch-file.js"),
      import("./channels/telegram/run.js"),
      import("./channels/telegram/menus-setup.js"),
    ]);
    const bot = createTelegramBot({
      token: config.TELEGRAM_BOT_TOKEN,
      apiRoot: config.TELEGRAM_API_ROOT,
      logger,
      handle,
      firstDelivery: (updateId) => app.services.sessions.firstDelivery("telegram", String(updateId)),
      markUnreachable: (externalId) => markUnreachable(db, "telegram", externalId, new Date()),
    });
    app.services.files.register("telegram", telegramFileFetcher(bot.api, { token: config.TELEGRAM_BOT_TOKEN, apiRoot: config.TELEGRAM_API_ROOT }));
    const running = await runTelegram(bot, {
      webhookUrl: config.WEBHOOK_URL,
      webhookSecret: config.WEBHOOK_SECRET,
      host: config.HTTP_HOST,
      port: config.HTTP_PORT,
      logger,
      health,
      ...(metrics ? { metrics, onRefused: (status: number) => metrics.httpRefused("telegram", status) } : {}),
    });
    stops.push(running.stop);
    app.services.settings.telegramBotUsername ??= bot.botInfo.username;
    // The "/" menus go up in the background: a server that refuses them only costs the menu.
    void setupTelegramMenus(bot.api, app, logger).catch((error: unknown) => logger.warn({ err: error }, "telegram: command menus not set"));
  }

  if (config.SLACK_BOT_TOKEN) {
    const { createSlackChannel } = await import("./channels/slack/app.js");
    const slack = createSlackChannel({
      token: config.SLACK_BOT_TOKEN,
      signingSecret: config.SLACK_SIGNING_SECRET,
      appToken: config.SLACK_APP_TOKEN,
      apiUrl: config.SLACK_API_URL,
      host: config.HTTP_HOST,
      port: config.SLACK_PORT,
      conversation: app.conversation,
      services: app.services,
      logger,
      firstDelivery: (key) => app.services.sessions.firstDelivery("slack", key),
      health,
      ...(metrics ? { metrics, onRefused: (status: number) => metrics.httpRefused("slack", status) } : {}),
    });
    await slack.start();
    stops.push(slack.stop);
  }

  if (consoleMode) {
    const { openConsoleSession } = await import("./channels/console/session.js");
    const session = await openConsoleSession({ config, app, logger });
    stops.push(session.stop);
    await session.run();
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
