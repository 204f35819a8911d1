/**
 * Reads a calendar import file: CSV (";" or "," detected from the header line; UTF-8 with or without BOM,
 * falling back to Windows-1252 for files saved by Excel as "CSV (delimitado por comas)") or XLSX (first
 * sheet). Rows are then validated by import-rows.
 */
import { parse } from "csv-parse/sync";
import type ExcelJS from "exceljs";

// exceljs takes about half a second to load: only when a spreadsheet is actually read or written.
const loadExcel = async () => (await import("exceljs")).default;
import { importRows, type ImportOptions, type ImportResult, type SourceRow } from "./import-rows.js";

export type { ImportError, ImportOptions, ImportResult } from "./import-rows.js";

function decode(input: Uint8Array | string): string {
  if (typeof input === "string") return input.replace(/^\uFEFF/, "");
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(input);
  } catch {
    return new TextDecoder("windows-1252").decode(input);
  }
}

/** The separator used in the header line, ignoring quoted text. */
export function detectDelimiter(text: string): ";" | "," {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char === ";") semicolons++;
    else if (!quoted && char === ",") commas++;
  }
  return semicolons >= commas && semicolons > 0 ? ";" : ",";
}

/** The library's own message stays out: it is English and speaks of text lines, not of sheet rows. */
function unreadable(): ImportResult {
  return { contests: [], errors: [{ line: 1, field: "archivo", code: "unreadable-file", params: {} }], warnings: [], rowsRead: 0 };
}

/** A quote opened and never closed swallows the rest of the file: name the sheet row where it starts. */
function unbalancedQuote(row: number): ImportResult {
  return { contests: [], errors: [{ line: row, field: "archivo", code: "unbalanced-quote", params: {} }], warnings: [], rowsRead: 0 };
}

interface CsvParseError {
  code?: string;
  records?: number;
}

export function importCalendarCsv(input: Uint8Array | string, options: ImportOptions = {}): ImportResult {
  const text = decode(input);
  let records: string[][];
  try {
    // Empty lines are kept (and skipped later as blank rows) so that record n is sheet row n + 1 even when a
    // quoted cell holds a line break.
    records = parse(text, { delimiter: detectDelimiter(text), relax_column_count: true, relax_quotes: true }) as string[][];
  } catch (error) {
    const { code, records: done } = error as CsvParseError;
    if (code === "CSV_QUOTE_NOT_CLOSED" || code === "CSV_INVALID_CLOSING_QUOTE") return unbalancedQuote((done ?? 0) + 1);
    return unreadable();
  }
  const [header, ...rest] = records;
  if (header === undefined) return importRows([], [], options);
  const rows: SourceRow[] = rest.map((cells, i) => ({ line: i + 2, cells }));
  return importRows(header, rows, options);
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** A spreadsheet cell as the text a person would have typed. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    // exceljs reads date cells as UTC instants of the wall-clock value.
    const day = `${value.getUTCFullYear()}-${pad2(value.getUTCMonth() + 1)}-${pad2(value.getUTCDate())}`;
    const time = `${pad2(value.getUTCHours())}:${pad2(value.getUTCMinutes())}`;
    return time === "00:00" ? day : `${day} ${time}`;
  }
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("hyperlink" in value) return typeof value.text === "string" ? value.text : cellText(value.text as ExcelJS.CellValue);
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("error" in value) return "";
  }
  return String(value);
}

export async function importCalendarXlsx(input: Uint8Array | ArrayBuffer, options: ImportOptions = {}): Promise<ImportResult> {
  const workbook = new (await loadExcel()).Workbook();
  try {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    return unreadable();
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) return importRows([], [], options);
  let header: string[] | undefined;
  const rows: SourceRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
    if (header === undefined) header = cells;
    else rows.push({ line: rowNumber, cells });
  });
  return importRows(header ?? [], rows, options);
}

/** Picks the reader from the file content (XLSX files are ZIP archives starting with "PK"). */
export async function importCalendarFile(input: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const isZip = input.length > 1 && input[0] === 0x50 && input[1] === 0x4b;
  return isZip ? importCalendarXlsx(input, options) : importCalendarCsv(input, options);
}
