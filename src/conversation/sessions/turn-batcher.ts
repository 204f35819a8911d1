/**
 * Group commit for turns on a PostgreSQL server: the turns of this process that start or end at the same moment
 * share round trips, on two connections.
 *
 * - The lock connection holds the person locks of every turn in hand (session-level advisory locks). A cycle
 *   there sends, in one simple query: the release of the locks of turns whose writes are committed, then a try
 *   of the lock of every turn starting and the read of every such person.
 * - The commit connection writes every turn ending in one statement and one transaction. Only once that commit
 *   is done are their locks queued for release, ahead of any later lock try, so the person's next turn, here
 *   or in another process, reads after it.
 *
 * A starting turn never waits for another's commit (and its fsync), and the two connections work at once. Twenty
 * people answering at once cost a couple of round trips and one commit instead of forty and twenty.
 *
 * Advisory locks are re-entrant within a connection, so this relies on the router never running two turns of
 * one person at once in a process (and on a release being queued before the end of the turn resolves). A lock
 * another process holds (or awaits) is not waited for here: that turn is told "contended" and queues on a
 * connection of its own (postgres.ts).
 */
import type pg from "pg";
import { checkOut, releaseOnce } from "../../db/checked-out-client.js";
import { executeStatement, recountPrepared } from "../../db/pg-prepared.js";
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
  /** Locks to release in the next lock cycle, before any lock is tried. */
  private unlocks: string[] = [];
  private ends: PendingEnd[] = [];
  private readonly locks: Lane;
  private readonly commits: Lane;

  constructor(private readonly options: TurnBatcherOptions) {
    this.locks = new Lane(options, () => this.starts.length > 0 || this.unlocks.length > 0, (client) => this.lockCycle(client), (error) => this.lockLost(error));
    this.commits = new Lane(options, () => this.ends.length > 0, (client) => this.commitCycle(client), (error) => this.commitLost(error));
  }

  /** Tries the person's lock and reads them, in the next cycle. */
  start(start: TurnStart): Promise<StartOutcome<Row>> {
    return new Promise((resolve, reject) => {
      this.starts.push({ start, resolve, reject });
      this.locks.schedule();
    });
  }

  /**
   * Commits the turn's writes and then releases its lock; resolves with the id of the transaction that wrote them
   * (as xmin shows it), or undefined with no writes, once they are committed and the release is queued ahead of any
   * later lock try of this process. The lock is released even when the writes fail (the promise rejects then).
   */
  end(lock: string, writes: SessionWrite[]): Promise<string | undefined> {
    if (writes.length === 0) {
      this.release([lock]);
      return Promise.resolve(undefined);
    }
    return new Promise((resolve, reject) => {
      this.ends.push({ lock, writes, resolve, reject });
      this.commits.schedule();
    });
  }

  async close(): Promise<void> {
    await this.commits.idle();
    await this.locks.idle();
    await Promise.all([this.commits.close(), this.locks.close()]);
  }

  private release(locks: string[]): void {
    this.unlocks.push(...locks);
    this.locks.schedule();
  }

  private async lockCycle(client: pg.PoolClient): Promise<void> {
    const starts = this.starts;
    const unlocks = this.unlocks;
    this.starts = [];
    this.unlocks = [];
    const statements = [...(unlocks.length > 0 ? [unlockStatement(unlocks)] : []), ...this.startStatements(client, starts)];
    try {
      this.settleStarts(starts, await query(client, statements));
    } catch (error) {
      await this.recoverLocks(client, starts, unlocks, error);
    }
  }

  private async commitCycle(client: pg.PoolClient): Promise<void> {
    const ends = this.ends;
    this.ends = [];
    try {
      const xid = committedXid(await query(client, commitStatements(client, ends)));
      this.release(ends.map((end) => end.lock));
      for (const end of ends) end.resolve(xid);
    } catch (error) {
      await this.recoverCommits(client, ends, error);
    }
  }

  /** No lock connection could be had (the last one, and every lock it held, is gone): the starting turns fail. */
  private lockLost(error: unknown): void {
    const starts = this.starts;
    this.starts = [];
    this.unlocks = [];
    for (const pending of starts) pending.reject(error);
  }

  /** No commit connection could be had: the ending turns fail, and their locks are released. */
  private commitLost(error: unknown): void {
    const ends = this.ends;
    this.ends = [];
    this.release(ends.map((end) => end.lock));
    for (const end of ends) end.reject(error);
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
   * A lock cycle failed. Nothing after the failing statement ran, but locks tried before it may be held: release
   * them and the ones this cycle was to release, then start the starting turns again.
   */
  private async recoverLocks(client: pg.PoolClient, starts: PendingStart<Row>[], unlocks: string[], error: unknown): Promise<void> {
    const tried = starts.map(({ start }) => start.lock);
    try {
      await reset(client);
      if (tried.length + unlocks.length > 0) await client.query(unlockStatement([...unlocks, ...tried]));
    } catch (broken) {
      this.options.logger.warn({ err: broken }, "turn connection lost");
      this.locks.drop(client, broken);
      for (const pending of starts) pending.reject(error);
      return;
    }
    if (starts.length === 0) return;
    try {
      this.settleStarts(starts, await query(client, this.startStatements(client, starts)));
    } catch (failed) {
      await client.query(unlockStatement(tried)).catch(() => undefined);
      for (const pending of starts) pending.reject(failed);
    }
  }

  /** A commit cycle failed and rolled back: each ending turn is written alone, so one bad write fails alone. */
  private async recoverCommits(client: pg.PoolClient, ends: PendingEnd[], error: unknown): Promise<void> {
    try {
      await reset(client);
    } catch (broken) {
      this.options.logger.warn({ err: broken }, "turn connection lost");
      this.commits.drop(client, broken);
      this.release(ends.map((end) => end.lock));
      for (const end of ends) end.reject(error);
      return;
    }
    for (const end of ends) {
      try {
        const xid = committedXid(await query(client, commitStatements(client, [end])));
        this.release([end.lock]);
        end.resolve(xid);
      } catch (failed) {
        await reset(client).catch(() => undefined);
        this.release([end.lock]);
        end.reject(failed);
      }
    }
  }
}

/** One connection and the cycles that run on it, one at a time. */
class Lane {
  private client: Promise<pg.PoolClient> | undefined;
  private running = false;
  private scheduled = false;

  constructor(
    private readonly options: TurnBatcherOptions,
    private readonly hasWork: () => boolean,
    private readonly cycle: (client: pg.PoolClient) => Promise<void>,
    /** No connection could be had for a cycle. */
    private readonly lost: (error: unknown) => void,
  ) {}

  schedule(): void {
    if (this.scheduled || this.running) return;
    this.scheduled = true;
    // setImmediate: turns that become ready in this same pass join the cycle.
    setImmediate(() => {
      this.scheduled = false;
      void this.drain();
    });
  }

  async idle(): Promise<void> {
    while (this.running || this.scheduled) await new Promise((resolve) => setImmediate(resolve));
  }

  async close(): Promise<void> {
    const client = await this.client?.catch(() => undefined);
    this.client = undefined;
    if (client) releaseOnce(client);
  }

  drop(client: pg.PoolClient, error: unknown): void {
    releaseOnce(client, error instanceof Error ? error : new Error(String(error)));
    this.client = undefined;
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.hasWork()) {
        let client: pg.PoolClient;
        try {
          client = await this.connection();
        } catch (error) {
          this.client = undefined;
          this.lost(error);
          continue;
        }
        await this.cycle(client);
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
}

function unlockStatement(locks: string[]): string {
  return `SELECT ${locks.map((lock) => `pg_advisory_unlock(${lock})`).join(", ")}`;
}

/** The writes of the ending turns in one transaction (their locks are released after, on the lock connection). */
function commitStatements(client: pg.PoolClient, ends: PendingEnd[]): string[] {
  const writes = ends.flatMap((end) => end.writes);
  const [sql, params] = batchStatement(writes);
  return ["BEGIN", ...(joinsTables(writes) ? [PLAN_THIS_RUN] : []), executeStatement(client, sql, params), "COMMIT"];
}

/** Out of the failed transaction; a PREPARE after the failing statement never ran, so count again what did. */
async function reset(client: pg.PoolClient): Promise<void> {
  await client.query("ROLLBACK");
  await recountPrepared(client);
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
