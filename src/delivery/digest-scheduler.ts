/**
 * The specialists' weekly digest, on the reminders' pattern: node-cron at DIGEST_HOUR on DIGEST_DAY (Lima)
 * writes the week's digests to the outbox, with one SchedulerRun row (job "digest", runDate = that week's due
 * day) inserted in the same transaction. So a replica starting at the same moment waits on the row and then
 * does nothing, a crash half-way leaves neither row nor digest, and at start a week whose digest time passed
 * while the bot was down is caught up once, if the bot is back within `maxCatchUpDays` (default 2) of the due
 * day; later, that week is skipped (last week's news is not worth sending days late) and the next one comes on
 * time. A first start on a fresh install therefore sends nothing until the next due day (or within its window). The delivery keys (`digest:<person>:<ISO week>`) make a second run add nothing
 * even without the row.
 */
import cron, { type ScheduledTask } from "node-cron";
import type { PrismaClient } from "../generated/prisma/client.js";
import type { I18n } from "../i18n.js";
import type { Logger } from "../logger.js";
import { addDays, LIMA_ZONE, todayInLima } from "../domain/calendar/lima-time.js";
import { buildDigests } from "../domain/digest/build.js";
import { latestDueWeek } from "../domain/digest/week.js";
import { nextSendableAt, type QuietHours } from "./quiet-hours.js";

export const DIGEST_JOB = "digest";
const DEFAULT_CATCH_UP_DAYS = 2;

export interface DigestSchedulerOptions {
  db: PrismaClient;
  i18n: I18n;
  logger: Pick<Logger, "info" | "warn" | "error">;
  now?: () => Date;
  /** ISO weekday 1 (Monday) … 7 (Sunday), and the Lima hour. */
  day: number;
  hour: number;
  quietHours?: QuietHours | null;
  /** Days after the due day during which a missed digest is still sent (default 2). */
  maxCatchUpDays?: number;
  onCreated?: (count: number) => void;
}

export interface DigestRunResult {
  week: string;
  created: number;
}

export class DigestScheduler {
  private task: ScheduledTask | null = null;
  private running: Promise<DigestRunResult | null> | null = null;
  private readonly now: () => Date;

  constructor(private readonly options: DigestSchedulerOptions) {
    this.now = options.now ?? (() => new Date());
  }

  async start(): Promise<void> {
    await this.runDue().catch((error: unknown) => this.options.logger.error({ err: error }, "digest: catch-up run failed"));
    this.task = cron.schedule(`0 ${this.options.hour} * * ${this.options.day % 7}`, () => this.runDue().then(() => undefined, (error: unknown) => {
      this.options.logger.error({ err: error }, "digest: weekly run failed");
    }), { timezone: LIMA_ZONE, name: DIGEST_JOB, noOverlap: true });
  }

  async stop(): Promise<void> {
    await this.task?.stop();
    await this.task?.destroy();
    this.task = null;
    await this.running?.catch(() => undefined);
  }

  /** Runs the latest due week if it has not run yet. One run at a time per process. */
  runDue(): Promise<DigestRunResult | null> {
    this.running ??= this.runOnce().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async runOnce(): Promise<DigestRunResult | null> {
    const { db } = this.options;
    const now = this.now();
    const week = latestDueWeek(now, this.options.day, this.options.hour);
    if (todayInLima(now) > addDays(week.dueDay, this.options.maxCatchUpDays ?? DEFAULT_CATCH_UP_DAYS)) return null;
    const result = await db.$transaction(
      async (tx) => {
        const claimed = await tx.$queryRawUnsafe<unknown[]>(
          `INSERT INTO "SchedulerRun" (job, "runDate") VALUES ($1::text, $2::date) ON CONFLICT (job, "runDate") DO NOTHING RETURNING job`,
          DIGEST_JOB,
          week.dueDay,
        );
        if (claimed.length === 0) return null;
        const created = await buildDigests(tx, { week, now, notBefore: nextSendableAt(this.options.quietHours ?? null, now), i18n: this.options.i18n });
        await tx.$executeRawUnsafe(
          `UPDATE "SchedulerRun" SET "finishedAt" = now(), detail = $3::jsonb WHERE job = $1::text AND "runDate" = $2::date`,
          DIGEST_JOB,
          week.dueDay,
          JSON.stringify({ week: week.key, created }),
        );
        return { week: week.key, created };
      },
      { timeout: 5 * 60_000, maxWait: 60_000 },
    );
    if (result) {
      this.options.logger.info(result, "digest: week's run done");
      if (result.created > 0) this.options.onCreated?.(result.created);
    }
    return result;
  }
}
