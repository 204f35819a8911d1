/**
 * The dispatcher on a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL) with a scripted sender:
 * claims, outcomes, retries, 429, 403, 400, leases taken over, two dispatchers, quiet hours, per-chat pace.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { claimDue } from "../../../src/delivery/claim.js";
import { Dispatcher, type DispatcherOptions } from "../../../src/delivery/dispatcher.js";
import { enqueue, enqueueMany } from "../../../src/delivery/outbox.js";
import { parseQuietHours } from "../../../src/delivery/quiet-hours.js";
import type { PrismaClient } from "../../../src/generated/prisma/client.js";
import { createTestDatabase, resetTestData, type TestDatabase } from "../../helpers/db.js";
import { createPeople, createPerson, quietLogger, ScriptedSender } from "./helpers.js";

let database: TestDatabase;
let db: PrismaClient;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
});
afterAll(async () => database?.close());
beforeEach(async () => resetTestData(database));

function dispatcher(sender: ScriptedSender, options: Partial<DispatcherOptions> = {}): Dispatcher {
  return new Dispatcher({ db, senders: [sender], logger: quietLogger, backoff: { baseMs: 60_000, maxMs: 600_000 }, ...options });
}

const hello = { key: "reminder-button-settings" };

describe("outbox dispatcher", () => {
  it("sends each due delivery once, in the person's language, and records the outcome", async () => {
    const es = await createPerson(db, { externalId: "100" });
    const en = await createPerson(db, { externalId: "200", locale: "en" });
    await enqueue(db, { idempotencyKey: "a", kind: "system", personId: es, payload: hello });
    await enqueue(db, { idempotencyKey: "b", kind: "system", personId: en, payload: hello });
    expect(await enqueue(db, { idempotencyKey: "b", kind: "system", personId: en, payload: hello })).toBe(false);
    await enqueue(db, { idempotencyKey: "later", kind: "system", personId: es, payload: hello, notBefore: new Date(Date.now() + 3_600_000) });

    const sender = new ScriptedSender();
    const stats = await dispatcher(sender).drain();

    expect(stats.sent).toBe(2);
    expect(sender.calls.map((call) => [call.externalId, call.locale]).sort()).toEqual([["100", "es"], ["200", "en"]]);
    const rows = await db.delivery.findMany({ orderBy: { idempotencyKey: "asc" } });
    expect(rows.map((row) => [row.idempotencyKey, row.status])).toEqual([["a", "sent"], ["b", "sent"], ["later", "pending"]]);
    const sent = rows.find((row) => row.idempotencyKey === "a");
    expect(sent?.sentAt).toBeInstanceOf(Date);
    expect(sent?.identityId).not.toBeNull();
    expect(sent?.externalRef).toMatch(/^\d+$/);
    expect(sent?.claimedBy).toBeNull();
  });

  it("retries network and 5xx errors with growing delays, then marks the delivery failed with the reason", async () => {
    const person = await createPerson(db, { externalId: "300" });
    let now = new Date("2026-05-04T15:00:00Z");
    await enqueue(db, { idempotencyKey: "flaky", kind: "system", personId: person, payload: hello, notBefore: now });
    const sender = new ScriptedSender();
    for (let i = 0; i < 5; i++) sender.script("300", { kind: "transient", reason: "500 Internal Server Error" });

    const worker = dispatcher(sender, { now: () => now, maxAttempts: 3, backoff: { baseMs: 1_000, maxMs: 60_000 } });
    await worker.drain();
    let row = await db.delivery.findFirstOrThrow({ where: { idempotencyKey: "flaky" } });
    expect(row.status).toBe("pending");
    expect(row.attempts).toBe(1);
    expect(row.lastError).toContain("500");
    const firstDelay = row.notBefore.getTime() - now.getTime();
    expect(firstDelay).toBeGreaterThanOrEqual(500);
    expect(firstDelay).toBeLessThanOrEqual(1_000);

    await worker.drain(); // not due yet: nothing happens
    expect(sender.calls).toHaveLength(1);

    now = new Date(row.notBefore.getTime() + 1);
    await worker.drain();
    row = await db.delivery.findFirstOrThrow({ where: { idempotencyKey: "flaky" } });
    expect(row.attempts).toBe(2);
    const secondDelay = row.notBefore.getTime() - now.getTime();
    expect(secondDelay).toBeGreaterThanOrEqual(1_000);
    expect(secondDelay).toBeLessThanOrEqual(2_000);

    now = new Date(row.notBefore.getTime() + 1);
    await worker.drain();
    row = await db.delivery.findFirstOrThrow({ where: { idempotencyKey: "flaky" } });
    expect(row.status).toBe("failed");
    expect(row.lastError).toBe("500 Internal Server Error (after 3 tries)");
    expect(sender.calls).toHaveLength(3);
  });

  it("marks the identity unreachable on 403 and sends nothing more to it", async () => {
    const blocked = await createPerson(db, { externalId: "400" });
    const fine = await createPerson(db, { externalId: "401" });
    await enqueueMany(db, [
      { idempotencyKey: "x1", kind: "system", personId: blocked, payload: hello },
      { idempotencyKey: "x2", kind: "system", personId: blocked, payload: hello },
      { idempotencyKey: "y", kind: "system", personId: fine, payload: hello },
    ]);
    const sender = new ScriptedSender();
    sender.script("400", { kind: "unreachable", reason: "Forbidden: bot was blocked by the user" });
    await dispatcher(sender).drain();

    expect(sender.calls.filter((call) => call.externalId === "400")).toHaveLength(1);
    const rows = await db.delivery.findMany({ where: { personId: blocked } });
    expect(rows.map((row) => row.status)).toEqual(["unreachable", "unreachable"]);
    expect(rows.some((row) => row.lastError?.includes("blocked"))).toBe(true);
    const identity = await db.channelIdentity.findFirstOrThrow({ where: { externalId: "400" } });
    expect(identity.unreachable).toBe(true);
    expect(sender.sentTo("401")).toBe(1);

    await enqueue(db, { idempotencyKey: "x3", kind: "system", personId: blocked, payload: hello });
    await dispatcher(sender).drain();
    expect(sender.calls.filter((call) => call.externalId === "400")).toHaveLength(1);
    expect((await db.delivery.findFirstOrThrow({ where: { idempotencyKey: "x3" } })).status).toBe("unreachable");
  });

  it("does not retry a message Telegram refuses (400)", async () => {
    const person = await createPerson(db, { externalId: "500" });
    await enqueue(db, { idempotencyKey: "bad", kind: "system", personId: person, payload: hello });
    const sender = new ScriptedSender();
    sender.script("500", { kind: "rejected", reason: "Bad Request: BUTTON_DATA_INVALID" });
    await dispatcher(sender).drain();
    const row = await db.delivery.findFirstOrThrow({ where: { idempotencyKey: "bad" } });
    expect(row.status).toBe("failed");
    expect(row.lastError).toContain("BUTTON_DATA_INVALID");
    expect(sender.calls).toHaveLength(1);
  });

  it("honours retry_after: after a 429 nothing is sent on the channel until it has passed", async () => {
    const ids = await createPeople(db, 6, (index) => ({ externalId: String(600 + index) }));
    await enqueueMany(db, ids.map((personId, index) => ({ idempotencyKey: `r${index}`, kind: "system", personId, payload: hello })));
    const sender = new ScriptedSender({ ratePerSecond: 1000, perChatIntervalMs: 0, maxInFlight: 1 });
    sender.script("602", { kind: "rate_limited", retryAfterMs: 1_000 });
    const worker = dispatcher(sender);
    const stats = await worker.drain();

    expect(stats.rateLimited).toBe(1);
    expect(stats.sent).toBe(6);
    const limited = sender.calls.findIndex((call) => call.outcome.kind === "rate_limited");
    const after = sender.calls[limited + 1];
    expect(after?.startedAt).toBeGreaterThanOrEqual((sender.calls[limited]?.endedAt ?? 0) + 999);
    expect(sender.sentTo("602")).toBe(1);
  });

  it("a 429 met by one of two dispatchers pauses the other one too (the pause is shared through the database)", async () => {
    const ids = await createPeople(db, 40, (index) => ({ externalId: String(650 + index) }));
    await enqueueMany(db, ids.map((personId, index) => ({ idempotencyKey: `p${index}`, kind: "system", personId, payload: hello })));
    const senders = [1, 2].map(() => new ScriptedSender({ ratePerSecond: 20, perChatIntervalMs: 0 }));
    for (const sender of senders) sender.script("655", { kind: "rate_limited", retryAfterMs: 1_500 });
    const [a, b] = senders.map((sender) => dispatcher(sender, { sharedPace: true, batchSize: 5 })) as [Dispatcher, Dispatcher];
    await Promise.all([a.drain(), b.drain()]);

    const calls = senders.flatMap((sender) => sender.calls).sort((x, y) => x.startedAt - y.startedAt);
    const limited = calls.find((call) => call.outcome.kind === "rate_limited");
    expect(limited).toBeDefined();
    // Slots either one reserved before the pause reached the database may still go (a fifth of a second's worth
    // each); after them, nobody starts until retry_after has passed.
    const paused = calls.filter((call) => call.startedAt > limited!.endedAt + 600 && call.startedAt < limited!.endedAt + 1_450);
    expect(paused).toEqual([]);
    expect(calls.filter((call) => call.outcome.kind === "sent")).toHaveLength(40);
  });

  it("keeps the per-chat interval between two messages to one person", async () => {
    const person = await createPerson(db, { externalId: "700" });
    await enqueueMany(db, [1, 2, 3].map((n) => ({ idempotencyKey: `c${n}`, kind: "system" as const, personId: person, payload: hello })));
    const sender = new ScriptedSender({ ratePerSecond: 1000, perChatIntervalMs: 150 });
    await dispatcher(sender).drain();
    expect(sender.calls).toHaveLength(3);
    for (let i = 1; i < 3; i++) {
      expect((sender.calls[i]?.startedAt ?? 0) - (sender.calls[i - 1]?.endedAt ?? 0)).toBeGreaterThanOrEqual(149);
    }
  });

  it("keeps the per-chat interval with two dispatchers sharing the database", async () => {
    const people = await createPeople(db, 12, (index) => ({ externalId: String(7_100 + index) }));
    // Three rounds, each to everyone: a person's messages sit far apart in the queue, in different claims.
    for (const round of [1, 2, 3]) await enqueueMany(db, people.map((personId, index) => ({ idempotencyKey: `r${round}-${index}`, kind: "system" as const, personId, payload: hello })));
    const interval = 200;
    const senders = [1, 2].map(() => new ScriptedSender({ ratePerSecond: 1_000, perChatIntervalMs: interval }, 5));
    const [a, b] = senders.map((sender) => dispatcher(sender, { sharedPace: true, batchSize: 4, pollMs: 20 })) as [Dispatcher, Dispatcher];
    await Promise.all([a.drain(), b.drain()]);

    const calls = senders.flatMap((sender) => sender.calls);
    expect(calls).toHaveLength(36);
    expect(senders.every((sender) => sender.calls.length > 0)).toBe(true);
    const gaps: number[] = [];
    for (let index = 0; index < 12; index++) {
      const chat = calls.filter((call) => call.externalId === String(7_100 + index)).sort((x, y) => x.startedAt - y.startedAt);
      for (let i = 1; i < chat.length; i++) gaps.push(chat[i]!.startedAt - chat[i - 1]!.endedAt);
    }
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(interval - 2);
  });

  it("gives one person's rows to one dispatcher at a time, even when they claim at the same moment", async () => {
    const person = await createPerson(db, { externalId: "7200" });
    await enqueueMany(db, [1, 2, 3, 4, 5, 6].map((n) => ({ idempotencyKey: `same${n}`, kind: "system" as const, personId: person, payload: hello })));
    for (let attempt = 0; attempt < 5; attempt++) {
      const claims = await Promise.all(
        ["w1", "w2", "w3", "w4", "w5", "w6"].map((workerId) => claimDue(db, { workerId: `${workerId}-${attempt}`, limit: 1, dueAt: new Date(), leaseMs: 60_000, acrossWorkers: true })),
      );
      expect(claims.filter((rows) => rows.length > 0)).toHaveLength(1);
      await db.delivery.updateMany({ where: { personId: person }, data: { status: "pending", claimedBy: null, claimedUntil: null } });
    }
  });

  it("takes over rows whose dispatcher died (lease ran out) and sends them once", async () => {
    const ids = await createPeople(db, 4, (index) => ({ externalId: String(800 + index) }));
    await enqueueMany(db, ids.map((personId, index) => ({ idempotencyKey: `d${index}`, kind: "system", personId, payload: hello })));
    const held = await claimDue(db, { workerId: "dead-worker", limit: 3, dueAt: new Date(), leaseMs: 200 });
    expect(held).toHaveLength(3);

    const sender = new ScriptedSender();
    const worker = dispatcher(sender);
    await worker.drain(); // only the free row: the others are still leased
    expect(sender.calls).toHaveLength(1);

    await new Promise((resolve) => setTimeout(resolve, 300));
    const stats = await worker.drain();
    expect(stats.reclaimed).toBe(3);
    for (const index of [0, 1, 2, 3]) expect(sender.sentTo(String(800 + index))).toBe(1);
    const rows = await db.delivery.findMany();
    expect(rows.every((row) => row.status === "sent")).toBe(true);
  });

  it("never sends a delivery twice with two dispatchers draining the same database", async () => {
    const ids = await createPeople(db, 300, (index) => ({ externalId: String(10_000 + index) }));
    await enqueueMany(db, ids.map((personId, index) => ({ idempotencyKey: `two${index}`, kind: "system", personId, payload: hello })));
    const sender = new ScriptedSender({ ratePerSecond: Number.POSITIVE_INFINITY, perChatIntervalMs: 0 }, 1);
    const a = dispatcher(sender, { batchSize: 20 });
    const b = dispatcher(sender, { batchSize: 20 });
    const [statsA, statsB] = await Promise.all([a.drain(), b.drain()]);
    expect(statsA.sent + statsB.sent).toBe(300);
    expect(statsA.sent).toBeGreaterThan(0);
    expect(statsB.sent).toBeGreaterThan(0);
    expect(new Set(sender.calls.map((call) => call.externalId)).size).toBe(300);
    expect(sender.calls).toHaveLength(300);
  });

  it("sends nothing in quiet hours and everything once they end", async () => {
    const person = await createPerson(db, { externalId: "900" });
    let now = new Date("2026-05-05T03:30:00Z"); // 22:30 in Lima
    await enqueue(db, { idempotencyKey: "night", kind: "notice", personId: person, payload: hello, notBefore: now });
    const sender = new ScriptedSender();
    const worker = dispatcher(sender, { now: () => now, quietHours: parseQuietHours("21:00-07:00") });
    await worker.drain();
    expect(sender.calls).toHaveLength(0);
    expect((await db.delivery.findFirstOrThrow({ where: { idempotencyKey: "night" } })).status).toBe("pending");

    now = new Date("2026-05-05T11:59:00Z"); // 06:59
    await worker.drain();
    expect(sender.calls).toHaveLength(0);
    now = new Date("2026-05-05T12:00:00Z"); // 07:00
    await worker.drain();
    expect(sender.sentTo("900")).toBe(1);
  });

  it("marks a delivery unreachable when the person has no identity it can write to", async () => {
    const person = await createPerson(db, { externalId: "950" });
    await db.channelIdentity.updateMany({ where: { personId: person }, data: { unreachable: true } });
    await enqueue(db, { idempotencyKey: "nobody", kind: "system", personId: person, payload: hello });
    const sender = new ScriptedSender();
    await dispatcher(sender).drain();
    expect(sender.calls).toHaveLength(0);
    expect((await db.delivery.findFirstOrThrow({ where: { idempotencyKey: "nobody" } })).status).toBe("unreachable");
  });

  it("gives back the rows it has not started when stopped", async () => {
    const ids = await createPeople(db, 30, (index) => ({ externalId: String(20_000 + index) }));
    await enqueueMany(db, ids.map((personId, index) => ({ idempotencyKey: `s${index}`, kind: "system", personId, payload: hello })));
    const sender = new ScriptedSender({ ratePerSecond: 20, perChatIntervalMs: 0 });
    const worker = dispatcher(sender);
    worker.start();
    await new Promise((resolve) => setTimeout(resolve, 250));
    await worker.stop();
    const rows = await db.delivery.findMany();
    const sent = rows.filter((row) => row.status === "sent").length;
    expect(sent).toBe(sender.calls.length);
    expect(sent).toBeGreaterThan(0);
    expect(sent).toBeLessThan(30);
    expect(rows.filter((row) => row.status === "pending")).toHaveLength(30 - sent);
    expect(rows.every((row) => row.claimedBy === null)).toBe(true);
    expect(rows.filter((row) => row.status === "pending").every((row) => row.attempts === 0)).toBe(true);
  });
});
