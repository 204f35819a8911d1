/**
 * What the dispatcher needs from a channel: send one rendered delivery to one identity and say how it went.
 * Each channel (Telegram now, Slack later) implements `ChannelSender`; the dispatcher picks the identity at
 * send time among the person's reachable ones, in `CHANNEL_PREFERENCE` order, and paces each channel on its own.
 */
import type { Channel } from "../domain/db-types.js";
import type { DeliveryPayload } from "./outbox.js";

/** Where one delivery goes: a person's identity on one channel, and the language to write in. */
export interface RecipientIdentity {
  identityId: number;
  personId: number;
  channel: Channel;
  externalId: string;
  /** Where to write (Telegram chat id, Slack DM channel); falls back to externalId. */
  chatRef: string | null;
  locale: string;
}

export type SendOutcome =
  /** Accepted by the platform. */
  | { kind: "sent"; externalRef?: string }
  /** 429: nothing was delivered; wait this long before sending anything else on the channel. */
  | { kind: "rate_limited"; retryAfterMs: number }
  /** 403 and alike: this identity cannot be written to any more (blocked, deactivated, never started). */
  | { kind: "unreachable"; reason: string }
  /** A permanent refusal of this message (400): retrying would fail the same way. */
  | { kind: "rejected"; reason: string }
  /** 5xx, network, timeout: worth retrying later. */
  | { kind: "transient"; reason: string };

/** Pace of a channel: a global rate for bulk sends and a minimum gap between two messages to one chat. */
export interface ChannelPace {
  /** Messages per second for the whole channel; Infinity for no limit (benchmarks with an instant sender). */
  ratePerSecond: number;
  perChatIntervalMs: number;
  /** Sends in flight at once (default 32). */
  maxInFlight?: number;
}

export interface ChannelSender {
  readonly channel: Channel;
  readonly pace: ChannelPace;
  send(identity: RecipientIdentity, payload: DeliveryPayload, now: Date): Promise<SendOutcome>;
}

/** Which identity a person is written to when they have several reachable ones. */
export const CHANNEL_PREFERENCE: readonly Channel[] = ["telegram", "slack", "console"];

export function chatKey(identity: RecipientIdentity): string {
  return `${identity.channel}:${identity.chatRef ?? identity.externalId}`;
}
