/**
 * The contest calendar through the real Telegram channel and the fake Bot API, in Spanish: the sample calendar
 * answers questions (saying it is a sample), an unknown contest gets no date, "Agregar a mi calendario" sends
 * an .ics that parses with the right America/Lima dates, and a DRE specialist's official CSV is downloaded
 * with getFile, rejected row by row, then imported once corrected — after which the answers change.
 */
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { telegramFileFetcher } from "../../src/channels/telegram/fetch-file.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram/index.js";
import type { BotMessage } from "../fakes/telegram/types.js";
import { createTestApp } from "../helpers/app.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { startTelegramChannel, TelegramPerson, texts, type TelegramHarness } from "../helpers/telegram.js";
import { BAD_CSV, FIXED_CSV, NOW } from "../integration/calendar/official-calendar.js";

let fake: FakeTelegram;
let db: TestDatabase;
let app: App;
let channel: TelegramHarness;
let teacher: TelegramPerson;
let specialist: TelegramPerson;

/** A person already registered (onboarding has its own end-to-end test). */
async function registered(id: number, role: "docente" | "especialista_dre", levels: ("inicial" | "primaria" | "secundaria")[]): Promise<TelegramPerson> {
  await db.prisma.person.create({
    data: { role, levels, locale: "es", onboardedAt: NOW, consentAt: NOW, identities: { create: { channel: "telegram", externalId: String(id), chatRef: String(id) } } },
  });
  return new TelegramPerson(fake, () => channel, { id, firstName: role, languageCode: "es" });
}

async function sendCsv(person: TelegramPerson, fileName: string, content: string): Promise<BotMessage[]> {
  const seen = fake.messagesTo(person.user.id).length;
  const update = fake.sendDocument(person.user, { fileName, mimeType: "text/csv", content });
  await channel.handled(update.update_id);
  return fake.messagesTo(person.user.id).slice(seen);
}

function parseIcs(bytes: Buffer) {
  const calendar = new ICAL.Component(ICAL.parse(bytes.toString("utf8")));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents("vevent").map((event) => new ICAL.Event(event));
}

const DATE_PATTERN = /\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|setiembre|septiembre|octubre|noviembre|diciembre)/;

beforeAll(async () => {
  fake = await startFakeTelegram();
  db = await createTestDatabase();
  app = await createTestApp(db, {}, () => NOW);
  channel = await startTelegramChannel(app, fake);
  app.services.files.register("telegram", telegramFileFetcher(channel.bot.api, { token: fake.token, apiRoot: fake.apiRoot }));
  teacher = await registered(3001, "docente", ["primaria", "secundaria"]);
  specialist = await registered(3002, "especialista_dre", []);
});

afterAll(async () => {
  await channel?.stop();
  await app?.close();
  await fake?.close();
});

describe("contest calendar through Telegram", () => {
  it("answers from the sample calendar, in Spanish with Peruvian dates, saying it is a sample", async () => {
    let replies = await teacher.say("¿cuándo cierra Eureka?");
    expect(texts(replies)).toContain("La inscripción de Eureka 2027 cierra el viernes 25 de junio de 2027 (en 210 días).");
    expect(texts(replies)).toContain("Calendario de ejemplo");

    replies = await teacher.say("¿qué concursos hay en junio?");
    expect(texts(replies)).toContain("Concursos en junio de 2027");
    expect(texts(replies)).toContain("viernes 25 de junio de 2027: Eureka 2027, cierra la inscripción");
    expect(texts(replies)).toContain("viernes 4 de junio de 2027, 09:00: ONEM 2027, Segunda fase (UGEL)");
    expect(texts(replies)).toContain("Calendario de ejemplo");

    replies = await teacher.say("concursos para inicial");
    expect(texts(replies)).toContain("Concursos para inicial con fechas próximas");
    expect(texts(replies)).toContain("CNPIE 2027: inscripción desde el jueves 10 de diciembre de 2026");
    expect(texts(replies)).not.toContain("Eureka");

    replies = await teacher.say("¿cuándo es la etapa regional de ONEM?");
    expect(texts(replies)).toContain("Tercera fase (DRE) de ONEM 2027: viernes 20 de agosto de 2027");
    expect(texts(replies)).toContain("Lugar: Cerro de Pasco.");
    expect(texts(replies)).toContain("Calendario de ejemplo");
  });

  it("never gives a date for a contest that does not exist, and offers the closest ones", async () => {
    const replies = await teacher.say("¿cuándo cierra el concurso de robótica espacial?");
    const answer = replies.at(-1)!;
    expect(answer.text).toContain("No encontré un concurso de «robotica espacial» en el calendario.");
    expect(answer.text).not.toMatch(DATE_PATTERN);
    expect(answer.inlineKeyboard.flat().map((b) => b.text)).toEqual(expect.arrayContaining(["Eureka", "🗓️ Ver el calendario"]));
    const details = await teacher.press("Eureka");
    expect(texts(details)).toContain("🗓️ Cronograma de Eureka 2026:");
  });

  it("pages /calendario for the person's levels, and follows a contest with «Recordarme»", async () => {
    let replies = await teacher.say("/calendario");
    expect(texts(replies)).toContain("Mostrando los concursos para tus niveles: primaria, secundaria.");
    expect(texts(replies)).toContain("Calendario de concursos (página 1 de");
    replies = await teacher.press("Siguiente");
    expect(texts(replies)).toContain("Calendario de concursos (página 2 de");
    replies = await teacher.press("Anterior");
    expect(texts(replies)).toContain("(página 1 de");

    await teacher.say("¿cuándo es la final de los Juegos Florales?");
    replies = await teacher.press("Recordarme");
    expect(texts(replies)).toMatch(/te recordaremos las fechas de Juegos Florales 202[67]/);
    const person = await db.prisma.person.findFirstOrThrow({ where: { identities: { some: { externalId: "3001" } } } });
    const follows = await db.prisma.subscription.findMany({ where: { personId: person.id }, include: { contest: true } });
    expect(follows.map((f) => f.contest?.slug)).toEqual(["jfen"]);
  });

  it("sends an .ics that parses, with the contest's dates in America/Lima", async () => {
    await teacher.say("/concurso onem");
    const replies = await teacher.press("Agregar a mi calendario");
    expect(replies).toHaveLength(1);
    const file = replies[0]!.file!;
    expect(file).toMatchObject({ fileName: "onem-2027.ics", method: "sendDocument" });
    expect(replies[0]!.text).toContain("Calendario de ejemplo");
    const events = parseIcs(file.bytes);
    const closes = events.find((e) => /^ONEM 2027 · .*: cierre de inscripción$/.test(e.summary))!;
    expect(closes.startDate.isDate).toBe(true);
    expect(closes.startDate.toString()).toBe("2027-04-09");
    const firstRound = events.find((e) => e.summary === "ONEM 2027 · Primera fase (IE)")!;
    expect(firstRound.startDate.zone?.tzid).toBe("America/Lima");
    expect(firstRound.startDate.toJSDate().toISOString()).toBe("2027-04-23T14:00:00.000Z");
    expect(firstRound.endDate.toJSDate().toISOString()).toBe("2027-04-23T16:00:00.000Z");
  });

  it("rejects an official CSV with bad rows row by row, imports it corrected, and the answers change", async () => {
    let replies = await specialist.say("/importar_calendario");
    expect(texts(replies)).toContain("Envíame el calendario oficial");

    replies = await sendCsv(specialist, "calendario-oficial-2027.csv", BAD_CSV);
    let report = texts(replies);
    expect(report).toContain("No importé nada: hay filas con errores");
    expect(report).toContain("Fila 2, columna «inscripcion_cierre»: el cierre de inscripción (2027-05-03) es anterior a la apertura (2027-06-11).");
    expect(report).toContain("Fila 6, columna «fecha_inicio»: la fecha «31/04/2027 09:00» no es válida; usa AAAA-MM-DD o DD/MM/AAAA.");
    expect(report).toContain("Fila 8, columna «niveles»: el nivel «universitaria» no existe");
    expect(report).toContain("Fila 10, columna «nombre»: falta el nombre del concurso.");
    expect(replies.at(-1)!.inlineKeyboard.flat().map((b) => b.text)).toEqual(["✅ Importar solo las filas válidas", "✖️ Cancelar"]);
    expect(texts(await teacher.say("¿cuándo cierra Eureka?"))).toContain("viernes 25 de junio de 2027"); // nothing imported

    replies = await sendCsv(specialist, "calendario-oficial-2027.csv", FIXED_CSV);
    report = texts(replies);
    expect(report).toContain("✅ Calendario importado desde «calendario-oficial-2027.csv».");
    expect(report).toContain("Inscripción de proyectos, cierre de inscripción: viernes 25 de junio de 2027 → viernes 11 de junio de 2027");
    expect(report).toContain("• Feria de Matemática 2027");
    expect(report).toContain("Concursos quitados");

    replies = await teacher.say("¿cuándo cierra Eureka?");
    expect(texts(replies)).toContain("La inscripción de Eureka 2027 cierra el viernes 11 de junio de 2027");
    expect(texts(replies)).not.toContain("Calendario de ejemplo");
    replies = await teacher.say("¿cuándo es la etapa regional de ONEM?");
    expect(texts(replies)).toContain("Tercera fase (DRE) de ONEM 2027: viernes 27 de agosto de 2027, 09:00");
    replies = await teacher.say("concursos para inicial");
    expect(texts(replies)).toContain("Feria de Matemática 2027: inscripción desde el jueves 1 de abril de 2027");

    replies = await teacher.say("/concurso eureka 2027"); // now, the 2026 edition is still running
    replies = await teacher.press("Agregar a mi calendario");
    const events = parseIcs(replies[0]!.file!.bytes);
    expect(events.find((e) => e.summary === "Eureka 2027 · Inscripción de proyectos: cierre de inscripción")!.startDate.toString()).toBe("2027-06-11");
    const regional = events.find((e) => e.summary === "Eureka 2027 · Etapa regional")!;
    // Several days with only a starting hour: timed from 09:00 on the 20th to the end of the 24th, in Lima.
    expect(regional.startDate.isDate).toBe(false);
    expect([regional.startDate.toJSDate().toISOString(), regional.endDate.toJSDate().toISOString()]).toEqual(["2027-09-20T14:00:00.000Z", "2027-09-25T05:00:00.000Z"]);
    expect(replies[0]!.text).not.toContain("Calendario de ejemplo");

    const audit = await db.prisma.auditLog.findMany({ where: { action: "calendar.import" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.detail).toMatchObject({ fileName: "calendario-oficial-2027.csv", onlyValid: false, added: 1, changed: 3 });
  });
});
