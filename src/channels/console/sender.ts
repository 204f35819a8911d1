/**
 * The outbox's console sender: a delivery to the person at the keyboard is printed in their console, with its
 * buttons as numbered options. The console dispatcher claims only that person's deliveries (see startOutbox), so
 * what is addressed to other console people waits for their own session.
 */
import { renderPayload } from "../../delivery/render-payload.js";
import type { DeliveryPayload } from "../../delivery/outbox.js";
import type { ChannelPace, ChannelSender, RecipientIdentity, SendOutcome } from "../../delivery/sender.js";
import type { I18n } from "../../i18n.js";
import { textReply, type Reply } from "../../core/types.js";

export interface ConsoleSenderOptions {
  user: string;
  i18n: I18n;
  /** Prints the message; returns its number in the console. */
  print: (reply: Reply) => number;
}

export class ConsoleSender implements ChannelSender {
  readonly channel = "console" as const;
  readonly pace: ChannelPace = { ratePerSecond: Number.POSITIVE_INFINITY, perChatIntervalMs: 0, maxInFlight: 1 };

  constructor(private readonly options: ConsoleSenderOptions) {}

  send(identity: RecipientIdentity, payload: DeliveryPayload): Promise<SendOutcome> {
    if (identity.externalId !== this.options.user) return Promise.resolve({ kind: "transient", reason: "not the person at this console" });
    const message = renderPayload(this.options.i18n, identity.locale, payload);
    const number = this.options.print(textReply(message.text, message.buttons));
    return Promise.resolve({ kind: "sent", externalRef: String(number) });
  }
}
