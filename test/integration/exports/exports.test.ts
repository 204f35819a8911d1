// Exports read back from the files the bot sends: XLSX through exceljs's reader, CSV through csv-parse. A UGEL
// specialist gets only their UGEL (even with a forged button), the DRE the region or one UGEL; every count
// equals a count made directly in SQL; team members, files and history are on their own sheets.
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../../src/app.js";
import type { Reply } from "../../../src/core/types.js";
import { runExport } from "../../../src/domain/exports/run-export.js";
import { createTestApp } from "../../helpers/app.js";
import { createTestDatabase, resetTestData, testDatabaseUrl, type TestDatabase } from "../../helpers/db.js";
import { Chat } from "../registrations/helpers.js";
import { seedAta, seedExports, type SeededExports } from "./seed.js";

let database: TestDatabase;
let app: App;
let seeded: SeededExports;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database, {}, () => new Date("2026-06-10T15:00:00Z"));
});

afterAll(async () => {
  await app?.close();
});

beforeEach(async () => {
  await resetTestData(database);
  seeded = await seedExports(app);
});

type DiskFile = Extract<Reply, { type: "diskFile" }>;

function diskFiles(replies: Reply[]): DiskFile[] {
  return replies.filter((reply): reply is DiskFile => reply.type === "diskFile");
}

async function workbookOf(file: DiskFile): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file.path);
  return workbook;
}

function table(sheet: ExcelJS.Worksheet | undefined): string[][] {
  const rows: string[][] = [];
  sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((value) => (value === null || value === undefined ? "" : String(value)))));
  return rows;
}

function column(rows: string[][], header: string): string[] {
  const index = rows[0]!.indexOf(header);
  expect(index, `column «${header}»`).toBeGreaterThanOrEqual(0);
  return rows.slice(1).map((row) => row[index] ?? "");
}

async function sqlCount(sql: string, ...params: unknown[]): Promise<number> {
  const [row] = await app.services.db.$queryRawUnsafe<Array<{ n: number }>>(sql, ...params);
  return Number(row!.n);
}

describe(`exports (${testDatabaseUrl() ? "PostgreSQL" : "PGlite"})`, () => {
  it("gives a UGEL specialist their own UGEL only, even when the button names another, with every sheet and column", async () => {
    const specialist = await Chat.of(app, { role: "especialista_ugel", ugelId: "190001" });
    await specialist.data("exp:reg:2026:190003"); // forged: another UGEL
    const [file, ...more] = diskFiles(specialist.replies);
    expect(more).toEqual([]);
    expect(file!.fileName).toBe("registros-2026-190001.xlsx");
    const workbook = await workbookOf(file!);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Registros", "Equipo", "Archivos", "Historial de revisión"]);

    const main = table(workbook.getWorksheet("Registros"));
    expect(main[0]!.slice(0, 25)).toEqual([
      "Código de registro", "Concurso", "Año", "Estado", "Fecha de envío", "Nombre del proyecto o práctica", "Categoría", "Subcategoría", "Tipo de práctica",
      "DRE", "UGEL", "Nombre de la IE", "Código modular", "Área", "Nivel", "Modalidad", "Tipo de IE", "Región", "Provincia", "Distrito",
      "DNI del director(a)", "Nombres del director(a)", "Apellidos del director(a)", "Correo del director(a)", "Celular del director(a)",
    ]);
    expect(column(main, "Código de registro").sort()).toEqual([...seeded.pascoCodes].sort());
    expect(main.length - 1).toBe(await sqlCount(`SELECT count(*)::int AS n FROM "Registration" WHERE year = 2026 AND "ugelId" = '190001'`));
    const pi = main.find((row) => row[0] === "PI-2026-0001")!;
    const cell = (header: string) => pi[main[0]!.indexOf(header)];
    expect(cell("UGEL")).toBe("UGEL Pasco");
    expect(cell("Provincia")).toBe("Pasco");
    expect(cell("Región")).toBe("Pasco");
    expect(cell("Fecha de envío")).toBe("05/03/2026 14:30");
    expect(cell("Tipo de IE")).toBe("polidocente multigrado");
    expect(cell("DNI del director(a)")).toBe("41000001");
    expect(cell("Estudiantes ciclo III")).toBe("12");
    expect(cell("Concurso")).toContain("CNPIE");

    const members = table(workbook.getWorksheet("Equipo"));
    expect(members[0]).toEqual(["Código de registro", "N.°", "Rol en el equipo", "DNI", "Nombres", "Apellidos", "Condición", "Correo electrónico", "Celular"]);
    expect(column(members, "DNI").sort()).toEqual([...seeded.pascoDnis].sort());
    expect(column(members, "Rol en el equipo")).toContain("Director(a) responsable");
    const files = table(workbook.getWorksheet("Archivos"));
    expect(column(files, "Referencia del archivo (id en el canal)").sort()).toEqual(["AgAD-BP-2026-0001-0", "AgAD-PI-2026-0001-0", "AgAD-PI-2026-0001-1"]);
    expect(column(files, "Tamaño (KB)")).toEqual(["200", "200", "200"]);
    expect(table(workbook.getWorksheet("Historial de revisión")).length - 1).toBe(2);

    const everything = workbook.worksheets.flatMap((sheet) => table(sheet).flat()).join("\n");
    for (const dni of seeded.oxapampaDnis) expect(everything).not.toContain(dni);
    for (const code of [...seeded.oxapampaCodes, "PI-2025-0001"]) expect(everything).not.toContain(code);
    expect(await app.services.db.auditLog.count({ where: { action: "export.registrations", actorId: specialist.personId } })).toBe(1);
  });

  it("gives the DRE the whole region or one UGEL, each count equal to SQL's", async () => {
    const dre = await Chat.of(app, { role: "especialista_dre", ugelId: "190000" });
    await dre.say("/exportar 2026");
    expect(dre.text()).toContain("toda la región");
    await dre.press("Registros (XLSX)");
    const region = await workbookOf(diskFiles(dre.replies)[0]!);
    expect(table(region.getWorksheet("Registros")).length - 1).toBe(await sqlCount(`SELECT count(*)::int AS n FROM "Registration" WHERE year = 2026`));
    expect(table(region.getWorksheet("Equipo")).length - 1).toBe(
      await sqlCount(`SELECT count(*)::int AS n FROM "RegistrationMember" m JOIN "Registration" r ON r.id = m."registrationId" WHERE r.year = 2026`),
    );

    await dre.data("exp:reg:2026:190003");
    const oxapampa = table((await workbookOf(diskFiles(dre.replies)[0]!)).getWorksheet("Registros"));
    expect(column(oxapampa, "Código de registro").sort()).toEqual([...seeded.oxapampaCodes].sort());
    expect(column(oxapampa, "Provincia")).toEqual(["Oxapampa", "Oxapampa"]);
  });

  it("writes CSV files an independent parser reads, one per table, separated by semicolons", async () => {
    const specialist = await Chat.of(app, { role: "especialista_ugel", ugelId: "190003" });
    await specialist.data("exp:reg:2026:190003:csv");
    const files = diskFiles(specialist.replies);
    expect(files.map((file) => file.fileName)).toEqual(["registros-2026-190003-registros.csv", "registros-2026-190003-equipo.csv", "registros-2026-190003-archivos.csv", "registros-2026-190003-historial.csv"]);
    const main = parse(await readFile(files[0]!.path), { delimiter: ";", bom: true }) as string[][];
    expect(main.length - 1).toBe(2);
    const problem = main.find((row) => row[0] === "PI-2026-0002")![main[0]!.indexOf("Problema central")];
    expect(problem).toBe("Baja comprensión lectora; causas y consecuencias."); // the ";" survived quoting
    const team = parse(await readFile(files[1]!.path), { delimiter: ";", bom: true }) as string[][];
    expect(team.slice(1).map((row) => row[3]).sort()).toEqual([...seeded.oxapampaDnis].sort());
  });

  it("exports ATA deliveries and confirmations of the person's UGEL", async () => {
    const specialist = await Chat.of(app, { role: "especialista_ugel", ugelId: "190001" });
    await seedAta(app, specialist.personId);
    await specialist.data("exp:ata:2026:all");
    const rows = table((await workbookOf(diskFiles(specialist.replies)[0]!)).getWorksheet("Entregas ATA"));
    expect(rows[0]).toEqual(["N.° de anuncio", "Título del anuncio", "Hito", "Fecha de la sesión", "Envío", "UGEL", "Rol", "Nombre de la IE", "Código modular", "Niveles", "Canal", "Estado del envío", "Enviado el", "Confirmado el", "Asistencia"]);
    expect(rows.length - 1).toBe(await sqlCount(`SELECT count(*)::int AS n FROM "Delivery" d JOIN "Person" p ON p.id = d."personId" WHERE d."announcementId" IS NOT NULL AND p."ugelId" = '190001'`));
    expect(column(rows, "UGEL")).toEqual(["UGEL Pasco", "UGEL Pasco", "UGEL Pasco"]);
    expect(column(rows, "Confirmado el").filter(Boolean)).toEqual(["02/03/2026 11:00", "02/03/2026 11:00"]);
    expect(column(rows, "Asistencia").filter(Boolean)).toEqual(["Asistirá"]);
    expect(column(rows, "Canal")).toEqual(["telegram", "telegram", "telegram"]);
  });

  it("refuses a teacher and says so when there is nothing to export", async () => {
    const teacher = await Chat.of(app, { role: "docente", ugelId: "190001" });
    await teacher.data("exp:reg:2026:all");
    expect(teacher.text()).toContain("no está disponible para tu rol");
    expect(diskFiles(teacher.replies)).toEqual([]);
    // The permission table refuses it before the export feature runs, and the refusal is audited.
    expect(await app.services.db.auditLog.count({ where: { action: "button.refused", actorId: teacher.personId } })).toBe(1);
    const specialist = await Chat.of(app, { role: "especialista_ugel", ugelId: "190006" });
    await specialist.data("exp:reg:2026:all");
    expect(specialist.text()).toContain("No hay registros de 2026 en UGEL Puerto Bermúdez");
    await specialist.data("exp:reg:20x6:all");
    expect(specialist.text()).toContain("Ese botón ya no está disponible");
  });

  it("splits a CSV export into parts under the size limit, with every row once", async () => {
    const t = app.services.i18n.translator("es");
    const actor = { personId: seeded.ownerPasco, role: "especialista_dre" as const, ugelId: "190000", isAdmin: false, label: "test" };
    const result = await runExport(app.services.db, { kind: "registrations", format: "csv", scope: { year: 2026, ugelId: null }, actor, t, stem: "partes", pageRows: 1, partThresholdBytes: 1 });
    expect(result.parts).toBe(4);
    const codes: string[] = [];
    let members = 0;
    for (const file of result.files) {
      const rows = parse(await readFile(file.path), { delimiter: ";", bom: true }) as string[][];
      if (file.fileName.endsWith("-registros.csv")) codes.push(...rows.slice(1).map((row) => row[0]!));
      if (file.fileName.endsWith("-equipo.csv")) members += rows.length - 1;
    }
    expect(codes.sort()).toEqual([...seeded.pascoCodes, ...seeded.oxapampaCodes].sort());
    expect(members).toBe(7);
  });

  it("splits a large XLSX export into workbooks that each open on their own, with every row once", async () => {
    // 80 registrations with 3,000 characters of text that hardly compresses, so the workbook grows on disk.
    await app.services.db.$executeRawUnsafe(`
      INSERT INTO "Registration" (kind, year, code, "ownerId", "ugelId", title, "titleKey", answers, "updatedAt")
      SELECT 'proyecto_innovacion', 2026, 'PI-2026-9' || lpad(g::text, 3, '0'), $1::int, '190001', 'Grande ' || g, 'grande ' || g,
             jsonb_build_object('problem', (SELECT string_agg(md5(g::text || '-' || k::text), ' ') FROM generate_series(1, 90) AS k)), now()
        FROM generate_series(1, 80) AS g`, seeded.ownerPasco);
    const t = app.services.i18n.translator("es");
    const actor = { personId: seeded.ownerPasco, role: "especialista_dre" as const, ugelId: "190000", isAdmin: false, label: "test" };
    const result = await runExport(app.services.db, { kind: "registrations", format: "xlsx", scope: { year: 2026, ugelId: "190001" }, actor, t, stem: "partes", pageRows: 5, partThresholdBytes: 1 });
    expect(result.parts).toBeGreaterThan(1);
    expect(result.files.map((file) => file.fileName)[1]).toBe("partes-parte-2.xlsx");
    const codes: string[] = [];
    for (const file of result.files) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file.path);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Registros", "Equipo", "Archivos", "Historial de revisión"]);
      codes.push(...column(table(workbook.getWorksheet("Registros")), "Código de registro"));
    }
    expect(codes.length).toBe(82);
    expect(new Set(codes).size).toBe(82);
  });
});
