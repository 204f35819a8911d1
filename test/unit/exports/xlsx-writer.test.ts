// The export's own XLSX writer, read back by exceljs's reader (which shares no code with it): sheets in order
// with their names, column widths and the frozen header row, numbers as numbers, text exactly as given except
// the characters XML cannot hold, and a sheet large enough to be compressed in many pieces.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPart } from "../../../src/domain/exports/table-writer.js";
import { columnLetters, RowEncoder, sheetName, xmlText } from "../../../src/domain/exports/xlsx-xml.js";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "pasco-xlsx-test-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function values(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("XLSX XML", () => {
  it("names columns as spreadsheets do", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual(["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
  });

  it("escapes markup and drops what XML 1.0 cannot hold, keeping emoji whole", () => {
    expect(xmlText("a < b & c > d")).toBe("a &lt; b &amp; c &gt; d");
    expect(xmlText("ok\u0001\u0008\u000B\u001F\uFFFE fin")).toBe("ok fin");
    expect(xmlText("tab\tline\nend")).toBe("tab\tline\nend");
    expect(xmlText("🙂 cara")).toBe("🙂 cara");
    expect(xmlText("corte \uD83D y \uDE42 solos")).toBe("corte  y  solos");
  });

  it("makes sheet names Excel accepts", () => {
    expect(sheetName("Historial de revisión")).toBe("Historial de revisión");
    expect(sheetName("A/B: [c]*?\\d")).toBe("A-B- -c----d");
    expect(sheetName("'citado'")).toBe("citado");
    expect(sheetName("x".repeat(40))).toHaveLength(31);
    expect(sheetName("::")).toBe("--");
    expect(sheetName("''")).toBe("Hoja");
  });

  it("writes numbers as numbers, leaves empty cells out and keeps surrounding spaces", () => {
    const encoder = new RowEncoder(3);
    expect(encoder.row(["x", 2, ""])).toBe(`<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c><c r="B1"><v>2</v></c></row>`);
    expect(encoder.row([" y", "", 0])).toBe(`<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve"> y</t></is></c><c r="C2"><v>0</v></c></row>`);
  });
});

describe("XLSX workbook", () => {
  it("reads back with every sheet, header, width and value", async () => {
    const part = await openPart("xlsx", dir, "prueba");
    const tricky = ["Niños & niñas <5>", "  sangría inicial", "línea 1\nlínea 2", "emoji 🙂", "control\u0007 fuera", 'comillas "dobles"'];
    const first = await part.table("Registros: una hoja con un nombre muy largo", "registros", [
      { header: "Código", width: 16 },
      { header: "Texto", width: 40 },
      { header: "N.°", width: 6 },
    ]);
    tricky.forEach((text, index) => first.add([`R-${index}`, text, index]));
    first.add(["R-vacía", "", ""]);
    await first.drain();
    await first.end();
    const second = await part.table("Equipo", "equipo", [
      { header: "Fila", width: 8 },
      { header: "Relleno", width: 30 },
    ]);
    // About 8 MB of XML: many pieces through zlib, and waits for it to catch up.
    for (let row = 0; row < 40_000; row++) {
      second.add([row, `fila ${row} ${"x".repeat(row % 97)} ${(row * 7919) % 100_003}`]);
      if (row % 1_000 === 999) await second.drain();
    }
    await second.end();
    const [file, ...others] = await part.close();
    expect(others).toEqual([]);
    expect(file!.fileName).toBe("prueba.xlsx");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file!.path);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Registros- una hoja con un nomb", "Equipo"]);
    const [registros, equipo] = workbook.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect(registros.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect([1, 2, 3].map((index) => registros.getColumn(index).width)).toEqual([16, 40, 6]);
    const rows = values(registros);
    expect(rows[0]).toEqual(["Código", "Texto", "N.°"]);
    expect(rows.slice(1, 1 + tricky.length)).toEqual(tricky.map((text, index) => [`R-${index}`, text.replace("\u0007", ""), index]));
    expect(rows[1 + tricky.length]).toEqual(["R-vacía"]);
    const team = values(equipo);
    expect(team.length).toBe(40_001);
    expect(team[40_000]).toEqual([39_999, `fila 39999 ${"x".repeat(39_999 % 97)} ${(39_999 * 7919) % 100_003}`]);
    expect(team.slice(1).map((row) => row[0])).toEqual(Array.from({ length: 40_000 }, (_, index) => index));
  });
});
