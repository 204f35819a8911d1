/**
 * Sessions on a PostgreSQL server that several bot processes share (see types.ts). A turn of one sender runs
 * alone across every process, and a redelivered update is applied once:
 *
 * 1. lock: a session-level advisory lock on the sender. Usually `pg_try_advisory_lock` gets it at once, and
 *    then no other turn of the person holds it or waits for it anywhere (PostgreSQL queues a new request behind
 *    waiting ones), so no older update of theirs can be waiting: the read goes with the lock, in the same round
 *    trip. When the lock is taken, the turn queues in update_id order: an update with a numeric id takes a
 *    shared "waiting" lock on (sender, update id), visible to every process in pg_locks, then waits for the
 *    person's lock; a turn that finds an older update of the same person waiting lets it go first.
 * 2. read, one statement: the person, identity, flow and every draft (created on first contact), and whether
 *    the update was already handled (and, after waiting, whether an older one is waiting).
 * 3. the turn runs in memory: drafts read from the snapshot, every write kept until the end.
 * 4. write, one statement: the drafts, flow, language and the update id, together (atomic); then the locks
 *    are released. The next turn of the person, in any process, reads after this commit.
 *
 * Turns that get their lock at once share round trips: the lock tries and reads of every turn starting go
 * together on the connection that holds those locks, and the writes of every turn ending go together on another,
 * which commits them before their locks are released (turn-batcher.ts).
 * A turn that finds the lock taken queues on a connection of its own from a separate pool, so the domain's
 * Prisma calls inside turns can never be starved. A process that dies holding a lock loses its connection, and the lock with it.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { createHash } from "node:crypto";
import type pg from "pg";
import type { Sender } from "../../core/types.js";
import { checkOut, releaseOnce } from "../../db/checked-out-client.js";
import { executeStatement, runPrepared } from "../../db/pg-prepared.js";
import type { Channel, PrismaClient } from "../../domain/db-types.js";
import { cacheCatalogForTurns, CATALOG_FINGERPRINT_SQL, type CatalogCache } from "../../domain/registrations/catalog-cache.js";
import { initialLocale } from "../../domain/people.js";
import type { DraftState } from "../../forms/types.js";
import type { Logger } from "../../logger.js";
import type { LastMenu } from "../last-menus.js";
import { DRAFTS_SQL, DRAFTS_VERSION_SQL, foundTurnSelect, parseDrafts, toTurnState, turnStatement, type TurnRow, type TurnState } from "../turn-state.js";
import { DraftVersions, versionAfter } from "./draft-versions.js";
import { DirectSessions } from "./direct.js";
import { batchStatement, joinsTables, PLAN_THIS_RUN, writeKey, type SessionWrite } from "./group-commit.js";
import { TurnBatcher } from "./turn-batcher.js";
import type { Exclusive } from "./types.js";

interface TurnScope {
  senderKey: string;
  state: TurnState;
  drafts: Map<string, DraftState | null>;
  writes: Map<string, SessionWrite>;
}

/** Update ids ride in the waiting lock's second int4 key; Telegram's stay far below 2^31. */
const MAX_WAIT_KEY = 2 ** 31 - 1;
/** How many times a turn lets an older waiting update go first before it goes ahead anyway (about 0.3 s). */
const MAX_YIELDS = 150;

export const READ = turnStatement(
  true,
  `EXISTS (SELECT 1 FROM "ProcessedUpdate" u WHERE u.channel = $2::"Channel" AND u."updateId" = $5::text) AS duplicate,
   ($7::int IS NOT NULL AND EXISTS (
     SELECT 1 FROM pg_locks l
     WHERE l.locktype = 'advisory' AND l.objsubid = 2 AND l.classid = $6::int::oid AND l.objid < $7::int::oid
       AND l.pid <> pg_backend_pid() AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()))) AS "olderWaiting",
   ${CATALOG_FINGERPRINT_SQL} AS "catalogVersion"`,
);

/**
 * The read of the turns that got their lock at once, several people in one statement ($1: a JSON array of
 * {i, channel, externalId, updateId, known}); a person not known yet has no row. Drafts come back (as JSON
 * text) unless `known`, the version of them this process holds, is still theirs: then the column is NULL.
 * The LIMITs keep each lookup a subquery run per person (by index), so no plan can hash the JSON rows
 * against a whole table instead; OFFSET 0 keeps the version a subquery of its own, computed once per person
 * (pulled up, PostgreSQL would copy it into both columns that use it).
 */
export const BATCH_READ = `SELECT r.i, t.* FROM jsonb_to_recordset($1::jsonb) AS r(i int, channel text, "externalId" text, "updateId" text, known text)
  CROSS JOIN LATERAL (${foundTurnSelect(
    `CASE WHEN r.known IS NOT NULL AND r.known = v.version THEN NULL ELSE ${DRAFTS_SQL} END`,
    "r.channel",
    'r."externalId"',
    `v.version AS "draftsVersion",
     (SELECT true FROM "ProcessedUpdate" u WHERE u.channel = r.channel::"Channel" AND u."updateId" = r."updateId" LIMIT 1) IS NOT NULL AS duplicate,
     false AS "olderWaiting", ${CATALOG_FINGERPRINT_SQL} AS "catalogVersion"`,
    `CROSS JOIN LATERAL (SELECT ${DRAFTS_VERSION_SQL} AS version OFFSET 0) v`,
  )} LIMIT 1) t`;

const UNLOCK_ALL = "SELECT pg_advisory_unlock_all()";

type ReadRow = TurnRow & {
  created: boolean;
  /** NULL from the batched read when the drafts this process holds are current. */
  drafts: string | null;
  /** Only from the batched read (DRAFTS_VERSION_SQL). */
  draftsVersion?: string;
  duplicate: boolean;
  olderWaiting: boolean;
  catalogVersion: string;
};

interface TurnOutcome<T> {
  value: T;
  writes: SessionWrite[];
  /** The person's drafts as the turn left them. */
  drafts: DraftState[];
}

export class PostgresSessions extends DirectSessions {
  private readonly scopes = new AsyncLocalStorage<TurnScope>();
  /** The registration catalog, kept for the turns while its fingerprint stays the same. */
  private readonly catalog: CatalogCache;
  private catalogVersion: string | undefined;
  private readonly batcher: TurnBatcher<ReadRow & { i: number }>;
  private readonly knownDrafts = new DraftVersions();

  constructor(
    db: PrismaClient,
    private readonly pool: pg.Pool,
    private readonly logger: Logger,
  ) {
    super(db);
    this.catalog = cacheCatalogForTurns(db, () => this.scopes.getStore() !== undefined);
    this.batcher = new TurnBatcher({ pool, logger, readStatement: BATCH_READ });
  }

  override async exclusive<T>(sender: Sender, updateId: string | undefined, work: () => Promise<T>): Promise<Exclusive<T>> {
    const senderKey = `${sender.channel}:${sender.externalId}`;
    const keys = lockKeys(senderKey, updateId);
    const known = this.knownDrafts.take(senderKey);
    const start = await this.batcher.start({ lock: keys.lock, channel: sender.channel, externalId: sender.externalId, updateId, known: known?.version ?? null });
    if (start.kind === "contended") return this.queued(sender, updateId, keys, work);
    // The lock is held by the batcher's connection from here on; `end` releases it, whatever happens.
    let ended = false;
    try {
      const row = start.kind === "row" ? start.row : await this.firstContact(sender, updateId);
      if (row.duplicate) {
        this.logger.debug({ channel: sender.channel }, "duplicate update skipped");
        ended = true;
        await this.batcher.end(keys.lock, []);
        return { duplicate: true };
      }
      const outcome = await this.runTurn(row, sender, updateId, work, known?.drafts);
      ended = true;
      const xid = await this.batcher.end(keys.lock, outcome.writes);
      if (row.draftsVersion !== undefined) {
        const version = xid === undefined ? row.draftsVersion : versionAfter(row.draftsVersion, outcome.writes, xid);
        this.knownDrafts.keep(senderKey, { version, drafts: outcome.drafts });
      }
      return { duplicate: false, value: outcome.value };
    } finally {
      if (!ended) await this.batcher.end(keys.lock, []).catch((error: unknown) => this.logger.warn({ err: error }, "turn lock release failed"));
    }
  }

  /**
   * A turn whose person's lock another turn holds or awaits (in another process): it queues for the lock on a
   * connection of its own, in update_id order, and writes and releases there.
   */
  private async queued<T>(sender: Sender, updateId: string | undefined, keys: LockKeys, work: () => Promise<T>): Promise<Exclusive<T>> {
    const client = await checkOut(this.pool, (error) => this.logger.warn({ err: error }, "queued turn connection lost"));
    let broken: Error | undefined;
    try {
      const lock = `${keys.waitKey === null ? "" : `SELECT pg_advisory_lock_shared(${keys.person}, ${keys.waitKey}); `}SELECT pg_advisory_lock(${keys.lock})`;
      let row = await this.read(client, lock, sender, updateId, keys);
      for (let yields = 0; row.olderWaiting && !row.duplicate && yields < MAX_YIELDS; yields++) {
        // An older update of this person is waiting (another process): let it have the lock, then queue again.
        row = await this.read(client, `SELECT pg_advisory_unlock(${keys.lock}); SELECT pg_sleep(0.002); SELECT pg_advisory_lock(${keys.lock})`, sender, updateId, keys);
      }
      if (row.duplicate) {
        this.logger.debug({ channel: sender.channel }, "duplicate update skipped");
        await client.query(UNLOCK_ALL);
        return { duplicate: true };
      }
      const { value, writes } = await this.runTurn(row, sender, updateId, work);
      if (writes.length === 0) {
        await client.query(UNLOCK_ALL);
      } else {
        // Committed before the locks go: the next turn of this person, wherever it runs, reads these writes.
        const [sql, params] = batchStatement(writes);
        const plan = joinsTables(writes) ? `${PLAN_THIS_RUN}; ` : "";
        await client.query(`BEGIN; ${plan}${executeStatement(client, sql, params)}; COMMIT; ${UNLOCK_ALL}`);
      }
      return { duplicate: false, value };
    } catch (error) {
      broken = error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      // A connection that failed mid-turn may still hold its locks: destroying it releases them.
      releaseOnce(client, broken);
    }
  }

  /** First contact, lock held: the statement that creates the person and identity, on any connection. */
  private async firstContact(sender: Sender, updateId: string | undefined): Promise<ReadRow> {
    const rows = await runPrepared<ReadRow>(this.pool, READ, this.readParams(sender, updateId, null, null));
    return rows[0] as ReadRow;
  }

  /** The turn itself, in memory: drafts from the row read (or the ones held, if it says so), writes kept for the end. */
  private async runTurn<T>(
    row: ReadRow,
    sender: Sender,
    updateId: string | undefined,
    work: () => Promise<T>,
    held?: DraftState[],
  ): Promise<TurnOutcome<T>> {
    if (row.catalogVersion !== this.catalogVersion) {
      this.catalogVersion = row.catalogVersion;
      this.catalog.forget();
    }
    const state = toTurnState(row, sender);
    const drafts = row.drafts === null ? held : parseDrafts(row.drafts);
    if (!drafts) throw new Error("the read took the held drafts as current, but none are held");
    const senderKey = `${sender.channel}:${sender.externalId}`;
    const scope: TurnScope = { senderKey, state, drafts: new Map(drafts.map((draft) => [draft.formId, draft])), writes: new Map() };
    const value = await this.scopes.run(scope, work);
    const writes = [...scope.writes.values()];
    if (updateId !== undefined) writes.push({ kind: "update", channel: sender.channel as Channel, updateId });
    const after = [...scope.drafts.values()].filter((draft): draft is DraftState => draft !== null);
    return { value, writes, drafts: after };
  }

  override async turn(sender: Sender): Promise<TurnState> {
    const scope = this.scopes.getStore();
    if (scope && scope.senderKey === `${sender.channel}:${sender.externalId}`) return scope.state;
    return super.turn(sender);
  }

  override async loadDraft(personId: number, formId: string): Promise<DraftState | null> {
    const scope = this.scopeOf(personId);
    if (!scope) return super.loadDraft(personId, formId);
    return scope.drafts.get(formId) ?? null;
  }

  override async saveDraft(personId: number, draft: DraftState): Promise<void> {
    const scope = this.scopeOf(personId);
    if (!scope) return super.saveDraft(personId, draft);
    scope.drafts.set(draft.formId, draft);
    this.keep(scope, { kind: "draft", personId, formId: draft.formId, draft });
  }

  override async deleteDraft(personId: number, formId: string): Promise<void> {
    const scope = this.scopeOf(personId);
    if (!scope) return super.deleteDraft(personId, formId);
    scope.drafts.set(formId, null);
    this.keep(scope, { kind: "draft", personId, formId, draft: null });
  }

  override async saveFlow(personId: number, flow: string | null, data: Record<string, unknown> | null, menu: LastMenu | null = null): Promise<void> {
    const scope = this.scopeOf(personId);
    if (!scope) return super.saveFlow(personId, flow, data, menu);
    this.keep(scope, { kind: "flow", personId, flow, data, menu });
  }

  override async setLocale(personId: number, locale: string): Promise<void> {
    const scope = this.scopeOf(personId);
    if (!scope) return super.setLocale(personId, locale);
    scope.state.person.locale = locale;
    this.keep(scope, { kind: "locale", personId, locale });
  }

  override async close(): Promise<void> {
    await this.batcher.close();
    await this.pool.end();
  }

  /** The lock statements, then the read, in one round trip (each statement sees what committed before it). */
  private async read(client: pg.PoolClient, lock: string, sender: Sender, updateId: string | undefined, keys: LockKeys): Promise<ReadRow> {
    const params = this.readParams(sender, updateId, keys.person, keys.waitKey);
    const results = (await client.query(`${lock}; ${executeStatement(client, READ, params)}`)) as unknown as pg.QueryResult[];
    return results[results.length - 1]?.rows[0] as ReadRow;
  }

  private readParams(sender: Sender, updateId: string | undefined, person: number | null, waitKey: number | null): unknown[] {
    return [initialLocale(sender), sender.channel, sender.externalId, sender.chatRef ?? sender.externalId, updateId ?? null, person, waitKey];
  }

  private scopeOf(personId: number): TurnScope | undefined {
    const scope = this.scopes.getStore();
    return scope?.state.person.id === personId ? scope : undefined;
  }

  private keep(scope: TurnScope, write: SessionWrite): void {
    const key = writeKey(write);
    scope.writes.delete(key); // the latest write of a key goes last
    scope.writes.set(key, write);
  }
}

export interface LockKeys {
  /** The person's turn lock (one bigint key). */
  lock: string;
  /** First int4 key of the waiting locks of this person. */
  person: number;
  /** Second int4 key: the update id, or null when the update has none (or not a number). */
  waitKey: number | null;
}

export function lockKeys(senderKey: string, updateId: string | undefined): LockKeys {
  const digest = createHash("sha1").update(senderKey).digest();
  const numeric = updateId !== undefined && /^\d{1,15}$/.test(updateId) ? Number(updateId) % MAX_WAIT_KEY : null;
  return { lock: digest.readBigInt64BE(0).toString(), person: digest.readUInt32BE(8) & 0x7fffffff, waitKey: numeric };
}
