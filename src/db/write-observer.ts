/**
 * Sees every statement that runs on an embedded PGlite and tells listeners which people's conversation data it
 * wrote (Person, ChannelIdentity, ConversationState, ConversationDraft). The session cache uses it to drop what
 * a statement may have changed. On PGlite this process is the only writer (the folder lock), so every write
 * passes through here: Prisma's adapter, raw SQL sessions and scripts alike.
 *
 * When the rows a statement touched cannot be told from its result (no RETURNING, several statements, TRUNCATE,
 * a delete that cascades into Person), the notice says "everyone": being unsure costs a reload, never a stale
 * answer.
 */
import type { PGlite, Results, Transaction } from "@electric-sql/pglite";

export type WriteNotice =
  | { scope: "all" }
  | { scope: "people"; personIds: number[]; senderKeys: string[]; identityIds?: number[] };

export type WriteListener = (notice: WriteNotice) => void;

/** Tables whose rows a turn caches, and tables whose deletes cascade into them (SET NULL on Person). */
const CACHED_TABLES = ["Person", "ChannelIdentity", "ConversationState", "ConversationDraft"] as const;
const CASCADING_TABLES = ["School", "Ugel"] as const;
type CachedTable = (typeof CACHED_TABLES)[number];

const MENTIONS = new RegExp(`"(?:${[...CACHED_TABLES, ...CASCADING_TABLES].join("|")})"`);
const TABLE = String.raw`\s+(?:ONLY\s+)?(?:"?public"?\.)?"`;
/** Writes to cached tables, and deletes from the tables whose deletes reach Person (their ids never change). */
const WRITE_TARGET = new RegExp(
  String.raw`\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM)${TABLE}(${CACHED_TABLES.join("|")})"|\b(DELETE\s+FROM)${TABLE}(${CASCADING_TABLES.join("|")})"`,
  "gi",
);
const ANY_WRITE = /\b(?:INSERT|UPDATE|DELETE|TRUNCATE|DROP|ALTER|COPY)\b/i;
const ROW_LOCK = /\bFOR\s+(?:NO\s+KEY\s+)?UPDATE\b/gi;
const SCHEMA_OR_BULK = /\b(?:TRUNCATE|DROP|ALTER|COPY)\b/i;

export class WriteObserver {
  private readonly listeners = new Set<WriteListener>();
  private readonly tableListeners = new Set<{ pattern: RegExp; callback: () => void }>();

  /** Calls back after any statement that may have written one of these tables (for caches of small tables). */
  onWrite(tables: string[], callback: () => void): () => void {
    const listener = { pattern: new RegExp(`"(?:${tables.join("|")})"`), callback };
    this.tableListeners.add(listener);
    return () => this.tableListeners.delete(listener);
  }

  subscribe(listener: WriteListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells every listener but `except` (a store announcing its own write keeps its own cache). */
  notify(notice: WriteNotice, except?: WriteListener): void {
    for (const listener of this.listeners) if (listener !== except) listener(notice);
  }

  /** Looks at one statement and its result; `result` is undefined for scripts (several statements). */
  inspect(sql: string, result: Results<unknown> | undefined): void {
    if (this.tableListeners.size > 0 && ANY_WRITE.test(sql)) {
      for (const listener of this.tableListeners) if (listener.pattern.test(sql)) listener.callback();
    }
    if (this.listeners.size === 0 || !MENTIONS.test(sql)) return;
    const notice = noticeFor(sql, result);
    if (notice) this.notify(notice);
  }
}

function noticeFor(sql: string, result: Results<unknown> | undefined): WriteNotice | null {
  if (SCHEMA_OR_BULK.test(sql)) return { scope: "all" };
  const targets = [...sql.replace(ROW_LOCK, "").matchAll(WRITE_TARGET)].map((match) => ({
    verb: (match[1] ?? match[3] ?? "").split(/\s/)[0]!.toUpperCase(),
    table: (match[2] ?? match[4]) as string,
  }));
  // A new person or identity cannot be in the cache yet (drafts and flows can: "none" is cached too).
  const insertsOnly = !/\bON\s+CONFLICT\b/i.test(sql);
  const changes = targets.filter(({ verb, table }) => !(insertsOnly && verb === "INSERT" && (table === "Person" || table === "ChannelIdentity")));
  if (changes.length === 0) return null;
  const [change] = changes as [(typeof changes)[number]];
  if (!result || changes.length > 1 || !(CACHED_TABLES as readonly string[]).includes(change.table)) return { scope: "all" };
  const table = change.table as CachedTable;
  const rows = rowsOf(result);
  const personIds: number[] = [];
  const senderKeys: string[] = [];
  const identityIds: number[] = [];
  for (const row of rows) {
    const personId = Number(table === "Person" ? row.id : row.personId);
    if (!Number.isInteger(personId)) return { scope: "all" };
    personIds.push(personId);
    if (table === "ChannelIdentity") {
      const sender = typeof row.channel === "string" && typeof row.externalId === "string" ? `${row.channel}:${row.externalId}` : undefined;
      // An identity moved to another person: the cache finds its sender by the identity id.
      if (sender === undefined && row.id === undefined) return { scope: "all" };
      if (sender !== undefined) senderKeys.push(sender);
      if (row.id !== undefined) identityIds.push(Number(row.id));
    }
  }
  // An UPDATE or DELETE that returns nothing changed nothing, unless it simply did not say (no RETURNING).
  if (rows.length === 0 && !/\bRETURNING\b/i.test(sql)) return result.affectedRows ? { scope: "all" } : null;
  return { scope: "people", personIds, senderKeys, identityIds };
}

function rowsOf(result: Results<unknown>): Record<string, unknown>[] {
  const rows = result.rows as unknown[];
  if (rows.length === 0 || !Array.isArray(rows[0])) return rows as Record<string, unknown>[];
  const names = result.fields.map((field) => field.name);
  return (rows as unknown[][]).map((values) => Object.fromEntries(names.map((name, index) => [name, values[index]])));
}

type QueryFn = PGlite["query"];
type ExecFn = PGlite["exec"];

/** The instance's own methods, before observation. */
interface UnobservedPglite {
  query: QueryFn;
  transaction: PGlite["transaction"];
}

/**
 * Routes the instance's query, exec and transaction through the observer.
 * PGlite runs one statement at a time, so a listener hears of a write before any later statement runs.
 */
export function observePglite(pglite: PGlite, observer: WriteObserver): void {
  const raw: UnobservedPglite = { query: pglite.query.bind(pglite), transaction: pglite.transaction.bind(pglite) };
  const rawExec: ExecFn = pglite.exec.bind(pglite);
  pglite.query = observedQuery(raw.query, observer);
  pglite.exec = observedExec(rawExec, observer);
  pglite.transaction = (<T>(callback: (tx: Transaction) => Promise<T>) =>
    raw.transaction((tx) => callback(observedTransaction(tx, observer)))) as PGlite["transaction"];
}

function observedQuery(query: QueryFn, observer: WriteObserver): QueryFn {
  return (async (sql: string, params?: unknown[], options?: Parameters<QueryFn>[2]) => {
    const result = await query(sql, params, options);
    observer.inspect(sql, result);
    return result;
  }) as QueryFn;
}

function observedExec(exec: ExecFn, observer: WriteObserver): ExecFn {
  return async (sql, options) => {
    const results = await exec(sql, options);
    observer.inspect(sql, results.length === 1 ? results[0] : undefined);
    return results;
  };
}

function observedTransaction(tx: Transaction, observer: WriteObserver): Transaction {
  return {
    query: observedQuery(tx.query, observer),
    sql: () => Promise.reject(new Error("tx.sql is not observed: use tx.query")),
    exec: observedExec(tx.exec, observer),
    rollback: tx.rollback,
    listen: tx.listen,
    get closed() {
      return tx.closed;
    },
  };
}
