// Prepared statements on a PostgreSQL server through node-postgres: one statement prepared both ways on one
// connection (the extended protocol's and a PREPARE in SQL) runs either way, in either order; after a failed
// query of several statements, the account of what the connection holds matches the server again.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeStatement, recountPrepared, runPrepared } from "../../../src/db/pg-prepared.js";
import { createTestDatabase, testDatabaseUrl, type TestDatabase } from "../../helpers/db.js";

const url = testDatabaseUrl();

describe.runIf(url)("prepared statements on PostgreSQL", () => {
  let db: TestDatabase;
  let pool: pg.Pool;

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = new pg.Pool({ ...db.pool!.options, max: 1 }); // every query on the same connection
  });
  afterAll(async () => {
    await pool?.end();
    await db?.close();
  });

  const inSql = async (client: pg.PoolClient, sql: string, params: unknown[]) => {
    const results = (await client.query(`SELECT 1; ${executeStatement(client, sql, params)}`)) as unknown as pg.QueryResult[];
    return results[results.length - 1]!.rows;
  };

  it("runs a statement through the protocol and through SQL on one connection, in either order", async () => {
    const client = await pool.connect();
    try {
      const first = "SELECT $1::int + 1 AS n";
      expect(await runPrepared(client, first, [1])).toEqual([{ n: 2 }]);
      expect(await inSql(client, first, [2])).toEqual([{ n: 3 }]);
      const second = "SELECT $1::text || '!' AS said";
      expect(await inSql(client, second, ["hola"])).toEqual([{ said: "hola!" }]);
      expect(await runPrepared(client, second, ["chau"])).toEqual([{ said: "chau!" }]);
      expect(await inSql(client, second, ["otra vez"])).toEqual([{ said: "otra vez!" }]);
    } finally {
      client.release();
    }
  });

  it("counts again after a failed query whose PREPARE never ran, and prepares it when next used", async () => {
    const client = await pool.connect();
    try {
      const sql = "SELECT $1::int * 2 AS n";
      await expect(client.query(`SELECT 1/0; ${executeStatement(client, sql, [4])}`)).rejects.toThrow(/division by zero/);
      await recountPrepared(client);
      expect(await inSql(client, sql, [5])).toEqual([{ n: 10 }]);
      expect(await runPrepared(client, sql, [6])).toEqual([{ n: 12 }]);
    } finally {
      client.release();
    }
  });
});
