/**
 * Reminders over a simulated month (a clock the test moves hour by hour, in Lima time): the daily run at
 * REMINDER_HOUR creates them, the dispatcher sends them; a two-day outage is caught up once at the next start
 * (in quiet hours, so they wait for 07:00); a second scheduler (a replica, a restart) adds nothing. Checked:
 * the right people, on the right Lima days, once each, none for a past stage, none in quiet hours.
 */
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Dispatcher } from "../../../src/delivery/dispatcher.js";
import { isQuiet, parseQuietHours } from "../../../src/delivery/quiet-hours.js";
import { ReminderScheduler } from "../../../src/delivery/scheduler.js";
import { followContest, muteContest, setAllRemindersMuted, setReminderOffsets } from "../../../src/domain/reminders/subscriptions.js";
import type { PrismaClient } from "../../../src/generated/prisma/client.js";
import { createTestDatabase, type TestDatabase } from "../../helpers/db.js";
import { createPerson, quietLogger, ScriptedSender } from "./helpers.js";

const LIMA = "America/Lima";
const quietHours = parseQuietHours("21:00-07:00");
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const limaDay = (instant: Date) => DateTime.fromJSDate(instant, { zone: LIMA }).toFormat("yyyy-MM-dd");

let database: TestDatabase;
let db: PrismaClient;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
  await db.contest.deleteMany(); // the seeded sample calendar: this test brings its own contests
});
afterAll(async () => database?.close());

async function contest(slug: string, levels: Array<"primaria" | "secundaria">, stages: Array<{ name: string; closes?: string; event?: string; place?: string }>) {
  const row = await db.contest.create({
    data: {
      slug,
      year: 2026,
      name: `Concurso ${slug}`,
      shortName: slug.toUpperCase(),
      organizer: "MINEDU",
      area: "ciencia",
      levels,
      stages: {
        create: stages.map((stage, index) => ({
          kind: stage.closes ? "inscripcion" : "ugel",
          name: stage.name,
          sortOrder: index,
          registrationCloses: stage.closes ? day(stage.closes) : null,
          eventStart: stage.event ? day(stage.event) : null,
          place: stage.place ?? null,
        })),
      },
    },
    include: { stages: true },
  });
  return row;
}

describe("reminders over a simulated month", () => {
  it("go out on the right Lima days, once each, never for past stages nor in quiet hours", { timeout: 120_000 }, async () => {
    const a = await contest("aaa", ["primaria"], [
      { name: "Inscripción pasada", closes: "2026-05-02" },
      { name: "Inscripción", closes: "2026-06-10" },
      { name: "Etapa UGEL", event: "2026-06-20", place: "Cerro de Pasco" },
    ]);
    const b = await contest("bbb", ["secundaria"], [{ name: "Inscripción", closes: "2026-06-05" }]);
    await contest("ccc", [], [{ name: "Feria regional", event: "2026-06-28" }]);

    await createPerson(db, { externalId: "1", role: "director", levels: ["primaria"] });
    await createPerson(db, { externalId: "2", role: "director", levels: ["secundaria"] });
    const teacherFollowsB = await createPerson(db, { externalId: "3", role: "docente", levels: ["primaria"] });
    await followContest(db, teacherFollowsB, b.id);
    await createPerson(db, { externalId: "4", role: "docente", levels: ["primaria"] }); // follows nothing
    const directorMutedA = await createPerson(db, { externalId: "5", role: "director", levels: ["primaria"] });
    await muteContest(db, directorMutedA, a.id);
    const directorAllMuted = await createPerson(db, { externalId: "6", role: "director", levels: ["primaria", "secundaria"] });
    await setAllRemindersMuted(db, directorAllMuted, true);
    const teacherOwnOffsets = await createPerson(db, { externalId: "7", role: "docente" });
    await followContest(db, teacherOwnOffsets, a.id);
    await setReminderOffsets(db, teacherOwnOffsets, [2]);
    const blocked = await createPerson(db, { externalId: "8", role: "director", levels: ["primaria"] });
    await db.channelIdentity.updateMany({ where: { personId: blocked }, data: { unreachable: true } });
    await createPerson(db, { externalId: "9", role: "director", levels: ["primaria"], onboarded: false });

    let clock = new Date("2026-05-25T05:00:00Z"); // 00:00 in Lima
    const now = () => clock;
    const sender = new ScriptedSender();
    const dispatcher = new Dispatcher({ db, senders: [sender], logger: quietLogger, now, quietHours });
    const options = { db, logger: quietLogger, now, hour: 8, defaultOffsets: [7, 3, 1, 0], quietHours };
    let scheduler = new ReminderScheduler(options);

    const outage = new Set(["2026-06-02", "2026-06-03"]);
    const end = new Date("2026-07-01T05:00:00Z");
    for (; clock < end; clock = new Date(clock.getTime() + 3_600_000)) {
      const lima = limaDay(clock);
      const hour = DateTime.fromJSDate(clock, { zone: LIMA }).hour;
      if (outage.has(lima) || (lima === "2026-06-04" && hour < 5)) continue; // the bot is down: nothing runs
      if (lima === "2026-06-04" && hour === 5) {
        scheduler = new ReminderScheduler(options); // the restart after the outage, at 05:00 (quiet hours)
        const caughtUp = await scheduler.runDue();
        expect(caughtUp?.days).toEqual(["2026-06-02", "2026-06-03", "2026-06-04"]); // today comes along
        expect(await scheduler.runDue()).toBeNull();
      }
      await scheduler.runDue();
      if (lima === "2026-06-15") await new ReminderScheduler(options).runDue(); // a replica at the same time
      await dispatcher.drain();
    }

    const sent = sender.calls.map((call) => ({
      to: call.externalId,
      day: limaDay(call.at),
      hour: DateTime.fromJSDate(call.at, { zone: LIMA }).hour,
      key: call.payload.key,
      args: call.payload.args ?? {},
    }));
    expect(sent.filter((entry) => isQuiet(quietHours, new Date(`${entry.day}T${String(entry.hour).padStart(2, "0")}:00:00-05:00`)))).toEqual([]);
    expect(sent.filter((entry) => entry.args.stage === "Inscripción pasada")).toEqual([]);
    const rows = await db.delivery.findMany({ where: { kind: "reminder" } });
    expect(rows.every((row) => row.status === "sent")).toBe(true);
    expect(new Set(rows.map((row) => row.idempotencyKey)).size).toBe(rows.length);
    expect(sender.calls).toHaveLength(rows.length);

    const of = (externalId: string) =>
      sent
        .filter((entry) => entry.to === externalId)
        .map((entry) => `${entry.day} ${String(entry.args.contest)} ${String(entry.args.stage)} ${String(entry.args.days)}`)
        .sort();

    // Director of primaria: contest AAA (levels) and CCC (all levels). The 7-day reminder of AAA's deadline fell on
    // 3 June, during the outage: it came on 4 June after 07:00, saying 6 days.
    expect(of("1")).toEqual([
      "2026-06-04 AAA Inscripción 6",
      "2026-06-07 AAA Inscripción 3",
      "2026-06-09 AAA Inscripción 1",
      "2026-06-10 AAA Inscripción 0",
      "2026-06-13 AAA Etapa UGEL 7",
      "2026-06-17 AAA Etapa UGEL 3",
      "2026-06-19 AAA Etapa UGEL 1",
      "2026-06-20 AAA Etapa UGEL 0",
      "2026-06-21 CCC Feria regional 7",
      "2026-06-25 CCC Feria regional 3",
      "2026-06-27 CCC Feria regional 1",
      "2026-06-28 CCC Feria regional 0",
    ]);
    expect(sent.find((entry) => entry.to === "1" && entry.day === "2026-06-04")?.hour).toBe(7);
    // Director of secundaria: BBB (the 3-day reminder of 2 June and the 1-day one of 4 June became one message on
    // 4 June at 07:00; the 7-day one of 29 May went out normally) and CCC.
    expect(of("2")).toEqual([
      "2026-05-29 BBB Inscripción 7",
      "2026-06-04 BBB Inscripción 1",
      "2026-06-05 BBB Inscripción 0",
      "2026-06-21 CCC Feria regional 7",
      "2026-06-25 CCC Feria regional 3",
      "2026-06-27 CCC Feria regional 1",
      "2026-06-28 CCC Feria regional 0",
    ]);
    // A teacher gets only what they follow.
    expect(of("3")).toEqual(["2026-05-29 BBB Inscripción 7", "2026-06-04 BBB Inscripción 1", "2026-06-05 BBB Inscripción 0"]);
    expect(of("4")).toEqual([]);
    // Muted AAA: only CCC.
    expect(of("5").every((entry) => entry.includes("CCC"))).toBe(true);
    expect(of("5")).toHaveLength(4);
    expect(of("6")).toEqual([]);
    // Own offsets: 2 days before only.
    expect(of("7")).toEqual(["2026-06-08 AAA Inscripción 2", "2026-06-18 AAA Etapa UGEL 2"]);
    expect(of("8")).toEqual([]);
    expect(of("9")).toEqual([]);

    const runs = await db.schedulerRun.findMany({ orderBy: { runDate: "asc" } });
    // The first start (00:00 on 25 May) did 24 May and 25 May; then every day to 30 June, each once.
    const runDays = runs.map((run) => run.runDate.toISOString().slice(0, 10));
    expect(runDays).toHaveLength(38);
    expect([runDays[0], runDays.at(-1)]).toEqual(["2026-05-24", "2026-06-30"]);
    expect(runs.every((run) => run.finishedAt !== null)).toBe(true);
  });
});
