/** The bad files a DRE specialist sends in real life: each gets clear Spanish lines naming the sheet row. */
import { describe, expect, it } from "vitest";
import { importCalendarCsv } from "../../../src/domain/calendar/import-file.js";
import { renderImportReport } from "../../../src/domain/calendar/render-import.js";
import { makeTranslator } from "./helpers/fluent.js";

const t = makeTranslator("es");
const HEADER = "concurso;anio;nombre;organizador;area;niveles;etapa;etapa_nombre;inscripcion_inicio;inscripcion_cierre;fecha_inicio;fecha_fin";
const ROW = (area: string, closes: string) => `pasco-rimay;2027;Concurso Regional de Cuento Andino Pasco Rimay;DRE Pasco;${area};primaria;inscripcion;Inscripción;03/05/2027;${closes};;`;
const report = (input: string | Uint8Array) => renderImportReport(importCalendarCsv(input), t);
const ENGLISH = /\b(the|line|quote|invalid|record|column)\b/i;

describe("bad-file set", () => {
  it("wrong header: names the missing columns", () => {
    const text = report("nombre del concurso;año;fase\nEureka;2027;UGEL\n");
    expect(text).toContain("Fila 1, columna «concurso»: falta la columna «concurso» en la cabecera.");
    expect(text).toContain("falta la columna «etapa»");
    expect(text).not.toMatch(ENGLISH);
  });

  it("impossible dates: the row and the date as written", () => {
    const text = report(`${HEADER}\n${ROW("Comunicación", "31/02/2027")}\n`);
    expect(text).toContain("Fila 2, columna «inscripcion_cierre»: la fecha «31/02/2027» no es válida; usa AAAA-MM-DD o DD/MM/AAAA.");
  });

  it("unknown area: a warning, and the row is kept", () => {
    const result = importCalendarCsv(`${HEADER}\n${ROW("Astronomía", "28/05/2027")}\n`);
    expect(result.errors).toEqual([]);
    expect(result.contests.map((c) => [c.slug, c.area])).toEqual([["pasco-rimay", "otro"]]);
    expect(renderImportReport(result, t)).toContain("⚠️ Fila 2, columna «area»: el área «Astronomía» no está en la lista; la fila se guarda con el área «otro».");
  });

  it("a quoted cell with a line break does not shift the rows after it; an unbalanced quote names its row in Spanish", () => {
    const multiline = `${HEADER}\n${ROW("Comunicación", "28/05/2027").replace("DRE Pasco", '"DRE Pasco\ny UGEL Oxapampa"')}\n${ROW("Comunicación", "32/05/2027").replace("pasco-rimay", "otro-concurso")}\n`;
    expect(report(multiline)).toContain("Fila 3, columna «inscripcion_cierre»");
    const unbalanced = report(`${HEADER}\n${ROW("Comunicación", "28/05/2027")}\n${ROW('"Comunicación', "28/05/2027")}\n${ROW("Comunicación", "28/05/2027")}\n`);
    expect(unbalanced).toContain("Fila 3, columna «archivo»: unas comillas (\") se abren en esta fila y no se cierran");
    expect(unbalanced).not.toMatch(ENGLISH);
  });

  it("Excel's Spanish CSV: ';' with a UTF-8 BOM, CRLF line ends", () => {
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${HEADER}\r\n${ROW("Comunicación", "28/05/2027")}\r\n`, "utf8")]));
    const result = importCalendarCsv(bytes);
    expect(result.errors).toEqual([]);
    expect(result.contests[0]).toMatchObject({ slug: "pasco-rimay", area: "comunicacion", organizer: "DRE Pasco" });
  });

  it("Latin-1 (Windows-1252) file: accents survive", () => {
    const result = importCalendarCsv(new Uint8Array(Buffer.from(`${HEADER}\r\n${ROW("Educación Religiosa", "28/05/2027")}\r\n`, "latin1")));
    expect(result.errors).toEqual([]);
    expect(result.contests[0]).toMatchObject({ area: "religion", stages: [{ name: "Inscripción" }] });
  });

  it("a file that is not a spreadsheet: a Spanish message, no library text", () => {
    const text = renderImportReport(importCalendarCsv(new Uint8Array([0x00, 0xff, 0x22, 0x0a, 0x22, 0x22, 0x41])), t);
    expect(text).not.toMatch(ENGLISH);
  });
});
