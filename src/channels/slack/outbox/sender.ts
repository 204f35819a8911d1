/**
 * The Slack side of the outbox: a reminder, an ATA announcement (with «Recibido» / «Asistiré»), a notice → one
 * DM from the app with Block Kit buttons whose presses come back through the conversation like any other.
 * Pacing (about one message per second per DM, a global rate) is the dispatcher's; this sender makes one call,
 * never waits or retries by itself, and says what happened: a 429 with its Retry-After, an identity Slack will
 * not reach any more, a message Slack refuses, or a failure worth retrying.
 */
import { webApi } from "@slack/bolt";
import { textReply } from "../../../core/types.js";
import { renderPayload, type RenderedMessage } from "../../../delivery/render-payload.js";
import type { DeliveryPayload } from "../../../delivery/outbox.js";
import type { ChannelPace, ChannelSender, RecipientIdentity, SendOutcome } from "../../../delivery/sender.js";
import type { I18n } from "../../../i18n.js";
import { silentLogger, type Logger } from "../../../logger.js";
import { clip, type Block } from "../blocks.js";
import { boltLogger } from "../bolt-logger.js";
import { renderReplies } from "../render.js";
import { parseSlackExternalId } from "../to-input.js";

/** Slack errors that mean this person cannot be written to through this app any more. */
const UNREACHABLE = new Set(["channel_not_found", "user_not_found", "account_inactive", "user_disabled", "is_archived", "not_in_channel", "cannot_dm_bot", "team_access_not_granted", "user_not_visible", "messages_tab_disabled"]);
/** Errors of the message itself: sending it again would fail the same way. */
const REJECTED = new Set(["invalid_blocks", "invalid_blocks_format", "msg_too_long", "no_text", "invalid_arguments", "too_many_attachments", "invalid_json"]);

export const DEFAULT_SLACK_PACE: ChannelPace = { ratePerSecond: 10, perChatIntervalMs: 1000 };

/** The DM to write to: the stored DM channel, else the user id (Slack delivers a bot's message to a user id in its DM). */
export function slackDestination(identity: Pick<RecipientIdentity, "chatRef" | "externalId">): string {
  if (identity.chatRef?.startsWith("D")) return identity.chatRef;
  return parseSlackExternalId(identity.externalId)?.userId ?? identity.chatRef ?? identity.externalId;
}

interface SlackCallError {
  code?: string;
  retryAfter?: number;
  statusCode?: number;
  data?: { error?: string };
  message?: string;
}

export function classifySlackError(error: unknown): SendOutcome {
  const failure = (error ?? {}) as SlackCallError;
  if (failure.code === webApi.ErrorCode.RateLimitedError) return { kind: "rate_limited", retryAfterMs: Math.max(1, failure.retryAfter ?? 1) * 1000 };
  if (failure.code === webApi.ErrorCode.PlatformError) {
    const reason = failure.data?.error ?? "unknown";
    if (reason === "ratelimited") return { kind: "rate_limited", retryAfterMs: 1000 };
    if (UNREACHABLE.has(reason)) return { kind: "unreachable", reason };
    if (REJECTED.has(reason)) return { kind: "rejected", reason };
    return { kind: "transient", reason };
  }
  if (failure.code === webApi.ErrorCode.HTTPError) return { kind: "transient", reason: `http ${failure.statusCode ?? "?"}` };
  return { kind: "transient", reason: failure.message ?? String(error) };
}

/** Sends one delivery to one Slack identity, in the person's language. */
export async function sendSlackPayload(client: webApi.WebClient, identity: RecipientIdentity, payload: DeliveryPayload, i18n: I18n): Promise<SendOutcome> {
  const rendered = renderPayload(i18n, identity.locale, payload);
  const message = singleMessage(rendered.text, rendered.buttons);
  const channel = slackDestination(identity);
  try {
    const posted = await client.chat.postMessage({ channel, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
    return { kind: "sent", ...(posted.ts ? { externalRef: `${channel}:${posted.ts}` } : {}) };
  } catch (error) {
    return classifySlackError(error);
  }
}

/** One delivery is one message (a second part would be a send outside the outbox): a text too long is cut. */
function singleMessage(text: string, buttons: RenderedMessage["buttons"]): { text: string; blocks: Block[] } {
  let fitted = text;
  for (;;) {
    const [first, ...rest] = renderReplies([textReply(fitted, buttons)]);
    if (first?.kind === "message" && rest.length === 0) return first;
    fitted = clip(fitted, Math.floor(fitted.length * 0.8));
  }
}

export interface SlackOutboxSenderOptions {
  token: string;
  apiUrl?: string;
  i18n: I18n;
  /** Where web-api's own warnings go (default: nowhere; outcomes are what the dispatcher logs). */
  logger?: Logger;
  pace?: Partial<ChannelPace>;
  /** An existing client (tests); otherwise one that reports 429s instead of sleeping on them. */
  client?: webApi.WebClient;
}

export class SlackOutboxSender implements ChannelSender {
  readonly channel = "slack" as const;
  readonly pace: ChannelPace;
  private readonly client: webApi.WebClient;

  constructor(private readonly options: SlackOutboxSenderOptions) {
    this.pace = { ...DEFAULT_SLACK_PACE, ...options.pace };
    this.client =
      options.client ??
      new webApi.WebClient(options.token, {
        ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
        logger: boltLogger(options.logger ?? silentLogger),
        // The dispatcher owns retries and pauses: a 429 or an error comes straight back to it.
        rejectRateLimitedCalls: true,
        retryConfig: { retries: 0 },
      });
  }

  send(identity: RecipientIdentity, payload: DeliveryPayload): Promise<SendOutcome> {
    return sendSlackPayload(this.client, identity, payload, this.options.i18n);
  }
}
