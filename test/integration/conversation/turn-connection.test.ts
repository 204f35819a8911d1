// PostgreSQL turns share a connection that holds the person locks and one that commits their writes
// (turn-batcher.ts). When a connection goes away or a cycle's statement fails, the process keeps running, no
// lock stays held, and the next turns work.
import { Writable } from "node:stream";
import pg from "pg";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Sender } from "../../../src/core/types.js";
import { lockKeys, PostgresSessions } from "../../../src/conversation/sessions/postgres.js";
import { createTestDatabase, resetTestData, testDatabaseUrl, type TestDatabase } from "../../helpers/db.js";

const url = testDatabaseUrl();
const ana: Sender = { channel: "telegram", externalId: "7101", chatRef: "7101", displayName: "Ana" };
const luis: Sender = { channel: "telegram", externalId: "7102", chatRef: "7102", displayName: "Luis" };
const draft = (stepKey: string) => ({ formId: "onboarding", stepKey, answers: { locale: "es" }, version: 2 });

describe.runIf(url)("PostgreSQL turn connection", () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let sessions: PostgresSessions;
  const warnings: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = new pg.Pool({ ...db.pool!.options, max: 4 });
    pool.on("error", () => undefined);
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) warnings.push(JSON.parse(line).msg as string);
        done();
      },
    });
    sessions = new PostgresSessions(db.prisma, pool, pino({ level: "warn" }, sink));
  });
  beforeEach(async () => {
    await resetTestData(db);
    warnings.length = 0;
  });
  afterAll(async () => {
    await sessions?.close();
    await db?.close();
  });

  // A turn's lock is released on the lock connection's next cycle, right after its end resolves.
  const noLockHeld = () => vi.waitFor(async () => expect(await advisoryLocksHeld()).toBe(0), { timeout: 2_000 });
  const advisoryLocksHeld = async () =>
    Number((await db.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory' AND d.datname = current_database()`)[0]!.n);

  it("survives the server ending the connection between turns, and the next turn works", async () => {
    await sessions.exclusive(ana, "1", async () => "first");
    await pool.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'idle'",
    ).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const again = await sessions.exclusive(ana, "2", async () => "second");
    expect(again).toEqual({ duplicate: false, value: "second" });
    expect(warnings).toContain("turn connection lost");
    await noLockHeld();
  });

  it("fails only the turn whose write fails, keeps the other turn of the same cycle, and holds no lock after", async () => {
    const { person } = await sessions.turn(luis);
    await sessions.turn(ana);
    const [bad, good] = await Promise.allSettled([
      sessions.exclusive(ana, "10", async () => {
        await sessions.saveDraft(999_999, draft("role")); // no such person: the write breaks a foreign key
        return "bad";
      }),
      sessions.exclusive(luis, "11", async () => {
        await sessions.saveDraft(person.id, draft("ugel"));
        return "good";
      }),
    ]);
    expect(bad.status).toBe("rejected");
    expect(good).toEqual({ status: "fulfilled", value: { duplicate: false, value: "good" } });
    expect(await db.prisma.conversationDraft.findFirst({ where: { personId: person.id } })).toMatchObject({ stepKey: "ugel" });
    await noLockHeld();
    expect(await sessions.exclusive(ana, "12", async () => "after")).toEqual({ duplicate: false, value: "after" });
  });

  // First contacts run the read as a named statement of the extended protocol; a turn that waits for another
  // process's lock PREPAREs the same read in SQL. Seen from outside with three processes: one connection that
  // had done both answered "prepared statement … already exists" to every first contact that landed on it.
  it("runs first contacts and turns that waited for another process on the same connection, in either order", async () => {
    const small = new pg.Pool({ ...db.pool!.options, max: 3 }); // the lock and commit connections, and one more
    small.on("error", () => undefined);
    const local = new PostgresSessions(db.prisma, small, pino({ level: "silent" }));
    const otherProcess = new pg.Client({ ...db.pool!.options });
    await otherProcess.connect();
    const afterOtherProcess = async (sender: Sender, updateId: string) => {
      await otherProcess.query(`SELECT pg_advisory_lock(${lockKeys(`${sender.channel}:${sender.externalId}`, updateId).lock})`);
      const turn = local.exclusive(sender, updateId, async () => `turn ${updateId}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await otherProcess.query("SELECT pg_advisory_unlock_all()");
      return turn;
    };
    try {
      // The first first contact leaves the lock and commit connections taken; the next ones and the waiting turns
      // share the third.
      const people = ["7103", "7104", "7105"].map((id): Sender => ({ channel: "telegram", externalId: id, chatRef: id, displayName: `Docente ${id}` }));
      expect(await local.exclusive(ana, "30", async () => "turn 30")).toEqual({ duplicate: false, value: "turn 30" });
      expect(await local.exclusive(luis, "31", async () => "turn 31")).toEqual({ duplicate: false, value: "turn 31" });
      expect(await afterOtherProcess(luis, "32")).toEqual({ duplicate: false, value: "turn 32" });
      for (const [index, person] of people.entries()) {
        const id = String(40 + index * 2);
        expect(await local.exclusive(person, id, async () => `turn ${id}`)).toEqual({ duplicate: false, value: `turn ${id}` });
        expect(await afterOtherProcess(person, `${id}1`)).toEqual({ duplicate: false, value: `turn ${id}1` });
      }
    } finally {
      await otherProcess.end();
      await local.close();
    }
  });
});
