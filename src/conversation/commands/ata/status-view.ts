/** /ata_estado: the list of announcements, and one announcement's figures per UGEL with its actions. */
import type { Button, Reply } from "../../../core/types.js";
import { textReply } from "../../../core/types.js";
import { announcementReport, listAnnouncements, nextResendRound, type AnnouncementReport } from "../../../domain/ata/announcements.js";
import { isQuiet } from "../../../delivery/quiet-hours.js";
import type { TurnContext } from "../../context.js";
import { shortQuestion } from "../../drafts.js";
import { quietEndText, whenText } from "./preview.js";

const TITLE_MAX_CHARS = 40;

/** "en_espera" for one with deliveries queued while the quiet hours last (it is not being sent yet). */
function shownStatus(ctx: TurnContext, report: AnnouncementReport): string {
  const quiet = ctx.services.settings.quietHours ?? null;
  return report.status === "enviando" && report.total.queued > 0 && isQuiet(quiet, ctx.now) ? "en_espera" : report.status;
}

export async function announcementList(ctx: TurnContext): Promise<Reply[]> {
  const announcements = await listAnnouncements(ctx.services.db, ctx.person);
  if (announcements.length === 0) return [textReply(ctx.t("ata-status-none"), [[{ label: ctx.t("ata-status-new"), data: "cmd:ata" }]])];
  // The status as the detail shows it (a sending one whose queue emptied reads «enviado» in both).
  const reports = await Promise.all(announcements.map((announcement) => announcementReport(ctx.services.db, ctx.person, announcement.id, ctx.now)));
  const rows: Button[][] = reports.map((report) => [
    {
      label: ctx.t("ata-status-item", { id: report.announcement.id, milestone: report.announcement.milestone, title: shortQuestion(report.announcement.title, TITLE_MAX_CHARS), status: shownStatus(ctx, report) }),
      data: `ata:s:${report.announcement.id}`,
    },
  ]);
  return [textReply(ctx.t("ata-status-choose"), rows)];
}

export async function announcementStatus(ctx: TurnContext, id: number): Promise<Reply[]> {
  const report = await announcementReport(ctx.services.db, ctx.person, id, ctx.now);
  const { announcement, total } = report;
  const lines = [
    ctx.t("ata-status-heading", { id, milestone: announcement.milestone, title: announcement.title, status: shownStatus(ctx, report) }),
  ];
  if (shownStatus(ctx, report) === "en_espera") lines.push(ctx.t("ata-status-waiting-quiet", { time: quietEndText(ctx) }));
  if (report.status === "programado" && announcement.scheduledFor) lines.push(whenText(ctx, announcement.scheduledFor));
  for (const row of [...report.perUgel, { ...total, ugelId: "total", ugelName: ctx.t("ata-status-total") }]) {
    lines.push(ctx.t("ata-status-row", { ugel: row.ugelName, ...row }));
  }
  if (report.resent > 0) lines.push(ctx.t("ata-status-resent", { count: report.resent }));
  const unconfirmed = total.sent + total.failed - total.confirmed;
  const buttons: Button[][] = [];
  const gone = total.sent + total.failed + total.unreachable;
  if ((report.status === "enviando" || report.status === "enviado") && unconfirmed > 0 && gone > 0) {
    const round = await nextResendRound(ctx.services.db, id);
    buttons.push([{ label: ctx.t("ata-button-resend", { count: unconfirmed }), data: `ata:rs:${id}:${round}` }]);
  }
  if ((report.status === "programado" || report.status === "enviando") && gone === 0) {
    buttons.push([{ label: ctx.t("ata-button-cancel"), data: `ata:k:${id}` }]);
  }
  buttons.push([
    { label: ctx.t("ata-button-refresh"), data: `ata:s:${id}` },
    { label: ctx.t("ata-button-list"), data: "cmd:ata_estado" },
  ]);
  return [textReply(lines.join("\n"), buttons)];
}
