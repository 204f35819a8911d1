/** Instants as people in Pasco read them: "viernes 12 de junio, 10:30" in Lima time (the year when it is not this year). */
import { formatDate } from "../domain/calendar/lima-time.js";
import type { TurnContext } from "./context.js";

const timeFormat = new Intl.DateTimeFormat("en-GB", { timeZone: "America/Lima", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const limaDayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Lima", year: "numeric", month: "2-digit", day: "2-digit" });

export function limaWhen(ctx: Pick<TurnContext, "locale" | "now">, instant: Date): string {
  return `${formatDate(limaDayFormat.format(instant), ctx.locale, ctx.now)}, ${timeFormat.format(instant)}`;
}
