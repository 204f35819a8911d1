/**
 * The preview of an ATA draft: first the message exactly as recipients will get it (its buttons answer
 * "this is how it will work" instead of acting), then who will get it — per UGEL and channel — and when,
 * with Confirmar / Editar / Descartar. Nothing is queued before Confirmar.
 */
import type { Button, Reply } from "../../../core/types.js";
import { textReply } from "../../../core/types.js";
import { audienceOf, ataPayload, limaDayAndTime } from "../../../domain/ata/announcements.js";
import { countAudience } from "../../../domain/ata/audience.js";
import { formatDate, formatLimaTime } from "../../../domain/calendar/lima-time.js";
import { isQuiet, nextSendableAt } from "../../../delivery/quiet-hours.js";
import { renderPayload } from "../../../delivery/render-payload.js";
import type { AtaAnnouncement } from "../../../generated/prisma/client.js";
import type { TurnContext } from "../../context.js";

export function whenText(ctx: TurnContext, instant: Date): string {
  const { day, time } = limaDayAndTime(instant);
  return ctx.t("ata-preview-when-later", { day: formatDate(day, ctx.locale), time: time ?? "00:00" });
}

/** "07:00": when the quiet hours now running end, in Lima. */
export function quietEndText(ctx: TurnContext): string {
  return formatLimaTime(nextSendableAt(ctx.services.settings.quietHours ?? null, ctx.now));
}

/** What "send it now" means at this moment: at once, or when the quiet hours now running end. */
export function sendNowText(ctx: TurnContext, key: "ata-preview-when-now" | "ata-confirmed-now"): string {
  if (!isQuiet(ctx.services.settings.quietHours ?? null, ctx.now)) return ctx.t(key);
  return ctx.t(key === "ata-confirmed-now" ? "ata-status-waiting-quiet" : "ata-preview-when-quiet", { time: quietEndText(ctx) });
}

export async function previewReplies(ctx: TurnContext, draft: AtaAnnouncement): Promise<Reply[]> {
  const rendered = renderPayload(ctx.services.i18n, ctx.locale, ataPayload(draft));
  const inert: Button[][] = rendered.buttons.map((row) => row.map((button) => (button.url ? button : { label: button.label, data: `ata:p:${draft.id}` })));

  const counts = await countAudience(ctx.services.db, audienceOf(draft));
  const ugels = await ctx.services.db.ugel.findMany({ where: { id: { in: draft.audienceUgels } }, orderBy: { id: "asc" } });
  const total = counts.reduce((sum, row) => sum + row.count, 0);
  const lines = [ctx.t("ata-preview-heading"), ctx.t("ata-preview-total", { count: total })];
  for (const ugel of ugels) {
    const rows = counts.filter((row) => row.ugelId === ugel.id);
    const count = rows.reduce((sum, row) => sum + row.count, 0);
    const channels = rows.map((row) => `${ctx.t(`ata-channel-${row.channel}`)} ${row.count}`).join(", ");
    lines.push(ctx.t("ata-preview-ugel", { ugel: ugel.name, count, channels: channels || "—" }));
  }
  const when = draft.scheduledFor ? whenText(ctx, draft.scheduledFor) : sendNowText(ctx, "ata-preview-when-now");
  lines.push(when, ctx.t(total > 0 ? "ata-preview-nothing-sent" : "ata-preview-nobody"));
  const actions: Button[][] = [];
  if (total > 0) actions.push([{ label: ctx.t("ata-button-confirm"), data: `ata:c:${draft.id}` }]);
  actions.push([
    { label: ctx.t("ata-button-edit"), data: `ata:e:${draft.id}` },
    { label: ctx.t("ata-button-discard"), data: `ata:x:${draft.id}` },
  ]);
  return [textReply(ctx.t("ata-preview-intro")), textReply(rendered.text, inert), textReply(lines.join("\n"), actions)];
}
