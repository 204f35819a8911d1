/**
 * The conversation state of the people talking right now, in memory: profile, identities, flow and drafts,
 * the least recently active dropped first. Entries are dropped when the write observer reports a change, and a
 * value read from the database is only kept if nothing about that person changed while it was being read.
 */
import type { ChannelIdentity, Person } from "../../domain/db-types.js";
import type { WriteNotice } from "../../db/write-observer.js";
import type { DraftState } from "../../forms/types.js";
import type { LastMenu } from "../last-menus.js";
import type { TurnState } from "../turn-state.js";

interface PersonEntry {
  person: Person;
  flow: string | null;
  flowData: Record<string, unknown> | null;
  menu: LastMenu | null;
  identities: Map<string, ChannelIdentity>;
  /** formId → draft, or null when known to have none. */
  drafts: Map<string, DraftState | null>;
  /** Every draft of the person is in `drafts` (a person created here has none): a missing form means none. */
  allDrafts: boolean;
}

export type ReadStamp = number;

export class SessionCache {
  private readonly people = new Map<number, PersonEntry>();
  private readonly senders = new Map<string, number>();
  /** Identity id → sender key, for writes that name an identity only by its id. */
  private readonly identitySenders = new Map<number, string>();
  private clock = 0;
  private everyoneChangedAt = 0;
  private readonly personChangedAt = new Map<number, number>();
  private readonly senderChangedAt = new Map<string, number>();
  private readsInFlight = 0;

  constructor(private readonly maxPeople: number) {}

  get size(): number {
    return this.people.size;
  }

  turn(senderKey: string): TurnState | undefined {
    const personId = this.senders.get(senderKey);
    const entry = personId === undefined ? undefined : this.touch(personId);
    const identity = entry?.identities.get(senderKey);
    if (!entry || !identity) return undefined;
    return { person: { ...entry.person }, identity: { ...identity }, flow: entry.flow, flowData: copy(entry.flowData), menu: entry.menu };
  }

  /** undefined: not known here (ask the database). */
  draft(personId: number, formId: string): DraftState | null | undefined {
    const entry = this.touch(personId);
    const draft = entry?.drafts.get(formId);
    if (draft === undefined) return entry?.allDrafts ? null : undefined;
    return copy(draft);
  }

  /** Call before reading from the database; pass the stamp to the matching remember…() and end the read. */
  beginRead(): ReadStamp {
    this.readsInFlight += 1;
    return ++this.clock;
  }

  /** A stamp for a value known to be current now (e.g. rows this turn just created). */
  stamp(): ReadStamp {
    return this.clock;
  }

  endRead(): void {
    this.readsInFlight -= 1;
    if (this.readsInFlight === 0) {
      this.personChangedAt.clear();
      this.senderChangedAt.clear();
    }
  }

  /** `drafts`: every draft of the person, read with the turn (none for a person created just now). */
  rememberTurn(senderKey: string, state: TurnState, readAt: ReadStamp, drafts?: DraftState[]): void {
    const personId = state.person.id;
    if (this.changedSince(readAt, personId, senderKey)) return;
    let entry = this.people.get(personId);
    if (!entry) {
      entry = {
        person: state.person,
        flow: state.flow,
        flowData: copy(state.flowData),
        menu: state.menu,
        identities: new Map(),
        drafts: new Map((drafts ?? []).map((draft) => [draft.formId, draft])),
        allDrafts: drafts !== undefined,
      };
      this.people.set(personId, entry);
      this.evict();
    }
    entry.identities.set(senderKey, { ...state.identity });
    this.senders.set(senderKey, personId);
    this.identitySenders.set(state.identity.id, senderKey);
  }

  rememberDraft(personId: number, formId: string, draft: DraftState | null, readAt: ReadStamp): void {
    if (this.changedSince(readAt, personId)) return;
    this.people.get(personId)?.drafts.set(formId, copy(draft));
  }

  /**
   * This process's own write: the cache takes the new value, and reads begun before it are not kept. Returns the
   * copy it keeps, which is never changed in place, so the write to the database may share it.
   */
  writeDraft(personId: number, formId: string, draft: DraftState | null): DraftState | null {
    this.markChanged(this.personChangedAt, personId, ++this.clock);
    const kept = copy(draft);
    this.people.get(personId)?.drafts.set(formId, kept);
    return kept;
  }

  writePerson(personId: number, changes: Partial<Person>): void {
    this.markChanged(this.personChangedAt, personId, ++this.clock);
    const entry = this.people.get(personId);
    if (entry) entry.person = { ...entry.person, ...changes, updatedAt: new Date() };
  }

  /** Like writeDraft: returns the copy of `data` it keeps. */
  writeFlow(personId: number, flow: string | null, data: Record<string, unknown> | null, menu: LastMenu | null): Record<string, unknown> | null {
    this.markChanged(this.personChangedAt, personId, ++this.clock);
    const kept = copy(data);
    const entry = this.people.get(personId);
    if (entry) {
      entry.flow = flow;
      entry.flowData = kept;
      entry.menu = menu;
    }
    return kept;
  }

  forget(notice: WriteNotice): void {
    const at = ++this.clock;
    if (notice.scope === "all") {
      this.everyoneChangedAt = at;
      this.people.clear();
      this.senders.clear();
      this.identitySenders.clear();
      return;
    }
    const senderKeys = [...notice.senderKeys];
    for (const identityId of notice.identityIds ?? []) {
      const senderKey = this.identitySenders.get(identityId);
      if (senderKey !== undefined) senderKeys.push(senderKey);
    }
    for (const personId of notice.personIds) this.forgetPerson(personId, at);
    for (const senderKey of senderKeys) {
      this.markChanged(this.senderChangedAt, senderKey, at);
      const personId = this.senders.get(senderKey);
      if (personId !== undefined) this.forgetPerson(personId, at);
    }
  }

  private forgetPerson(personId: number, at: number): void {
    this.markChanged(this.personChangedAt, personId, at);
    const entry = this.people.get(personId);
    if (!entry) return;
    for (const [senderKey, identity] of entry.identities) {
      this.senders.delete(senderKey);
      this.identitySenders.delete(identity.id);
    }
    this.people.delete(personId);
  }

  /** Change times matter only to reads in flight (they are cleared when none is): none, nothing to keep. */
  private markChanged<K>(times: Map<K, number>, key: K, at: number): void {
    if (this.readsInFlight > 0) times.set(key, at);
  }

  private changedSince(readAt: ReadStamp, personId: number, senderKey?: string): boolean {
    if (this.everyoneChangedAt > readAt) return true;
    if ((this.personChangedAt.get(personId) ?? 0) > readAt) return true;
    return senderKey !== undefined && (this.senderChangedAt.get(senderKey) ?? 0) > readAt;
  }

  /** The entry, marked as the most recently used. */
  private touch(personId: number): PersonEntry | undefined {
    const entry = this.people.get(personId);
    if (entry) {
      this.people.delete(personId);
      this.people.set(personId, entry);
    }
    return entry;
  }

  private evict(): void {
    while (this.people.size > this.maxPeople) {
      const oldest = this.people.keys().next().value as number;
      this.forgetPerson(oldest, this.clock);
    }
  }
}

/** Handlers may change what they are given; the cache keeps its own copy. */
function copy<T>(value: T): T {
  return value === null || value === undefined ? value : structuredClone(value);
}
