/**
 * The outbox dispatcher: claims due deliveries, sends each through the person's channel within that channel's
 * pace, and records the outcome.
 *
 * Guarantees and their limits:
 * - Two dispatchers never hold the same row: claims use `FOR UPDATE SKIP LOCKED` and a lease (see claim.ts);
 *   a dispatcher renews its leases while it holds rows and never starts a send on a row whose lease may have
 *   run out.
 * - With several dispatcher processes (`sharedPace`), each channel's rate holds for all of them together, and so
 *   does the per-chat interval: a person's messages go through one process at a time (see claim.ts).
 * - A killed dispatcher loses nothing: its rows stay `sending` until the lease runs out, then any dispatcher
 *   takes them over and sends them.
 * - The one window where a message can go out twice: the platform accepted a send and the process died before
 *   the "sent" mark was committed (Telegram has no idempotency key). Marks are written the moment an answer
 *   arrives, grouped with whatever other answers arrived meanwhile (group commit, several writes at once on
 *   PostgreSQL), so the window is about one database round trip: `stats.markDelayMsAvg` measured 3–7 ms in
 *   steady state here, more in a process's first second (hence `warmUp`). Rows claimed but not yet started are
 *   never in that window. A SIGKILL at a random moment of a 300/s broadcast repeated 0 to 3 messages in our runs;
 *   a kill during a pause (quiet hours, a 429) repeats none.
 * - 429: the channel pauses for retry_after and the message is retried untouched; 5xx and network errors:
 *   exponential backoff with jitter up to `maxAttempts`, then `failed` with the reason; 403: the identity is
 *   marked unreachable and nothing more is sent to it (another reachable identity of the person is tried).
 * - Quiet hours: nothing starts while they last; rows already claimed are given back.
 */
import { performance } from "node:perf_hooks";
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import type { Logger } from "../logger.js";
import { DEFAULT_BACKOFF, retryDelayMs, type BackoffOptions } from "./backoff.js";
import {
  claimDue,
  loadRecipients,
  markIdentitiesUnreachable,
  recordOutcomes,
  releaseClaims,
  renewLeases,
  warmUp,
  type ClaimedDelivery,
  type OutboxClient,
  type OutcomeRecord,
} from "./claim.js";
import { isQuiet, nextSendableAt, type QuietHours } from "./quiet-hours.js";
import { ChannelRateLimiter, ChatSpacing } from "./rate-limiter.js";
import { SharedPace } from "./shared-pace.js";
import { CHANNEL_PREFERENCE, chatKey, type ChannelSender, type RecipientIdentity, type SendOutcome } from "./sender.js";
import { Signal } from "./signal.js";

export interface DispatcherOptions {
  db: OutboxClient;
  senders: ChannelSender[];
  logger: Pick<Logger, "debug" | "info" | "warn" | "error">;
  /** Application clock: due times, sentAt, quiet hours, backoff. Leases use the database clock. */
  now?: () => Date;
  /** Unique per process; written to claimedBy. */
  workerId?: string;
  /** Most rows claimed at once (default 200; fewer when the channels are slow). */
  batchSize?: number;
  leaseMs?: number;
  /** Tries (network/5xx) before a delivery is marked failed. */
  maxAttempts?: number;
  backoff?: BackoffOptions;
  quietHours?: QuietHours | null;
  /** How often an idle dispatcher looks for new due rows. */
  pollMs?: number;
  /** Outcome writes running at once (default 4; PGlite runs them one after another anyway). */
  flushConcurrency?: number;
  random?: () => number;
  /** Claims only deliveries to the person behind this identity (console mode: the person at the keyboard). */
  onlyIdentity?: { channel: string; externalId: string };
  /**
   * Several dispatcher processes share this PostgreSQL database: each channel's rate (see shared-pace.ts) and the
   * per-chat interval (see claim.ts) hold for all of them together. Off on PGlite, where one process owns the
   * database.
   */
  sharedPace?: boolean;
  /** Told of every send's outcome (the /metrics counters). */
  onOutcome?: (channel: string, outcome: SendOutcome["kind"]) => void;
}

export interface DispatcherStats {
  sent: number;
  failed: number;
  unreachable: number;
  retried: number;
  rateLimited: number;
  /** Rows taken over from a dispatcher whose lease ran out. */
  reclaimed: number;
  /** Outcomes that could not be written because the lease had been lost meanwhile. */
  lostLeases: number;
  /**
   * From an answer to its committed mark (the at-least-once window of a message accepted by the platform), in
   * milliseconds: the longest seen and the average.
   */
  markDelayMsMax: number;
  markDelayMsAvg: number;
}

interface Item {
  row: ClaimedDelivery;
  /** Reachable identities, preferred first. */
  recipients: RecipientIdentity[];
  /** performance.now() after which the lease may have run out: never start a send then. */
  validUntil: number;
}

interface Lane {
  sender: ChannelSender;
  limiter: ChannelRateLimiter;
  /** The rate shared with other processes (PostgreSQL), when on. */
  shared: SharedPace | null;
  spacing: ChatSpacing;
  inFlight: number;
  maxInFlight: number;
}

const MAX_IN_FLIGHT = 64;
const SCAN_LIMIT = 2_000;

export function newWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}

export class Dispatcher {
  readonly workerId: string;
  readonly stats: DispatcherStats = { sent: 0, failed: 0, unreachable: 0, retried: 0, rateLimited: 0, reclaimed: 0, lostLeases: 0, markDelayMsMax: 0, markDelayMsAvg: 0 };
  private marked = 0;
  private markDelaySum = 0;

  private readonly db: OutboxClient;
  private readonly acrossWorkers: boolean;
  private readonly logger: DispatcherOptions["logger"];
  private readonly now: () => Date;
  private readonly lanes = new Map<string, Lane>();
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private readonly leaseMarginMs: number;
  private readonly maxAttempts: number;
  private readonly backoff: BackoffOptions;
  private readonly quietHours: QuietHours | null;
  private readonly pollMs: number;
  private readonly random: () => number;
  private readonly onlyIdentity: DispatcherOptions["onlyIdentity"];
  private readonly onOutcome: DispatcherOptions["onOutcome"];

  private queue: Item[] = [];
  private readonly held = new Set<Item>();
  private inFlight = 0;
  private readonly deadIdentities = new Set<number>();
  private pendingOutcomes: Array<{ record: OutcomeRecord; answeredAt: number }> = [];
  private pendingUnreachable: number[] = [];
  private readonly flushes = new Set<Promise<void>>();
  private readonly flushConcurrency: number;
  private claiming: Promise<void> | null = null;
  /** The last claim found fewer rows than it asked for: wait for pollMs before asking again. */
  private exhaustedAt: number | null = null;
  private readonly signal = new Signal();
  private running: Promise<void> | null = null;
  private stopping = false;
  private renewTimer: NodeJS.Timeout | null = null;
  private warm = false;

  constructor(options: DispatcherOptions) {
    this.db = options.db;
    this.logger = options.logger;
    this.now = options.now ?? (() => new Date());
    this.workerId = options.workerId ?? newWorkerId();
    this.leaseMs = options.leaseMs ?? 60_000;
    this.leaseMarginMs = Math.min(this.leaseMs / 4, 10_000);
    this.maxAttempts = options.maxAttempts ?? 6;
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.quietHours = options.quietHours ?? null;
    this.pollMs = options.pollMs ?? 1_000;
    this.flushConcurrency = Math.max(1, options.flushConcurrency ?? 4);
    this.random = options.random ?? Math.random;
    this.onlyIdentity = options.onlyIdentity;
    this.onOutcome = options.onOutcome;
    this.acrossWorkers = options.sharedPace === true;
    let totalRate = 0;
    for (const sender of options.senders) {
      this.lanes.set(sender.channel, {
        sender,
        limiter: new ChannelRateLimiter(sender.pace.ratePerSecond),
        shared: options.sharedPace && Number.isFinite(sender.pace.ratePerSecond) ? new SharedPace(this.db, sender.channel, sender.pace.ratePerSecond, () => this.signal.notify()) : null,
        spacing: new ChatSpacing(sender.pace.perChatIntervalMs),
        inFlight: 0,
        maxInFlight: sender.pace.maxInFlight ?? 32,
      });
      totalRate += sender.pace.ratePerSecond;
    }
    // About four seconds of work per claim: small batches keep few rows away from other dispatchers.
    const wanted = Number.isFinite(totalRate) ? Math.ceil(totalRate * 4) : Number.POSITIVE_INFINITY;
    this.batchSize = Math.max(10, Math.min(options.batchSize ?? 200, wanted));
  }

  /** Runs until stop(). */
  start(): void {
    if (this.running) return;
    this.stopping = false;
    this.startRenewing();
    this.running = this.loop(false).catch((error: unknown) => {
      this.logger.error({ err: error }, "outbox dispatcher stopped on an error");
    });
  }

  /** Stops claiming, lets sends in flight finish, writes their outcomes and gives back the rows not started. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.signal.notify();
    await this.running;
    this.running = null;
    await this.settle();
    await this.giveBack(this.queue.splice(0));
    this.stopRenewing();
  }

  /**
   * Sends everything due now and returns when nothing due is left (or quiet hours begin). Retries scheduled
   * for later stay pending. For tests with a simulated clock and for one-shot scripts.
   */
  async drain(): Promise<DispatcherStats> {
    if (this.running) throw new Error("drain() on a running dispatcher");
    this.stopping = false;
    this.exhaustedAt = null;
    this.startRenewing();
    try {
      await this.loop(true);
      await this.settle();
      await this.giveBack(this.queue.splice(0));
    } finally {
      this.stopRenewing();
    }
    return { ...this.stats };
  }

  /** Wakes an idle dispatcher (new rows were just queued). */
  wake(): void {
    this.exhaustedAt = null;
    this.signal.notify();
  }

  private async loop(untilIdle: boolean): Promise<void> {
    if (!this.warm) {
      this.warm = true;
      await warmUp(this.db, this.workerId, this.flushConcurrency).catch((error: unknown) => this.logger.warn({ err: error }, "outbox: warm-up failed"));
    }
    while (!this.stopping) {
      const now = this.now();
      if (isQuiet(this.quietHours, now)) {
        await this.settle();
        await this.giveBack(this.queue.splice(0));
        if (untilIdle) return;
        const untilEnd = nextSendableAt(this.quietHours, now).getTime() - now.getTime();
        await this.signal.wait(Math.min(Math.max(untilEnd, 50), this.pollMs * 30));
        continue;
      }
      const mono = performance.now();
      this.maybeClaim(mono);
      const next = this.startSends(mono);
      if (next === "started") continue;
      if (untilIdle && this.idle()) return;
      const wait = next === "blocked-forever" ? this.pollMs : Math.max(1, Math.min(next - mono, this.pollMs));
      await this.signal.wait(this.queue.length === 0 && this.exhaustedAt !== null && !untilIdle ? this.pollMs : wait);
    }
  }

  private idle(): boolean {
    return this.queue.length === 0 && this.inFlight === 0 && this.claiming === null && this.exhaustedAt !== null;
  }

  private maybeClaim(mono: number): void {
    if (this.claiming || this.stopping) return;
    if (this.queue.length > this.batchSize / 2) return;
    if (this.exhaustedAt !== null && mono - this.exhaustedAt < this.pollMs) return;
    this.claiming = this.claim()
      .catch((error: unknown) => {
        this.logger.error({ err: error }, "outbox: claim failed");
        this.exhaustedAt = performance.now();
      })
      .finally(() => {
        this.claiming = null;
        this.signal.notify();
      });
  }

  private async claim(): Promise<void> {
    const started = performance.now();
    const rows = await claimDue(this.db, { workerId: this.workerId, limit: this.batchSize, dueAt: this.now(), leaseMs: this.leaseMs, acrossWorkers: this.acrossWorkers, ...(this.onlyIdentity ? { onlyIdentity: this.onlyIdentity } : {}) });
    const claimedAt = performance.now();
    this.exhaustedAt = rows.length < this.batchSize ? started : null;
    if (rows.length === 0) return;
    const reclaimed = rows.filter((row) => row.previousClaim !== null && row.previousClaim !== this.workerId);
    if (reclaimed.length > 0) {
      this.stats.reclaimed += reclaimed.length;
      this.logger.warn({ count: reclaimed.length, from: [...new Set(reclaimed.map((row) => row.previousClaim))] }, "outbox: took over deliveries whose lease ran out");
    }
    let identities: RecipientIdentity[];
    try {
      identities = await loadRecipients(this.db, [...new Set(rows.map((row) => row.personId))]);
    } catch (error) {
      await releaseClaims(this.db, this.workerId, rows.map((row) => row.id)).catch(() => undefined); // else the lease frees them
      throw error;
    }
    const byPerson = new Map<number, RecipientIdentity[]>();
    for (const identity of identities) {
      const list = byPerson.get(identity.personId) ?? [];
      list.push(identity);
      byPerson.set(identity.personId, list);
    }
    const rank = (identity: RecipientIdentity) => {
      const index = CHANNEL_PREFERENCE.indexOf(identity.channel);
      return this.lanes.has(identity.channel) ? index : 100 + index;
    };
    for (const list of byPerson.values()) list.sort((a, b) => rank(a) - rank(b));
    for (const row of rows) {
      if (row.sinceLastSentMs === null) continue;
      for (const identity of byPerson.get(row.personId) ?? []) this.lanes.get(identity.channel)?.spacing.lastSentAgo(chatKey(identity), claimedAt, row.sinceLastSentMs);
    }
    const validUntil = started + this.leaseMs - this.leaseMarginMs;
    for (const row of rows) {
      const item: Item = { row, recipients: byPerson.get(row.personId) ?? [], validUntil };
      this.queue.push(item);
      this.held.add(item);
    }
  }

  /** Starts every send the limits allow now; returns "started", the next instant worth looking again, or "blocked-forever". */
  private startSends(mono: number): "started" | "blocked-forever" | number {
    let started = false;
    let earliest = Number.POSITIVE_INFINITY;
    const blockedLanes = new Set<string>();
    const keep: Item[] = [];
    let scanned = 0;
    for (const item of this.queue) {
      if (scanned++ >= SCAN_LIMIT || this.inFlight >= MAX_IN_FLIGHT || blockedLanes.size === this.lanes.size) {
        keep.push(item);
        continue;
      }
      if (mono > item.validUntil) {
        this.held.delete(item);
        this.logger.warn({ delivery: item.row.id }, "outbox: lease may have run out, left for another dispatcher");
        continue;
      }
      const identity = item.recipients.find((candidate) => this.lanes.has(candidate.channel) && !this.deadIdentities.has(candidate.identityId));
      if (!identity) {
        this.finish(item, { id: item.row.id, status: "unreachable", lastError: "no reachable identity on a channel this dispatcher serves" });
        this.stats.unreachable++;
        continue;
      }
      const lane = this.lanes.get(identity.channel) as Lane;
      if (blockedLanes.has(identity.channel) || lane.inFlight >= lane.maxInFlight) {
        keep.push(item);
        continue;
      }
      const laneWait = Math.max(lane.limiter.waitMs(mono), lane.shared?.waitMs(mono) ?? 0);
      if (laneWait > 0) {
        blockedLanes.add(identity.channel);
        if (Number.isFinite(laneWait)) earliest = Math.min(earliest, mono + laneWait);
        keep.push(item);
        continue;
      }
      const chat = chatKey(identity);
      const chatWait = lane.spacing.waitMs(chat, mono);
      if (chatWait > 0) {
        if (Number.isFinite(chatWait)) earliest = Math.min(earliest, mono + chatWait);
        keep.push(item);
        continue;
      }
      const ticket = lane.limiter.take(mono);
      lane.shared?.take();
      lane.spacing.start(chat);
      lane.inFlight++;
      this.inFlight++;
      started = true;
      void this.send(item, identity, lane, chat, ticket);
    }
    this.queue = keep;
    if (started) return "started";
    return Number.isFinite(earliest) ? earliest : "blocked-forever";
  }

  private async send(item: Item, identity: RecipientIdentity, lane: Lane, chat: string, ticket: number): Promise<void> {
    let outcome: SendOutcome;
    try {
      outcome = await lane.sender.send(identity, item.row.payload, this.now());
    } catch (error) {
      outcome = { kind: "transient", reason: error instanceof Error ? error.message : String(error) };
    }
    this.onOutcome?.(identity.channel, outcome.kind);
    const mono = performance.now();
    lane.limiter.complete(ticket, mono);
    lane.inFlight--;
    this.inFlight--;
    try {
      this.apply(item, identity, lane, chat, outcome, mono);
    } finally {
      this.signal.notify();
    }
  }

  private apply(item: Item, identity: RecipientIdentity, lane: Lane, chat: string, outcome: SendOutcome, mono: number): void {
    const { row } = item;
    switch (outcome.kind) {
      case "sent":
        lane.spacing.complete(chat, mono);
        this.stats.sent++;
        this.finish(item, { id: row.id, status: "sent", sentAt: this.now(), externalRef: outcome.externalRef ?? null, identityId: identity.identityId, lastError: null });
        return;
      case "rate_limited":
        this.stats.rateLimited++;
        lane.limiter.pause(mono + outcome.retryAfterMs);
        void lane.shared?.pause(outcome.retryAfterMs);
        lane.spacing.complete(chat, mono, outcome.retryAfterMs);
        this.logger.warn({ channel: identity.channel, retryAfterMs: outcome.retryAfterMs }, "outbox: 429, pausing the channel");
        this.queue.unshift(item);
        return;
      case "unreachable": {
        lane.spacing.complete(chat, mono);
        this.deadIdentities.add(identity.identityId);
        this.pendingUnreachable.push(identity.identityId);
        const another = item.recipients.some((candidate) => this.lanes.has(candidate.channel) && !this.deadIdentities.has(candidate.identityId));
        if (another) {
          this.queue.unshift(item);
          this.kickFlush();
          return;
        }
        this.stats.unreachable++;
        this.finish(item, { id: row.id, status: "unreachable", lastError: outcome.reason, identityId: identity.identityId });
        return;
      }
      case "rejected":
        lane.spacing.complete(chat, mono);
        this.stats.failed++;
        this.logger.warn({ delivery: row.id, reason: outcome.reason }, "outbox: message refused");
        this.finish(item, { id: row.id, status: "failed", lastError: outcome.reason, identityId: identity.identityId });
        return;
      case "transient": {
        lane.spacing.complete(chat, mono);
        if (row.attempts >= this.maxAttempts) {
          this.stats.failed++;
          this.logger.warn({ delivery: row.id, attempts: row.attempts, reason: outcome.reason }, "outbox: giving up after repeated failures");
          this.finish(item, { id: row.id, status: "failed", lastError: `${outcome.reason} (after ${row.attempts} tries)`, identityId: identity.identityId });
          return;
        }
        this.stats.retried++;
        const retryAt = new Date(this.now().getTime() + retryDelayMs(row.attempts, this.backoff, this.random));
        this.finish(item, { id: row.id, status: "pending", lastError: outcome.reason, notBefore: retryAt });
        return;
      }
    }
  }

  private finish(item: Item, outcome: OutcomeRecord): void {
    this.held.delete(item);
    this.pendingOutcomes.push({ record: outcome, answeredAt: performance.now() });
    this.kickFlush();
  }

  /**
   * Group commit: each write takes every outcome that arrived while the previous writes were running. Up to
   * `flushConcurrency` writes run at once (separate pool connections on PostgreSQL), so a slow write does not
   * hold the next answers back: the time between Telegram's answer and the committed mark stays short.
   */
  private kickFlush(): void {
    while (this.flushes.size < this.flushConcurrency && (this.pendingOutcomes.length > 0 || this.pendingUnreachable.length > 0)) {
      const batch = this.pendingOutcomes.splice(0, 2_000);
      const dead = this.pendingUnreachable.splice(0);
      const write: Promise<void> = this.write(batch, dead).finally(() => {
        this.flushes.delete(write);
        this.kickFlush();
        this.signal.notify();
      });
      this.flushes.add(write);
    }
  }

  private async write(pending: Array<{ record: OutcomeRecord; answeredAt: number }>, dead: number[]): Promise<void> {
    const batch = pending.map((entry) => entry.record);
    for (let failures = 0; ; ) {
      try {
        await markIdentitiesUnreachable(this.db, dead, this.now());
        dead = [];
        const written = await recordOutcomes(this.db, this.workerId, batch);
        if (written < batch.length) {
          this.stats.lostLeases += batch.length - written;
          this.logger.warn({ expected: batch.length, written }, "outbox: some outcomes were not written (lease lost)");
        }
        this.noteMarkDelays(pending);
        return;
      } catch (error) {
        failures++;
        this.logger.error({ err: error, failures }, "outbox: could not record outcomes, retrying");
        if (this.stopping && failures >= 5) {
          this.logger.error({ lost: batch.length }, "outbox: giving up recording outcomes at shutdown; those rows will be sent again");
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, Math.min(5_000, 200 * 2 ** failures)));
      }
    }
  }

  private noteMarkDelays(pending: Array<{ answeredAt: number }>): void {
    const now = performance.now();
    for (const { answeredAt } of pending) {
      const delay = now - answeredAt;
      this.stats.markDelayMsMax = Math.max(this.stats.markDelayMsMax, Math.round(delay));
      this.marked++;
      this.markDelaySum += delay;
    }
    if (this.marked > 0) this.stats.markDelayMsAvg = Math.round((this.markDelaySum / this.marked) * 10) / 10;
  }

  /** Waits for sends in flight, the claim in progress and the outcome writes. */
  private async settle(): Promise<void> {
    while (this.inFlight > 0 || this.claiming || this.flushes.size > 0 || this.pendingOutcomes.length > 0) {
      this.kickFlush();
      await Promise.all([this.claiming, ...this.flushes, this.inFlight > 0 ? this.signal.wait(1_000) : undefined]);
    }
  }

  private async giveBack(items: Item[]): Promise<void> {
    for (const item of items) this.held.delete(item);
    if (items.length === 0) return;
    try {
      await releaseClaims(this.db, this.workerId, items.map((item) => item.row.id));
    } catch (error) {
      this.logger.warn({ err: error, count: items.length }, "outbox: could not give rows back; their lease will run out");
    }
  }

  private startRenewing(): void {
    if (this.renewTimer) return;
    this.renewTimer = setInterval(() => void this.renew(), Math.max(100, this.leaseMs / 3));
    this.renewTimer.unref();
  }

  private stopRenewing(): void {
    if (this.renewTimer) clearInterval(this.renewTimer);
    this.renewTimer = null;
  }

  private async renew(): Promise<void> {
    if (this.held.size === 0) return;
    const started = performance.now();
    try {
      await renewLeases(this.db, this.workerId, this.leaseMs);
      const validUntil = started + this.leaseMs - this.leaseMarginMs;
      for (const item of this.held) item.validUntil = Math.max(item.validUntil, validUntil);
    } catch (error) {
      this.logger.warn({ err: error }, "outbox: could not renew leases");
    }
  }
}
