/**
 * Prepared statements on a PostgreSQL server through node-postgres directly (no Prisma on the hot path). Each
 * statement text gets a stable name, so every connection of the pool parses and plans it once and afterwards
 * only binds and executes it; node-postgres remembers per connection which names it has prepared.
 *
 * A statement can be prepared two ways: by node-postgres in the extended protocol (runPrepared), or by a
 * `PREPARE` inside a simple-protocol query of several statements (executeStatement). The two ways get different
 * names: each keeps its own account of what a connection holds, and a name one of them prepared would make the
 * other's fail with "prepared statement … already exists" on that connection from then on.
 *
 * Values are sent as text exactly as PGlite's runner sends them (pglite-prepared.ts), and results are read
 * with node-postgres' parsers: int8 and numeric come back as strings, json/jsonb parsed, timestamps as Dates.
 */
import { createHash } from "node:crypto";
import type pg from "pg";
import type { SqlRunner } from "./rows.js";

const names = new Map<string, string>();

/** A name for the statement text, the same in every process (a hash), so logs and pg_stat_statements agree. */
export function statementName(sql: string): string {
  let name = names.get(sql);
  if (name === undefined) {
    name = `pasco_${createHash("sha1").update(sql).digest("hex").slice(0, 16)}`;
    names.set(sql, name);
  }
  return name;
}

/** The name of the statement's SQL-level PREPARE (executeStatement), apart from the protocol's (statementName). */
function sqlStatementName(sql: string): string {
  return statementName(sql).replace(/^pasco_/, "pasco_sql_");
}

/** Runs one named prepared statement on a pool (any free connection) or on one held connection. */
export function runPrepared<T>(client: Pick<pg.Pool, "query"> | pg.PoolClient, sql: string, params: readonly unknown[]): Promise<T[]> {
  return client.query({ name: statementName(sql), text: sql, values: params.map(toText) }).then((result) => result.rows as T[]);
}

export function pgPreparedStatements(pool: pg.Pool): SqlRunner {
  return <T>(sql: string, params: readonly unknown[]) => runPrepared<T>(pool, sql, params);
}

function toText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) throw new TypeError("queryRows: pass an array as JSON text and read it with jsonb_array_elements");
  if (typeof value === "object") return JSON.stringify(value);
  if (typeof value === "boolean") return value ? "t" : "f";
  return String(value);
}

/**
 * The same literal as node-postgres' escapeLiteral (an E'' string when there is a backslash, so it reads the
 * same whatever standard_conforming_strings says), built with native replaceAll: that one walks the text a
 * character at a time, and drafts of several kilobytes go through here on every turn.
 */
export function quoteLiteral(text: string): string {
  const quoted = text.replaceAll("'", "''");
  return text.includes("\\") ? ` E'${quoted.replaceAll("\\", "\\\\")}'` : `'${quoted}'`;
}

const preparedOn = new WeakMap<object, Set<string>>();

/**
 * After a failed query on the connection: a PREPARE counted as done may not have run. Takes the account again
 * from the server (the statements PREPAREd in SQL; node-postgres' own are left alone, and stay valid).
 */
export async function recountPrepared(client: pg.PoolClient): Promise<void> {
  const { rows } = await client.query<{ name: string }>("SELECT name FROM pg_prepared_statements WHERE from_sql");
  preparedOn.set(client, new Set(rows.map((row) => row.name)));
}

/**
 * `EXECUTE name(…)` of a server-side prepared statement, for a simple-protocol query of several statements
 * (one round trip; PREPAREd on this connection the first time). The values are sent as quoted literals.
 */
export function executeStatement(client: pg.PoolClient, sql: string, params: readonly unknown[]): string {
  const name = sqlStatementName(sql);
  let names = preparedOn.get(client);
  if (!names) preparedOn.set(client, (names = new Set()));
  const literals = params.map((value) => {
    const text = toText(value);
    return text === null ? "NULL" : quoteLiteral(text);
  });
  const execute = `EXECUTE ${name}${literals.length > 0 ? `(${literals.join(", ")})` : ""}`;
  if (names.has(name)) return execute;
  names.add(name);
  return `PREPARE ${name} AS ${sql}; ${execute}`;
}
