/**
 * Public types of the fake Slack Web API: options, recorded calls, and the
 * state tests inspect (messages, ephemeral messages, views, uploaded files).
 */
import type { RateLimit } from "../shared/sliding-window.js";

export type { RateLimit } from "../shared/sliding-window.js";
export type { WaitOptions } from "../shared/waiters.js";

export interface SlackUser {
  readonly id: string;
  readonly name?: string;
  readonly realName?: string;
  readonly email?: string;
  /** IANA zone, e.g. "America/Lima". */
  readonly tz?: string;
  readonly locale?: string;
  readonly isBot?: boolean;
}

export interface FakeSlackOptions {
  /** Accepted bot token; when omitted any token starting with "xox" is accepted. */
  readonly token?: string;
  readonly teamId?: string;
  readonly botUserId?: string;
  readonly botId?: string;
  /** Users that users.info knows. */
  readonly users?: readonly SlackUser[];
  /** e.g. `{ max: 1, windowMs: 1000 }` for chat.postMessage per channel (off by default). */
  readonly perChannelLimit?: RateLimit;
}

export interface SlackCall {
  readonly seq: number;
  readonly method: string;
  /** Parameters with JSON-text fields (blocks, view, ...) still as sent. */
  readonly params: Readonly<Record<string, unknown>>;
  readonly token: string | undefined;
  readonly at: number;
  /** HTTP status once answered. */
  status?: number;
  ok?: boolean;
  error?: string;
}

export interface SlackMessage {
  /** Resolved channel id (a user id posts into that user's DM channel "D…"). */
  readonly channel: string;
  readonly ts: string;
  readonly text: string | undefined;
  readonly blocks: unknown[] | undefined;
  readonly threadTs: string | undefined;
  /** File ids shared with the message (files.completeUploadExternal). */
  readonly files: readonly string[];
  readonly editCount: number;
  readonly seq: number;
}

export interface SlackEphemeral {
  readonly channel: string;
  readonly user: string;
  readonly text: string | undefined;
  readonly blocks: unknown[] | undefined;
  readonly messageTs: string;
  readonly seq: number;
}

export interface SlackView {
  readonly id: string;
  /** How it was created or last changed. */
  readonly via: "views.open" | "views.push" | "views.update" | "views.publish";
  /** The view object as the app sent it (parsed). */
  readonly view: Record<string, unknown>;
  readonly type: string;
  readonly callbackId: string | undefined;
  readonly privateMetadata: string | undefined;
  readonly externalId: string | undefined;
  readonly triggerId: string | undefined;
  /** For views.publish: the user whose App Home it is. */
  readonly userId: string | undefined;
  readonly hash: string;
  readonly previousViewId: string | undefined;
  readonly seq: number;
}

export interface SlackUploadedFile {
  readonly id: string;
  readonly filename: string;
  readonly title: string | undefined;
  /** Length announced in files.getUploadURLExternal. */
  readonly length: number;
  readonly bytes: Buffer | undefined;
  readonly channelId: string | undefined;
  readonly initialComment: string | undefined;
  readonly completed: boolean;
}

export interface SlackStats {
  /** 429 answers. */
  readonly rateLimited: number;
  /** Requests to a channel that came before the Retry-After of its last 429 elapsed. */
  readonly unhonouredRetries: number;
  readonly postedByChannel: ReadonlyMap<string, number>;
}

/** A message the app POSTed to a response_url (Bolt's `respond()`). */
export interface SlackResponse {
  readonly url: string;
  readonly body: Readonly<Record<string, unknown>>;
  readonly seq: number;
}
