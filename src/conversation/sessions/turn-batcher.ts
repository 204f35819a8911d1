/**
 * Group commit for turns on a PostgreSQL server: the turns of this process that start or end at the same moment
 * share one round trip on one connection, which holds the person locks of all of them.
 *
 * A cycle sends, in one simple query: a try of the lock of every turn starting (session-level advisory locks,
 * held by this connection) and the read of every such person; then the writes of every turn ending, in one
 * statement and one transaction, and the release of their locks after the commit. Twenty people answering at
 * once cost one round trip and one commit instead of forty and twenty.
 *
 * Advisory locks are re-entrant within a connection, so this relies on the router never running two turns of
 * one person at once in a process. A lock another process holds (or awaits) is not waited for here: that turn
 * is told "contended" and queues on a connection of its own (postgres.ts).
 */
import type pg from "pg";
import { checkOut, releaseOnce } from "../../db/checked-out-client.js";
import { executeStatement, forgetPrepared } from "../../db/pg-prepared.js";
import type { Logger } from "../../logger.js";
import { xminOf } from "./draft-versions.js";
import { batchStatement, joinsTables, PLAN_THIS_RUN, type SessionWrite } from "./group-commit.js";

export interface TurnStart {
  /** The person's lock key (a bigint, as decimal text). */
  lock: string;
  channel: string;
  externalId: string;
  updateId: string | undefined;
  /** The version of the person's drafts this process holds (draft-versions.ts), or null: sent back only if changed. */
  known: string | null;
}

/** A row of the read, or why there is none: the lock was not free, or the person is not known yet (lock held). */
export type StartOutcome<Row> = { kind: "row"; row: Row } | { kind: "contended" } | { kind: "unknown" };

interface PendingStart<Row> {
  start: TurnStart;
  resolve: (outcome: StartOutcome<Row>) => void;
  reject: (error: unknown) => void;
}

interface PendingEnd {
  lock: string;
  writes: SessionWrite[];
  /** With the id of the transaction that committed the writes (xminOf), if there were any. */
  resolve: (xid: string | undefined) => void;
  reject: (error: unknown) => void;
}

export interface TurnBatcherOptions {
  pool: pg.Pool;
  logger: Logger;
  /**
   * The read of a batch: one parameter, a JSON array of {i, channel, externalId, updateId, known}; one row per
   * known person, with the column `i` saying whose.
   */
  readStatement: string;
}

export class TurnBatcher<Row extends { i: number }> {
  private starts: PendingStart<Row>[] = [];
  private ends: PendingEnd[] = [];
  private client: Promise<pg.PoolClient> | undefined;
  private running = false;
  private scheduled = false;

  constructor(private readonly options: TurnBatcherOptions) {}

  /** Tries the person's lock and reads them, in the next cycle. */
  start(start: TurnStart): Promise<StartOutcome<Row>> {
    return new Promise((resolve, reject) => {
      this.starts.push({ start, resolve, reject });
      this.schedule();
    });
  }

  /**
   * Commits the turn's writes and then releases its lock, in the next cycle; resolves with the id of the
   * transaction that wrote them (as xmin shows it), or undefined with no writes. The lock is released even when
   * the writes fail (the promise rejects then).
   */
  end(lock: string, writes: SessionWrite[]): Promise<string | undefined> {
    return new Promise((resolve, reject) => {
      this.ends.push({ lock, writes, resolve, reject });
      this.schedule();
    });
  }

  async close(): Promise<void> {
    while (this.running || this.scheduled) await new Promise((resolve) => setImmediate(resolve));
    const client = await this.client?.catch(() => undefined);
    this.client = undefined;
    if (client) releaseOnce(client);
  }

  private schedule(): void {
    if (this.scheduled || this.running) return;
    this.scheduled = true;
    // setImmediate: turns that become ready in this same pass join the cycle.
    setImmediate(() => {
      this.scheduled = false;
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.starts.length > 0 || this.ends.length > 0) {
        const starts = this.starts;
        const ends = this.ends;
        this.starts = [];
        this.ends = [];
        await this.cycle(starts, ends);
      }
    } finally {
      this.running = false;
    }
  }

  private connection(): Promise<pg.PoolClient> {
    if (this.client) return this.client;
    const pending = checkOut(this.options.pool, (error) => {
      // Lost between two cycles; turns that held a lock on it lost the lock with it.
      this.options.logger.warn({ err: error }, "turn connection lost");
      if (this.client === pending) this.client = undefined;
      void pending.then((client) => releaseOnce(client, error));
    });
    this.client = pending;
    return pending;
  }

  private async cycle(starts: PendingStart<Row>[], ends: PendingEnd[]): Promise<void> {
    let client: pg.PoolClient;
    try {
      client = await this.connection();
    } catch (error) {
      this.client = undefined;
      for (const pending of [...starts, ...ends]) pending.reject(error);
      return;
    }
    try {
      const results = await query(client, [...this.startStatements(client, starts), ...endStatements(client, ends)]);
      this.settleStarts(starts, results);
      const xid = committedXid(results);
      for (const end of ends) end.resolve(end.writes.length > 0 ? xid : undefined);
    } catch (error) {
      await this.recover(client, starts, ends, error);
    }
  }

  /** The lock tries first, then the read: a statement's snapshot is taken when it starts, after the locks. */
  private startStatements(client: pg.PoolClient, starts: PendingStart<Row>[]): string[] {
    if (starts.length === 0) return [];
    const rows = starts.map(({ start }, i) => ({ i, channel: start.channel, externalId: start.externalId, updateId: start.updateId ?? null, known: start.known }));
    return [
      `SELECT ARRAY[${starts.map(({ start }) => `pg_try_advisory_lock(${start.lock})`).join(", ")}]::bool[] AS got`,
      executeStatement(client, this.options.readStatement, [JSON.stringify(rows)]),
    ];
  }

  private settleStarts(starts: PendingStart<Row>[], results: pg.QueryResult[]): void {
    if (starts.length === 0) return;
    // The lock array, then the read: the next result with columns (a PREPARE before its EXECUTE has none).
    const at = results.findIndex((result) => result.fields[0]?.name === "got" && result.fields.length === 1);
    const got = (results[at]?.rows[0] as { got: boolean[] } | undefined)?.got ?? [];
    const rows = new Map<number, Row>();
    const read = results.slice(at + 1).find((result) => result.fields.length > 0);
    for (const row of (read?.rows ?? []) as Row[]) rows.set(Number(row.i), row);
    starts.forEach((pending, i) => {
      if (got[i] !== true) pending.resolve({ kind: "contended" });
      else {
        const row = rows.get(i);
        pending.resolve(row ? { kind: "row", row } : { kind: "unknown" });
      }
    });
  }

  /**
   * A cycle failed. Nothing after the failing statement ran and its transaction rolled back, but locks tried
   * before it may be held: release every lock of the cycle, then write each ending turn alone (so one bad write
   * fails alone) and start the starting ones again.
   */
  private async recover(client: pg.PoolClient, starts: PendingStart<Row>[], ends: PendingEnd[], error: unknown): Promise<void> {
    try {
      await reset(client);
      if (starts.length > 0) await client.query(`SELECT ${starts.map(({ start }) => `pg_advisory_unlock(${start.lock})`).join(", ")}`);
    } catch (broken) {
      // The connection itself is gone, and every lock it held with it.
      this.options.logger.warn({ err: broken }, "turn connection lost");
      releaseOnce(client, broken instanceof Error ? broken : new Error(String(broken)));
      this.client = undefined;
      for (const pending of [...starts, ...ends]) pending.reject(error);
      return;
    }
    for (const end of ends) {
      try {
        const results = await query(client, endStatements(client, [end]));
        end.resolve(end.writes.length > 0 ? committedXid(results) : undefined);
      } catch (failed) {
        await reset(client).catch(() => undefined);
        await client.query(`SELECT pg_advisory_unlock(${end.lock})`).catch(() => undefined);
        end.reject(failed);
      }
    }
    if (starts.length === 0) return;
    try {
      this.settleStarts(starts, await query(client, this.startStatements(client, starts)));
    } catch (failed) {
      await client.query(`SELECT ${starts.map(({ start }) => `pg_advisory_unlock(${start.lock})`).join(", ")}`).catch(() => undefined);
      for (const pending of starts) pending.reject(failed);
    }
  }
}

/** The writes in one transaction, then the locks released: the next turn of these people, anywhere, reads them. */
function endStatements(client: pg.PoolClient, ends: PendingEnd[]): string[] {
  if (ends.length === 0) return [];
  const writes = ends.flatMap((end) => end.writes);
  const unlock = `SELECT ${ends.map((end) => `pg_advisory_unlock(${end.lock})`).join(", ")}`;
  if (writes.length === 0) return [unlock];
  const [sql, params] = batchStatement(writes);
  return ["BEGIN", ...(joinsTables(writes) ? [PLAN_THIS_RUN] : []), executeStatement(client, sql, params), "COMMIT", unlock];
}

/** Out of the failed transaction; a PREPARE after the failing statement never ran, so prepare everything again. */
async function reset(client: pg.PoolClient): Promise<void> {
  await client.query("ROLLBACK; DEALLOCATE ALL");
  forgetPrepared(client);
}

/** The write's transaction id (batchStatement's last column), as the xmin of the rows it wrote. */
function committedXid(results: pg.QueryResult[]): string | undefined {
  const row = results.find((result) => result.fields.length === 1 && result.fields[0]?.name === "xid")?.rows[0] as { xid: string } | undefined;
  return row ? xminOf(row.xid) : undefined;
}

async function query(client: pg.PoolClient, statements: string[]): Promise<pg.QueryResult[]> {
  const result = (await client.query(statements.join("; "))) as unknown as pg.QueryResult | pg.QueryResult[];
  return Array.isArray(result) ? result : [result];
}
