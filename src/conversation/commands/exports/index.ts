/**
 * /exportar and the "exp:" buttons: specialists download registrations (every form field, the team, files,
 * review history) or ATA deliveries as XLSX or CSV, for one year and their UGEL (the DRE: the region or one
 * UGEL). The export streams from the database to a file on disk and goes out as a file; the chat shows its
 * progress. Every export is in the audit log.
 */
import type { Button, Reply } from "../../../core/types.js";
import { textReply } from "../../../core/types.js";
import { audit } from "../../../domain/audit.js";
import { todayInLima } from "../../../domain/calendar/lima-time.js";
import { formatLimaInstant } from "../../../domain/calendar/lima-time.js";
import { countExportRows, runExport, sweepExportDir, TELEGRAM_PART_THRESHOLD_BYTES, type ExportKind } from "../../../domain/exports/run-export.js";
import { exportScope, type ExportScope } from "../../../domain/exports/scope.js";
import type { ExportFormat } from "../../../domain/exports/table-writer.js";
import { actorFrom, reviewScope } from "../../../domain/registrations/authorization.js";
import type { Feature, TurnContext } from "../../context.js";
import { specialistWish } from "../specialist-wish.js";
import { exportButton, exportMenuButton, parseExportButton } from "./buttons.js";
import { ProgressThrottle } from "./progress.js";

function currentYear(ctx: TurnContext): number {
  return Number(todayInLima(ctx.now).slice(0, 4));
}

async function scopeName(ctx: TurnContext, ugelId: string | null): Promise<string> {
  if (!ugelId) return ctx.t("export-all-ugels");
  const ugel = await ctx.services.db.ugel.findUnique({ where: { id: ugelId } });
  return ugel?.name ?? ugelId;
}

export async function showExportMenu(ctx: TurnContext, year: number): Promise<Reply[]> {
  const actor = actorFrom(ctx);
  const scope = reviewScope(actor);
  if (!scope) return [textReply(ctx.t("command-not-allowed"))];
  const own = scope.all ? null : scope.ugelId;
  const rows: Button[][] = [
    [
      { label: ctx.t("export-button-registrations"), data: exportButton("registrations", year, own) },
      { label: ctx.t("export-button-registrations-csv"), data: exportButton("registrations", year, own, "csv") },
    ],
    [
      { label: ctx.t("export-button-ata"), data: exportButton("ata", year, own) },
      { label: ctx.t("export-button-ata-csv"), data: exportButton("ata", year, own, "csv") },
    ],
  ];
  const lines = [ctx.t("export-menu", { year: String(year), scope: await scopeName(ctx, own) })];
  if (scope.all) {
    lines.push("", ctx.t("export-menu-per-ugel"));
    const ugels = await ctx.services.db.ugel.findMany({ where: { isDre: false }, orderBy: { id: "asc" } });
    for (const ugel of ugels) {
      rows.push([
        { label: ctx.t("export-button-ugel-registrations", { ugel: ugel.shortName }), data: exportButton("registrations", year, ugel.id) },
        { label: ctx.t("export-button-ugel-ata", { ugel: ugel.shortName }), data: exportButton("ata", year, ugel.id) },
      ]);
    }
  }
  rows.push([year - 1, year + 1].map((other) => ({ label: String(other), data: exportMenuButton(other) })));
  return [textReply(lines.join("\n"), rows)];
}

async function exportCommand(ctx: TurnContext, args: string): Promise<Reply[]> {
  const text = args.trim();
  if (!text) return showExportMenu(ctx, currentYear(ctx));
  if (!/^20\d{2}$/.test(text)) return [textReply(ctx.t("export-bad-year", { text: text.slice(0, 20) }))];
  return showExportMenu(ctx, Number(text));
}

/** Runs one export for the person and returns the files as replies (progress goes out through ctx.notify). */
export async function exportFiles(ctx: TurnContext, kind: ExportKind, year: number, requestedUgel: string, format: ExportFormat): Promise<Reply[]> {
  const actor = actorFrom(ctx);
  const scope = exportScope(actor, year, requestedUgel);
  if (!scope) {
    await audit(ctx.services.db, { actorId: actor.personId, actorLabel: actor.label, action: "export.refused", detail: { kind, year, ugel: requestedUgel } });
    return [textReply(ctx.t("command-not-allowed"))];
  }
  if (scope.ugelId && !(await ctx.services.db.ugel.findUnique({ where: { id: scope.ugelId } }))) return [textReply(ctx.t("export-ugel-unknown"))];
  const where = await scopeName(ctx, scope.ugelId);
  const total = await countExportRows(ctx.services.db, kind, scope);
  if (total === 0) return [textReply(ctx.t("export-empty", { kind, year: String(year), scope: where }))];

  const progress = new ProgressThrottle(total);
  if (progress.announceStart) await ctx.notify?.([textReply(ctx.t("export-started", { kind, year: String(year), scope: where, total }))]);
  await sweepExportDir();
  const takenAt = formatLimaInstant(ctx.now, ctx.locale);
  const result = await runExport(ctx.services.db, {
    kind,
    format,
    scope,
    actor,
    t: ctx.t,
    stem: fileStem(ctx, kind, scope),
    ...(ctx.sender.channel === "telegram" ? { partThresholdBytes: TELEGRAM_PART_THRESHOLD_BYTES } : {}),
    onProgress: async (done) => {
      const percent = progress.next(done);
      if (percent !== null) await ctx.notify?.([textReply(ctx.t("export-progress", { percent, done, total }))]);
    },
  });
  await audit(ctx.services.db, {
    actorId: actor.personId,
    actorLabel: actor.label,
    action: `export.${kind}`,
    detail: { year, ugel: scope.ugelId ?? "all", format, rows: result.rows, parts: result.parts },
  });
  const base = { kind, year: String(year), scope: where, at: takenAt };
  const files: Reply[] = result.files.map((file, index) => ({
    type: "diskFile",
    path: file.path,
    fileName: file.fileName,
    mimeType: file.mimeType,
    sizeBytes: file.sizeBytes,
    caption: result.parts > 1 ? ctx.t("export-caption-part", { ...base, file: file.fileName, part: partOf(index, result), parts: result.parts }) : ctx.t("export-caption", { ...base, file: file.fileName, rows: result.rows }),
  }));
  return [...files, textReply(ctx.t("export-done", { rows: result.rows, files: result.files.length, parts: result.parts }))];
}

/** CSV parts hold several files each; the part of the index-th file. */
function partOf(index: number, result: { files: unknown[]; parts: number }): number {
  return Math.floor(index / (result.files.length / result.parts)) + 1;
}

function fileStem(ctx: TurnContext, kind: ExportKind, scope: ExportScope): string {
  return `${ctx.t("export-file-stem", { kind })}-${scope.year}-${scope.ugelId ?? "region"}`;
}

async function onButton(ctx: TurnContext, data: string): Promise<Reply[]> {
  const button = parseExportButton(data);
  if (!button) return [textReply(ctx.t("button-unknown"))];
  if (button.verb === "menu") return showExportMenu(ctx, button.year);
  return exportFiles(ctx, button.kind, button.year, button.ugel, button.format);
}

export const exportsFeature: Feature = {
  name: "exports",
  commands: [{ name: "exportar", helpKey: "help-exportar", run: exportCommand }],
  wish: (text) => (specialistWish(text) === "export" ? { command: "exportar" } : null),
  buttons: { exp: onButton },
};
