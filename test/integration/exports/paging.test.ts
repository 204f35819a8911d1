// Keyset pages read as rows and read as one JSON text per page give the same rows, in order, across pages,
// with texts that JSON must escape (quotes, line breaks, accents) and NULLs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keysetPages } from "../../../src/domain/exports/paging.js";
import { createTestDatabase, testDatabaseUrl, type TestDatabase } from "../../helpers/db.js";

const SQL = `SELECT g AS cursor, CASE WHEN g % 7 = 0 THEN NULL ELSE 'Institución "' || g || E'"\\nsegunda línea \\\\ fin' END AS note, g % 2 = 0 AS even
               FROM generate_series(1, 25) AS g
              WHERE g > $1::int AND g <= $3::int
              ORDER BY g
              LIMIT $2::int`;

describe(`export pages (${testDatabaseUrl() ? "PostgreSQL" : "PGlite"})`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ seed: false });
  });
  afterAll(async () => {
    await db?.close();
  });

  const collect = async (format: "rows" | "json", last: number) => {
    const pages: unknown[][] = [];
    for await (const page of keysetPages<{ cursor: number }>(db.prisma, SQL, [last], 10, format)) pages.push(page);
    return pages;
  };

  it("reads the same pages either way", async () => {
    const rows = await collect("rows", 25);
    const json = await collect("json", 25);
    expect(json.map((page) => page.length)).toEqual([10, 10, 5]);
    expect(json).toEqual(rows);
    expect(json[0]![0]).toEqual({ cursor: 1, note: 'Institución "1"\nsegunda línea \\ fin', even: false });
    expect((json[0]![6] as { note: unknown }).note).toBeNull();
  });

  it("ends on a full last page and on no rows at all", async () => {
    expect((await collect("json", 20)).map((page) => page.length)).toEqual([10, 10]);
    expect(await collect("json", 0)).toEqual([]);
  });
});
