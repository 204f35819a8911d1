/**
 * /recordatorios through the conversation (mute a contest, all reminders, change the days), "Recordarme"
 * (followContest), and the daily run when two schedulers start at the same moment.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../../src/app.js";
import type { Reply, Sender } from "../../../src/core/types.js";
import { ReminderScheduler } from "../../../src/delivery/scheduler.js";
import { buildReminders } from "../../../src/domain/reminders/build.js";
import { followContest } from "../../../src/domain/reminders/subscriptions.js";
import { createTestApp } from "../../helpers/app.js";
import { createTestDatabase, type TestDatabase } from "../../helpers/db.js";
import { createPeople, createPerson, quietLogger } from "./helpers.js";

let database: TestDatabase;
let app: App;
const clock = new Date("2026-06-01T15:00:00Z");
let contestId = 0;

const text = (replies: Reply[]) => replies.map((reply) => (reply.type === "text" ? reply.text : "")).join("\n---\n");
const buttons = (replies: Reply[]) => replies.flatMap((reply) => (reply.type === "text" ? (reply.buttons ?? []).flat() : []));

beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database, { REMINDER_OFFSETS_DAYS: "7,3,1,0" }, () => clock);
  await database.prisma.contest.deleteMany(); // the seeded sample calendar: this file brings its own contests
  const contest = await database.prisma.contest.create({
    data: {
      slug: "eureka",
      year: 2026,
      name: "Feria Escolar Nacional de Ciencia y Tecnología Eureka",
      shortName: "Eureka",
      organizer: "MINEDU",
      area: "ciencia",
      levels: ["primaria"],
      stages: { create: [{ kind: "inscripcion", name: "Inscripción", registrationCloses: new Date("2026-06-08T00:00:00Z") }] },
    },
  });
  contestId = contest.id;
});

afterAll(async () => {
  await app?.close();
});

describe("/recordatorios", () => {
  const director: Sender = { channel: "telegram", externalId: "7001", chatRef: "7001" };
  const say = (sender: Sender, command: string) => app.conversation.handle(sender, { type: "command", command, args: "" });
  const press = (sender: Sender, data: string) => app.conversation.handle(sender, { type: "button", data });

  it("shows a director the contests of their levels and lets them mute one, then turn it back on", async () => {
    const personId = await createPerson(database.prisma, { externalId: "7001", role: "director", levels: ["primaria"] });
    let replies = await say(director, "recordatorios");
    expect(text(replies)).toContain("Estado: activos. Te avisamos 7 días antes, 3 días antes, 1 día antes y el mismo día");
    expect(text(replies)).toContain("• Eureka 2026, lunes 8 de junio de 2026: por los niveles de tu institución");

    replies = await press(director, `rem:m:${contestId}`);
    expect(text(replies)).toContain("no recibirás más recordatorios de Eureka 2026");
    replies = await say(director, "recordatorios");
    expect(text(replies)).toContain("• Eureka 2026, lunes 8 de junio de 2026: silenciado");
    expect(buttons(replies).map((button) => button.label)).toContain("🔔 Reactivar Eureka 2026");
    expect(await buildFor("2026-06-01")).toBe(0); // 7 days before 8 June: muted, nothing

    replies = await press(director, `rem:u:${contestId}`);
    expect(text(replies)).toContain("volverás a recibir los recordatorios de Eureka 2026");
    expect(text(replies)).toContain("• Eureka 2026, lunes 8 de junio de 2026: lo sigues");
    expect(await buildFor("2026-06-01")).toBe(1);
    expect(await database.prisma.delivery.findFirst({ where: { personId, kind: "reminder" } })).not.toBeNull();
  });

  it("changes when reminders come, keeping at least one day", async () => {
    let replies = await press(director, "rem:o");
    expect(text(replies)).toContain("¿Cuándo quieres que te avisemos");
    expect(buttons(replies).map((button) => button.label)).toEqual(
      expect.arrayContaining(["☐ 14 días antes", "☑ 7 días antes", "☑ 3 días antes", "☑ 1 día antes", "☑ el mismo día"]),
    );
    for (const days of [7, 3, 1]) await press(director, `rem:t:${days}`);
    replies = await press(director, "rem:t:0");
    expect(text(replies)).toContain("Debe quedar marcada al menos una opción");
    replies = await press(director, "rem:t:14");
    expect(buttons(replies).map((button) => button.label)).toEqual(expect.arrayContaining(["☑ 14 días antes", "☐ 7 días antes", "☑ el mismo día"]));
    const person = await database.prisma.person.findFirstOrThrow({ where: { identities: { some: { externalId: "7001" } } } });
    expect(person.reminderOffsets).toEqual([0, 14]);
    replies = await press(director, "rem:v");
    expect(text(replies)).toContain("Te avisamos 14 días antes y el mismo día");
    await press(director, "rem:d");
    expect((await database.prisma.person.findUniqueOrThrow({ where: { id: person.id } })).reminderOffsets).toEqual([7, 3, 1, 0]);
  });

  it("mutes and turns on all reminders, and refuses forged buttons", async () => {
    let replies = await press(director, "rem:all:1");
    expect(text(replies)).toContain("silenciaste todos los recordatorios");
    expect(text(replies)).toContain("Estado: silenciados");
    await database.prisma.delivery.deleteMany();
    expect(await buildFor("2026-06-05")).toBe(0);
    replies = await press(director, "rem:all:0");
    expect(text(replies)).toContain("Estado: activos");
    expect(await buildFor("2026-06-05")).toBe(1); // 3 days before 8 June

    for (const forged of ["rem:m:999999", "rem:m:abc", "rem:t:99", "rem:zz"]) {
      replies = await press(director, forged);
      expect(text(replies)).toContain("Ese botón ya no está disponible");
    }
  });

  it("lets a teacher follow a contest (Recordarme) and then get its reminders", async () => {
    const teacher: Sender = { channel: "telegram", externalId: "7002", chatRef: "7002" };
    const personId = await createPerson(database.prisma, { externalId: "7002", role: "docente", levels: ["secundaria"] });
    let replies = await say(teacher, "recordatorios");
    expect(text(replies)).toContain("Aún no sigues ningún concurso");
    expect(await followContest(database.prisma, personId, contestId)).toBe(true);
    expect(await followContest(database.prisma, personId, contestId)).toBe(false);
    replies = await say(teacher, "recordatorios");
    expect(text(replies)).toContain("• Eureka 2026, lunes 8 de junio de 2026: lo sigues");
    await database.prisma.delivery.deleteMany();
    expect(await buildFor("2026-06-07")).toBe(2); // the director and the teacher, 1 day before
  });
});

describe("the daily run", () => {
  it("runs once when two schedulers start at the same moment", async () => {
    await database.prisma.delivery.deleteMany();
    await database.prisma.schedulerRun.deleteMany();
    await createPeople(database.prisma, 200, (index) => ({ externalId: String(80_000 + index), role: "director", levels: ["primaria"] }));
    const now = new Date("2026-06-05T14:00:00Z"); // 09:00 in Lima, 3 days before the deadline
    const make = () => new ReminderScheduler({ db: database.prisma, logger: quietLogger, now: () => now, hour: 8, defaultOffsets: [7, 3, 1, 0] });
    const [first, second] = await Promise.all([make().runDue(), make().runDue()]);
    const results = [first, second].filter((result) => result !== null);
    expect(results).toHaveLength(1);
    expect(results[0]?.days).toEqual(["2026-06-05"]);
    expect(await database.prisma.delivery.count({ where: { kind: "reminder" } })).toBe(202);
    expect(await make().runDue()).toBeNull();
  });
});

async function buildFor(day: string): Promise<number> {
  const result = await buildReminders(database.prisma, { days: [day], today: day, defaultOffsets: [7, 3, 1, 0], notBefore: clock });
  return result.created;
}
