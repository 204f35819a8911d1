/**
 * Two real bot processes (`src/main.ts` in webhook mode) on one PostgreSQL database, behind a "load balancer"
 * played by this test, against the fake Telegram Bot API: 200 teachers fill the good-practice form with every
 * other update going to the other process, some updates sent to both, and the long "propósito" answer sent in
 * two messages handled by the two processes at the same time. Every answer must be kept, in order, once. And 60
 * people never seen before type their whole onboarding across the two, first contacts among turns that wait for
 * the other process (which once shared a prepared statement's name with them: «already exists»).
 *
 * PostgreSQL only: skipped without TEST_DATABASE_URL.
 */
import { isDeepStrictEqual } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lockKeys } from "../../src/conversation/sessions/postgres.js";
import type { Database } from "../../src/db/client.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram/index.js";
import { waitHealthy, type BotProcess } from "../helpers/bot-process.js";
import { createServerScratchDatabase, testDatabaseUrl } from "../helpers/db.js";
import { createTeachers, forEachTeacher, formSteps, post as postUpdate, purposeKey, startWebhookBot, UpdateFactory, wrongDrafts } from "../helpers/webhook-teachers.js";

const SERVER = testDatabaseUrl();
const TEACHERS = 200;
const FIRST_USER = 8_100_000;
const SECRET = "processes-test-secret";
/** Ports of this test's two bot processes (the range this suite may use). */
const PORTS = [18_611, 18_612];

let scratch: Awaited<ReturnType<typeof createServerScratchDatabase>> | undefined;
let scratchUrl = "";
let database: Database;
let fake: FakeTelegram;
const bots: BotProcess[] = [];

const post = (port: number, update: object) => postUpdate(port, SECRET, update);
let updates: UpdateFactory;
const textUpdate = (userId: number, text: string, updateId?: number) => updates.text(userId, text, updateId);

/** The turn lock of a Telegram sender, as the bot processes make it. */
const lockOf = (userId: number) => lockKeys(`telegram:${userId}`, undefined);

beforeAll(async () => {
  if (!SERVER) return;
  scratch = await createServerScratchDatabase(SERVER, "pasco_turns");
  scratchUrl = scratch.url;
  database = scratch.database;
  fake = await startFakeTelegram();
  updates = new UpdateFactory(fake, 50_000);
  for (const port of PORTS) bots.push(startWebhookBot({ port, databaseUrl: scratchUrl, fake, secret: SECRET, name: "processes-test" }));
  await Promise.all(PORTS.map((port) => waitHealthy(port)));
}, 90_000);

afterAll(async () => {
  await Promise.all(bots.map((bot) => bot.stop()));
  await fake?.close();
  await scratch?.drop();
});

describe.skipIf(!SERVER)("two bot processes on one PostgreSQL", () => {
  it("keeps every answer of 200 teachers, in order and once, with updates split and duplicated across processes", { timeout: 120_000 }, async () => {
    const teachers = await createTeachers(database, FIRST_USER, TEACHERS);
    let posted = 0;
    let duplicated = 0;
    const teacherRun = async (teacher: number, index: number) => {
      let turn = index; // teachers start on alternate processes
      for (const [position, step] of formSteps(teacher).entries()) {
        const update = updates.step(teacher, step);
        const port = PORTS[turn++ % 2]!;
        const other = PORTS[turn % 2]!;
        if ((teacher + position) % 7 === 0) {
          // A redelivery racing the original: both processes get the same update at once.
          duplicated += 1;
          await Promise.all([post(port, update), post(other, update)]);
        } else {
          await post(port, update);
        }
        posted += 1;
      }
      // The long answer in two messages, one to each process: the second arrives while the first's turn is
      // running in the other process (it holds the teacher's lock, which the test sees in pg_locks).
      const first = textUpdate(teacher, `primera parte ${teacher}`);
      const second = textUpdate(teacher, `segunda parte ${teacher}`);
      const firstDone = post(PORTS[turn % 2]!, first);
      await waitForLockOrDone(teacher, firstDone);
      await Promise.all([firstDone, post(PORTS[(turn + 1) % 2]!, second)]);
      posted += 2;
    };
    const started = Date.now();
    await forEachTeacher(teachers, 40, teacherRun);
    const seconds = (Date.now() - started) / 1000;
    expect(duplicated).toBeGreaterThan(300);

    expect(await wrongDrafts(database, teachers, (teacher) => [`primera parte ${teacher}`, `segunda parte ${teacher}`])).toEqual([]);
    // Each update was recorded once, duplicates included.
    const handled = await database.prisma.processedUpdate.count({ where: { channel: "telegram" } });
    expect(handled).toBe(posted);
    if (process.env.TURNS_TEST_VERBOSE) console.log(`${posted} updates (${duplicated} sent twice) in ${seconds.toFixed(1)} s`);
  });

  it("onboards 60 new people typing their answers, first contacts among turns that waited for the other process", { timeout: 120_000 }, async () => {
    // Typed as on a phone, one person in three a director; the levels toggled on, on, off.
    const ugels = [["pasco", "190001"], ["la de oxapampa", "190003"], ["daniel carrion", "190002"], ["puerto bermudez", "190006"]] as const;
    const people = Array.from({ length: 60 }, (_, index) => {
      const [ugelText, ugelId] = ugels[index % 4]!;
      const director = index % 3 === 0;
      const code = String(1_300_000 + index);
      const school = `IE N° ${500 + index} Santa Rosa`;
      return {
        userId: FIRST_USER + 50_000 + index,
        texts: ["hola", "español", index % 2 ? "ya" : "acepto", director ? "soy el dire" : "soy profe", ugelText, "123", code, school, "primaria", "secundaria", "primaria", "listo", "enviar"],
        profile: { role: director ? "director" : "docente", ugelId, code, school, levels: ["secundaria"] },
      };
    });
    const updateIds: string[] = [];
    await forEachTeacher(people.map((_, index) => index), 20, async (index) => {
      const person = people[index]!;
      for (const [position, text] of person.texts.entries()) {
        const updateId = updates.newId();
        const update = textUpdate(person.userId, text, updateId);
        updateIds.push(String(updateId));
        const port = PORTS[(index + position) % 2]!;
        // Sent to both at once now and then: one of the two turns waits for the other's lock on a connection of its own.
        if ((index + position) % 4 === 0) await Promise.all([post(port, update), post(PORTS[(index + position + 1) % 2]!, update)]);
        else await post(port, update);
      }
    });
    const found = await database.prisma.person.findMany({
      where: { identities: { some: { channel: "telegram", externalId: { in: people.map((person) => String(person.userId)) } } } },
      select: { role: true, ugelId: true, levels: true, onboardedAt: true, school: { select: { codigoModular: true, name: true } }, identities: { select: { externalId: true } } },
    });
    const profiles = new Map(
      found.map((row) => [
        row.identities[0]!.externalId,
        { role: row.role, ugelId: row.ugelId, code: row.school?.codigoModular, school: row.school?.name, levels: row.levels, onboarded: row.onboardedAt !== null },
      ]),
    );
    const wrong = people.filter((person) => !isDeepStrictEqual(profiles.get(String(person.userId)), { ...person.profile, onboarded: true }));
    expect(wrong.map((person) => ({ userId: person.userId, got: profiles.get(String(person.userId)) }))).toEqual([]);
    expect(await database.prisma.processedUpdate.count({ where: { channel: "telegram", updateId: { in: updateIds } } })).toBe(updateIds.length);
  });

  it("applies two updates of one person that wait at the same time in update_id order, whichever arrived first", { timeout: 60_000 }, async () => {
    const teacher = FIRST_USER + 5;
    const { lock } = lockOf(teacher);
    const holder = new pg.Client({ connectionString: scratchUrl });
    await holder.connect();
    try {
      // A turn of this teacher in progress somewhere: both updates have to wait for it.
      await holder.query(`SELECT pg_advisory_lock(${lock})`);
      const older = updates.newId();
      const newer = updates.newId();
      const newerDone = post(PORTS[0]!, textUpdate(teacher, `tercera parte ${teacher}`, newer));
      await waitForWaiters(lock, 1);
      const olderDone = post(PORTS[1]!, textUpdate(teacher, `cuarta parte ${teacher}`, older));
      await waitForWaiters(lock, 2);
      await holder.query(`SELECT pg_advisory_unlock(${lock})`);
      await Promise.all([newerDone, olderDone]);
    } finally {
      await holder.end();
    }
    const draft = await database.prisma.conversationDraft.findFirstOrThrow({
      where: { formId: "buena_practica", person: { identities: { some: { externalId: String(teacher) } } } },
    });
    const answers = draft.answers as Record<string, unknown>;
    expect(String(answers[purposeKey(answers)]).split("\n")).toEqual([
      `primera parte ${teacher}`,
      `segunda parte ${teacher}`,
      `cuarta parte ${teacher}`,
      `tercera parte ${teacher}`,
    ]);
  });
});

describe.skipIf(!SERVER)("two bot processes on one PostgreSQL, outside a form", () => {
  it("presses a button of one process's reply with words typed to the other process", { timeout: 60_000 }, async () => {
    const teacher = FIRST_USER + 9; // their good-practice draft was left half-filled above
    await post(PORTS[0]!, textUpdate(teacher, "/cancelar"));
    await post(PORTS[0]!, textUpdate(teacher, "/registrar"));
    expect(fake.messagesTo(teacher).at(-1)?.text).toContain("¿Qué quieres registrar?");
    await post(PORTS[1]!, textUpdate(teacher, "buena practica"));
    // The saved draft is offered, as a tap on «Buena práctica» would (not a calendar answer about the contest).
    const buttons = fake.messagesTo(teacher).at(-1)?.inlineKeyboard.flat().map((button) => button.text) ?? [];
    expect(buttons.some((label) => label.includes("Continuar"))).toBe(true);
  });
});

/** Waits until some process holds this teacher's turn lock, or until the request has been answered anyway. */
async function waitForLockOrDone(teacher: number, done: Promise<void>): Promise<void> {
  const { lock } = lockOf(teacher);
  let finished = false;
  void done.then(
    () => (finished = true),
    () => (finished = true),
  );
  const [high, low] = splitKey(lock);
  while (!finished) {
    const rows = await database.prisma.$queryRawUnsafe<Array<{ n: bigint }>>(
      `SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 1 AND granted AND classid = $1::bigint::oid AND objid = $2::bigint::oid`,
      high,
      low,
    );
    if (Number(rows[0]?.n ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

/** Waits until `count` sessions wait for this turn lock. */
async function waitForWaiters(lock: string, count: number): Promise<void> {
  const [high, low] = splitKey(lock);
  const deadline = Date.now() + 20_000;
  for (;;) {
    const rows = await database.prisma.$queryRawUnsafe<Array<{ n: bigint }>>(
      `SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 1 AND NOT granted AND classid = $1::bigint::oid AND objid = $2::bigint::oid`,
      high,
      low,
    );
    if (Number(rows[0]?.n ?? 0) >= count) return;
    if (Date.now() > deadline) throw new Error(`fewer than ${count} waiting for the lock`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A bigint advisory key as pg_locks shows it: high 32 bits in classid, low 32 bits in objid (both unsigned). */
function splitKey(lock: string): [string, string] {
  const value = BigInt.asUintN(64, BigInt(lock));
  return [String(value >> 32n), String(value & 0xffffffffn)];
}
