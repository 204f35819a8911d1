/**
 * The reminder schedule: every day at REMINDER_HOUR in Lima (node-cron, America/Lima) the day's reminders are
 * written to the outbox. Each run leaves one SchedulerRun row per (job, Lima day), inserted in the same
 * transaction as the reminders, so:
 * - a replica that runs at the same moment waits on that row, then finds it and does nothing;
 * - a crash in the middle leaves no row and no reminder, and the next start does the day again;
 * - at start, days missed while the bot was down are caught up once, in one run (up to `maxCatchUpDays`),
 *   each person getting only the nearest reminder of a stage; a catch-up before REMINDER_HOUR includes today,
 *   so a stage is never reminded twice on one day.
 */
import cron, { type ScheduledTask } from "node-cron";
import { DateTime } from "luxon";
import type { PrismaClient } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";
import { addDays, LIMA_ZONE, todayInLima } from "../domain/calendar/lima-time.js";
import { buildReminders } from "../domain/reminders/build.js";
import { MAX_OFFSET_DAYS, missedDays } from "../domain/reminders/plan.js";
import { nextSendableAt, type QuietHours } from "./quiet-hours.js";

export const REMINDER_JOB = "reminders";

export interface ReminderSchedulerOptions {
  db: PrismaClient;
  logger: Pick<Logger, "info" | "warn" | "error">;
  now?: () => Date;
  /** Lima hour (0–23) of the daily run. */
  hour: number;
  defaultOffsets: number[];
  quietHours?: QuietHours | null;
  maxCatchUpDays?: number;
  /** Called after a run created deliveries (e.g. to wake the dispatcher). */
  onCreated?: (count: number) => void;
}

export interface RunResult {
  days: string[];
  occasions: number;
  created: number;
}

export class ReminderScheduler {
  private task: ScheduledTask | null = null;
  private running: Promise<RunResult | null> | null = null;
  private readonly now: () => Date;

  constructor(private readonly options: ReminderSchedulerOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** Catches up a missed day, then runs every day at the configured Lima hour. */
  async start(): Promise<void> {
    await this.runDue().catch((error: unknown) => this.options.logger.error({ err: error }, "reminders: catch-up run failed"));
    this.task = cron.schedule(`0 ${this.options.hour} * * *`, () => this.runDue().then(() => undefined, (error: unknown) => {
      this.options.logger.error({ err: error }, "reminders: daily run failed");
    }), { timezone: LIMA_ZONE, name: REMINDER_JOB, noOverlap: true });
  }

  async stop(): Promise<void> {
    await this.task?.stop();
    await this.task?.destroy();
    this.task = null;
    await this.running?.catch(() => undefined);
  }

  /** The last Lima day whose run time has come. */
  latestDueDay(now: Date): string {
    const today = todayInLima(now);
    return DateTime.fromJSDate(now, { zone: LIMA_ZONE }).hour >= this.options.hour ? today : addDays(today, -1);
  }

  /** Runs every day that is due and has not run yet (nothing if none). One run at a time per process. */
  runDue(): Promise<RunResult | null> {
    this.running ??= this.runOnce().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async runOnce(): Promise<RunResult | null> {
    const { db } = this.options;
    const now = this.now();
    const latest = this.latestDueDay(now);
    const last = await db.schedulerRun.findFirst({ where: { job: REMINDER_JOB }, orderBy: { runDate: "desc" } });
    const lastDay = last ? last.runDate.toISOString().slice(0, 10) : null;
    const days = missedDays(lastDay, latest, this.options.maxCatchUpDays ?? MAX_OFFSET_DAYS);
    if (days.length === 0) return null;
    // A catch-up before today's hour takes today along: otherwise today's run would remind the same stage again
    // a few hours later (the catch-up's "in 2 days" and today's "tomorrow" for one deadline).
    const today = todayInLima(now);
    if (latest !== today) days.push(today);
    const started = performance.now();
    const result = await db.$transaction(
      async (tx) => {
        const claimed = await tx.$queryRawUnsafe<Array<{ day: string }>>(
          `INSERT INTO "SchedulerRun" (job, "runDate")
           SELECT $1::text, d::date FROM unnest($2::text[]) AS d
           ON CONFLICT (job, "runDate") DO NOTHING
           RETURNING to_char("runDate", 'YYYY-MM-DD') AS day`,
          REMINDER_JOB,
          days,
        );
        if (claimed.length === 0) return null;
        await tx.$executeRawUnsafe(`SET LOCAL jit = off`); // one big join: compiling it costs more than it saves
        const claimedDays = claimed.map((row) => row.day).sort();
        const built = await buildReminders(tx, {
          days: claimedDays,
          today: todayInLima(now),
          defaultOffsets: this.options.defaultOffsets,
          notBefore: nextSendableAt(this.options.quietHours ?? null, now),
        });
        const detail = { occasions: built.occasions, created: built.created, catchUp: claimedDays.length > 1 || claimedDays[0] !== todayInLima(now) };
        await tx.$executeRawUnsafe(
          `UPDATE "SchedulerRun" SET "finishedAt" = now(), detail = $3::jsonb WHERE job = $1::text AND "runDate" = ANY($2::date[])`,
          REMINDER_JOB,
          claimedDays,
          JSON.stringify(detail),
        );
        return { days: claimedDays, ...built };
      },
      { timeout: 10 * 60_000, maxWait: 60_000 },
    );
    if (result) {
      this.options.logger.info({ days: result.days, created: result.created, ms: Math.round(performance.now() - started) }, "reminders: day's run done");
      if (result.created > 0) this.options.onCreated?.(result.created);
    }
    return result;
  }
}
