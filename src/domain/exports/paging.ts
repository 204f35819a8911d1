/**
 * Keyset paging for exports: each page is `… WHERE <key> > $cursor ORDER BY <key> LIMIT n`, so a page costs
 * the same at the end of a large export as at the start, and only one page is in memory at a time.
 */
import type { Db } from "../db-types.js";

export const EXPORT_PAGE_ROWS = 2_000;

/**
 * Runs `sql` page by page. The statement takes the cursor as `$1` and the page size as `$2` (its other
 * parameters follow), and selects the key as a column named `cursor`.
 */
export async function* keysetPages<Row extends { cursor: number }>(db: Db, sql: string, params: readonly unknown[], pageRows = EXPORT_PAGE_ROWS): AsyncGenerator<Row[]> {
  let cursor = 0;
  for (;;) {
    const rows = await db.$queryRawUnsafe<Row[]>(sql, cursor, pageRows, ...params);
    if (rows.length === 0) return;
    yield rows;
    cursor = Number(rows[rows.length - 1]!.cursor);
    if (rows.length < pageRows) return;
  }
}
