/** The operator's view and the health check: queue figures, and a stuck dispatcher told from a busy or quiet one. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseQuietHours } from "../../../src/delivery/quiet-hours.js";
import { formatOutboxStatus, outboxHealth, outboxStatus } from "../../../src/delivery/status.js";
import { createTestDatabase, resetTestData, type TestDatabase } from "../../helpers/db.js";
import { createPerson } from "./helpers.js";

let database: TestDatabase;
let personId = 0;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());
beforeEach(async () => {
  await resetTestData(database);
  personId = await createPerson(database.prisma, { externalId: "1" });
});

async function row(key: string, values: Record<string, unknown>): Promise<void> {
  await database.prisma.delivery.create({ data: { idempotencyKey: key, kind: "system", personId, payload: { key: "x" }, ...values } });
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const noon = new Date(new Date().setUTCHours(17, 0, 0, 0)); // 12:00 in Lima today, outside quiet hours

describe("outbox status and health", () => {
  it("is ok when due rows are moving, and counts the queue", async () => {
    await row("due", { notBefore: minutesAgo(30) });
    await row("later", { notBefore: new Date(Date.now() + 3_600_000) });
    await row("retry", { notBefore: new Date(Date.now() + 60_000), lastError: "500" });
    await row("done", { status: "sent", sentAt: new Date(), notBefore: minutesAgo(1) });
    await row("bad", { status: "failed", lastError: "Bad Request: message is too long", attempts: 1 });
    const status = await outboxStatus(database.prisma, { now: new Date() });
    expect(status.ok).toBe(true);
    expect(status.byStatus).toMatchObject({ pending: 3, sent: 1, failed: 1, sending: 0 });
    expect(status).toMatchObject({ due: 1, scheduled: 2, waitingRetry: 1, sentLastMinute: 1 });
    expect(status.recentFailures.map((failure) => failure.lastError)).toEqual(["Bad Request: message is too long"]);
    expect(formatOutboxStatus(status)).toContain("Queue: pending 3 · sending 0 · sent 1 · failed 1 · unreachable 0 · cancelled 0");
  });

  it("reports a dispatcher that died holding rows", async () => {
    await row("held", { status: "sending", claimedBy: "dead", claimedUntil: minutesAgo(5), notBefore: minutesAgo(10) });
    await row("fresh", { status: "sending", claimedBy: "alive", claimedUntil: new Date(Date.now() + 60_000) });
    const health = await outboxHealth(database.prisma, { now: new Date() });
    expect(health.ok).toBe(false);
    expect(health.expiredLeases).toBe(1);
    expect(health.reasons.join()).toContain("lease ran out");
  });

  it("reports due rows that wait while nothing finishes, but not during quiet hours", async () => {
    await row("stuck", { notBefore: minutesAgo(45) });
    const quiet = parseQuietHours("21:00-07:00");
    const health = await outboxHealth(database.prisma, { now: new Date(), stuckAfterMinutes: 10 });
    expect(health.ok).toBe(false);
    expect(health.reasons.join()).toContain("none finished in 10 minutes");

    const night = new Date(noon.getTime() + 11 * 3_600_000); // 23:00 in Lima
    const atNight = await outboxHealth(database.prisma, { now: night, quietHours: quiet });
    expect(atNight).toMatchObject({ ok: true, quiet: true });
  });
});
