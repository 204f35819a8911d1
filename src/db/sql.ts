// Plain SQL on one connection, below Prisma: for migrations and test helpers, which need multi-statement
// scripts (simple query protocol), session state (advisory locks) and explicit transactions.
import type { PGlite, Transaction as PGliteTransaction } from "@electric-sql/pglite";
import type pg from "pg";
import { checkOut, releaseOnce } from "./checked-out-client.js";
import type { Database, DatabaseKind } from "./client.js";

export type Row = Record<string, unknown>;

export interface SqlSession {
  readonly kind: DatabaseKind;
  /** One statement, with $1... parameters. */
  query<R = Row>(sql: string, params?: unknown[]): Promise<R[]>;
  /** A script of several statements, no parameters (run as one implicit transaction by PostgreSQL). */
  exec(script: string): Promise<void>;
  /** Runs fn inside BEGIN ... COMMIT on this connection, ROLLBACK if it throws. */
  transaction<T>(fn: (tx: SqlSession) => Promise<T>): Promise<T>;
}

/** Holds one connection for the duration of fn: the PGlite instance itself, or a client from the pool. */
export async function withSqlSession<T>(db: Database, fn: (session: SqlSession) => Promise<T>): Promise<T> {
  if (db.kind === "pglite") {
    if (!db.pglite) throw new Error("withSqlSession: PGlite database without its PGlite instance");
    return fn(pgliteSession(db.pglite));
  }
  if (!db.pool) throw new Error("withSqlSession: PostgreSQL database without its pool");
  // A connection lost between two of fn's queries fails the next one, which fn's caller sees.
  const client = await checkOut(db.pool, () => undefined);
  let broken: Error | undefined;
  try {
    return await fn(pgSession(client));
  } catch (error) {
    broken = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    // A connection that failed mid-way may hold session state (locks, an aborted transaction): discard it.
    releaseOnce(client, broken);
  }
}

function pgliteSession(db: PGlite | PGliteTransaction, inTx = false): SqlSession {
  return {
    kind: "pglite",
    async query<R = Row>(sql: string, params: unknown[] = []) {
      return (await db.query<R>(sql, params)).rows;
    },
    async exec(script: string) {
      await db.exec(script);
    },
    async transaction<T>(fn: (tx: SqlSession) => Promise<T>) {
      if (inTx || !("transaction" in db)) throw new Error("nested transactions are not supported");
      return db.transaction((tx) => fn(pgliteSession(tx, true)));
    },
  };
}

function pgSession(client: pg.PoolClient, inTx = false): SqlSession {
  const session: SqlSession = {
    kind: "postgres",
    async query<R = Row>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as R[];
    },
    async exec(script: string) {
      await client.query(script); // no parameters: simple query protocol, several statements allowed
    },
    async transaction<T>(fn: (tx: SqlSession) => Promise<T>) {
      if (inTx) throw new Error("nested transactions are not supported");
      await client.query("BEGIN");
      try {
        const result = await fn(pgSession(client, true));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      }
    },
  };
  return session;
}
