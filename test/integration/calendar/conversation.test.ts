/**
 * The calendar through the conversation (Conversation.handle, console channel identities, real file fetching
 * from local paths): the import flow for a DRE specialist — row-by-row rejection, only the valid rows on
 * confirmation, removals of official contests confirmed first — and who may do what, forged buttons included.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../../src/app.js";
import { fetchConsoleFile } from "../../../src/channels/console/fetch-file.js";
import type { Input, Reply, Sender } from "../../../src/core/types.js";
import { importCalendarFile } from "../../../src/domain/calendar/index.js";
import { createTestApp } from "../../helpers/app.js";
import { createTestDatabase, testDatabaseUrl, type TestDatabase } from "../../helpers/db.js";
import { BAD_CSV, FIXED_CSV, NOW, REVISED_CSV } from "./official-calendar.js";

const text = (replies: Reply[]) => replies.map((r) => (r.type === "text" ? r.text : r.type === "closeOrigin" ? (r.note ?? "") : `[file ${r.fileName}]`)).join("\n---\n");
const buttons = (replies: Reply[]) => replies.flatMap((r) => (r.type === "text" ? (r.buttons ?? []).flat() : []));
const button = (replies: Reply[], label: string) => {
  const found = buttons(replies).find((b) => b.label.includes(label));
  if (!found?.data) throw new Error(`no button "${label}" in ${JSON.stringify(buttons(replies).map((b) => b.label))}`);
  return found.data;
};

describe(`calendar in the conversation (${testDatabaseUrl() ? "PostgreSQL" : "PGlite"})`, () => {
  let db: TestDatabase;
  let app: App;
  let dir: string;
  const specialist: Sender = { channel: "console", externalId: "especialista" };
  const teacher: Sender = { channel: "console", externalId: "docente" };
  const say = (who: Sender, input: Input) => app.conversation.handle(who, input);
  const command = (who: Sender, name: string, args = "") => say(who, { type: "command", command: name, args });
  const press = (who: Sender, data: string) => say(who, { type: "button", data });
  const sendFile = (who: Sender, name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return say(who, { type: "file", file: { fileRef: `console:${path}`, fileName: name, mimeType: "text/csv", sizeBytes: content.length } });
  };
  const imports = () => db.prisma.auditLog.count({ where: { action: "calendar.import" } });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "pasco-calendar-"));
    db = await createTestDatabase();
    app = await createTestApp(db, {}, () => NOW);
    app.services.files.register("console", fetchConsoleFile);
    for (const [who, role, levels] of [
      [specialist, "especialista_dre", []],
      [teacher, "docente", ["inicial"]],
    ] as const) {
      await db.prisma.person.create({
        data: { role, levels: [...levels], onboardedAt: NOW, consentAt: NOW, identities: { create: { channel: "console", externalId: who.externalId } } },
      });
    }
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("keeps teachers out of the import, even with forged buttons", async () => {
    expect(text(await command(teacher, "importar_calendario"))).toContain("no está disponible para tu rol");
    expect(text(await press(teacher, "cal:ok:deadbeef"))).toContain("no está disponible para tu rol");
    expect(text(await press(teacher, "cal:t:xlsx"))).toContain("no está disponible para tu rol");
    expect(text(await sendFile(teacher, "calendario.csv", FIXED_CSV))).toContain("No esperaba un archivo");
    expect(await imports()).toBe(0);
  });

  it("shows a teacher the calendar for their levels and follows a contest", async () => {
    const replies = await command(teacher, "calendario");
    expect(text(replies)).toContain("Mostrando los concursos para tus niveles: inicial.");
    expect(text(replies)).toContain("CNPIE 2027, abre la inscripción"); // still the sample calendar
    expect(text(replies)).not.toContain("Eureka");
    const [ics] = await press(teacher, button(replies, "Agregar todos mis concursos"));
    expect(ics).toMatchObject({ type: "file", fileName: "mis-concursos.ics", mimeType: "text/calendar" });
    const cnpie = await db.prisma.contest.findFirstOrThrow({ where: { slug: "cnpie" } });
    expect(text(await press(teacher, `cal:f:${cnpie.id}`))).toContain("te recordaremos las fechas de CNPIE 2027");
    const person = await db.prisma.person.findFirstOrThrow({ where: { identities: { some: { externalId: "docente" } } } });
    expect(await db.prisma.subscription.findMany({ where: { personId: person.id } })).toMatchObject([{ contestId: cnpie.id, muted: false }]);
    expect(text(await press(teacher, "cal:f:999999"))).toContain("ya no está en el calendario");
    expect(text(await press(teacher, "cal:i:abc"))).toContain("Ese botón ya no está disponible");
  });

  it("rejects a file with bad rows row by row, and imports only the valid rows once confirmed", async () => {
    let replies = await command(specialist, "importar_calendario");
    expect(text(replies)).toContain("Envíame el calendario oficial");
    expect(text(await say(specialist, { type: "text", text: "¿ya puedo?" }))).toContain("Estoy esperando el archivo");
    replies = await say(specialist, { type: "file", file: { fileRef: "console:/no/existe.pdf", fileName: "bases.pdf", mimeType: "application/pdf", sizeBytes: 10 } });
    expect(text(replies)).toContain("no es un archivo Excel (.xlsx) ni CSV");
    expect(text(await sendFile(specialist, "calendario.xls", "x"))).toContain("formato antiguo de Excel");
    replies = await say(specialist, { type: "file", file: { fileRef: "console:/no/existe.csv", fileName: "existe.csv", mimeType: "text/csv", sizeBytes: 10 } });
    expect(text(replies)).toContain("No pude descargar «existe.csv»");

    replies = await sendFile(specialist, "calendario-2027.csv", BAD_CSV);
    const report = text(replies);
    expect(report).toContain("No importé nada");
    expect(report).toContain("Se leyeron 10 filas: 3 concursos y 4 errores.");
    expect(report).toContain("Fila 2, columna «inscripcion_cierre»: el cierre de inscripción (2027-05-03) es anterior a la apertura (2027-06-11).");
    expect(report).toContain("Fila 6, columna «fecha_inicio»: la fecha «31/04/2027 09:00» no es válida");
    expect(report).toContain("Fila 8, columna «niveles»: el nivel «universitaria» no existe");
    expect(report).toContain("Fila 10, columna «nombre»: falta el nombre del concurso.");
    expect(report).toContain("Si importas solo las filas válidas: 0 concursos nuevos, 3 con cambios");
    expect(await imports()).toBe(0);
    expect(await db.prisma.contest.count({ where: { year: 2027, isSample: false } })).toBe(0);

    const onlyValid = button(replies, "Importar solo las filas válidas");
    const again = await say(specialist, { type: "text", text: "¿y ahora qué hago?" });
    expect(text(again)).toContain("Elige una opción con los botones");
    expect(button(again, "Importar solo las filas válidas")).toBe(onlyValid);
    expect(text(await press(specialist, "cal:ok:00000000"))).toContain("ya no está pendiente");
    replies = await press(specialist, onlyValid);
    expect(text(replies)).toContain("Importé las filas válidas de «calendario-2027.csv»");
    expect(text(replies)).toContain("Concursos quitados");
    expect(text(await press(specialist, onlyValid))).toContain("ya no está pendiente");
    const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "calendar.import" } });
    expect(entry.actorLabel).toMatch(/^console:\d+$/);
    expect(entry.detail).toMatchObject({ fileName: "calendario-2027.csv", onlyValid: true, rejectedRows: 4 });
    expect(text(replies)).toContain("El calendario de ejemplo deja de usarse");
    // Eureka 2027's registration row was rejected and the sample is retired: no closing date is stated at all
    // (neither the sample's 2027 one nor last year's sample one).
    const answer = text(await say(specialist, { type: "text", text: "¿cuándo cierra Eureka?" }));
    expect(answer).toContain("Eureka 2027");
    expect(answer).not.toMatch(/junio|2026|ejemplo/);
  });

  it("imports a clean file at once, and asks before removing official contests", async () => {
    await command(specialist, "importar_calendario");
    let replies = await sendFile(specialist, "calendario-2027.csv", FIXED_CSV);
    expect(text(replies)).toContain("✅ Calendario importado desde «calendario-2027.csv».");
    expect(text(replies)).toContain("1 concurso nuevo, 3 con cambios, 0 quitados");
    expect(text(replies)).toContain("• Feria de Matemática 2027");

    await command(specialist, "importar_calendario");
    replies = await sendFile(specialist, "calendario-2027-v2.csv", REVISED_CSV);
    expect(text(replies)).toContain("quitaría un concurso oficial que no está en él: Feria de Matemática 2027");
    expect(await imports()).toBe(2);
    replies = await press(specialist, button(replies, "Sí, importar"));
    expect(text(replies)).toContain("cierre de inscripción: viernes 11 de junio de 2027 → viernes 18 de junio de 2027");
    expect(text(replies)).toMatch(/Concursos quitados[^\n]*\n• Feria de Matemática 2027/);
    expect(await imports()).toBe(3);

    await command(specialist, "importar_calendario");
    replies = await sendFile(specialist, "calendario-2027-v2.csv", REVISED_CSV);
    expect(text(replies)).toContain("El archivo no cambia nada del calendario.");
    await command(specialist, "importar_calendario");
    expect(text(await press(specialist, "cal:x"))).toContain("no se importó nada");
    expect(text(await say(specialist, { type: "text", text: "¿cuándo cierra Eureka?" }))).toContain("viernes 18 de junio de 2027");
  });

  it("sends the templates, which the import reads back", async () => {
    for (const kind of ["xlsx", "csv"]) {
      const [file] = await press(specialist, `cal:t:${kind}`);
      expect(file).toMatchObject({ type: "file", fileName: `plantilla-calendario.${kind}` });
      if (file?.type !== "file") throw new Error("no file");
      const read = await importCalendarFile(file.content);
      expect(read.errors).toEqual([]);
      expect(read.contests.map((c) => `${c.slug}|${c.year}`)).toEqual(["eureka|2027"]);
    }
  });


});
