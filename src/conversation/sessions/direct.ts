/**
 * Sessions read and written with one statement per call (see types.ts): what PostgresSessions does outside a
 * turn, and its base.
 */
import type { Sender } from "../../core/types.js";
import type { Channel, Db, PrismaClient } from "../../domain/db-types.js";
import { initialLocale } from "../../domain/people.js";
import { firstDelivery } from "../../domain/processed-updates.js";
import type { DraftState } from "../../forms/types.js";
import { deleteDraft, loadDraft, saveDraft } from "../draft-store.js";
import type { LastMenu } from "../last-menus.js";
import { loadOrCreateTurnState, loadTurnState, saveFlow, type TurnState } from "../turn-state.js";
import type { Exclusive, Sessions } from "./types.js";

export class DirectSessions implements Sessions {
  constructor(private readonly db: PrismaClient) {}

  firstDelivery(channel: Channel, updateId: string): Promise<boolean> {
    return firstDelivery(this.db, channel, updateId);
  }

  /** Only the update id is checked: PostgresSessions adds the lock that orders turns across processes. */
  async exclusive<T>(sender: Sender, updateId: string | undefined, work: () => Promise<T>): Promise<Exclusive<T>> {
    if (updateId !== undefined && !(await this.firstDelivery(sender.channel as Channel, updateId))) return { duplicate: true };
    return { duplicate: false, value: await work() };
  }

  async turn(sender: Sender): Promise<TurnState> {
    return (await turnOrNewcomer(this.db, sender)).state;
  }

  loadDraft(personId: number, formId: string): Promise<DraftState | null> {
    return loadDraft(this.db, personId, formId);
  }

  saveDraft(personId: number, draft: DraftState): Promise<void> {
    return saveDraft(this.db, personId, draft);
  }

  deleteDraft(personId: number, formId: string): Promise<void> {
    return deleteDraft(this.db, personId, formId);
  }

  saveFlow(personId: number, flow: string | null, data: Record<string, unknown> | null, menu: LastMenu | null = null): Promise<void> {
    return saveFlow(this.db, personId, flow, data, menu);
  }

  async setLocale(personId: number, locale: string): Promise<void> {
    await this.db.person.update({ where: { id: personId }, data: { locale } });
  }

  async close(): Promise<void> {}
}

/** The person behind a sender, created on first contact (`created`). */
export async function turnOrNewcomer(
  db: Db,
  sender: Sender,
  options: { withDrafts?: boolean } = {},
): Promise<{ state: TurnState; created: boolean; drafts?: DraftState[] }> {
  try {
    return await loadOrCreateTurnState(db, sender, initialLocale(sender), options);
  } catch (error) {
    // Two first messages at once (another process on PostgreSQL): the other one created it.
    const state = await loadTurnState(db, sender);
    if (!state) throw error;
    return { state, created: false }; // without drafts: each is read when asked for
  }
}
