/**
 * Where a turn reads and writes the person's conversation: who they are, which flow they are in, their form
 * drafts, and which updates were already handled. Two implementations: plain SQL on every call (PostgreSQL,
 * where several processes may serve one person) and a cache with group commit (embedded PGlite, where this
 * process is the only writer).
 */
import type { Sender } from "../../core/types.js";
import type { Channel } from "../../domain/db-types.js";
import type { DraftState } from "../../forms/types.js";
import type { LastMenu } from "../last-menus.js";
import type { TurnState } from "../turn-state.js";

/** What a turn run by `exclusive` gives back: nothing when the update had been handled already. */
export type Exclusive<T> = { duplicate: true } | { duplicate: false; value: T };

export interface Sessions {
  /**
   * Runs one turn of this sender, alone: no other turn of the same sender runs meanwhile, in this process or
   * (PostgreSQL) any other on the database. With an update id, an update already handled is not run again
   * (`duplicate`), and the id is recorded together with the turn's writes.
   */
  exclusive<T>(sender: Sender, updateId: string | undefined, work: () => Promise<T>): Promise<Exclusive<T>>;
  /** True the first time an update id is seen on a channel (an update delivered twice is handled once). */
  firstDelivery(channel: Channel, updateId: string): Promise<boolean>;
  /** The person behind this sender, with their flow; created on first contact. */
  turn(sender: Sender): Promise<TurnState>;
  loadDraft(personId: number, formId: string): Promise<DraftState | null>;
  /** Resolves once the draft is on disk: a reply is never sent for an answer that could still be lost. */
  saveDraft(personId: number, draft: DraftState): Promise<void>;
  deleteDraft(personId: number, formId: string): Promise<void>;
  /** The flow, its data and the last menu (last-menus.ts) are written together; a flow set mid-turn leaves no menu. */
  saveFlow(personId: number, flow: string | null, data: Record<string, unknown> | null, menu?: LastMenu | null): Promise<void>;
  /** The language the person chose (the first question of onboarding, and /perfil). */
  setLocale(personId: number, locale: string): Promise<void>;
  /** Writes everything in hand (at shutdown, before the database closes). */
  close(): Promise<void>;
}
