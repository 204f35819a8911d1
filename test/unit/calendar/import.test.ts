import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { COLUMNS } from "../../../src/domain/calendar/import-layout.js";
import {
  detectDelimiter,
  importCalendarCsv,
  importCalendarFile,
  importCalendarXlsx,
} from "../../../src/domain/calendar/import-file.js";
import { buildTemplateCsv, buildTemplateXlsx } from "../../../src/domain/calendar/import-template.js";
import { renderImportError, renderImportReport } from "../../../src/domain/calendar/render-import.js";
import { makeTranslator } from "./helpers/fluent.js";

const HEADER = COLUMNS.join(";");
type Row = Partial<Record<(typeof COLUMNS)[number], string>>;

const BASE: Row = {
  concurso: "onem",
  anio: "2027",
  nombre: "Olimpiada Nacional Escolar de Matemática",
  nombre_corto: "ONEM",
  alias: "Olimpiada de matemática|Olimpiada",
  organizador: "MINEDU",
  area: "matemática",
  niveles: "secundaria|CEBA",
  categorias: "Nivel 1|Nivel 2",
};

function csv(rows: Row[], separator = ";"): string {
  const header = separator === ";" ? HEADER : COLUMNS.join(",");
  return [header, ...rows.map((r) => COLUMNS.map((c) => r[c] ?? "").join(separator))].join("\n");
}

describe("CSV import", () => {
  it("reads one row per stage into a contest, with ; or , and a BOM", () => {
    const rows: Row[] = [
      { ...BASE, etapa: "inscripción", inscripcion_inicio: "15/03/2027", inscripcion_cierre: "2027-04-09" },
      { concurso: "onem", anio: "2027", etapa: "IE", etapa_nombre: "Primera fase", fecha_inicio: "23/04/2027 09:00", fecha_fin: "23/04/2027 11:00" },
      { ...BASE, etapa: "DRE", fecha_inicio: "2027-08-20", lugar: "Cerro de Pasco" },
    ];
    for (const text of [`\uFEFF${csv(rows)}`, csv(rows, ",")]) {
      const result = importCalendarCsv(Buffer.from(text, "utf8"));
      expect(result.errors).toEqual([]);
      expect(result.rowsRead).toBe(3);
      expect(result.contests).toEqual([
        {
          slug: "onem",
          year: 2027,
          name: "Olimpiada Nacional Escolar de Matemática",
          shortName: "ONEM",
          aliases: ["Olimpiada de matemática", "Olimpiada"],
          organizer: "MINEDU",
          area: "matematica",
          levels: ["secundaria", "eba"],
          categories: ["Nivel 1", "Nivel 2"],
          isSample: false,
          stages: [
            { kind: "inscripcion", name: "Inscripción", order: 1, registrationOpens: "2027-03-15", registrationCloses: "2027-04-09" },
            { kind: "ie", name: "Primera fase", order: 2, eventStart: "2027-04-23T09:00", eventEnd: "2027-04-23T11:00" },
            { kind: "regional", name: "Etapa regional", order: 3, eventStart: "2027-08-20", place: "Cerro de Pasco" },
          ],
        },
      ]);
    }
  });

  it("reads a Windows-1252 file saved by Excel", () => {
    const text = csv([{ ...BASE, nombre: "Olimpiada de Matemática", etapa: "ie", fecha_inicio: "23/04/2027" }]);
    const latin1 = Buffer.from(text.replace(/\n/g, "\r\n"), "latin1");
    const result = importCalendarCsv(latin1);
    expect(result.errors).toEqual([]);
    expect(result.contests[0]?.name).toBe("Olimpiada de Matemática");
  });

  it("detects the separator from the header only", () => {
    expect(detectDelimiter("a;b;c\n1,2,3,4,5")).toBe(";");
    expect(detectDelimiter('a,"b;c",d\n')).toBe(",");
  });

  it("reports each problem with its line, column, reason and parameters, and keeps the valid rows", () => {
    const rows: Row[] = [
      { ...BASE, etapa: "ie", fecha_inicio: "2027-04-23" },
      { ...BASE, etapa: "ie", fecha_inicio: "2027-04-24" },
      { ...BASE, etapa: "inscripcion", inscripcion_inicio: "2027-04-10", inscripcion_cierre: "2027-04-01" },
      { ...BASE, etapa: "ugel", fecha_inicio: "31/02/2027" },
      { ...BASE, niveles: "secundaria|universidad", etapa: "regional" },
      { ...BASE, area: "robótica", etapa: "nacional" },
      { ...BASE, etapa: "semifinal" },
      { ...BASE, etapa: "nacional", fecha_inicio: "2027-10-29", fecha_fin: "2027-10-25" },
      { ...BASE, etapa: "resultados", bases_url: "www.minedu.gob.pe" },
      { ...BASE, organizador: "CONCYTEC", etapa: "otro" },
      { ...BASE, anio: "27", etapa: "ie" },
      { ...BASE, concurso: "", etapa: "ie" },
      { concurso: "sin-nombre", anio: "2027", organizador: "DRE Pasco", area: "otro", etapa: "regional" },
    ];
    const result = importCalendarCsv(csv(rows));
    expect(result.rowsRead).toBe(13);
    expect(result.errors.map((e) => [e.line, e.field, e.code])).toEqual([
      [3, "etapa", "duplicate-stage"],
      [4, "inscripcion_cierre", "closing-before-opening"],
      [5, "fecha_inicio", "malformed-date"],
      [6, "niveles", "unknown-level"],
      [8, "etapa", "unknown-stage"],
      [9, "fecha_fin", "end-before-start"],
      [10, "bases_url", "invalid-url"],
      [11, "organizador", "conflicting-value"],
      [12, "anio", "invalid-year"],
      [13, "concurso", "missing-contest"],
      [14, "nombre", "missing-name"],
    ]);
    expect(result.errors[0]!.params).toEqual({ value: "Etapa IE", firstLine: 2 });
    expect(result.errors[1]!.params).toEqual({ opens: "2027-04-10", closes: "2027-04-01" });
    expect(result.errors[3]!.params).toMatchObject({ value: "universidad" });
    expect(result.errors[7]!.params).toEqual({ firstLine: 2, expected: "MINEDU" });
    // An area the list does not know keeps its row, with a warning.
    expect(result.warnings.map((e) => [e.line, e.field, e.code])).toEqual([[7, "area", "unknown-area"]]);
    // The valid ONEM rows survive.
    expect(result.contests.map((c) => [c.slug, c.stages.length])).toEqual([["onem", 2]]);
  });

  it("renders the reasons in Spanish", () => {
    const t = makeTranslator("es");
    const result = importCalendarCsv(csv([{ ...BASE, etapa: "inscripcion", inscripcion_inicio: "10/04/2027", inscripcion_cierre: "01/04/2027" }]));
    expect(renderImportError(result.errors[0]!, t)).toBe(
      "Fila 2, columna «inscripcion_cierre»: el cierre de inscripción (2027-04-01) es anterior a la apertura (2027-04-10).",
    );
    expect(renderImportReport(result, t).split("\n")[0]).toBe("Se leyeron 1 fila: 0 concursos y 1 error.");
  });

  it("reports missing columns and empty files", () => {
    expect(importCalendarCsv("concurso;nombre\neureka;Eureka").errors.map((e) => [e.field, e.code])).toEqual([
      ["anio", "missing-column"],
      ["etapa", "missing-column"],
    ]);
    expect(importCalendarCsv("").errors.map((e) => e.code)).toEqual(["empty-file"]);
    expect(importCalendarCsv(HEADER).errors.map((e) => e.code)).toEqual(["empty-file"]);
    expect(importCalendarCsv('concurso;anio;etapa\n"eureka;2027').errors.map((e) => [e.line, e.code])).toEqual([[2, "unbalanced-quote"]]);
  });

  it("reports progress on large files", () => {
    const rows: Row[] = Array.from({ length: 1000 }, (_, i) => ({ ...BASE, concurso: `concurso-${Math.floor(i / 5)}`, etapa: "otro", etapa_nombre: `Etapa ${i}` }));
    const calls: [number, number][] = [];
    const started = performance.now();
    const result = importCalendarCsv(csv(rows), { onProgress: (done, total) => calls.push([done, total]), progressEvery: 250 });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(result.errors).toEqual([]);
    expect(result.contests).toHaveLength(200);
    expect(calls).toEqual([[250, 1000], [500, 1000], [750, 1000], [1000, 1000]]);
  });
});

describe("XLSX import and templates", () => {
  it("round-trips the CSV and XLSX templates", async () => {
    const csvTemplate = buildTemplateCsv();
    expect(csvTemplate.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const fromCsv = await importCalendarFile(csvTemplate);
    const fromXlsx = await importCalendarFile(await buildTemplateXlsx());
    for (const result of [fromCsv, fromXlsx]) {
      expect(result.errors).toEqual([]);
      expect(result.rowsRead).toBe(2);
      expect(result.contests).toHaveLength(1);
      expect(result.contests[0]).toMatchObject({ slug: "eureka", year: 2027, levels: ["primaria", "secundaria"] });
      expect(result.contests[0]!.stages.map((s) => [s.kind, s.registrationCloses ?? s.eventStart])).toEqual([
        ["inscripcion", "2027-05-31"],
        ["regional", "2027-09-20T09:00"],
      ]);
    }
    expect(fromXlsx.contests).toEqual(fromCsv.contests);
  });

  it("reads date, number and rich-text cells from the first sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("hoja1");
    workbook.addWorksheet("otra").addRow(["ignored"]);
    sheet.addRow(["Concurso", "Año", "Nombre", "Organizador", "Área", "Niveles", "Etapa", "Inscripción cierre", "Fecha inicio"]);
    sheet.addRow([
      "Crea y Emprende",
      2027,
      { richText: [{ text: "Crea y " }, { text: "Emprende", font: { bold: true } }] },
      "MINEDU",
      "Emprendimiento",
      "Secundaria | EBA",
      "inscripcion",
      new Date(Date.UTC(2027, 6, 16)),
      "",
    ]);
    sheet.addRow(["crea-y-emprende", 2027, "", "", "", "", "nacional", "", new Date(Date.UTC(2027, 10, 2, 10, 30))]);
    const result = await importCalendarXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(result.errors).toEqual([]);
    expect(result.contests[0]).toMatchObject({
      slug: "crea-y-emprende",
      name: "Crea y Emprende",
      area: "emprendimiento",
      levels: ["secundaria", "eba"],
      stages: [
        { kind: "inscripcion", registrationCloses: "2027-07-16" },
        { kind: "nacional", eventStart: "2027-11-02T10:30" },
      ],
    });
  });

  it("reports an unreadable workbook", async () => {
    const result = await importCalendarXlsx(Buffer.from("PK not really a zip"));
    expect(result.errors.map((e) => e.code)).toEqual(["unreadable-file"]);
  });
});
