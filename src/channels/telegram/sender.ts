/**
 * The outbox's Telegram sender: renders a delivery in the person's language and sends it as one message with
 * its inline keyboard, through its own grammY `Api` (without auto-retry: the dispatcher owns retries and
 * pacing). Telegram's answers become outcomes: 429 → rate_limited (retry_after), 403 and "chat not found" →
 * unreachable, other 400 → rejected, 5xx and network errors → transient.
 */
import { Api, GrammyError, HttpError } from "grammy";
import type { DeliveryPayload } from "../../delivery/outbox.js";
import { renderPayload } from "../../delivery/render-payload.js";
import type { ChannelPace, ChannelSender, RecipientIdentity, SendOutcome } from "../../delivery/sender.js";
import type { I18n } from "../../i18n.js";
import { PARSE_MODE, telegramHtml } from "./html.js";
import { keyboardOf, TELEGRAM_TEXT_LIMIT } from "./render.js";

export interface TelegramSenderOptions {
  token: string;
  apiRoot: string;
  i18n: I18n;
  /** Messages per second for bulk sends (OUTBOX_GLOBAL_RATE, or PAID_BROADCAST_RATE with paid broadcasts). */
  ratePerSecond: number;
  perChatIntervalMs: number;
  /** Sends with allow_paid_broadcast (the bot pays Stars for going past the free limit). */
  paidBroadcast?: boolean;
  timeoutSeconds?: number;
}

/** 400 answers that mean the person can no longer be written to, rather than a bad message. */
const GONE = /chat not found|user is deactivated|PEER_ID_INVALID|bot was blocked|user not found/i;

export function classifyTelegramError(error: unknown): SendOutcome {
  if (error instanceof GrammyError) {
    const description = error.description;
    if (error.error_code === 429) {
      const seconds = error.parameters.retry_after ?? 1;
      return { kind: "rate_limited", retryAfterMs: Math.max(1, seconds) * 1000 };
    }
    if (error.error_code === 403) return { kind: "unreachable", reason: description };
    if (error.error_code === 400) return GONE.test(description) ? { kind: "unreachable", reason: description } : { kind: "rejected", reason: description };
    return { kind: "transient", reason: `${error.error_code} ${description}` };
  }
  if (error instanceof HttpError) return { kind: "transient", reason: `network: ${error.message}` };
  return { kind: "transient", reason: error instanceof Error ? error.message : String(error) };
}

function fitText(text: string): string {
  return text.length <= TELEGRAM_TEXT_LIMIT ? text : `${text.slice(0, TELEGRAM_TEXT_LIMIT - 1)}…`;
}

export class TelegramSender implements ChannelSender {
  readonly channel = "telegram" as const;
  readonly pace: ChannelPace;
  private readonly api: Api;

  constructor(private readonly options: TelegramSenderOptions) {
    this.api = new Api(options.token, { apiRoot: options.apiRoot, timeoutSeconds: options.timeoutSeconds ?? 30 });
    this.pace = { ratePerSecond: options.ratePerSecond, perChatIntervalMs: options.perChatIntervalMs };
  }

  async send(identity: RecipientIdentity, payload: DeliveryPayload): Promise<SendOutcome> {
    const message = renderPayload(this.options.i18n, identity.locale, payload);
    const keyboard = keyboardOf(message.buttons);
    try {
      // One message per delivery, never split: a second part would be a second send outside the outbox.
      const sent = await this.api.sendMessage(identity.chatRef ?? identity.externalId, telegramHtml(fitText(message.text)), {
        parse_mode: PARSE_MODE,
        link_preview_options: { is_disabled: true },
        ...(keyboard ? { reply_markup: keyboard } : {}),
        ...(this.options.paidBroadcast ? { allow_paid_broadcast: true } : {}),
      });
      return { kind: "sent", externalRef: String(sent.message_id) };
    } catch (error) {
      return classifyTelegramError(error);
    }
  }
}
