/**
 * The outbox on Slack: deliveries become DMs with Block Kit buttons, sent by the real dispatcher beside
 * Telegram, about one per second per DM, with Slack's 429 + Retry-After honoured; a delivered button comes
 * back through the conversation like any other press.
 */
import { performance } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { classifySlackError, SlackOutboxSender, slackDestination } from "../../src/channels/slack/outbox/sender.js";
import { TelegramSender } from "../../src/channels/telegram/sender.js";
import type { Database } from "../../src/db/client.js";
import { enqueue, type DeliveryPayload } from "../../src/delivery/outbox.js";
import { Dispatcher } from "../../src/delivery/dispatcher.js";
import { silentLogger } from "../../src/logger.js";
import { startFakeSlack, type FakeSlack } from "../fakes/slack/index.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram/index.js";
import { createTestApp } from "../helpers/app.js";
import { createTestDatabase, resetTestData } from "../helpers/db.js";
import { messageText, SlackPerson, startSlackChannel, type SlackHarness } from "../helpers/slack.js";

let slack: FakeSlack;
let telegram: FakeTelegram;
let database: Database;
let app: App;
let harness: SlackHarness;

beforeAll(async () => {
  slack = await startFakeSlack({ perChannelLimit: { max: 1, windowMs: 1000 } });
  telegram = await startFakeTelegram();
  database = await createTestDatabase();
  app = await createTestApp(database);
  harness = await startSlackChannel(app, slack);
});

afterAll(async () => {
  await harness?.stop();
  await app?.close();
  await slack?.close();
  await telegram?.close();
});

const PAYLOAD: DeliveryPayload = { key: "help-hint", buttons: [[{ labelKey: "help-button", data: "cmd:ayuda" }]] };

async function people(): Promise<{ ana: number; rosa: number }> {
  const db = app.services.db;
  const ana = await db.person.create({
    data: { role: "docente", onboardedAt: new Date(), consentAt: new Date(), identities: { create: { channel: "slack", externalId: "T0PASCO:U0ANA", chatRef: "D0ANA" } } },
  });
  const rosa = await db.person.create({
    data: { role: "docente", locale: "en", onboardedAt: new Date(), consentAt: new Date(), identities: { create: { channel: "telegram", externalId: "4001", chatRef: "4001" } } },
  });
  return { ana: ana.id, rosa: rosa.id };
}

function dispatcher(slackPace: { perChatIntervalMs: number }): Dispatcher {
  const i18n = app.services.i18n;
  return new Dispatcher({
    db: app.services.db,
    senders: [
      new SlackOutboxSender({ token: slack.token, apiUrl: slack.apiUrl, i18n, logger: silentLogger, pace: { ratePerSecond: 20, ...slackPace } }),
      new TelegramSender({ token: telegram.token, apiRoot: telegram.apiRoot, i18n, ratePerSecond: 25, perChatIntervalMs: 1000 }),
    ],
    logger: silentLogger,
    quietHours: null,
  });
}

describe("the outbox on Slack", () => {
  it("delivers to Slack and Telegram people alike, one message per second per DM, with working buttons", async () => {
    const { ana, rosa } = await people();
    const db = app.services.db;
    for (const n of [1, 2, 3]) await enqueue(db, { idempotencyKey: `t:ana:${n}`, kind: "notice", personId: ana, payload: PAYLOAD });
    await enqueue(db, { idempotencyKey: "t:rosa:1", kind: "notice", personId: rosa, payload: PAYLOAD });

    const started = performance.now();
    const stats = await dispatcher({ perChatIntervalMs: 1000 }).drain();
    expect(stats).toMatchObject({ sent: 4, failed: 0, unreachable: 0 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(1900);
    expect(slack.stats()).toMatchObject({ rateLimited: 0, unhonouredRetries: 0 });
    expect(slack.stats().postedByChannel.get("D0ANA")).toBe(3);

    const delivered = slack.messagesTo("U0ANA");
    expect(delivered).toHaveLength(3);
    expect(messageText(delivered)).toContain("Usa /ayuda para ver lo que puedo hacer por ti.");
    expect(telegram.messagesTo(4001).at(-1)?.text).toContain("Use /ayuda"); // Rosa reads English
    const rows = await db.delivery.findMany({ where: { personId: ana } });
    expect(rows.every((row) => row.status === "sent" && row.externalRef?.startsWith("D0ANA:"))).toBe(true);

    const dm = await new SlackPerson(slack, () => harness, "U0ANA").press("Ver opciones");
    expect(messageText(dm)).toContain("Esto es lo que puedes hacer como docente");
  });

  it("waits for Slack's Retry-After when Slack says 429, and loses nothing", async () => {
    await resetTestData(database);
    const { ana } = await people();
    const db = app.services.db;
    for (const n of [1, 2, 3]) await enqueue(db, { idempotencyKey: `r:ana:${n}`, kind: "notice", personId: ana, payload: PAYLOAD });
    const before = slack.stats().rateLimited;
    // No pacing of our own: Slack's 429s decide, and each Retry-After is waited out before the next try.
    const stats = await dispatcher({ perChatIntervalMs: 0 }).drain();
    expect(stats.sent).toBe(3);
    expect(stats.rateLimited).toBeGreaterThan(0);
    expect(slack.stats().rateLimited).toBeGreaterThan(before);
    expect(slack.stats().unhonouredRetries).toBe(0);
    expect(await db.delivery.count({ where: { status: "sent" } })).toBe(3);
  });

  it("tells the dispatcher what a Slack error means", () => {
    expect(classifySlackError({ code: "slack_webapi_rate_limited_error", retryAfter: 7 })).toEqual({ kind: "rate_limited", retryAfterMs: 7000 });
    expect(classifySlackError({ code: "slack_webapi_platform_error", data: { error: "account_inactive" } })).toEqual({ kind: "unreachable", reason: "account_inactive" });
    expect(classifySlackError({ code: "slack_webapi_platform_error", data: { error: "invalid_blocks" } })).toEqual({ kind: "rejected", reason: "invalid_blocks" });
    expect(classifySlackError({ code: "slack_webapi_platform_error", data: { error: "internal_error" } })).toMatchObject({ kind: "transient" });
    expect(classifySlackError({ code: "slack_webapi_http_error", statusCode: 503 })).toMatchObject({ kind: "transient" });
    expect(classifySlackError(new Error("socket hang up"))).toMatchObject({ kind: "transient" });
    expect(slackDestination({ chatRef: "D0ANA", externalId: "T0PASCO:U0ANA" })).toBe("D0ANA");
    expect(slackDestination({ chatRef: "C0GENERAL", externalId: "T0PASCO:U0ANA" })).toBe("U0ANA");
  });
});
