/**
 * Paging for exports, so only a page of rows is in memory and a page costs the same at the end of a large
 * export as at the start. The statements run prepared (PostgreSQL keeps a generic plan after a few pages), so
 * each is written so that its plan is driven by a primary key whatever the parameters:
 * - keyset pages: `… WHERE <key> > $cursor ORDER BY <key> LIMIT n`;
 * - id windows, for the detail tables of a range of registrations: the rows of the registrations whose id is in
 *   (start, start + size], window after window, read through the index on the registration id.
 */
import { queryRows } from "../../db/rows.js";
import type { Db } from "../db-types.js";

export const EXPORT_PAGE_ROWS = 1_000;

/**
 * Runs `sql` page by page. The statement takes the cursor as `$1` and the page size as `$2` (its other
 * parameters follow), and selects the key as a column named `cursor`.
 */
export async function* keysetPages<Row extends { cursor: number }>(
  db: Db,
  sql: string,
  params: readonly unknown[],
  pageRows = EXPORT_PAGE_ROWS,
  format: "rows" | "json" = "rows",
): AsyncGenerator<Row[]> {
  // queryRows: a prepared statement run by the driver itself (node-postgres, PGlite), not through Prisma, which
  // would convert every value of every row once more.
  const fetch = format === "json" ? jsonPage<Row>(db, sql, params, pageRows) : (cursor: number) => queryRows<Row>(db, sql, [cursor, pageRows, ...params]);
  let next: Promise<Row[]> | null = fetch(0);
  while (next) {
    const rows: Row[] = await next;
    if (rows.length === 0) return;
    // The next page is asked for before this one is written, so the database and the writing overlap; at most
    // two pages are in memory.
    next = rows.length < pageRows ? null : fetch(Number(rows[rows.length - 1]!.cursor));
    next?.catch(() => undefined); // an error surfaces when it is awaited; never as an unhandled rejection meanwhile
    yield rows;
  }
}

/**
 * Runs `sql` once per window of `size` ids from `first` to `last`: the statement takes the window's start
 * (exclusive) as `$1` and its size as `$2`, its other parameters follow. Empty windows yield nothing.
 */
export async function* idWindows<Row>(db: Db, sql: string, params: readonly unknown[], first: number, last: number, size = EXPORT_PAGE_ROWS): AsyncGenerator<Row[]> {
  const fetch = (start: number) => queryRows<Row>(db, sql, [start, size, ...params]);
  let start = first - 1;
  let next: Promise<Row[]> | null = start < last ? fetch(start) : null;
  while (next) {
    const rows: Row[] = await next;
    start += size;
    next = start < last ? fetch(start) : null;
    next?.catch(() => undefined);
    if (rows.length > 0) yield rows;
  }
}

/**
 * A page as one JSON text, parsed at once by JSON.parse, instead of a row message per row whose every field the
 * driver decodes (PGlite copies each message out of its WebAssembly memory): on PGlite the pages of the ATA
 * table took 40% less time. Values keep their JSON types; the sheets' dates are text from the SQL already.
 */
function jsonPage<Row>(db: Db, sql: string, params: readonly unknown[], pageRows: number): (cursor: number) => Promise<Row[]> {
  const paged = `SELECT json_agg(page ORDER BY page.cursor)::text AS rows FROM (${sql}) AS page`;
  return async (cursor) => {
    const [page] = await queryRows<{ rows: string | null }>(db, paged, [cursor, pageRows, ...params]);
    return page?.rows ? (JSON.parse(page.rows) as Row[]) : [];
  };
}
