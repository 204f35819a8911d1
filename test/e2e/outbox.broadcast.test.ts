/**
 * A broadcast to 5,000 people through the real Telegram sender against the fake Bot API with its limits on
 * (1 message per second per chat, a global rate), random 500s and dropped connections, and 50 people who
 * blocked the bot: everyone else gets exactly one message, nobody is sent to while a 429 says to wait, and the
 * blocked ones end up unreachable. Rates are raised above production's 25/s to keep the test short.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TelegramSender } from "../../src/channels/telegram/sender.js";
import { confirmAnnouncement, createAtaDraft, announcementReport } from "../../src/domain/ata/announcements.js";
import { Dispatcher } from "../../src/delivery/dispatcher.js";
import { I18n } from "../../src/i18n.js";
import { LOCALES_DIR } from "../../src/app.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram/index.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { createPeople, createPerson, quietLogger } from "../integration/delivery/helpers.js";

const PEOPLE = 5_000;
const BLOCKED = 50;
const FIRST_CHAT = 500_000;
const UGELS = ["190001", "190002", "190003", "190006"];

let database: TestDatabase;
let fake: FakeTelegram;

beforeAll(async () => {
  database = await createTestDatabase();
  fake = await startFakeTelegram({
    limits: {
      perChat: { max: 1, windowMs: 1000 },
      global: { max: 500, windowMs: 1000 },
      failures: { rate: 0.03, seed: 11, kinds: ["500", "drop"] },
    },
  });
});

afterAll(async () => {
  await fake?.close();
  await database?.close();
});

describe("broadcast through the outbox", () => {
  it("messages 5,000 people exactly once within the limits, and marks the blocked ones unreachable", { timeout: 120_000 }, async () => {
    const db = database.prisma;
    const authorId = await createPerson(db, { externalId: "1", role: "especialista_dre", ugelId: "190000" });
    const author = await db.person.findUniqueOrThrow({ where: { id: authorId } });
    await createPeople(db, PEOPLE, (index) => ({ externalId: String(FIRST_CHAT + index), role: "docente", ugelId: UGELS[index % 4] as string }));
    const blocked = Array.from({ length: BLOCKED }, (_, index) => FIRST_CHAT + index * 97);
    for (const chat of blocked) fake.forbid(chat);

    const draft = await createAtaDraft(db, author, {
      milestone: "inicio",
      title: "Buen inicio del año escolar",
      body: "Les damos la bienvenida al año escolar.",
      session: null,
      sessionWhere: null,
      audience: { ugelIds: UGELS, roles: ["docente"], levels: [], schoolId: null },
      scheduledFor: null,
    });
    const { recipients } = await confirmAnnouncement(db, author, draft.id, new Date(), "test:1");
    expect(recipients).toBe(PEOPLE);

    const sender = new TelegramSender({ token: fake.token, apiRoot: fake.apiRoot, i18n: new I18n(LOCALES_DIR), ratePerSecond: 500, perChatIntervalMs: 1000 });
    const dispatcher = new Dispatcher({ db, senders: [sender], logger: quietLogger, maxAttempts: 10, backoff: { baseMs: 50, maxMs: 1_000 }, pollMs: 100 });
    const started = performance.now();
    dispatcher.start();
    for (;;) {
      const open = await db.delivery.count({ where: { status: { in: ["pending", "sending"] } } });
      if (open === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await dispatcher.stop();
    const seconds = (performance.now() - started) / 1000;

    const stats = fake.stats();
    const blockedSet = new Set(blocked);
    const wrong: string[] = [];
    for (let index = 0; index < PEOPLE; index++) {
      const chat = FIRST_CHAT + index;
      const accepted = fake.acceptedSends(chat);
      if (accepted !== (blockedSet.has(chat) ? 0 : 1)) wrong.push(`${chat}: ${accepted}`);
    }
    expect(wrong).toEqual([]);
    expect(stats.unhonoured429).toBe(0);
    expect(stats.tooManyRequests).toBe(0);
    expect(stats.serverErrors + stats.droppedConnections).toBeGreaterThan(50); // the random failures did happen
    expect(dispatcher.stats.retried).toBeGreaterThan(50);

    const byStatus = await db.delivery.groupBy({ by: ["status"], _count: true });
    expect(Object.fromEntries(byStatus.map((row) => [row.status, row._count]))).toEqual({ sent: PEOPLE - BLOCKED, unreachable: BLOCKED });
    const unreachable = await db.channelIdentity.findMany({ where: { unreachable: true }, select: { externalId: true } });
    expect(unreachable.map((row) => Number(row.externalId)).sort((a, b) => a - b)).toEqual(blocked);

    const report = await announcementReport(db, author, draft.id, new Date());
    expect(report.status).toBe("enviado");
    expect(report.total).toMatchObject({ queued: 0, sent: PEOPLE - BLOCKED, unreachable: BLOCKED, failed: 0 });
    expect(report.perUgel.map((row) => row.sent + row.unreachable)).toEqual([1250, 1250, 1250, 1250]);

    const message = fake.lastMessageTo(FIRST_CHAT + 1);
    expect(message?.text).toContain("Buen inicio del año escolar");
    expect(message?.inlineKeyboard.flat().map((button) => button.text)).toEqual(["✅ Recibido"]);
    // Not a speed target (see bench/outbox.bench.ts): only that pacing is not absurdly slow.
    expect(seconds).toBeLessThan(90);
  });
});
