/**
 * What an export table is: its columns, the SQL that pages through its rows, the small tables its cells read by
 * id (loaded once per export), and how a row becomes cells. Cells are formatted for the reader: dates already
 * as Lima text from the SQL, choices through Fluent, each distinct label translated once per export.
 */
import type { Translate } from "../../i18n.js";
import type { Db } from "../db-types.js";
import type { Actor } from "../registrations/authorization.js";
import type { ExportScope } from "./scope.js";
import type { TableColumn } from "./table-writer.js";

export type Cell = string | number;

export interface SheetContext {
  t: Translate;
  actor: Actor;
  /** `t(id, { [arg]: value })`, translated once per export for each value. */
  label(id: string, arg: string, value: string): string;
}

export interface SheetDef<Row, Lookups = undefined> {
  /** Fluent id of the sheet's name. */
  nameKey: string;
  /** File name part for CSV. */
  fileStem: string;
  columns(t: Translate): TableColumn[];
  /**
   * $1 cursor, $2 page size (detail tables: $1 the start of a window of registration ids, $2 its size), $3 year,
   * $4 UGEL or null, then (detail tables) $5..$6 the registration id range of the part.
   */
  sql: string;
  /**
   * Rows per page (detail tables: registration ids per window). A page's rows should die young: one that
   * outgrows V8's young generation is promoted, and the process keeps that memory until a full collection.
   */
  pageRows?: number;
  /**
   * "json": each page comes back as one JSON text (paging.ts), for tables of many short rows. Not for rows that
   * carry whole forms: a page's text would be megabytes, allocated outside the young generation.
   */
  pageFormat?: "rows" | "json";
  /** Small tables the cells look up by id (announcements, UGELs, schools), read once per export. */
  lookups?(db: Db, scope: ExportScope): Promise<Lookups>;
  cells(row: Row, context: SheetContext, lookups: Lookups): Cell[];
}

export const col = (t: Translate, key: string, width: number, args?: Record<string, string>): TableColumn => ({ header: t(`export-col-${key}`, args), width });

/** The cells' labels take few values (a status, a role, a milestone): each is formatted once. */
export function sheetContext(t: Translate, actor: Actor): SheetContext {
  const byId = new Map<string, Map<string, string>>();
  return {
    t,
    actor,
    label(id, arg, value) {
      let values = byId.get(id);
      if (!values) byId.set(id, (values = new Map()));
      let text = values.get(value);
      if (text === undefined) {
        text = t(id, { [arg]: value });
        if (values.size < 1_000) values.set(value, text);
      }
      return text;
    },
  };
}

/** A timestamp as Lima date and time text ("05/03/2026 14:30"), made by the database. */
export const limaTextSql = (expression: string) => `to_char((${expression}) AT TIME ZONE 'America/Lima', 'DD/MM/YYYY HH24:MI')`;
