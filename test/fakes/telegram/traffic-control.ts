/**
 * Everything that can refuse a call before it is processed: forbidden chats
 * (403), per-chat and global rate limits for send methods (429 with
 * retry_after), and seeded random failures (500 or a dropped connection).
 * Also keeps the traffic counters, including "unhonoured 429s": a send to a
 * chat that arrives before the retry_after announced for that chat elapsed.
 * All checks are O(1) per call.
 */
import { createPrng } from "../shared/prng.js";
import { RetryLedger } from "../shared/retry-ledger.js";
import { SlidingWindow, retryAfterSeconds } from "../shared/sliding-window.js";
import { ApiError, BLOCKED_BY_USER, tooManyRequests } from "./api-error.js";
import type { FailureKind, TelegramLimits, TrafficStats } from "./types.js";

/** Methods that deliver a message: rate limited and counted. */
export const SEND_METHODS: ReadonlySet<string> = new Set(["sendMessage", "sendDocument", "sendPhoto"]);
/** Methods refused with 403 for a forbidden chat. */
const CHAT_METHODS: ReadonlySet<string> = new Set([
  ...SEND_METHODS,
  "sendChatAction",
  "editMessageText",
  "editMessageReplyMarkup",
]);

export type Admission = { readonly kind: "ok" } | { readonly kind: "error"; readonly error: ApiError } | { readonly kind: "drop" };

const OK: Admission = { kind: "ok" };
const GLOBAL_KEY = 0;

export class TrafficControl {
  private readonly forbidden = new Map<number, string>();
  private readonly retries = new RetryLedger<number>();
  private readonly acceptedByChat = new Map<number, number>();
  private perChat: SlidingWindow<number> | undefined;
  private global: SlidingWindow<number> | undefined;
  private failureRate = 0;
  private failureKinds: readonly FailureKind[] = ["500", "drop"];
  private failureMethods: ReadonlySet<string> = SEND_METHODS;
  private random: () => number = createPrng(1);
  private counters = { accepted: 0, tooManyRequests: 0, forbidden: 0, serverErrors: 0, droppedConnections: 0 };

  constructor(limits: TelegramLimits = {}) {
    this.configure(limits);
  }

  /** Replaces the rate limits and failure settings (forbidden chats and counters stay). */
  configure(limits: TelegramLimits): void {
    this.perChat = limits.perChat ? new SlidingWindow(limits.perChat) : undefined;
    this.global = limits.global ? new SlidingWindow(limits.global) : undefined;
    const failures = limits.failures;
    this.failureRate = failures?.rate ?? 0;
    this.failureKinds = failures?.kinds?.length ? failures.kinds : ["500", "drop"];
    this.failureMethods = failures?.methods ? new Set(failures.methods) : SEND_METHODS;
    this.random = createPrng(failures?.seed ?? 1);
  }

  forbid(chatId: number, description: string = BLOCKED_BY_USER): void {
    this.forbidden.set(chatId, description);
  }

  allow(chatId: number): void {
    this.forbidden.delete(chatId);
  }

  admit(method: string, chatId: number | undefined, now: number): Admission {
    if (chatId !== undefined && CHAT_METHODS.has(method)) {
      const description = this.forbidden.get(chatId);
      if (description !== undefined) {
        this.counters.forbidden++;
        return { kind: "error", error: new ApiError(403, description) };
      }
    }
    if (chatId !== undefined && SEND_METHODS.has(method)) {
      const limited = this.checkRateLimits(chatId, now);
      if (limited) return limited;
    }
    if (this.failureRate > 0 && this.failureMethods.has(method) && this.random() < this.failureRate) {
      const kind = this.failureKinds[Math.floor(this.random() * this.failureKinds.length)] ?? "500";
      if (kind === "drop") {
        this.counters.droppedConnections++;
        return { kind: "drop" };
      }
      this.counters.serverErrors++;
      return { kind: "error", error: new ApiError(500, "Internal Server Error") };
    }
    return OK;
  }

  /** Records a successful call (only sends count and consume rate-limit slots). */
  commit(method: string, chatId: number | undefined, now: number): void {
    if (chatId === undefined || !SEND_METHODS.has(method)) return;
    this.perChat?.record(chatId, now);
    this.global?.record(GLOBAL_KEY, now);
    this.counters.accepted++;
    this.acceptedByChat.set(chatId, (this.acceptedByChat.get(chatId) ?? 0) + 1);
  }

  acceptedSends(chatId: number): number {
    return this.acceptedByChat.get(chatId) ?? 0;
  }

  stats(): TrafficStats {
    return { ...this.counters, unhonoured429: this.retries.unhonoured, acceptedByChat: new Map(this.acceptedByChat) };
  }

  private checkRateLimits(chatId: number, now: number): Admission | undefined {
    const { earlyByMs, at } = this.retries.check(chatId, now);
    if (earlyByMs > 0) return this.refuse(chatId, now, earlyByMs);
    const waitMs = Math.max(this.perChat?.waitMs(chatId, at) ?? 0, this.global?.waitMs(GLOBAL_KEY, at) ?? 0);
    return waitMs > 0 ? this.refuse(chatId, now, waitMs) : undefined;
  }

  private refuse(chatId: number, now: number, waitMs: number): Admission {
    const retryAfter = retryAfterSeconds(waitMs);
    this.retries.announce(chatId, now, retryAfter);
    this.counters.tooManyRequests++;
    return { kind: "error", error: tooManyRequests(retryAfter) };
  }
}
