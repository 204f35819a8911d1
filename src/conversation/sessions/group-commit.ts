/**
 * Group commit for conversation writes: the drafts, flows and update ids written by every turn in hand go to
 * the database together, in one statement (one transaction), and each caller's promise resolves when the
 * statement holding its write has committed. On embedded PGlite a statement costs about half a millisecond
 * whatever its size, so twenty people answering at once pay for one write instead of twenty.
 *
 * Only the last write per key (person and form, person's flow or language, update id) is kept in a batch: an earlier one
 * would be overwritten within the same transaction anyway. If a batch fails (say a person was deleted meanwhile),
 * its writes are retried one by one, so one bad write fails alone.
 */
import type { DraftState } from "../../forms/types.js";
import { draftContext } from "../draft-store.js";
import type { Channel } from "../../domain/db-types.js";
import type { LastMenu } from "../last-menus.js";

export type SessionWrite =
  | { kind: "draft"; personId: number; formId: string; draft: DraftState | null }
  | { kind: "flow"; personId: number; flow: string | null; data: Record<string, unknown> | null; menu: LastMenu | null }
  | { kind: "locale"; personId: number; locale: string }
  | { kind: "update"; channel: Channel; updateId: string };

export type RunStatement = (sql: string, params: unknown[]) => Promise<unknown>;

interface Pending {
  write: SessionWrite;
  waiters: Array<{ resolve: () => void; reject: (error: unknown) => void }>;
}

/** One data-modifying CTE per kind of write; $N is that kind's JSON array of rows. */
const PARTS = {
  saved: (n: number) => `INSERT INTO "ConversationDraft" ("personId", "formId", "stepKey", "answers", "context", "version", "updatedAt")
    SELECT r."personId", r."formId", r."stepKey", r.answers, r.context, r.version, now()
    FROM jsonb_to_recordset($${n}::jsonb) AS r("personId" int, "formId" text, "stepKey" text, answers jsonb, context jsonb, version int)
    ON CONFLICT ("personId", "formId") DO UPDATE SET
      "stepKey" = EXCLUDED."stepKey", "answers" = EXCLUDED."answers", "context" = EXCLUDED."context",
      "version" = EXCLUDED."version", "updatedAt" = EXCLUDED."updatedAt"`,
  removed: (n: number) => `DELETE FROM "ConversationDraft" d
    USING jsonb_to_recordset($${n}::jsonb) AS r("personId" int, "formId" text)
    WHERE d."personId" = r."personId" AND d."formId" = r."formId"`,
  flows: (n: number) => `INSERT INTO "ConversationState" ("personId", "flow", "data", "menu", "updatedAt")
    SELECT r."personId", r.flow, r.data, r.menu, now() FROM jsonb_to_recordset($${n}::jsonb) AS r("personId" int, flow text, data jsonb, menu jsonb)
    ON CONFLICT ("personId") DO UPDATE SET "flow" = EXCLUDED."flow", "data" = EXCLUDED."data", "menu" = EXCLUDED."menu", "updatedAt" = EXCLUDED."updatedAt"`,
  updates: (n: number) => `INSERT INTO "ProcessedUpdate" ("channel", "updateId")
    SELECT r.channel::"Channel", r."updateId" FROM jsonb_to_recordset($${n}::jsonb) AS r(channel text, "updateId" text)
    ON CONFLICT DO NOTHING`,
  locales: (n: number) => `UPDATE "Person" p SET "locale" = r.locale, "updatedAt" = now()
    FROM jsonb_to_recordset($${n}::jsonb) AS r("personId" int, locale text) WHERE p.id = r."personId"`,
} as const;

/**
 * For a transaction whose batch deletes drafts or updates people: those parts join their JSON rows to a table,
 * and a plan kept from a time the table was small would join by reading the whole table. Planned at this run
 * instead (generic plans are kept otherwise, see sessions/create.ts).
 */
export const PLAN_THIS_RUN = "SET LOCAL plan_cache_mode = force_custom_plan";

/** Whether the batch has a part that joins (see PLAN_THIS_RUN); drafts saved, flows and update ids do not. */
export function joinsTables(writes: SessionWrite[]): boolean {
  return writes.some((write) => (write.kind === "draft" && write.draft === null) || write.kind === "locale");
}

export function writeKey(write: SessionWrite): string {
  switch (write.kind) {
    case "draft":
      return `d:${write.personId}:${write.formId}`;
    case "flow":
      return `f:${write.personId}`;
    case "update":
      return `u:${write.channel}:${write.updateId}`;
    case "locale":
      return `l:${write.personId}`;
  }
}

/**
 * The statement for a batch (keys already unique): only the kinds present, so PostgreSQL plans no more than it
 * runs. Keys are unique per kind, so the parts never touch one row twice.
 */
export function batchStatement(writes: SessionWrite[]): [string, unknown[]] {
  const rows: Record<keyof typeof PARTS, unknown[]> = { saved: [], removed: [], flows: [], updates: [], locales: [] };
  for (const write of writes) {
    if (write.kind === "draft" && write.draft) {
      const { draft } = write;
      rows.saved.push({
        personId: write.personId,
        formId: write.formId,
        stepKey: draft.stepKey,
        answers: draft.answers,
        context: draftContext(draft),
        version: draft.version,
      });
    } else if (write.kind === "draft") {
      rows.removed.push({ personId: write.personId, formId: write.formId });
    } else if (write.kind === "flow") {
      rows.flows.push({ personId: write.personId, flow: write.flow, data: write.data, menu: write.menu });
    } else if (write.kind === "locale") {
      rows.locales.push({ personId: write.personId, locale: write.locale });
    } else {
      rows.updates.push({ channel: write.channel, updateId: write.updateId });
    }
  }
  const parts: string[] = [];
  const params: string[] = [];
  for (const [name, part] of Object.entries(PARTS) as Array<[keyof typeof PARTS, (n: number) => string]>) {
    if (rows[name].length === 0) continue;
    params.push(JSON.stringify(rows[name]));
    parts.push(`${name} AS (${part(params.length)})`);
  }
  // The transaction's id: the xmin of every row written, which says on PostgreSQL which drafts are current (draft-versions.ts).
  return [`WITH ${parts.join(",\n")}\nSELECT pg_current_xact_id()::text AS xid`, params];
}

export class GroupCommit {
  private pending = new Map<string, Pending>();
  private running: Promise<void> | undefined;
  private scheduled = false;
  /** Resolves when the batch now collecting has committed (for barrier()). */
  private nextBatch: { promise: Promise<void>; resolve: () => void } | undefined;

  constructor(
    private readonly run: RunStatement,
    private readonly onCommitted: (writes: SessionWrite[]) => void = () => undefined,
  ) {}

  write(write: SessionWrite): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const key = writeKey(write);
      const existing = this.pending.get(key);
      // Re-inserting moves the key last, so batch order follows the latest write.
      this.pending.delete(key);
      this.pending.set(key, { write, waiters: [...(existing?.waiters ?? []), { resolve, reject }] });
      this.schedule();
    });
  }

  /** Resolves once every write made before this call has committed (or failed). */
  barrier(): Promise<void> {
    if (this.pending.size > 0) {
      this.nextBatch ??= deferred();
      return this.nextBatch.promise;
    }
    return this.running ?? Promise.resolve();
  }

  private schedule(): void {
    if (this.scheduled || this.running) return;
    this.scheduled = true;
    // setImmediate: turns that are ready in this same pass add their writes to the batch first.
    setImmediate(() => {
      this.scheduled = false;
      this.running = this.drain().finally(() => {
        this.running = undefined;
        // A caller resumed by the last batch may already have written again while this drain was finishing.
        if (this.pending.size > 0) this.schedule();
      });
    });
  }

  private async drain(): Promise<void> {
    while (this.pending.size > 0) {
      const batch = [...this.pending.values()];
      const done = this.nextBatch;
      this.pending = new Map();
      this.nextBatch = undefined;
      await this.commit(batch);
      done?.resolve();
    }
  }

  private async commit(batch: Pending[]): Promise<void> {
    try {
      await this.execute(batch.map((entry) => entry.write));
      for (const entry of batch) for (const waiter of entry.waiters) waiter.resolve();
      return;
    } catch (error) {
      if (batch.length === 1) {
        for (const waiter of batch[0]!.waiters) waiter.reject(error);
        return;
      }
    }
    for (const entry of batch) await this.commit([entry]);
  }

  private async execute(writes: SessionWrite[]): Promise<void> {
    const [sql, params] = batchStatement(writes);
    await this.run(sql, params);
    this.onCommitted(writes);
  }
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}
