/**
 * What Bot API method handlers work with: the fake's state stores, plus the
 * handler signature. Handlers return the `result` or throw an `ApiError`.
 */
import type { BotCommand, UserFromGetMe } from "grammy/types";
import type { FilePart } from "../../shared/multipart.js";
import type { CallbackRegistry } from "../callback-registry.js";
import type { ChatStore } from "../chat-store.js";
import type { FileStore } from "../file-store.js";
import type { Params } from "../params.js";
import type { ReceivedFile } from "../types.js";
import type { UpdateQueue } from "../update-queue.js";
import type { WebhookDispatcher } from "../webhook.js";

export interface BotApiState {
  readonly botInfo: UserFromGetMe;
  readonly chats: ChatStore;
  readonly files: FileStore;
  readonly updates: UpdateQueue;
  readonly webhook: WebhookDispatcher;
  readonly callbacks: CallbackRegistry;
  /** Commands per "scope|language" key. */
  readonly commands: Map<string, BotCommand[]>;
  readonly documents: ReceivedFile[];
  readonly photos: ReceivedFile[];
  requireKnownChat(): boolean;
}

export interface CallInput {
  readonly params: Params;
  readonly files: readonly FilePart[];
  readonly signal: AbortSignal;
}

export type MethodHandler = (state: BotApiState, input: CallInput) => unknown;
