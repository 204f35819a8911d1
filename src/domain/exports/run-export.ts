/**
 * Runs an export to files on disk: the main table page by page (keyset), closing the current part and
 * opening the next one when the file nears `maxPartBytes` (Telegram's 50 MB upload limit), then the detail
 * tables of the registrations that part holds. Each part is a workbook that opens on its own (the same
 * sheets, the registrations of an id range), never bytes cut in the middle of a file.
 * Only one page of rows is ever in memory; the count for the progress is one SQL count.
 */
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Translate } from "../../i18n.js";
import type { Db } from "../db-types.js";
import type { Actor } from "../registrations/authorization.js";
import { ataSheet } from "./ata-sheet.js";
import { EXPORT_PAGE_ROWS, idWindows, keysetPages } from "./paging.js";
import { filesSheet, historySheet, membersSheet, registrationsSheet, scopeParams } from "./registration-sheets.js";
import { sheetContext, type SheetContext, type SheetDef } from "./sheet-def.js";
import type { ExportScope } from "./scope.js";
import { openPart, type ExportFormat, type PartWriter, type WrittenFile } from "./table-writer.js";

export type ExportKind = "registrations" | "ata";

export interface ExportOptions {
  kind: ExportKind;
  format: ExportFormat;
  scope: ExportScope;
  actor: Actor;
  t: Translate;
  /** File name without extension, e.g. "registros-2026-190001". */
  stem: string;
  /** Where the files go (default: a folder under the system's temporary directory). */
  dir?: string;
  /** A part is closed once its main file passes this size (the rest of the part is much smaller). */
  partThresholdBytes?: number;
  pageRows?: number;
  onProgress?: (done: number, total: number) => void | Promise<void>;
}

export interface ExportFile extends WrittenFile {
  sizeBytes: number;
}

export interface ExportResult {
  files: ExportFile[];
  rows: number;
  parts: number;
}

export const TELEGRAM_UPLOAD_LIMIT_BYTES = 50 * 1_048_576;
/** Closing a part at 40 MB leaves room for the detail sheets and the zip's last buffers under 50 MB. */
export const TELEGRAM_PART_THRESHOLD_BYTES = 40 * 1_048_576;

const COUNT_SQL: Record<ExportKind, string> = {
  registrations: `SELECT count(*)::int AS n FROM "Registration" r WHERE r.year = $1::int AND ($2::text IS NULL OR r."ugelId" = $2::text)`,
  ata: `SELECT count(*)::int AS n FROM "Delivery" d JOIN "AtaAnnouncement" an ON an.id = d."announcementId" JOIN "Person" p ON p.id = d."personId"
         WHERE an."createdAt" >= make_timestamptz($1::int, 1, 1, 0, 0, 0, 'America/Lima') AND an."createdAt" < make_timestamptz($1::int + 1, 1, 1, 0, 0, 0, 'America/Lima')
           AND ($2::text IS NULL OR p."ugelId" = $2::text)`,
};

type AnySheet = SheetDef<{ cursor: number }, unknown>;

const MAIN_SHEET: Record<ExportKind, AnySheet> = {
  registrations: registrationsSheet as unknown as AnySheet,
  ata: ataSheet as unknown as AnySheet,
};

const DETAIL_SHEETS = [membersSheet, filesSheet, historySheet] as unknown as AnySheet[];

export const EXPORT_DIR = join(tmpdir(), "pasco-educa-exports");
const STALE_MS = 60 * 60_000;

/** Removes export files older than an hour (sent long ago, or left by a process that stopped). */
export async function sweepExportDir(dir = EXPORT_DIR, now = Date.now()): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      const info = await stat(path).catch(() => null);
      if (info && now - info.mtimeMs > STALE_MS) await rm(path, { recursive: true, force: true });
    }),
  );
}

export async function countExportRows(db: Db, kind: ExportKind, scope: ExportScope): Promise<number> {
  const [row] = await db.$queryRawUnsafe<Array<{ n: number }>>(COUNT_SQL[kind], ...scopeParams(scope));
  return Number(row?.n ?? 0);
}

/** Messages without arguments (and the labels' translations) are formatted once per export. */
function memoized(t: Translate): Translate {
  const cache = new Map<string, string>();
  return (id, args) => {
    const key = args ? `${id}\u0000${Object.values(args).join("\u0000")}` : id;
    let text = cache.get(key);
    if (text === undefined) {
      text = t(id, args);
      if (cache.size < 10_000) cache.set(key, text);
    }
    return text;
  };
}

export async function runExport(db: Db, options: ExportOptions): Promise<ExportResult> {
  const base = options.dir ?? EXPORT_DIR;
  await mkdir(base, { recursive: true });
  const dir = join(base, `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`);
  await mkdir(dir);
  const t = memoized(options.t);
  const { scope } = options;
  const context = sheetContext(t, options.actor);
  const threshold = options.partThresholdBytes ?? Number.POSITIVE_INFINITY;
  const total = await countExportRows(db, options.kind, scope);
  const main = MAIN_SHEET[options.kind];
  const lookups = await main.lookups?.(db, scope);
  const pageRows = options.pageRows ?? main.pageRows ?? EXPORT_PAGE_ROWS;
  const pages = keysetPages<{ cursor: number }>(db, main.sql, scopeParams(scope), pageRows, main.pageFormat)[Symbol.asyncIterator]();

  const written: WrittenFile[] = [];
  let done = 0;
  let part = 0;
  let pending = await pages.next();
  do {
    part++;
    const writer = await openPart(options.format, dir, part === 1 ? options.stem : `${options.stem}-${t("export-part-suffix")}-${part}`);
    const sink = await writer.table(t(main.nameKey), main.fileStem, main.columns(t));
    let first: number | null = null;
    let last = 0;
    while (!pending.done) {
      for (const row of pending.value) sink.add(main.cells(row, context, lookups));
      first ??= pending.value[0]?.cursor ?? null;
      last = pending.value[pending.value.length - 1]?.cursor ?? last;
      done += pending.value.length;
      await sink.drain();
      await options.onProgress?.(done, total);
      pending = await pages.next();
      if (sink.bytes() >= threshold) break;
    }
    await sink.end();
    if (options.kind === "registrations") await writeDetails(db, writer, options, context, first ?? 0, last);
    written.push(...(await writer.close()));
  } while (!pending.done);

  const files = await Promise.all(written.map(async (file) => ({ ...file, sizeBytes: (await stat(file.path)).size })));
  return { files, rows: done, parts: part };
}

async function writeDetails(db: Db, writer: PartWriter, options: ExportOptions, context: SheetContext, first: number, last: number): Promise<void> {
  const { t } = context;
  for (const sheet of DETAIL_SHEETS) {
    const lookups = await sheet.lookups?.(db, options.scope);
    const sink = await writer.table(t(sheet.nameKey), sheet.fileStem, sheet.columns(t));
    const windowIds = options.pageRows ?? sheet.pageRows ?? EXPORT_PAGE_ROWS;
    for await (const rows of idWindows<{ cursor: number }>(db, sheet.sql, [...scopeParams(options.scope), first, last], first, last, windowIds)) {
      for (const row of rows) sink.add(sheet.cells(row, context, lookups));
      await sink.drain();
    }
    await sink.end();
  }
}
