/**
 * Puts the outbox together for a process: the senders this configuration allows (Telegram and Slack when they have a
 * token), the dispatcher, the daily reminder schedule, the weekly digest, and the health figures for /healthz. main.ts and the
 * `npm run outbox -- work` worker both use it. A channel's sender (grammY, Slack's Web API) is loaded only when that
 * channel has a token, so a process without Slack never loads Bolt.
 */
import type { Config } from "../config.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import type { I18n } from "../i18n.js";
import type { Logger } from "../logger.js";
import { DigestScheduler } from "./digest-scheduler.js";
import { Dispatcher, type DispatcherOptions } from "./dispatcher.js";
import { parseQuietHours } from "./quiet-hours.js";
import { ReminderScheduler } from "./scheduler.js";
import type { ChannelSender } from "./sender.js";
import { outboxHealth, type OutboxHealth } from "./status.js";

export { outboxQueueCounts } from "./status.js";

export interface OutboxOptions {
  config: Config;
  db: PrismaClient;
  i18n: I18n;
  logger: Logger;
  now?: () => Date;
  /** Default: the reminder schedule runs too. */
  scheduler?: boolean;
  /**
   * Console mode: this sender prints to the person at the keyboard, and only that person's deliveries are claimed
   * (what is addressed to other console people waits for their session). What is due is printed before the
   * session reads its first line, and once more when it ends.
   */
  console?: { sender: ChannelSender; externalId: string };
  onOutcome?: DispatcherOptions["onOutcome"];
}

export interface RunningOutbox {
  /** Null when no channel this process can send on is configured. */
  dispatcher: Dispatcher | null;
  scheduler: ReminderScheduler | null;
  digest: DigestScheduler | null;
  health(): Promise<OutboxHealth>;
  stop(): Promise<void>;
}

export async function outboxSenders(config: Config, i18n: I18n): Promise<ChannelSender[]> {
  const senders: ChannelSender[] = [];
  if (config.TELEGRAM_BOT_TOKEN) {
    const { TelegramSender } = await import("../channels/telegram/sender.js");
    senders.push(
      new TelegramSender({
        token: config.TELEGRAM_BOT_TOKEN,
        apiRoot: config.TELEGRAM_API_ROOT,
        i18n,
        ratePerSecond: config.ALLOW_PAID_BROADCAST ? config.PAID_BROADCAST_RATE : config.OUTBOX_GLOBAL_RATE,
        perChatIntervalMs: config.OUTBOX_PER_CHAT_INTERVAL_MS,
        paidBroadcast: config.ALLOW_PAID_BROADCAST,
      }),
    );
  }
  if (config.SLACK_BOT_TOKEN) {
    const { SlackOutboxSender } = await import("../channels/slack/outbox/sender.js");
    senders.push(new SlackOutboxSender({ token: config.SLACK_BOT_TOKEN, apiUrl: config.SLACK_API_URL, i18n, pace: { perChatIntervalMs: Math.max(1000, config.OUTBOX_PER_CHAT_INTERVAL_MS) } }));
  }
  return senders;
}

export async function startOutbox(options: OutboxOptions): Promise<RunningOutbox> {
  const { config, db, logger } = options;
  const now = options.now ?? (() => new Date());
  const quietHours = parseQuietHours(config.QUIET_HOURS);
  const senders = options.console ? [options.console.sender] : await outboxSenders(config, options.i18n);
  const dispatcher =
    senders.length > 0
      ? new Dispatcher({
          db,
          senders,
          logger,
          now,
          quietHours,
          leaseMs: config.OUTBOX_LEASE_SECONDS * 1000,
          maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
          backoff: { baseMs: config.OUTBOX_RETRY_BASE_MS, maxMs: 15 * 60_000 },
          ...(options.console ? { onlyIdentity: { channel: "console", externalId: options.console.externalId } } : {}),
          sharedPace: config.DATABASE_URL !== undefined,
          ...(options.onOutcome ? { onOutcome: options.onOutcome } : {}),
        })
      : null;
  if (dispatcher && options.console) await dispatcher.drain().catch((error: unknown) => logger.warn({ err: error }, "outbox: console delivery at start failed"));
  dispatcher?.start();
  const scheduler =
    options.scheduler === false
      ? null
      : new ReminderScheduler({
          db,
          logger,
          now,
          hour: config.REMINDER_HOUR,
          defaultOffsets: config.REMINDER_OFFSETS_DAYS,
          quietHours,
          onCreated: () => dispatcher?.wake(),
        });
  const digest =
    options.scheduler === false
      ? null
      : new DigestScheduler({
          db,
          i18n: options.i18n,
          logger,
          now,
          day: config.DIGEST_DAY,
          hour: config.DIGEST_HOUR,
          quietHours,
          onCreated: () => dispatcher?.wake(),
        });
  const starting = Promise.all([scheduler?.start(), digest?.start()]);
  logger.info({ dispatcher: dispatcher?.workerId ?? null, channels: senders.map((sender) => sender.channel), reminders: scheduler !== null }, "outbox started");
  return {
    dispatcher,
    scheduler,
    digest,
    health: () => outboxHealth(db, { now: now(), quietHours }),
    stop: async () => {
      await starting.catch(() => undefined);
      await scheduler?.stop();
      await digest?.stop();
      await dispatcher?.stop();
      if (dispatcher && options.console) await dispatcher.drain().catch((error: unknown) => logger.warn({ err: error }, "outbox: console delivery at the end failed"));
    },
  };
}

/** The /healthz answer with the outbox's figures: not ok when the dispatcher looks stuck. */
export async function healthWithOutbox(outbox: RunningOutbox | null, base: Record<string, unknown>): Promise<{ ok: boolean; [key: string]: unknown }> {
  if (!outbox) return { ok: true, ...base };
  const health = await outbox.health();
  return { ok: health.ok, ...base, outbox: health };
}
