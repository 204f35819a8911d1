/**
 * Outbox figures (bench/results/outbox.json):
 * - dispatch_per_s_postgres / dispatch_per_s_pglite: dispatcher capacity with an instant sender (it renders each
 *   message, then answers at once): claims, outcome writes and bookkeeping only. Targets: 2,000/s and 1,000/s.
 * - rate_share_with_limits / rate_limited_429s: the real Telegram sender against the fake Bot API enforcing
 *   25 messages per second and 1 per chat per second, the dispatcher configured at 25/s: achieved share of the
 *   configured rate and 429s received. Target: at least 95% with zero 429s.
 * - reminder_build_s_100k: one day's reminder run for 100,000 people and 15 contests on PostgreSQL, on a day
 *   when every contest has a deadline and an event reminder due. Target: at most 10 s.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LOCALES_DIR, MIGRATIONS_DIR } from "../src/app.js";
import { TelegramSender } from "../src/channels/telegram/sender.js";
import { openDatabase, type Database } from "../src/db/client.js";
import { applyMigrations } from "../src/db/migrate.js";
import { seedBaseData } from "../src/db/seed.js";
import { Dispatcher } from "../src/delivery/dispatcher.js";
import type { DeliveryPayload } from "../src/delivery/outbox.js";
import { renderPayload } from "../src/delivery/render-payload.js";
import { ReminderScheduler } from "../src/delivery/scheduler.js";
import type { ChannelSender, RecipientIdentity, SendOutcome } from "../src/delivery/sender.js";
import { I18n } from "../src/i18n.js";
import { silentLogger } from "../src/logger.js";
import { startFakeTelegram } from "../test/fakes/telegram/index.js";
import { benchPostgresUrl, writeResult } from "./lib/result.js";
import { createScratchPostgres } from "./lib/scratch-db.js";

const i18n = new I18n(LOCALES_DIR);
const PAYLOAD: DeliveryPayload = {
  key: "reminder-closes",
  args: { contest: "Eureka", stage: "Inscripción", days: 3, closesDay: "2026-06-12" },
  buttons: [[{ labelKey: "reminder-button-mute", data: "rem:m:1" }], [{ labelKey: "reminder-button-settings", data: "cmd:recordatorios" }]],
};

class InstantSender implements ChannelSender {
  readonly channel = "telegram" as const;
  readonly pace = { ratePerSecond: Number.POSITIVE_INFINITY, perChatIntervalMs: 0, maxInFlight: 64 };
  sent = 0;
  async send(identity: RecipientIdentity, payload: DeliveryPayload): Promise<SendOutcome> {
    renderPayload(i18n, identity.locale, payload);
    return { kind: "sent", externalRef: String(++this.sent) };
  }
}

async function prepare(db: Database): Promise<void> {
  await applyMigrations(db, MIGRATIONS_DIR, silentLogger);
  await seedBaseData(db.prisma);
  await db.prisma.contest.deleteMany();
}

/**
 * `count` people with a Telegram identity each (2% unreachable), in one statement per table. The mix follows
 * Pasco's schools (about 1,000 schools, 6 to 7 teachers each): 14% directors, 85% teachers, 1% specialists.
 */
async function createPeople(db: Database, count: number): Promise<void> {
  await db.prisma.$executeRawUnsafe(
    `INSERT INTO "Person" (locale, role, levels, "ugelId", "onboardedAt", "updatedAt")
     SELECT CASE WHEN g % 10 = 0 THEN 'en' ELSE 'es' END,
            (CASE WHEN g % 100 < 14 THEN 'director' WHEN g % 100 < 99 THEN 'docente' ELSE 'especialista_ugel' END)::"Role",
            (CASE g % 4 WHEN 0 THEN '{primaria}' WHEN 1 THEN '{secundaria}' WHEN 2 THEN '{inicial,primaria}' ELSE '{primaria,secundaria}' END)::"Level"[],
            (ARRAY['190001','190002','190003','190006'])[1 + g % 4], now(), now()
     FROM generate_series(1, $1::int) AS g`,
    count,
  );
  await db.prisma.$executeRawUnsafe(
    `INSERT INTO "ChannelIdentity" ("personId", channel, "externalId", "chatRef", unreachable)
     SELECT id, 'telegram', (1000000 + id)::text, (1000000 + id)::text, id % 50 = 0 FROM "Person"`,
  );
}

async function enqueueDirect(db: Database, count: number): Promise<void> {
  await db.prisma.$executeRawUnsafe(
    `INSERT INTO "Delivery" ("idempotencyKey", kind, "personId", payload, "notBefore", "updatedAt")
     SELECT 'bench:' || id, 'system', id, $2::jsonb, now() - interval '1 second', now()
     FROM "Person" WHERE id % 50 <> 0 ORDER BY id LIMIT $1::int`,
    count,
    JSON.stringify(PAYLOAD),
  );
}

async function dispatchCapacity(db: Database, count: number): Promise<number> {
  await createPeople(db, Math.ceil(count * 1.03));
  await enqueueDirect(db, count);
  const sender = new InstantSender();
  const dispatcher = new Dispatcher({ db: db.prisma, senders: [sender], logger: silentLogger, batchSize: 500 });
  const started = performance.now();
  const stats = await dispatcher.drain();
  const seconds = (performance.now() - started) / 1000;
  if (stats.sent !== count) throw new Error(`dispatched ${stats.sent} of ${count}`);
  return count / seconds;
}

async function rateShare(db: Database): Promise<{ share: number; tooMany: number; unhonoured: number; messages: number }> {
  const messages = 500;
  const rate = 25;
  await createPeople(db, messages + 20);
  await enqueueDirect(db, messages);
  const fake = await startFakeTelegram({ limits: { perChat: { max: 1, windowMs: 1000 }, global: { max: rate, windowMs: 1000 } } });
  try {
    const sender = new TelegramSender({ token: fake.token, apiRoot: fake.apiRoot, i18n, ratePerSecond: rate, perChatIntervalMs: 1000 });
    const dispatcher = new Dispatcher({ db: db.prisma, senders: [sender], logger: silentLogger });
    const stats = await dispatcher.drain();
    if (stats.sent !== messages) throw new Error(`sent ${stats.sent} of ${messages}`);
    const accepted = fake.callsTo("sendMessage").filter((call) => call.ok).map((call) => call.at).sort((a, b) => a - b);
    const seconds = ((accepted.at(-1) as number) - (accepted[0] as number)) / 1000;
    const traffic = fake.stats();
    return { share: (accepted.length - 1) / seconds / rate, tooMany: traffic.tooManyRequests, unhonoured: traffic.unhonoured429, messages };
  } finally {
    await fake.close();
  }
}

async function reminderBuild(db: Database): Promise<{ seconds: number; created: number; people: number }> {
  const people = 100_000;
  await createPeople(db, people);
  // 15 contests; on 2026-06-03 every one of them has a deadline reminder due (7, 3, 1 or 0 days ahead) — a busy
  // day: an ordinary one has one or two. Their events fall on days with no reminder due.
  const offsets = [7, 3, 1, 0];
  const levelSets = [["primaria"], ["secundaria"], ["primaria", "secundaria"], [], ["inicial"]];
  for (let index = 0; index < 15; index++) {
    const closes = new Date(Date.UTC(2026, 5, 3 + (offsets[index % 4] as number)));
    const event = new Date(Date.UTC(2026, 5, 3 + 12 + index));
    await db.prisma.contest.create({
      data: {
        slug: `bench-${index}`,
        year: 2026,
        name: `Concurso ${index}`,
        organizer: "MINEDU",
        area: "ciencia",
        levels: levelSets[index % levelSets.length] as never,
        stages: { create: [{ kind: "inscripcion", name: "Inscripción", registrationCloses: closes }, { kind: "ugel", name: "Etapa UGEL", eventStart: event }] },
      },
    });
  }
  // A third of the teachers follow about two contests each ("Recordarme"); some directors muted one.
  await db.prisma.$executeRawUnsafe(
    `INSERT INTO "Subscription" ("personId", "contestId", muted)
     SELECT p.id, c.id, p.role = 'director' FROM "Person" p CROSS JOIN "Contest" c
     WHERE (p.role = 'docente' AND p.id % 3 = 0 AND (p.id + c.id) % 7 = 0) OR (p.role = 'director' AND (p.id + c.id) % 13 = 0)`,
  );
  await db.prisma.$executeRawUnsafe(`ANALYZE`);
  const now = new Date("2026-06-03T14:00:00Z"); // 09:00 in Lima
  const scheduler = new ReminderScheduler({ db: db.prisma, logger: silentLogger, now: () => now, hour: 8, defaultOffsets: [7, 3, 1, 0] });
  const started = performance.now();
  const result = await scheduler.runDue();
  const seconds = (performance.now() - started) / 1000;
  return { seconds, created: result?.created ?? 0, people };
}

async function onPostgres<T>(fn: (db: Database) => Promise<T>): Promise<T | null> {
  const url = benchPostgresUrl();
  const scratch = url ? await createScratchPostgres(url) : undefined;
  if (!scratch) return null;
  const db = await openDatabase({ databaseUrl: scratch.url, dataDir: "", logger: silentLogger, poolSize: 10 });
  try {
    await prepare(db);
    return await fn(db);
  } finally {
    await db.close();
    await scratch.drop();
  }
}

async function onPglite<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "pasco-outbox-bench-"));
  const db = await openDatabase({ dataDir: dir, logger: silentLogger });
  try {
    await prepare(db);
    return await fn(db);
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;

export async function run(): Promise<string> {
  const dispatchPostgres = await onPostgres((db) => dispatchCapacity(db, 20_000));
  process.stdout.write(`  dispatch (PostgreSQL): ${dispatchPostgres === null ? "no server" : `${round(dispatchPostgres)}/s`}\n`);
  const dispatchPglite = await onPglite((db) => dispatchCapacity(db, 10_000));
  process.stdout.write(`  dispatch (PGlite): ${round(dispatchPglite)}/s\n`);
  const share = (await onPostgres(rateShare)) ?? (await onPglite(rateShare));
  process.stdout.write(`  rate share at 25/s: ${round(share.share * 100, 1)}%, 429s: ${share.tooMany}\n`);
  const build = await onPostgres(reminderBuild);
  process.stdout.write(`  reminder build (100k people, 15 contests): ${build ? `${round(build.seconds, 2)} s, ${build.created} reminders` : "no server"}\n`);
  return writeResult("outbox", {
    dispatch_per_s_postgres: dispatchPostgres === null ? null : round(dispatchPostgres),
    dispatch_per_s_pglite: round(dispatchPglite),
    rate_share_with_limits: round(share.share, 3),
    rate_limited_429s: share.tooMany,
    reminder_build_s_100k: build ? round(build.seconds, 2) : null,
    notes: {
      dispatch: "instant sender (renders each message), 20,000 deliveries on PostgreSQL, 10,000 on PGlite in a data folder, batches of 500",
      rate: `${share.messages} messages to distinct chats, fake Bot API limits 25/s global and 1/s per chat, dispatcher at 25/s; unhonoured 429s: ${share.unhonoured}`,
      reminders: build
        ? `${build.people} people (14% directors following their levels' contests by default, 85% teachers of whom a third follow about 2 contests, 2% unreachable), 15 contests each with a deadline reminder due that day: ${build.created} reminders created in one run (${round(build.created / build.seconds)} per second)`
        : "no PostgreSQL server",
    },
  });
}
