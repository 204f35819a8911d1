/**
 * Keyset paging for exports: each page is `… WHERE <key> > $cursor ORDER BY <key> LIMIT n`, so a page costs
 * the same at the end of a large export as at the start, and only one page is in memory at a time.
 */
import type { Db } from "../db-types.js";

export const EXPORT_PAGE_ROWS = 1_000;

/**
 * Runs `sql` page by page. The statement takes the cursor as `$1` and the page size as `$2` (its other
 * parameters follow), and selects the key as a column named `cursor`.
 */
export async function* keysetPages<Row extends { cursor: number }>(db: Db, sql: string, params: readonly unknown[], pageRows = EXPORT_PAGE_ROWS): AsyncGenerator<Row[]> {
  const fetch = (cursor: number) => db.$queryRawUnsafe<Row[]>(sql, cursor, pageRows, ...params);
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
