/**
 * Public types of the fake Telegram Bot API: what tests pass in (users,
 * options, limits) and what they read back (recorded calls, bot messages,
 * files, webhook deliveries, traffic counters).
 */
import type { InlineKeyboardButton, Message } from "grammy/types";
import type { RateLimit } from "../shared/sliding-window.js";

export type { RateLimit } from "../shared/sliding-window.js";
export type { WaitOptions } from "../shared/waiters.js";

/** A simulated Telegram user. Their private chat id equals `id`. */
export interface FakeUser {
  readonly id: number;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly username?: string;
  /** IETF tag as Telegram sends it, e.g. "es" or "qu". */
  readonly languageCode?: string;
}

export type FailureKind = "500" | "drop";

/** Random failures, reproducible through `seed`. */
export interface FailureInjection {
  /** Probability in [0, 1] that an eligible call fails. */
  readonly rate: number;
  /** Seed of the PRNG (default 1). */
  readonly seed?: number;
  /** "500" answers Internal Server Error, "drop" destroys the socket (default both). */
  readonly kinds?: readonly FailureKind[];
  /** Methods that may fail (default: sendMessage, sendDocument, sendPhoto). */
  readonly methods?: readonly string[];
}

/** Limits and failures; everything is off unless configured. */
export interface TelegramLimits {
  /** Per chat limit for send methods, e.g. `{ max: 1, windowMs: 1000 }`. */
  readonly perChat?: RateLimit;
  /** Global limit for send methods, e.g. `{ max: 30, windowMs: 1000 }`. */
  readonly global?: RateLimit;
  readonly failures?: FailureInjection;
  /** Answer 400 "chat not found" for chats no user ever opened (default false). */
  readonly requireKnownChat?: boolean;
}

export interface FakeTelegramOptions {
  /** Bot token; the part before ':' is the bot id. */
  readonly token?: string;
  readonly botUsername?: string;
  readonly botFirstName?: string;
  readonly limits?: TelegramLimits;
  /** Methods this server does not have (answered 404 "method not found"), as on an old server or an emulator. */
  readonly unsupportedMethods?: readonly string[];
}

/** One HTTP call the bot made, in arrival order. */
export interface RecordedCall {
  readonly seq: number;
  /** Canonical method name ("sendMessage"), or the raw name when unknown. */
  readonly method: string;
  readonly params: Readonly<Record<string, unknown>>;
  /** Uploaded parts: field, file name and size. */
  readonly files: ReadonlyArray<{ field: string; fileName: string; size: number }>;
  /** `performance.now()` at arrival. */
  readonly at: number;
  /** HTTP status once answered; `0` for a dropped connection; `undefined` while pending. */
  status?: number;
  ok?: boolean;
  description?: string;
}

/** A file known to the fake: sent by a user or uploaded by the bot. */
export interface StoredFile {
  readonly fileId: string;
  readonly fileUniqueId: string;
  readonly fileName?: string;
  readonly mimeType?: string;
  readonly size: number;
  readonly filePath: string;
  /** Content; generated lazily (deterministic bytes) when only a size was given. */
  readonly bytes: Buffer;
}

/** A file the bot sent with sendDocument/sendPhoto. */
export interface ReceivedFile extends StoredFile {
  readonly chatId: number;
  readonly messageId: number;
  readonly method: "sendDocument" | "sendPhoto";
  /** How the bot referenced it: an upload, an existing file_id, or a URL. */
  readonly source: "upload" | "file_id" | "url";
}

/** Current state of a message the bot sent (after edits). */
export interface BotMessage {
  readonly chatId: number;
  readonly messageId: number;
  readonly kind: "text" | "document" | "photo";
  /** Message text, or the caption for media. */
  readonly text: string | undefined;
  readonly parseMode: string | undefined;
  readonly replyMarkup: unknown;
  /** Inline keyboard rows (empty when there is none). */
  readonly inlineKeyboard: InlineKeyboardButton[][];
  readonly file: ReceivedFile | undefined;
  readonly editCount: number;
  readonly deleted: boolean;
  /** Change sequence number of the last send/edit/delete. */
  readonly seq: number;
  /** The Telegram `Message` object as the bot last saw it. */
  readonly message: Message;
}

export interface AnsweredCallback {
  readonly callbackQueryId: string;
  readonly text: string | undefined;
  readonly showAlert: boolean;
  readonly url: string | undefined;
}

export interface WebhookDelivery {
  readonly updateId: number;
  readonly url: string;
  /** HTTP status of the bot's answer, or `null` when the request failed. */
  readonly status: number | null;
  readonly secretSent: boolean;
  readonly error?: string;
}

export interface TrafficStats {
  /** Successful send calls (sendMessage, sendDocument, sendPhoto). */
  readonly accepted: number;
  readonly acceptedByChat: ReadonlyMap<number, number>;
  /** 429 answers. */
  readonly tooManyRequests: number;
  /** 403 answers. */
  readonly forbidden: number;
  /** Sends to a chat that arrived before the retry_after of its last 429 elapsed. */
  readonly unhonoured429: number;
  readonly serverErrors: number;
  readonly droppedConnections: number;
}
