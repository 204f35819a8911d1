/**
 * The application without its channels: database (migrated and seeded), services and the conversation.
 * main.ts adds channels and signals; tests and benchmarks use this directly.
 */
import { parseQuietHours } from "./delivery/quiet-hours.js";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { databaseOptions, type Config } from "./config.js";
import { ChannelFileFetcher } from "./core/files.js";
import { buildConversation } from "./conversation/build.js";
import { createSessions } from "./conversation/sessions/create.js";
import { cacheCatalog } from "./domain/registrations/catalog-cache.js";
import type { Sessions } from "./conversation/sessions/types.js";
import type { Conversation } from "./conversation/router.js";
import { openDatabase, type Database } from "./db/client.js";
import { applyMigrations } from "./db/migrate.js";
import { seedBaseData } from "./db/seed.js";
import { loadUgelNames } from "./forms/onboarding.js";
import { I18n } from "./i18n.js";
import type { Logger } from "./logger.js";
import type { AppServices } from "./services.js";

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const LOCALES_DIR = join(PROJECT_ROOT, "locales");
export const MIGRATIONS_DIR = join(PROJECT_ROOT, "prisma", "migrations");

export interface App {
  db: Database;
  services: AppServices;
  conversation: Conversation;
  close(): Promise<void>;
}

export interface AppOptions {
  config: Config;
  logger: Logger;
  /** Tests: a database already opened (in-memory PGlite, a scratch PostgreSQL database). */
  database?: Database;
  now?: () => Date;
}

export function adminIdentities(config: Config): Set<string> {
  return new Set([
    ...config.ADMIN_TELEGRAM_IDS.map((id) => `telegram:${id}`),
    ...config.ADMIN_SLACK_IDS.map((id) => `slack:${id}`),
    ...config.ADMIN_CONSOLE_USERS.map((id) => `console:${id}`),
  ]);
}

export async function createApp(options: AppOptions): Promise<App> {
  const { config, logger } = options;
  const i18n = new I18n(LOCALES_DIR);
  const db =
    options.database ??
    (await openDatabase({ ...databaseOptions(config), logger }));
  let sessions: Sessions;
  try {
    const applied = await applyMigrations(db, MIGRATIONS_DIR, logger);
    if (applied.length > 0) logger.info({ applied }, "migrations applied");
    await seedBaseData(db.prisma);
    await loadUgelNames(db.prisma);
    sessions = await createSessions(db, logger);
    if (db.writes) cacheCatalog(db.prisma, db.writes.observer); // sole writer: see catalog-cache.ts
  } catch (error) {
    await db.close();
    throw error;
  }
  const services: AppServices = {
    db: db.prisma,
    sessions,
    i18n,
    logger,
    now: options.now ?? (() => new Date()),
    files: new ChannelFileFetcher(),
    settings: {
      inviteTtlHours: config.INVITE_TTL_HOURS,
      adminIdentities: adminIdentities(config),
      reminderOffsetsDays: config.REMINDER_OFFSETS_DAYS,
      quietHours: parseQuietHours(config.QUIET_HOURS),
      digest: { day: config.DIGEST_DAY, hour: config.DIGEST_HOUR },
      ...(config.TELEGRAM_BOT_USERNAME ? { telegramBotUsername: config.TELEGRAM_BOT_USERNAME } : {}),
    },
  };
  const conversation = buildConversation(services);
  return {
    db,
    services,
    conversation,
    close: async () => {
      await conversation.drain();
      await sessions.close();
      await db.close();
    },
  };
}
