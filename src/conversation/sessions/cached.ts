/**
 * Sessions for the embedded database, where this process is the only writer (the PGlite folder lock): turns
 * read from memory, and drafts, flows and update ids are written by group commit (see group-commit.ts). Any
 * other write to a person's rows, by Prisma or raw SQL, reaches the cache through the write observer.
 */
import type { Sender } from "../../core/types.js";
import type { WriteListener, WriteObserver } from "../../db/write-observer.js";
import type { Channel, PrismaClient } from "../../domain/db-types.js";
import type { DraftState } from "../../forms/types.js";
import type { Logger } from "../../logger.js";
import { loadDraft } from "../draft-store.js";
import type { LastMenu } from "../last-menus.js";
import type { TurnState } from "../turn-state.js";
import { SessionCache } from "./cache.js";
import { turnOrNewcomer } from "./direct.js";
import { GroupCommit, type RunStatement, type SessionWrite } from "./group-commit.js";
import { RecentIds } from "./recent-ids.js";
import type { Exclusive, Sessions } from "./types.js";

export interface CachedSessionsOptions {
  db: PrismaClient;
  /** Runs a statement past the observer: the cache announces its own writes. */
  run: RunStatement;
  observer: WriteObserver;
  logger: Logger;
  maxPeople?: number;
  /** How many handled update ids are remembered, newest first (also loaded at start). */
  rememberedUpdates?: number;
}

const DEFAULT_MAX_PEOPLE = 5_000;
const DEFAULT_REMEMBERED_UPDATES = 20_000;

export class CachedSessions implements Sessions {
  private readonly cache: SessionCache;
  private readonly writes: GroupCommit;
  private readonly seen: RecentIds;
  private readonly unsubscribe: () => void;
  private readonly listener: WriteListener = (notice) => this.cache.forget(notice);

  private constructor(private readonly options: CachedSessionsOptions) {
    this.cache = new SessionCache(options.maxPeople ?? DEFAULT_MAX_PEOPLE);
    this.seen = new RecentIds(options.rememberedUpdates ?? DEFAULT_REMEMBERED_UPDATES);
    this.writes = new GroupCommit(options.run, (writes) => this.announce(writes));
    this.unsubscribe = options.observer.subscribe(this.listener);
  }

  /** Opens the sessions, remembering the update ids handled most recently (a restart may bring them again). */
  static async open(options: CachedSessionsOptions): Promise<CachedSessions> {
    const sessions = new CachedSessions(options);
    const rows = await options.db.$queryRaw<Array<{ channel: string; updateId: string }>>`
      SELECT channel::text AS channel, "updateId" FROM "ProcessedUpdate"
      ORDER BY "createdAt" DESC LIMIT ${options.rememberedUpdates ?? DEFAULT_REMEMBERED_UPDATES}`;
    for (const row of rows.reverse()) sessions.seen.add(`${row.channel}:${row.updateId}`);
    return sessions;
  }

  async firstDelivery(channel: Channel, updateId: string): Promise<boolean> {
    if (!this.seen.add(`${channel}:${updateId}`)) return false;
    // Not awaited: the turn's own writes go in this batch or a later one, so they never land without it.
    this.writes.write({ kind: "update", channel, updateId }).catch((error: unknown) => {
      this.options.logger.error({ err: error, channel }, "could not record a handled update");
    });
    return true;
  }

  /** The folder lock makes this the only process, and the conversation's own lock orders its turns. */
  async exclusive<T>(sender: Sender, updateId: string | undefined, work: () => Promise<T>): Promise<Exclusive<T>> {
    if (updateId !== undefined && !(await this.firstDelivery(sender.channel as Channel, updateId))) return { duplicate: true };
    return { duplicate: false, value: await work() };
  }

  async turn(sender: Sender): Promise<TurnState> {
    const senderKey = `${sender.channel}:${sender.externalId}`;
    const cached = this.cache.turn(senderKey);
    if (cached) return cached;
    await this.writes.barrier(); // the database must hold this person's last writes before we read it back
    const readAt = this.cache.beginRead();
    try {
      const { state, created, drafts } = await turnOrNewcomer(this.options.db, sender, { withDrafts: true });
      // A person created just now has no drafts, and what the statement returned is current.
      this.cache.rememberTurn(senderKey, state, created ? this.cache.stamp() : readAt, drafts);
      return state;
    } finally {
      this.cache.endRead();
    }
  }

  async loadDraft(personId: number, formId: string): Promise<DraftState | null> {
    const cached = this.cache.draft(personId, formId);
    if (cached !== undefined) return cached;
    await this.writes.barrier();
    const readAt = this.cache.beginRead();
    try {
      const draft = await loadDraft(this.options.db, personId, formId);
      this.cache.rememberDraft(personId, formId, draft, readAt);
      return draft;
    } finally {
      this.cache.endRead();
    }
  }

  saveDraft(personId: number, draft: DraftState): Promise<void> {
    const kept = this.cache.writeDraft(personId, draft.formId, draft);
    return this.write({ kind: "draft", personId, formId: draft.formId, draft: kept });
  }

  deleteDraft(personId: number, formId: string): Promise<void> {
    this.cache.writeDraft(personId, formId, null);
    return this.write({ kind: "draft", personId, formId, draft: null });
  }

  saveFlow(personId: number, flow: string | null, data: Record<string, unknown> | null, menu: LastMenu | null = null): Promise<void> {
    const kept = this.cache.writeFlow(personId, flow, data, menu);
    return this.write({ kind: "flow", personId, flow, data: kept, menu });
  }

  setLocale(personId: number, locale: string): Promise<void> {
    this.cache.writePerson(personId, { locale });
    return this.write({ kind: "locale", personId, locale });
  }

  async close(): Promise<void> {
    await this.writes.barrier();
    this.unsubscribe();
  }

  /** A write that failed leaves the cache ahead of the database: forget the person so both agree again. */
  private async write(write: SessionWrite & { personId: number }): Promise<void> {
    try {
      await this.writes.write(write);
    } catch (error) {
      this.cache.forget({ scope: "people", personIds: [write.personId], senderKeys: [] });
      throw error;
    }
  }

  /** Other sessions on the same database (tests open several apps on one) forget what we just wrote. */
  private announce(writes: SessionWrite[]): void {
    const personIds = writes.flatMap((write) => (write.kind === "update" ? [] : [write.personId]));
    if (personIds.length > 0) this.options.observer.notify({ scope: "people", personIds, senderKeys: [] }, this.listener);
  }
}
