/**
 * Blank import templates for DRE specialists: the header row of the layout and two example rows (one contest,
 * two stages), as CSV (";" separated, UTF-8 with BOM so Excel opens accents correctly) and as XLSX.
 */

import { COLUMNS, type Column } from "./import-layout.js";

// exceljs takes about half a second to load: only when a spreadsheet is actually read or written.
const loadExcel = async () => (await import("exceljs")).default;

type ExampleRow = Partial<Record<Column, string>>;

const EXAMPLE_CONTEST: ExampleRow = {
  concurso: "eureka",
  anio: "2027",
  nombre: "Feria Escolar Nacional de Ciencia y Tecnología Eureka",
  nombre_corto: "Eureka",
  alias: "Feria de ciencias|FENCYT",
  organizador: "MINEDU y CONCYTEC",
  area: "ciencia",
  niveles: "primaria|secundaria",
  grados: "1.° a 6.° de primaria; 1.° a 5.° de secundaria",
  categorias: "Indagación científica|Investigación tecnológica",
  bases_url: "https://www.gob.pe/minedu",
  notas: "Fila de ejemplo: reemplácela por los datos oficiales",
};

export const TEMPLATE_EXAMPLE_ROWS: ExampleRow[] = [
  { ...EXAMPLE_CONTEST, etapa: "inscripcion", etapa_nombre: "Inscripción de proyectos", inscripcion_inicio: "2027-05-03", inscripcion_cierre: "31/05/2027" },
  { ...EXAMPLE_CONTEST, etapa: "regional", etapa_nombre: "Etapa regional", fecha_inicio: "20/09/2027 09:00", fecha_fin: "24/09/2027", lugar: "Cerro de Pasco" },
];

function csvCell(value: string): string {
  return /[";\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function buildTemplateCsv(): Buffer {
  const lines = [COLUMNS.join(";"), ...TEMPLATE_EXAMPLE_ROWS.map((row) => COLUMNS.map((c) => csvCell(row[c] ?? "")).join(";"))];
  return Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");
}

export async function buildTemplateXlsx(): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  const sheet = workbook.addWorksheet("calendario");
  sheet.addRow([...COLUMNS]);
  sheet.getRow(1).font = { bold: true };
  for (const row of TEMPLATE_EXAMPLE_ROWS) sheet.addRow(COLUMNS.map((c) => row[c] ?? ""));
  sheet.columns.forEach((column) => {
    column.width = 20;
  });
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
