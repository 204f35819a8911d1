/**
 * Writing export tables to files on disk, row by row, never holding a table in memory:
 * - XLSX as one workbook, one sheet per table, written one after the other: each sheet's XML is made here
 *   (xlsx-xml.ts) and streamed into the zip (zip-writer.ts) as its rows come (exceljs's streaming writer built
 *   objects per cell and row, the largest cost of a big export);
 * - CSV as one file per table, ";"-separated with a UTF-8 BOM, which is how Excel in Spanish opens it.
 * `bytes()` tells how much of the file is written so far, so the caller can close a part before the
 * channel's upload limit.
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { join } from "node:path";
import { RowEncoder, SHEET_TAIL, sheetHead, sheetName as excelSheetName, sheetPath, workbookParts } from "./xlsx-xml.js";
import { openZipFile, TEXT_PIECE_CHARS } from "./zip-writer.js";

/** Rows are handed to zlib as text of about this length: most pieces then fit a reused buffer. */
const XML_PIECE_CHARS = TEXT_PIECE_CHARS - 16 * 1024;

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

/**
 * One workbook: each table becomes a worksheet streamed into the zip as its rows come (sheets one after the
 * other), and the workbook's other parts, which name the sheets, are written when it closes.
 */
async function openXlsxPart(dir: string, stem: string): Promise<PartWriter> {
  const fileName = `${stem}.xlsx`;
  const path = join(dir, fileName);
  const zip = openZipFile(path);
  const names: string[] = [];
  return {
    async table(name, _fileStem, columns) {
      const entry = zip.open(sheetPath(names.length));
      names.push(excelSheetName(name));
      const encoder = new RowEncoder(columns.length);
      let xml = sheetHead(columns, encoder);
      const flush = () => {
        entry.write(xml);
        xml = "";
      };
      return {
        add(cells) {
          xml += encoder.row(cells);
          if (xml.length >= XML_PIECE_CHARS) flush();
        },
        bytes: () => zip.bytes(),
        async drain() {
          flush();
          await new Promise((resolve) => setImmediate(resolve));
          await entry.ready();
        },
        async end() {
          xml += SHEET_TAIL;
          flush();
          await entry.end();
        },
      };
    },
    async close() {
      for (const [name, content] of workbookParts(names, "Pasco Educa Bot", new Date())) zip.addSmall(name, content);
      await zip.close();
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
