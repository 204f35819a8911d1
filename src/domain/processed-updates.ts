/** Remembers handled update ids so an update delivered twice (webhook retries, a crash) is handled once. */
import type { Channel, PrismaClient } from "./db-types.js";

export async function firstDelivery(db: PrismaClient, channel: Channel, updateId: string): Promise<boolean> {
  const inserted = await db.$executeRaw`
    INSERT INTO "ProcessedUpdate" ("channel", "updateId") VALUES (${channel}::"Channel", ${updateId})
    ON CONFLICT DO NOTHING`;
  return inserted === 1;
}

/** Old ids are of no use once the platform has stopped redelivering them (Telegram: about a day). */
export async function pruneProcessedUpdates(db: PrismaClient, olderThan: Date): Promise<number> {
  const { count } = await db.processedUpdate.deleteMany({ where: { createdAt: { lt: olderThan } } });
  return count;
}
