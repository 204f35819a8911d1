/**
 * /reporte: the figures of an edition year for specialists (their UGEL) and the DRE (the region, or one UGEL),
 * in short sections with buttons, and as charts (PNG). `/reporte 2025` picks another year. Teachers and
 * directors are refused. Every button re-checks the scope in the domain: the data in a button is only a wish.
 */
import type { Button, Reply } from "../../../core/types.js";
import { textReply } from "../../../core/types.js";
import { reportYears } from "../../../domain/reports/queries.js";
import { buildReport, type Report } from "../../../domain/reports/report.js";
import { currentSchoolYear, isReportYear, mayReadReports, reportScope, type ReportViewer } from "../../../domain/reports/scope.js";
import type { Feature, TurnContext } from "../../context.js";
import { specialistWish } from "../specialist-wish.js";
import { exportButton, parseReportButton, reportButton, type Section } from "./buttons.js";
import { chartReplies } from "./charts.js";
import { ataText, peopleText, registrationsText, summaryText } from "./sections.js";

/** Whether a feature answers buttons of this prefix (the exports feature owns "exp"). */
export type ButtonRegistry = (prefix: string) => boolean;

function viewerOf(ctx: TurnContext): ReportViewer {
  return { role: ctx.person.role, ugelId: ctx.person.ugelId, isAdmin: ctx.isAdmin };
}

const mark = (selected: boolean, label: string) => (selected ? `• ${label} •` : label);

async function yearRow(ctx: TurnContext, report: Report, section: Section): Promise<Button[]> {
  const years = new Set([currentSchoolYear(ctx.now), ...(await reportYears(ctx.services.db))]);
  years.add(report.year);
  return [...years]
    .sort((a, b) => b - a)
    .slice(0, 4)
    .map((year) => ({ label: mark(year === report.year, String(year)), data: reportButton(section, year, report.scope.ugelId) }));
}

function scopeRows(ctx: TurnContext, report: Report, all: Array<{ id: string; shortName: string }>): Button[][] {
  const buttons: Button[] = [
    { label: mark(report.scope.ugelId === null, ctx.t("report-button-region")), data: reportButton("s", report.year, null) },
    ...all.map((ugel) => ({ label: mark(report.scope.ugelId === ugel.id, ugel.shortName), data: reportButton("s", report.year, ugel.id) })),
  ];
  return [buttons.slice(0, 3), buttons.slice(3)].filter((row) => row.length > 0);
}

function sectionRows(ctx: TurnContext, report: Report, section: Section): Button[][] {
  const button = (target: Section, key: string): Button => ({ label: mark(section === target, ctx.t(key)), data: reportButton(target, report.year, report.scope.ugelId) });
  return [
    [button("r", "report-button-registrations"), button("a", "report-button-ata")],
    [button("p", "report-button-people"), button("c", "report-button-charts")],
    ...(section === "s" ? [] : [[button("s", "report-button-summary")]]),
  ];
}

function exportRow(ctx: TurnContext, report: Report, registry: ButtonRegistry): Button[][] {
  if (!registry("exp")) return [];
  return [
    [
      { label: ctx.t("report-button-export-registrations"), data: exportButton("reg", report.year, report.scope.ugelId) },
      { label: ctx.t("report-button-export-ata"), data: exportButton("ata", report.year, report.scope.ugelId) },
    ],
  ];
}

async function show(ctx: TurnContext, registry: ButtonRegistry, section: Section, year: number, wanted: string): Promise<Reply[]> {
  const scope = reportScope(viewerOf(ctx), wanted);
  if (!scope) return [textReply(ctx.t("report-not-allowed"))];
  const { db } = ctx.services;
  const ugels = await db.ugel.findMany({ where: { isDre: false }, orderBy: { id: "asc" }, select: { id: true, shortName: true } });
  if (scope.ugelId !== null && !ugels.some((ugel) => ugel.id === scope.ugelId)) return [textReply(ctx.t("button-unknown"))];
  const report = await buildReport(db, scope, year, ctx.now);
  const navigation = sectionRows(ctx, report, section);
  const seesRegion = reportScope(viewerOf(ctx))?.ugelId === null;
  if (section === "c") return [...(await chartReplies(ctx, report)), textReply(ctx.t("report-charts-more"), navigation)];
  const text = section === "r" ? registrationsText(ctx, report) : section === "a" ? ataText(ctx, report) : section === "p" ? peopleText(ctx, report) : summaryText(ctx, report);
  const extra = section === "s" ? [...(seesRegion ? scopeRows(ctx, report, ugels) : []), await yearRow(ctx, report, section)] : [];
  return [textReply(text, [...navigation, ...extra, ...exportRow(ctx, report, registry)])];
}

export function reportsFeature(registry: ButtonRegistry): Feature {
  return {
    name: "reports",
    commands: [
      {
        name: "reporte",
        aliases: ["reportes"],
        helpKey: "help-reporte",
        run: async (ctx, args) => {
          // The permission table lets reviewers in; a UGEL specialist with no UGEL still has no report.
          if (!mayReadReports(viewerOf(ctx))) return [textReply(ctx.t("command-not-allowed"))];
          const text = args.trim();
          const year = text === "" ? currentSchoolYear(ctx.now) : Number(text);
          if (!/^\d{4}$/.test(text) && text !== "") return [textReply(ctx.t("report-bad-year", { text: text.slice(0, 40), example: String(currentSchoolYear(ctx.now) - 1) }))];
          if (!isReportYear(year)) return [textReply(ctx.t("report-bad-year", { text, example: String(currentSchoolYear(ctx.now) - 1) }))];
          return show(ctx, registry, "s", year, "all");
        },
      },
    ],
    wish: (text) => (specialistWish(text) === "report" ? { command: "reporte" } : null),
    buttons: {
      rep: async (ctx, data) => {
        const button = parseReportButton(data);
        if (!button) return [textReply(ctx.t("button-unknown"))];
        return show(ctx, registry, button.section, button.year, button.scope);
      },
    },
  };
}
