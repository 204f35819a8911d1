/**
 * Writing export tables to files on disk, row by row, never holding a table in memory:
 * - XLSX through exceljs's streaming WorkbookWriter (one workbook, one sheet per table, written one after the
 *   other: exceljs streams a sheet into the zip as it is written, a second open sheet would be buffered);
 * - CSV as one file per table, ";"-separated with a UTF-8 BOM, which is how Excel in Spanish opens it.
 * `bytes()` tells how much of the file is written so far, so the caller can close a part before the
 * channel's upload limit.
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { join } from "node:path";
import type ExcelJS from "exceljs";

// exceljs takes about half a second to load: only when a spreadsheet is actually written.
const loadExcel = async () => (await import("exceljs")).default;

export type ExportFormat = "xlsx" | "csv";

export interface TableColumn {
  header: string;
  width: number;
}

export interface TableSink {
  add(cells: ReadonlyArray<string | number>): void;
  /** Bytes written to disk for this table's file so far (XLSX: the whole workbook). */
  bytes(): number;
  /** Waits until the disk has caught up (called after each page, so a fast database does not fill memory). */
  drain(): Promise<void>;
  end(): Promise<void>;
}

export interface WrittenFile {
  path: string;
  fileName: string;
  mimeType: string;
}

export interface PartWriter {
  table(sheetName: string, fileStem: string, columns: TableColumn[]): Promise<TableSink>;
  /** Closes the part; the files it wrote. */
  close(): Promise<WrittenFile[]>;
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** One part of an export: `<dir>/<stem>[-parte-N].xlsx`, or one CSV per table. */
export async function openPart(format: ExportFormat, dir: string, stem: string): Promise<PartWriter> {
  return format === "xlsx" ? openXlsxPart(dir, stem) : openCsvPart(dir, stem);
}

async function openXlsxPart(dir: string, stem: string): Promise<PartWriter> {
  const Excel = await loadExcel();
  const fileName = `${stem}.xlsx`;
  const path = join(dir, fileName);
  const stream = createWriteStream(path);
  // No styles: exceljs then skips a style lookup per cell (a third of the time of a large export).
  const workbook = new Excel.stream.xlsx.WorkbookWriter({ stream, useStyles: false, useSharedStrings: false });
  workbook.creator = "Pasco Educa Bot";
  const finished = new Promise<void>((resolve, reject) => {
    stream.once("finish", resolve);
    stream.once("error", reject);
  });
  return {
    async table(sheetName, _fileStem, columns) {
      const sheet: ExcelJS.Worksheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
      sheet.columns = columns.map((column, index) => ({ header: column.header, key: String(index), width: column.width }));
      sheet.getRow(1).commit();
      return {
        add(cells) {
          sheet.addRow(cells as Array<string | number>).commit();
        },
        bytes: () => stream.bytesWritten,
        drain: () => drained(stream),
        end: async () => sheet.commit(),
      };
    },
    async close() {
      await workbook.commit();
      await finished;
      return [{ path, fileName, mimeType: XLSX_MIME }];
    },
  };
}

/**
 * Lets the event loop run once (PGlite answers without I/O, so zip and disk would otherwise wait until the end),
 * then waits for the file to drain if it asked to.
 */
async function drained(stream: WriteStream): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  if (stream.writableNeedDrain) await new Promise<void>((resolve) => stream.once("drain", () => resolve()));
}

/** A CSV cell: quoted when it holds the separator, a quote or a line break. */
export function csvCell(value: string | number): string {
  const text = String(value);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function openCsvPart(dir: string, stem: string): Promise<PartWriter> {
  const files: WrittenFile[] = [];
  const open: Array<Promise<void>> = [];
  return Promise.resolve({
    async table(_sheetName, fileStem, columns) {
      const fileName = `${stem}-${fileStem}.csv`;
      const path = join(dir, fileName);
      const stream: WriteStream = createWriteStream(path);
      const closed = new Promise<void>((resolve, reject) => {
        stream.once("finish", resolve);
        stream.once("error", reject);
      });
      open.push(closed);
      files.push({ path, fileName, mimeType: "text/csv" });
      let written = 0;
      const write = (line: string) => {
        written += Buffer.byteLength(line);
        stream.write(line);
      };
      write(`\uFEFF${columns.map((column) => csvCell(column.header)).join(";")}\r\n`);
      return {
        add(cells) {
          write(`${cells.map(csvCell).join(";")}\r\n`);
        },
        bytes: () => written,
        drain: () => drained(stream),
        end: async () => {
          stream.end();
          await closed;
        },
      };
    },
    async close() {
      await Promise.all(open);
      return files;
    },
  });
}
