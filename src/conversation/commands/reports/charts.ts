/**
 * The report's charts, as PNG files with a one-line reading in the caption: registrations per UGEL stacked by
 * status (per kind for a UGEL's report), ATA coverage per milestone and UGEL, and this year against the last.
 * Drawn on the server (domain/reports/charts); every word comes from the locale files.
 */
import type { Reply } from "../../../core/types.js";
import { barChartSvg, type BarChartSpec } from "../../../domain/reports/charts/bar-chart.js";
import { svgToPng } from "../../../domain/reports/charts/render-png.js";
import { MILESTONES, type Report } from "../../../domain/reports/report.js";
import { REGISTRATION_KINDS, REGISTRATION_STATUSES, type RegistrationStatus } from "../../../domain/registrations/kinds.js";
import type { TurnContext } from "../../context.js";
import { formatCount, formatPercent, formatTakenAt } from "./format.js";
import { scopeName } from "./sections.js";

const STATUS_COLORS: Record<RegistrationStatus, { color: string; ink: string }> = {
  enviada: { color: "#3b6fb6", ink: "#ffffff" },
  observada: { color: "#e8731a", ink: "#ffffff" },
  aceptada: { color: "#2f9e44", ink: "#ffffff" },
  ganadora: { color: "#f2c12e", ink: "#1f2933" },
  no_ganadora: { color: "#8d99a6", ink: "#ffffff" },
  retirada: { color: "#cbd2d9", ink: "#1f2933" },
};
const MILESTONE_COLORS = { inicio: "#3b6fb6", proceso: "#e8731a", cierre: "#2f9e44" } as const;
const YEAR_COLORS = { previous: "#9aa5b1", current: "#3b6fb6" } as const;

interface Chart {
  name: string;
  spec: BarChartSpec;
  reading: string;
}

function footer(ctx: TurnContext, report: Report): string {
  return ctx.t("report-chart-footer", { scope: scopeName(ctx, report), when: formatTakenAt(report.takenAt, ctx.locale) });
}

/** Titles use the short name of the region: a chart title has to fit two lines. */
function chartScope(ctx: TurnContext, report: Report): string {
  return report.scope.ugelId === null ? ctx.t("report-region-short") : scopeName(ctx, report);
}

function statusChart(ctx: TurnContext, report: Report): Chart {
  const figures = report.current.registrations;
  const region = report.scope.ugelId === null;
  const rows = region
    ? figures.byUgel.map((row) => ({ label: report.ugels.find((ugel) => ugel.id === row.ugelId)?.name ?? row.ugelId, total: row.total, byStatus: row.byStatus }))
    : REGISTRATION_KINDS.map((kind) => ({ label: ctx.t("report-kind-name", { kind }), total: figures.byKind[kind], byStatus: figures.byKindStatus[kind] }));
  const observed = figures.byStatus.observada;
  const top = [...rows].sort((a, b) => b.total - a.total)[0];
  const reading =
    figures.total === 0
      ? ctx.t("report-reading-no-registrations", { year: String(report.year) })
      : region
        ? ctx.t("report-reading-status-region", { ugel: top?.label ?? "", count: formatCount(top?.total ?? 0, ctx.locale), observed })
        : ctx.t("report-reading-status-ugel", { ugel: scopeName(ctx, report), count: figures.total, observed });
  return {
    name: "registros-por-estado",
    reading,
    spec: {
      title: ctx.t(region ? "report-chart-status-title" : "report-chart-status-title-kind", { year: String(report.year), scope: chartScope(ctx, report) }),
      subtitle: ctx.t("report-chart-status-subtitle", { total: figures.total }),
      footer: footer(ctx, report),
      categories: rows.map((row) => row.label),
      series: REGISTRATION_STATUSES.map((status) => ({
        label: ctx.t("registration-status", { status }),
        ...STATUS_COLORS[status],
        values: rows.map((row) => row.byStatus[status]),
      })),
      mode: "stacked",
      emptyText: ctx.t("report-chart-empty"),
      formatValue: (value) => formatCount(value, ctx.locale),
    },
  };
}

function ataChart(ctx: TurnContext, report: Report): Chart | null {
  const milestones = report.current.ata;
  if (milestones.length === 0) return null;
  const region = report.scope.ugelId === null;
  const categories = [...(region ? [ctx.t("report-region-short")] : []), ...report.ugels.map((ugel) => ugel.name)];
  const series = MILESTONES.filter((name) => milestones.some((row) => row.milestone === name)).map((name) => {
    const milestone = milestones.find((row) => row.milestone === name);
    const cells = [...(region && milestone ? [milestone.total] : []), ...(milestone?.perUgel ?? [])];
    return {
      label: ctx.t("report-milestone-short", { milestone: name }),
      color: MILESTONE_COLORS[name],
      values: cells.map((cell) => cell.coverage ?? 0),
      valueLabels: cells.map((cell) =>
        cell.audience === 0 ? "—" : ctx.t("report-chart-coverage-label", { coverage: formatPercent(cell.coverage, ctx.locale), delivered: formatCount(cell.delivered, ctx.locale), audience: formatCount(cell.audience, ctx.locale) }),
      ),
    };
  });
  const cells = milestones.flatMap((milestone) =>
    milestone.perUgel.filter((cell) => cell.coverage !== null).map((cell) => ({ milestone: milestone.milestone, ugel: report.ugels.find((ugel) => ugel.id === cell.ugelId)?.name ?? cell.ugelId, coverage: cell.coverage as number })),
  );
  const best = [...cells].sort((a, b) => b.coverage - a.coverage)[0];
  const worst = [...cells].sort((a, b) => a.coverage - b.coverage)[0];
  const reading =
    best && worst && cells.length > 1 && best.coverage !== worst.coverage
      ? ctx.t("report-reading-ata", {
          best: best.ugel,
          bestMilestone: best.milestone,
          bestCoverage: formatPercent(best.coverage, ctx.locale),
          worst: worst.ugel,
          worstMilestone: worst.milestone,
          worstCoverage: formatPercent(worst.coverage, ctx.locale),
        })
      : ctx.t("report-reading-ata-one", { ugel: best?.ugel ?? scopeName(ctx, report), milestone: best?.milestone ?? "inicio", coverage: formatPercent(best?.coverage ?? null, ctx.locale) });
  return {
    name: "cobertura-ata",
    reading,
    spec: {
      title: ctx.t("report-chart-ata-title", { year: String(report.year), scope: chartScope(ctx, report) }),
      subtitle: ctx.t("report-chart-ata-subtitle"),
      footer: footer(ctx, report),
      categories,
      series,
      mode: "grouped",
      max: 1,
      emptyText: ctx.t("report-chart-empty"),
      formatValue: (value) => formatPercent(value, ctx.locale),
    },
  };
}

function yearsChart(ctx: TurnContext, report: Report): Chart {
  const previousYear = String(report.year - 1);
  const previous = report.previous?.registrations;
  const current = report.current.registrations;
  const categories = [...REGISTRATION_KINDS.map((kind) => ctx.t("report-kind-name", { kind })), ctx.t("report-chart-total")];
  const values = (figures: typeof current | undefined) => [...REGISTRATION_KINDS.map((kind) => figures?.byKind[kind] ?? 0), figures?.total ?? 0];
  const change = current.total - (previous?.total ?? 0);
  return {
    name: "registros-por-anio",
    reading: ctx.t("report-reading-years", {
      year: String(report.year),
      count: current.total,
      previousYear,
      previous: previous?.total ?? 0,
      change: change > 0 ? `+${formatCount(change, ctx.locale)}` : formatCount(change, ctx.locale),
    }),
    spec: {
      title: ctx.t("report-chart-years-title", { year: String(report.year), previousYear, scope: chartScope(ctx, report) }),
      footer: footer(ctx, report),
      categories,
      series: [
        { label: String(previousYear), color: YEAR_COLORS.previous, values: values(previous) },
        { label: String(report.year), color: YEAR_COLORS.current, values: values(current) },
      ],
      mode: "grouped",
      emptyText: ctx.t("report-chart-empty"),
      formatValue: (value) => formatCount(value, ctx.locale),
    },
  };
}

export function reportCharts(ctx: TurnContext, report: Report): Chart[] {
  return [statusChart(ctx, report), ataChart(ctx, report), yearsChart(ctx, report)].filter((chart): chart is Chart => chart !== null);
}

/** The charts as PNG file replies, captioned with their title and reading. */
export async function chartReplies(ctx: TurnContext, report: Report): Promise<Reply[]> {
  const scope = report.scope.ugelId ?? "region";
  const charts = reportCharts(ctx, report);
  const replies: Reply[] = [];
  for (const chart of charts) {
    const content = await svgToPng(barChartSvg(chart.spec));
    replies.push({ type: "file", fileName: `reporte-${report.year}-${scope}-${chart.name}.png`, mimeType: "image/png", content, caption: `${chart.spec.title}\n${chart.reading}` });
  }
  if (report.current.ata.length === 0) replies.push({ type: "text", text: ctx.t("report-chart-no-ata", { year: String(report.year) }) });
  return replies;
}
