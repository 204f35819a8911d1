/**
 * A delivery's payload → the text and buttons one person reads, in their language, at send time.
 * Arguments whose name ends in "Day" and hold a Lima day ("2026-06-12") are written the Peruvian way
 * ("viernes 12 de junio de 2026") or the English way, so a payload stays language-neutral in the database.
 */
import type { Button } from "../core/types.js";
import { formatDate } from "../domain/calendar/lima-time.js";
import { isLocale, type I18n, type Locale, type MessageArgs } from "../i18n.js";
import type { DeliveryPayload } from "./outbox.js";

export interface RenderedMessage {
  text: string;
  buttons: Button[][];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function localizeArgs(args: DeliveryPayload["args"], locale: Locale): MessageArgs | undefined {
  if (!args) return undefined;
  const out: MessageArgs = {};
  for (const [name, value] of Object.entries(args)) {
    out[name] = name.endsWith("Day") && typeof value === "string" && ISO_DAY.test(value) ? formatDate(value, locale) : value;
  }
  return out;
}

export function renderPayload(i18n: I18n, localeTag: string, payload: DeliveryPayload): RenderedMessage {
  const locale: Locale = isLocale(localeTag) ? localeTag : "es";
  const text = i18n.t(locale, payload.key, localizeArgs(payload.args, locale));
  const buttons: Button[][] = (payload.buttons ?? []).map((row) =>
    row.map((button) => {
      const label = i18n.t(locale, button.labelKey, localizeArgs(button.labelArgs, locale));
      return button.url ? { label, url: button.url } : { label, data: button.data ?? "noop" };
    }),
  );
  return { text, buttons };
}
