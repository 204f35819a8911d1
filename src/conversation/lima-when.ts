/** Instants as people in Pasco read them: "viernes 12 de junio de 2026, 10:30" in Lima time. */
import { formatLimaInstant } from "../domain/calendar/lima-time.js";
import type { TurnContext } from "./context.js";

export function limaWhen(ctx: Pick<TurnContext, "locale">, instant: Date): string {
  return formatLimaInstant(instant, ctx.locale);
}
