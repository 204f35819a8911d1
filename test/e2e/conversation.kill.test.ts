/**
 * Three real bot processes (`src/main.ts` in webhook mode) on one PostgreSQL database, and one of them killed
 * with SIGKILL while teachers are answering: every update the dead process did not answer is delivered again to
 * another process, as Telegram redelivers a webhook that got no 200. Every answer must be kept, in order, once.
 *
 * PostgreSQL only: skipped without TEST_DATABASE_URL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram/index.js";
import { freePort, waitHealthy, type BotProcess } from "../helpers/bot-process.js";
import { createServerScratchDatabase, testDatabaseUrl } from "../helpers/db.js";
import { createTeachers, forEachTeacher, formSteps, post, startWebhookBot, UpdateFactory, wrongDrafts } from "../helpers/webhook-teachers.js";

const SERVER = testDatabaseUrl();
const TEACHERS = 60;
const PARTS = 6;
const FIRST_USER = 8_300_000;
const SECRET = "kill-test-secret";

let scratch: Awaited<ReturnType<typeof createServerScratchDatabase>> | undefined;
let database: Database;
let fake: FakeTelegram;
let updates: UpdateFactory;
const bots: Array<{ port: number; bot: BotProcess; dead: boolean; inFlight: number }> = [];

/**
 * Delivers one update as Telegram would: to the process the load balancer picks, and again to the next live one
 * for as long as none has answered 200. Returns how many times it was sent.
 */
async function deliver(update: object, first: number): Promise<number> {
  let sent = 0;
  for (let attempt = 0; attempt < 30; attempt++) {
    const target = bots[(first + attempt) % bots.length]!;
    if (target.dead) continue;
    try {
      sent += 1;
      target.inFlight += 1;
      await post(target.port, SECRET, update);
      return sent;
    } catch {
      // Refused or cut off: that process is gone (or going); Telegram tries again.
      await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      target.inFlight -= 1;
    }
  }
  throw new Error(`no process took update ${JSON.stringify(update).slice(0, 80)}`);
}

beforeAll(async () => {
  if (!SERVER) return;
  scratch = await createServerScratchDatabase(SERVER, "pasco_kill");
  database = scratch.database;
  fake = await startFakeTelegram();
  updates = new UpdateFactory(fake, 70_000);
  for (let index = 0; index < 3; index++) {
    const port = await freePort();
    const bot = startWebhookBot({ port, databaseUrl: scratch.url, fake, secret: SECRET, name: "kill-test" });
    bots.push({ port, bot, dead: false, inFlight: 0 });
  }
  await Promise.all(bots.map(({ port }) => waitHealthy(port)));
}, 120_000);

afterAll(async () => {
  await Promise.all(bots.map(({ bot }) => bot.stop()));
  await fake?.close();
  await scratch?.drop();
});

describe.skipIf(!SERVER)("three bot processes on one PostgreSQL, one killed with SIGKILL", () => {
  it("keeps every answer in order and once, with what the dead process held delivered again elsewhere", { timeout: 180_000 }, async () => {
    const teachers = await createTeachers(database, FIRST_USER, TEACHERS);
    let accepted = 0;
    const inParallel = (work: (teacher: number, index: number) => Promise<void>) => forEachTeacher(teachers, 20, work);
    // Up to the long answer, every update to the next process in turn.
    await inParallel(async (teacher, index) => {
      for (const [position, step] of formSteps(teacher).entries()) {
        await deliver(updates.step(teacher, step), index + position);
        accepted += 1;
      }
    });
    // The long answer in parts, each to the next process in turn; one process is killed a third of the way in.
    const killAt = Math.floor((TEACHERS * PARTS) / 3);
    let partsSent = 0;
    let redelivered = 0;
    await inParallel(async (teacher, index) => {
      for (let part = 1; part <= PARTS; part++) {
        if (++partsSent === killAt) {
          // While it is answering several teachers at once.
          const until = Date.now() + 5_000;
          while (bots[1]!.inFlight < 3 && Date.now() < until) await new Promise((resolve) => setImmediate(resolve));
          bots[1]!.dead = true;
          await bots[1]!.bot.stop("SIGKILL");
        }
        const tries = await deliver(updates.text(teacher, partText(teacher, part)), index + part);
        redelivered += tries - 1;
        accepted += 1;
      }
    });
    expect(bots[1]!.bot.child.signalCode).toBe("SIGKILL");
    // Updates were in the dead process's hands when it died (twenty teachers answer at once, a third of them to it).
    expect(redelivered).toBeGreaterThan(0);

    const parts = (teacher: number) => Array.from({ length: PARTS }, (_, index) => partText(teacher, index + 1));
    expect(await wrongDrafts(database, teachers, parts)).toEqual([]);
    // Each update was recorded once, those delivered twice included.
    expect(await database.prisma.processedUpdate.count({ where: { channel: "telegram" } })).toBe(accepted);
    if (process.env.TURNS_TEST_VERBOSE) console.log(`${accepted} updates, ${redelivered} delivered again after the kill`);
  });
});

function partText(teacher: number, part: number): string {
  return part === 1 ? `primera parte ${teacher}` : `parte ${part} de ${teacher}`;
}

