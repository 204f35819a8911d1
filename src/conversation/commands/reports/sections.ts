/**
 * The report as short texts, one section per message so it reads on a phone: a summary, registrations,
 * ATA, people and deliveries. The year before stands in brackets where it has figures.
 */
import type { Report, YearFigures } from "../../../domain/reports/report.js";
import { REPORT_ROLES } from "../../../domain/reports/report.js";
import { REGISTRATION_KINDS, REGISTRATION_STATUSES } from "../../../domain/registrations/kinds.js";
import type { TurnContext } from "../../context.js";
import { formatCount, formatPercent, formatTakenAt } from "./format.js";

export function scopeName(ctx: TurnContext, report: Report): string {
  return report.scope.ugelId === null ? ctx.t("report-region") : (report.ugels[0]?.name ?? report.scope.ugelId);
}

function ugelName(report: Report, ugelId: string): string {
  return report.ugels.find((ugel) => ugel.id === ugelId)?.name ?? ugelId;
}

/** "6 (2025: 2)" when the year before has figures, else "6". */
function withPrevious(ctx: TurnContext, report: Report, value: number, previous: (year: YearFigures) => number): string {
  const current = formatCount(value, ctx.locale);
  if (!report.previous) return current;
  return ctx.t("report-with-previous", { value: current, year: String(report.previous.year), previous: formatCount(previous(report.previous), ctx.locale) });
}

function heading(ctx: TurnContext, report: Report, key: string): string[] {
  return [ctx.t(key, { year: String(report.year), scope: scopeName(ctx, report) }), ctx.t("report-taken", { when: formatTakenAt(report.takenAt, ctx.locale) })];
}

export function summaryText(ctx: TurnContext, report: Report): string {
  const { current } = report;
  const lines = heading(ctx, report, "report-heading");
  lines.push("", ctx.t("report-summary-registrations", { value: withPrevious(ctx, report, current.registrations.total, (y) => y.registrations.total) }));
  for (const kind of REGISTRATION_KINDS) {
    lines.push(ctx.t("report-kind-line", { kind, value: withPrevious(ctx, report, current.registrations.byKind[kind], (y) => y.registrations.byKind[kind]) }));
  }
  lines.push(ctx.t("report-summary-schools", { value: withPrevious(ctx, report, current.registrations.schools, (y) => y.registrations.schools) }));
  lines.push("");
  if (current.ata.length === 0) lines.push(ctx.t("report-ata-none", { year: String(report.year) }));
  else {
    lines.push(ctx.t("report-summary-ata"));
    for (const milestone of current.ata) {
      lines.push(
        ctx.t("report-ata-coverage-line", {
          milestone: milestone.milestone,
          coverage: formatPercent(milestone.total.coverage, ctx.locale),
          delivered: formatCount(milestone.total.delivered, ctx.locale),
          audience: formatCount(milestone.total.audience, ctx.locale),
        }),
      );
    }
  }
  lines.push("", ctx.t("report-summary-people", { value: formatCount(report.people.total, ctx.locale) }));
  lines.push(
    ctx.t("report-summary-deliveries", {
      sent: current.deliveries.remindersSent,
      failed: current.deliveries.remindersFailed,
      unreachable: current.deliveries.unreachable,
    }),
  );
  if (!report.previous) lines.push("", ctx.t("report-no-previous", { year: String(report.year - 1) }));
  return lines.join("\n");
}

function statusParts(ctx: TurnContext, counts: Record<string, number>): string {
  const parts = REGISTRATION_STATUSES.filter((status) => (counts[status] ?? 0) > 0).map((status) =>
    ctx.t("report-status-part", { status: ctx.t("registration-status", { status }), count: formatCount(counts[status] ?? 0, ctx.locale) }),
  );
  return parts.length > 0 ? parts.join(" · ") : ctx.t("report-nothing");
}

export function registrationsText(ctx: TurnContext, report: Report): string {
  const figures = report.current.registrations;
  const lines = heading(ctx, report, "report-reg-heading");
  if (report.previous) lines.push(ctx.t("report-previous-note", { year: String(report.previous.year) }));
  lines.push("", ctx.t("report-by-status"));
  for (const status of REGISTRATION_STATUSES) {
    lines.push(
      ctx.t("report-line", { label: ctx.t("registration-status", { status }), value: withPrevious(ctx, report, figures.byStatus[status], (y) => y.registrations.byStatus[status]) }),
    );
  }
  if (report.scope.ugelId === null) {
    lines.push("", ctx.t("report-by-ugel"));
    for (const row of figures.byUgel) {
      const previous = report.previous?.registrations.byUgel.find((entry) => entry.ugelId === row.ugelId)?.total ?? 0;
      lines.push(
        ctx.t("report-ugel-line", {
          ugel: ugelName(report, row.ugelId),
          value: report.previous ? ctx.t("report-with-previous", { value: formatCount(row.total, ctx.locale), year: String(report.previous.year), previous: formatCount(previous, ctx.locale) }) : formatCount(row.total, ctx.locale),
          schools: formatCount(row.schools, ctx.locale),
        }),
        `   ${statusParts(ctx, row.byStatus)}`,
      );
    }
  }
  lines.push("", ctx.t("report-by-category"));
  if (figures.byCategory.length === 0) lines.push(ctx.t("report-nothing"));
  for (const row of figures.byCategory) {
    lines.push(ctx.t("report-category-line", { kind: row.kind, category: row.category ?? ctx.t("report-no-category"), value: formatCount(row.count, ctx.locale) }));
  }
  lines.push("", ctx.t("report-by-level"));
  if (figures.byLevel.length === 0) lines.push(ctx.t("report-nothing"));
  for (const row of figures.byLevel) {
    const label = row.level && ctx.services.i18n.has(ctx.locale, `option-level-${row.level}`) ? ctx.t(`option-level-${row.level}`) : ctx.t("report-no-level");
    lines.push(ctx.t("report-line", { label, value: formatCount(row.count, ctx.locale) }));
  }
  lines.push("", ctx.t("report-summary-schools", { value: withPrevious(ctx, report, figures.schools, (y) => y.registrations.schools) }));
  return lines.join("\n");
}

export function ataText(ctx: TurnContext, report: Report): string {
  const lines = heading(ctx, report, "report-ata-heading");
  lines.push(ctx.t("report-ata-explain"));
  if (report.current.ata.length === 0) lines.push("", ctx.t("report-ata-none", { year: String(report.year) }));
  for (const milestone of report.current.ata) {
    const figures = (row: typeof milestone.total) => ({
      targeted: formatCount(row.targeted, ctx.locale),
      delivered: formatCount(row.delivered, ctx.locale),
      confirmed: formatCount(row.confirmed, ctx.locale),
      attending: formatCount(row.attending, ctx.locale),
      audience: formatCount(row.audience, ctx.locale),
      coverage: formatPercent(row.coverage, ctx.locale),
    });
    lines.push("", ctx.t("report-ata-milestone", { milestone: milestone.milestone, ...figures(milestone.total) }));
    lines.push(ctx.t("report-ata-figures", figures(milestone.total)));
    const before = report.previous?.ata.find((entry) => entry.milestone === milestone.milestone);
    if (before) lines.push(ctx.t("report-ata-previous", { year: String(report.year - 1), coverage: formatPercent(before.total.coverage, ctx.locale) }));
    if (report.scope.ugelId === null) {
      for (const row of milestone.perUgel) lines.push(ctx.t("report-ata-ugel-line", { ugel: ugelName(report, row.ugelId), ...figures(row) }));
    }
  }
  return lines.join("\n");
}

export function peopleText(ctx: TurnContext, report: Report): string {
  const lines = [ctx.t("report-people-heading", { scope: scopeName(ctx, report) }), ctx.t("report-taken", { when: formatTakenAt(report.takenAt, ctx.locale) }), ""];
  lines.push(ctx.t("report-line", { label: ctx.t("report-people-total"), value: formatCount(report.people.total, ctx.locale) }));
  for (const role of REPORT_ROLES) {
    const count = report.people.byRole[role] ?? 0;
    if (count > 0 || role === "docente" || role === "director") lines.push(ctx.t("report-line", { label: ctx.t("report-role", { role }), value: formatCount(count, ctx.locale) }));
  }
  if (report.scope.ugelId === null) {
    lines.push("", ctx.t("report-by-ugel"));
    for (const row of report.people.byUgel) {
      lines.push(
        ctx.t("report-people-ugel-line", {
          ugel: ugelName(report, row.ugelId),
          total: formatCount(row.total, ctx.locale),
          // Numbers, not formatted text, so Fluent picks "1 docente" / "3 docentes" (it formats them as es-PE does).
          docentes: row.byRole.docente ?? 0,
          directores: row.byRole.director ?? 0,
        }),
      );
    }
  }
  const deliveries = report.current.deliveries;
  lines.push("", ctx.t("report-deliveries-heading", { year: String(report.year) }));
  lines.push(ctx.t("report-line", { label: ctx.t("report-reminders-sent"), value: withPrevious(ctx, report, deliveries.remindersSent, (y) => y.deliveries.remindersSent) }));
  lines.push(ctx.t("report-line", { label: ctx.t("report-reminders-failed"), value: withPrevious(ctx, report, deliveries.remindersFailed, (y) => y.deliveries.remindersFailed) }));
  lines.push(ctx.t("report-line", { label: ctx.t("report-deliveries-unreachable"), value: withPrevious(ctx, report, deliveries.unreachable, (y) => y.deliveries.unreachable) }));
  lines.push(ctx.t("report-line", { label: ctx.t("report-deliveries-failed"), value: withPrevious(ctx, report, deliveries.failed, (y) => y.deliveries.failed) }));
  return lines.join("\n");
}
