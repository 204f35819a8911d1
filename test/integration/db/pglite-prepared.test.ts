// Prepared statements on embedded PGlite (the runner behind queryRows there): the same rows as pglite.query,
// one plan per statement, a failed statement prepared again, and never a statement inside another's transaction.
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { preparedStatements } from "../../../src/db/pglite-prepared.js";

let pglite: PGlite;

beforeAll(async () => {
  pglite = new PGlite("memory://");
  await pglite.exec(`CREATE TABLE note (id serial PRIMARY KEY, body jsonb NOT NULL, seen boolean, at timestamptz, tag text)`);
});

afterAll(async () => {
  await pglite.close();
});

const preparedNames = async () =>
  (await pglite.query<{ name: string }>(`SELECT name FROM pg_prepared_statements WHERE name LIKE 'pasco_%' ORDER BY name`)).rows.map((row) => row.name);

describe("prepared statements on PGlite", () => {
  it("returns what pglite.query returns, with parameters sent as text", async () => {
    const run = preparedStatements(pglite);
    const at = new Date("2026-06-12T15:30:00.000Z");
    const sql = `INSERT INTO note (body, seen, at, tag) VALUES ($1::jsonb, $2::boolean, $3::timestamptz, $4::text) RETURNING *`;
    const [row] = await run<Record<string, unknown>>(sql, [{ words: ["ñandú", "año"] }, true, at, null]);
    expect(row).toEqual({ id: 1, body: { words: ["ñandú", "año"] }, seen: true, at, tag: null });
    const viaQuery = await pglite.query(`SELECT * FROM note WHERE id = $1`, [1]);
    expect(await run(`SELECT * FROM note WHERE id = $1::int`, [1])).toEqual(viaQuery.rows);
    expect(await run(`SELECT count(*)::int AS n FROM note WHERE seen = $1::boolean`, [false])).toEqual([{ n: 0 }]);
    await expect(run(`SELECT $1::text[]`, [["a", "b"]])).rejects.toThrow(/array as JSON/);
  });

  it("plans each statement once, shared by every runner on the instance", async () => {
    const before = await preparedNames();
    const first = preparedStatements(pglite);
    const second = preparedStatements(pglite);
    const sql = `SELECT tag FROM note WHERE id = $1::int`;
    for (let index = 0; index < 5; index++) await first(sql, [1]);
    await second(sql, [1]);
    expect((await preparedNames()).length).toBe(before.length + 1);
  });

  it("names at most 200 statements on an instance, and runs the rest unnamed", async () => {
    const instance = new PGlite("memory://");
    try {
      const run = preparedStatements(instance);
      for (let index = 0; index < 210; index++) expect(await run(`SELECT $1::int + ${index} AS n`, [1])).toEqual([{ n: index + 1 }]);
      expect(await run(`SELECT $1::int + 209 AS n`, [2])).toEqual([{ n: 211 }]);
      const [count] = (await instance.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_prepared_statements`)).rows;
      expect(count?.n).toBe(200);
    } finally {
      await instance.close();
    }
  });

  it("forgets a statement that failed, and prepares it again once it can run", async () => {
    const run = preparedStatements(pglite);
    const sql = `SELECT count(*)::int AS n FROM later`;
    await expect(run(sql, [])).rejects.toThrow(/later/);
    await pglite.exec(`CREATE TABLE later (id int)`);
    expect(await run(sql, [])).toEqual([{ n: 0 }]);
  });

  it("waits for a transaction in progress instead of running inside it", async () => {
    const run = preparedStatements(pglite);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const transaction = pglite.transaction(async (tx) => {
      await tx.query(`INSERT INTO note (body) VALUES ('{"in":"tx"}')`);
      await held;
      await tx.rollback();
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const insert = run(`INSERT INTO note (body) VALUES ($1::jsonb) RETURNING id`, [{ outside: true }]);
    await new Promise((resolve) => setTimeout(resolve, 20)); // time enough to run, were it not waiting
    release();
    await transaction;
    await insert;
    const bodies = (await pglite.query<{ body: unknown }>(`SELECT body FROM note ORDER BY id`)).rows.map((row) => row.body);
    expect(bodies).toContainEqual({ outside: true });
    expect(bodies).not.toContainEqual({ in: "tx" });
  });

  it("tells the inspector what each statement returned", async () => {
    const seen: Array<[string, unknown[]]> = [];
    const run = preparedStatements(pglite, (sql, result) => seen.push([sql, result.rows]));
    await run(`UPDATE note SET tag = $1::text WHERE id = $2::int RETURNING id`, ["visto", 1]);
    expect(seen).toEqual([[`UPDATE note SET tag = $1::text WHERE id = $2::int RETURNING id`, [{ id: 1 }]]]);
  });
});
