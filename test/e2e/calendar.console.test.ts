/**
 * The contest calendar through the console channel, as an operator pipes a conversation in: sample answers,
 * an .ics saved to the console's files folder, an unknown contest without a date, and a DRE specialist's
 * import from local files ("!/ruta/calendario.csv"): rejected row by row, then imported corrected.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { ConsoleChannel } from "../../src/channels/console/console-channel.js";
import { fetchConsoleFile } from "../../src/channels/console/fetch-file.js";
import { silentLogger } from "../../src/logger.js";
import { createTestApp } from "../helpers/app.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { BAD_CSV, FIXED_CSV, NOW } from "../integration/calendar/official-calendar.js";

let db: TestDatabase;
let app: App;
let dir: string;

/** Pipes the lines into a console session and returns what the bot answered to each, in order. */
async function converse(lines: string[]): Promise<string[]> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
  const channel = new ConsoleChannel({
    user: "especialista",
    handle: app.conversation.handle.bind(app.conversation),
    input,
    output,
    filesDir: join(dir, "files"),
    stateFile: join(dir, "console-state.json"),
    logger: silentLogger,
  });
  const running = channel.run();
  input.end(`${lines.join("\n")}\n`);
  await running;
  return printed.split(/^> .*$/m).slice(1).map((answer) => answer.trim());
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "pasco-console-calendar-"));
  db = await createTestDatabase();
  app = await createTestApp(db, {}, () => NOW);
  app.services.files.register("console", fetchConsoleFile);
  await db.prisma.person.create({
    data: { role: "especialista_dre", onboardedAt: NOW, consentAt: NOW, identities: { create: { channel: "console", externalId: "especialista" } } },
  });
  writeFileSync(join(dir, "calendario-con-errores.csv"), BAD_CSV);
  writeFileSync(join(dir, "calendario-2027.csv"), FIXED_CSV);
});

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("contest calendar through the console", () => {
  it("answers, sends an .ics, and imports the official calendar from a local file", async () => {
    const answers = await converse([
      "¿cuándo cierra Eureka?",
      "1",
      "¿qué concursos hay en junio?",
      "concursos para inicial",
      "¿cuándo es la etapa regional de ONEM?",
      "¿cuándo cierra el concurso de robótica espacial?",
      "/importar_calendario",
      `!${join(dir, "calendario-con-errores.csv")}`,
      `!${join(dir, "calendario-2027.csv")}`,
      "¿cuándo cierra Eureka?",
      "/calendario",
    ]);
    expect(answers).toHaveLength(11);
    const [eureka, ics, june, inicial, onem, unknown, start, rejected, imported, eurekaAfter, calendar] = answers as [string, ...string[]];

    expect(eureka).toContain("La inscripción de Eureka 2027 cierra el viernes 25 de junio de 2027");
    expect(eureka).toContain("Calendario de ejemplo");
    expect(eureka).toContain("[1] 📅 Agregar a mi calendario");

    expect(ics).toContain("📎 eureka-2027.ics");
    const calendarFile = readFileSync(join(dir, "files", "eureka-2027.ics"), "utf8");
    const events = new ICAL.Component(ICAL.parse(calendarFile)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events.find((e) => e.summary === "Eureka 2027 · Inscripción de proyectos: cierre de inscripción")!.startDate.toString()).toBe("2027-06-25");

    expect(june).toContain("Concursos en junio de 2027");
    expect(inicial).toContain("Concursos para inicial con fechas próximas");
    expect(onem).toContain("Tercera fase (DRE) de ONEM 2027: viernes 20 de agosto de 2027");
    expect(unknown).toContain("No encontré un concurso de «robotica espacial»");
    expect(unknown).not.toMatch(/\d{1,2} de (junio|julio|agosto|setiembre|octubre|noviembre|diciembre|enero|febrero|marzo|abril|mayo)/);

    expect(start).toContain("Envíame el calendario oficial");
    expect(rejected).toContain("No importé nada: hay filas con errores");
    expect(rejected).toContain("Fila 2, columna «inscripcion_cierre»");
    expect(rejected).toContain("Fila 6, columna «fecha_inicio»");
    expect(rejected).toContain("Fila 8, columna «niveles»");
    expect(rejected).toContain("Fila 10, columna «nombre»");
    expect(rejected).toContain("Importar solo las filas válidas");
    expect(imported).toContain("✅ Calendario importado desde «calendario-2027.csv».");
    expect(eurekaAfter).toContain("La inscripción de Eureka 2027 cierra el viernes 11 de junio de 2027");
    expect(eurekaAfter).not.toContain("Calendario de ejemplo");
    expect(calendar).toContain("Calendario de concursos (página 1 de");
    expect(calendar).not.toContain("Mostrando los concursos para tus niveles"); // a specialist sees everything
  });
});
