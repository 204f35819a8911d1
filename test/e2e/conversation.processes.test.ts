/**
 * Two real bot processes (`src/main.ts` in webhook mode) on one PostgreSQL database, behind a "load balancer"
 * played by this test, against the fake Telegram Bot API: 200 teachers fill the good-practice form with every
 * other update going to the other process, some updates sent to both, and the long "propósito" answer sent in
 * two messages handled by the two processes at the same time. Every answer must be kept, in order, once.
 *
 * PostgreSQL only: skipped without TEST_DATABASE_URL.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { once } from "node:events";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/app.js";
import { openDatabase, type Database } from "../../src/db/client.js";
import { applyMigrations } from "../../src/db/migrate.js";
import { seedBaseData } from "../../src/db/seed.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram/index.js";
import { MIGRATIONS_DIR, testDatabaseUrl, testLogger } from "../helpers/db.js";

const SERVER = testDatabaseUrl();
const TEACHERS = 200;
const FIRST_USER = 8_100_000;
const SECRET = "processes-test-secret";
/** Ports of this test's two bot processes (the range this suite may use). */
const PORTS = [18_611, 18_612];

let scratchName = "";
let scratchUrl = "";
let database: Database;
let fake: FakeTelegram;
const bots: ChildProcess[] = [];

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function startBot(port: number): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "src", "main.ts")], {
    cwd: PROJECT_ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      LOG_FORMAT: "json",
      DATA_DIR: join(PROJECT_ROOT, "node_modules", ".cache", `processes-test-${port}`),
      DATABASE_URL: scratchUrl,
      DATABASE_POOL_SIZE: "6",
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      WEBHOOK_URL: `http://127.0.0.1:${port}/telegram`,
      WEBHOOK_SECRET: SECRET,
      HTTP_HOST: "127.0.0.1",
      HTTP_PORT: String(port),
      DISPATCHER_ENABLED: "false",
      QUIET_HOURS: "00:00-00:00",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.once("exit", (code) => {
    if (code !== null && code !== 0) console.error(`bot on ${port} exited with ${code}:\n${output}`);
  });
  (child as ChildProcess & { output: () => string }).output = () => output;
  bots.push(child);
  return child;
}

async function waitHealthy(port: number): Promise<void> {
  const deadline = Date.now() + 45_000;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`bot on ${port} did not become healthy`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** POSTs one update to one process, as Telegram does; resolves when the process has answered. */
async function post(port: number, update: object): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${port}/telegram`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
    body: JSON.stringify(update),
  });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`webhook on ${port} answered ${response.status}`);
}

let nextUpdateId = 50_000;
let nextMessageId = 1;

function textUpdate(userId: number, text: string, updateId = ++nextUpdateId): object {
  const chat = { id: userId, type: "private", first_name: "Docente" };
  const from = { id: userId, is_bot: false, first_name: "Docente", language_code: "es" };
  const entities = text.startsWith("/") ? [{ type: "bot_command", offset: 0, length: text.length }] : undefined;
  return { update_id: updateId, message: { message_id: nextMessageId++, date: Math.floor(Date.now() / 1000), chat, from, text, ...(entities ? { entities } : {}) } };
}

/** Presses the button whose label contains `label` on the bot's latest message with a keyboard to this teacher. */
function pressUpdate(userId: number, label: string): object {
  const messages = fake.messagesTo(userId).filter((message) => message.inlineKeyboard.length > 0);
  const last = messages.at(-1);
  const button = last?.inlineKeyboard.flat().find((candidate) => candidate.text.includes(label) && "callback_data" in candidate);
  if (!last || !button || !("callback_data" in button)) throw new Error(`teacher ${userId}: no button "${label}" in ${JSON.stringify(fake.messagesTo(userId).slice(-3).map((m) => [m.text, m.inlineKeyboard]))}`);
  const id = ++nextUpdateId;
  const from = { id: userId, is_bot: false, first_name: "Docente", language_code: "es" };
  return {
    update_id: id,
    callback_query: { id: String(id), chat_instance: "t", from, message: last.message, data: button.callback_data },
  };
}

type Step = { say: string } | { press: string };

/** The good-practice form as far as the first long answer, which comes in two messages (see the test). */
function steps(teacher: number): Step[] {
  return [
    { say: "/registrar" },
    { press: "Buena práctica" },
    { press: "2026" },
    { press: "Pedagógica" },
    { press: "Lectura y escritura" },
    { press: "Primaria" },
    { say: `Lectura en familia ${teacher}` },
    { press: "(" }, // the school from the profile; the level is the subcategory's
    { say: `Rosa ${lettersOf(teacher)}` },
    { say: `Quispe ${lettersOf(teacher)}` },
    { say: String(40_000_000 + teacher) },
    { press: "Docente" },
    { press: "Nombrado" },
    { press: "Omitir" },
    { press: "Listo" },
  ];
}

/** The turn lock of a Telegram sender and its waiting-lock key, as src/conversation/sessions/postgres.ts makes them. */
function lockOf(userId: number): { lock: string; person: number } {
  const digest = createHash("sha1").update(`telegram:${userId}`).digest();
  return { lock: digest.readBigInt64BE(0).toString(), person: digest.readUInt32BE(8) & 0x7fffffff };
}

async function createTeachers(): Promise<number[]> {
  const ids = Array.from({ length: TEACHERS }, (_, index) => FIRST_USER + index);
  await database.prisma.$executeRawUnsafe(
    `WITH t AS (SELECT unnest($1::text[]) AS uid)
     INSERT INTO "School" ("codigoModular", name, "ugelId", "updatedAt")
     SELECT right(uid, 7), 'IE Procesos ' || uid, '190001', now() FROM t`,
    ids.map(String),
  );
  await database.prisma.$executeRawUnsafe(
    `WITH t AS (SELECT unnest($1::text[]) AS uid), people AS (
       INSERT INTO "Person" ("displayName", role, "ugelId", "schoolId", levels, "consentAt", "consentVersion", "onboardedAt", locale, "updatedAt")
       SELECT 'Docente ' || uid, 'docente'::"Role", '190001', s.id, ARRAY['primaria']::"Level"[], now(), 'test', now(), 'es', now()
       FROM t JOIN "School" s ON s."codigoModular" = right(uid, 7)
       RETURNING id, "displayName"
     )
     INSERT INTO "ChannelIdentity" ("personId", channel, "externalId", "chatRef")
     SELECT id, 'telegram'::"Channel", substr("displayName", 9), substr("displayName", 9) FROM people`,
    ids.map(String),
  );
  return ids;
}

beforeAll(async () => {
  if (!SERVER) return;
  scratchName = `pasco_turns_${randomBytes(4).toString("hex")}`;
  await admin(`CREATE DATABASE "${scratchName}"`);
  const url = new URL(SERVER);
  url.pathname = `/${scratchName}`;
  scratchUrl = url.toString();
  database = await openDatabase({ databaseUrl: scratchUrl, dataDir: "", logger: testLogger, poolSize: 4 });
  await applyMigrations(database, MIGRATIONS_DIR, testLogger);
  await seedBaseData(database.prisma);
  fake = await startFakeTelegram();
  for (const port of PORTS) startBot(port);
  await Promise.all(PORTS.map(waitHealthy));
}, 90_000);

afterAll(async () => {
  for (const child of bots) child.kill("SIGTERM");
  await Promise.all(bots.filter((child) => child.exitCode === null).map((child) => once(child, "exit")));
  await fake?.close();
  await database?.close();
  if (scratchName) await admin(`DROP DATABASE IF EXISTS "${scratchName}" WITH (FORCE)`);
});

describe.skipIf(!SERVER)("two bot processes on one PostgreSQL", () => {
  it("keeps every answer of 200 teachers, in order and once, with updates split and duplicated across processes", { timeout: 120_000 }, async () => {
    const teachers = await createTeachers();
    let posted = 0;
    let duplicated = 0;
    const teacherRun = async (teacher: number, index: number) => {
      let turn = index; // teachers start on alternate processes
      for (const [position, step] of steps(teacher).entries()) {
        const update = "say" in step ? textUpdate(teacher, step.say) : pressUpdate(teacher, step.press);
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
    let next = 0;
    await Promise.all(
      Array.from({ length: 40 }, async () => {
        while (next < teachers.length) {
          const index = next++;
          await teacherRun(teachers[index]!, index);
        }
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    expect(duplicated).toBeGreaterThan(300);

    const drafts = await database.prisma.conversationDraft.findMany({
      where: { formId: "buena_practica" },
      select: { answers: true, stepKey: true, person: { select: { identities: { select: { externalId: true } } } } },
    });
    expect(drafts).toHaveLength(TEACHERS);
    const wrong: string[] = [];
    for (const draft of drafts) {
      const teacher = Number(draft.person.identities[0]!.externalId);
      const answers = draft.answers as Record<string, unknown>;
      const team = answers.team as Array<Record<string, unknown>> | undefined;
      const expected = {
        title: `Lectura en familia ${teacher}`,
        names: `Rosa ${lettersOf(teacher)}`,
        surnames: `Quispe ${lettersOf(teacher)}`,
        dni: String(40_000_000 + teacher),
        purpose: `primera parte ${teacher}\nsegunda parte ${teacher}`,
      };
      const found = {
        title: answers.title,
        names: team?.[0]?.names,
        surnames: team?.[0]?.surnames,
        dni: team?.[0]?.dni,
        purpose: answers[purposeKey(answers)],
      };
      if (JSON.stringify(found) !== JSON.stringify(expected) || team?.length !== 1) wrong.push(`${teacher}: ${JSON.stringify(found)} team ${team?.length}`);
    }
    expect(wrong).toEqual([]);
    // Each update was recorded once, duplicates included.
    const handled = await database.prisma.processedUpdate.count({ where: { channel: "telegram" } });
    expect(handled).toBe(posted);
    if (process.env.TURNS_TEST_VERBOSE) console.log(`${posted} updates (${duplicated} sent twice) in ${seconds.toFixed(1)} s`);
  });

  it("applies two updates of one person that wait at the same time in update_id order, whichever arrived first", { timeout: 60_000 }, async () => {
    const teacher = FIRST_USER + 5;
    const { lock } = lockOf(teacher);
    const holder = new pg.Client({ connectionString: scratchUrl });
    await holder.connect();
    try {
      // A turn of this teacher in progress somewhere: both updates have to wait for it.
      await holder.query(`SELECT pg_advisory_lock(${lock})`);
      const older = ++nextUpdateId;
      const newer = ++nextUpdateId;
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

/** A name part that tells teachers apart (names take no digits): 8100012 → "Ibjaaabc". */
function lettersOf(teacher: number): string {
  const letters = [...String(teacher)].map((digit) => "abcdefghij"[Number(digit)]).join("");
  return letters.charAt(0).toUpperCase() + letters.slice(1);
}

/** The key of the long answer: the one answer holding the first part. */
function purposeKey(answers: Record<string, unknown>): string {
  return Object.keys(answers).find((key) => typeof answers[key] === "string" && (answers[key] as string).startsWith("primera parte")) ?? "?";
}

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
