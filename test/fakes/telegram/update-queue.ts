/**
 * Pending updates and `getUpdates` long polling, with Telegram's semantics:
 * update ids increase monotonically; a call with `offset` confirms (drops)
 * every update below it; a waiting call returns as soon as an update arrives
 * or after `timeout` seconds; a newer getUpdates terminates the waiting one
 * with 409; `allowed_updates` persists until changed ([] resets to the
 * default, which excludes chat_member and reactions).
 *
 * Duplicate delivery: `redeliver(id)` queues an already delivered update once
 * more with the same update_id, delivered on the next poll whatever the offset.
 */
import type { Update } from "grammy/types";
import { ApiError } from "./api-error.js";
import { updateTypeOf, type UpdateBody } from "./update-factory.js";

const EXCLUDED_BY_DEFAULT: ReadonlySet<string> = new Set(["chat_member", "message_reaction", "message_reaction_count"]);

interface Entry {
  readonly update: Update;
  /** A forced re-delivery: ignores offset, dropped once delivered. */
  readonly forced: boolean;
}

interface Poller {
  readonly limit: number;
  resolve(updates: Update[]): void;
  reject(error: Error): void;
}

export interface PollOptions {
  readonly offset?: number;
  readonly limit?: number;
  readonly timeoutSeconds?: number;
}

export class UpdateQueue {
  private nextUpdateId = 1;
  private entries: Entry[] = [];
  private readonly history = new Map<number, Update>();
  private allowed: ReadonlySet<string> | undefined;
  private poller: Poller | undefined;
  /** Called after each enqueue (the webhook dispatcher drains from here). */
  onEnqueue: (() => void) | undefined;

  get pendingCount(): number {
    return this.entries.length;
  }

  get allowedUpdates(): string[] | undefined {
    return this.allowed ? [...this.allowed] : undefined;
  }

  /** Queues an update, assigning the next update_id unless one is given. */
  push(body: UpdateBody | Update): Update {
    const given = (body as Partial<Update>).update_id;
    const updateId = typeof given === "number" ? given : this.nextUpdateId;
    this.nextUpdateId = Math.max(this.nextUpdateId, updateId + 1);
    const update = { ...body, update_id: updateId } as Update;
    this.history.set(updateId, update);
    this.enqueue({ update, forced: false });
    return update;
  }

  /** Delivers an update that was already injected once more, with the same update_id. */
  redeliver(updateId: number): Update {
    const update = this.history.get(updateId);
    if (!update) throw new Error(`update ${updateId} was never injected`);
    this.enqueue({ update, forced: true });
    return update;
  }

  /** `undefined` keeps the current setting, `[]` restores the default. */
  setAllowedUpdates(list: unknown): void {
    if (list === undefined || list === null) return;
    if (!Array.isArray(list)) throw new ApiError(400, "Bad Request: can't parse allowed updates");
    this.allowed = list.length === 0 ? undefined : new Set(list.map(String));
  }

  clear(): void {
    this.entries = [];
  }

  /** Removes and returns the next deliverable update (webhook mode). */
  takeNext(): Update | undefined {
    return this.collect(1, true)[0];
  }

  poll(options: PollOptions, signal: AbortSignal): Promise<Update[]> {
    this.confirm(options.offset);
    const limit = Math.min(100, Math.max(1, options.limit ?? 100));
    const ready = this.collect(limit);
    const timeoutMs = Math.max(0, options.timeoutSeconds ?? 0) * 1000;
    if (ready.length > 0 || timeoutMs === 0) return Promise.resolve(ready);

    this.poller?.reject(
      new ApiError(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"),
    );
    return new Promise<Update[]>((resolve, reject) => {
      const finish = (): void => {
        clearTimeout(timer);
        signal.removeEventListener("abort", onAbort);
        if (this.poller === poller) this.poller = undefined;
      };
      const poller: Poller = {
        limit,
        resolve: (updates) => {
          finish();
          resolve(updates);
        },
        reject: (error) => {
          finish();
          reject(error);
        },
      };
      const onAbort = (): void => poller.resolve([]);
      const timer = setTimeout(() => poller.resolve([]), timeoutMs);
      signal.addEventListener("abort", onAbort);
      this.poller = poller;
    });
  }

  /** Answers a waiting poll with no updates (shutdown). */
  close(): void {
    this.poller?.resolve([]);
  }

  private enqueue(entry: Entry): void {
    this.entries.push(entry);
    const poller = this.poller;
    if (poller) {
      const ready = this.collect(poller.limit);
      if (ready.length > 0) poller.resolve(ready);
    }
    this.onEnqueue?.();
  }

  private confirm(offset: number | undefined): void {
    if (offset === undefined || offset === 0) return;
    if (offset > 0) {
      this.entries = this.entries.filter((entry) => entry.forced || entry.update.update_id >= offset);
    } else {
      const keep = -offset;
      const regular = this.entries.filter((entry) => !entry.forced);
      const dropped = new Set(regular.slice(0, Math.max(0, regular.length - keep)));
      this.entries = this.entries.filter((entry) => !dropped.has(entry));
    }
  }

  /**
   * Up to `limit` deliverable updates. Disallowed ones are dropped; forced
   * ones (and, with `consume`, all returned ones) are removed; the others stay
   * until a later offset confirms them.
   */
  private collect(limit: number, consume = false): Update[] {
    const ready: Update[] = [];
    const remaining: Entry[] = [];
    for (const entry of this.entries) {
      if (!this.isAllowed(entry.update)) continue;
      if (ready.length < limit) {
        ready.push(entry.update);
        if (entry.forced || consume) continue;
      }
      remaining.push(entry);
    }
    this.entries = remaining;
    return ready;
  }

  private isAllowed(update: Update): boolean {
    const type = updateTypeOf(update);
    return this.allowed ? this.allowed.has(type) : !EXCLUDED_BY_DEFAULT.has(type);
  }
}

