/**
 * /importar_calendario (DRE specialists and admins): the bot asks for the file, fetches its bytes from the
 * channel, validates every row, and answers with the rows it rejected (line and reason). Nothing is saved
 * from a file with errors unless the specialist presses "Importar solo las filas válidas"; a clean file is
 * saved at once — unless it would remove official contests, which is confirmed first. The reply says what
 * changed (added, changed dates, removed); the import is audited by saveCalendarImport.
 */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { FileUnavailableError } from "../../../core/files.js";
import type { IncomingFile, Input, Reply } from "../../../core/types.js";
import { textReply } from "../../../core/types.js";
import {
  buildTemplateCsv,
  buildTemplateXlsx,
  contestSchema,
  importCalendarFile,
  renderImportReport,
  type CalendarDiff,
  type ContestData,
  type ImportResult,
} from "../../../domain/calendar/index.js";
import {
  previewCalendarImport,
  renderCalendarDiff,
  renderDiffCounts,
  renderImportNotes,
  saveCalendarImport,
} from "../../../domain/contests/index.js";
import { isSpecialist } from "../../../domain/roles.js";
import type { TurnContext } from "../../context.js";
import { canImportCalendar, PREFIX, renderContext } from "./shared.js";

export const IMPORT_FLOW = "calendar-import";
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
const MAX_ERRORS_SHOWN = 30;
const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const pendingSchema = z.object({
  step: z.literal("confirm"),
  token: z.string(),
  fileName: z.string(),
  onlyValid: z.boolean(),
  rowsRead: z.number().int(),
  rejectedRows: z.number().int(),
  rejectedEditions: z.array(z.string()).default([]),
  contests: z.array(contestSchema),
});
type PendingImport = z.input<typeof pendingSchema>;

function notAllowed(ctx: TurnContext): Reply[] {
  return [textReply(ctx.t("command-not-allowed"))];
}

function templateButtons(ctx: TurnContext) {
  return [
    { label: ctx.t("calendar-import-button-template-xlsx"), data: `${PREFIX}:t:xlsx` },
    { label: ctx.t("calendar-import-button-template-csv"), data: `${PREFIX}:t:csv` },
  ];
}

function cancelButton(ctx: TurnContext) {
  return { label: ctx.t("calendar-import-button-cancel"), data: `${PREFIX}:x` };
}

export async function startImport(ctx: TurnContext): Promise<Reply[]> {
  await ctx.setFlow(IMPORT_FLOW, { step: "file" });
  return [textReply(ctx.t("calendar-import-intro", { max: MAX_IMPORT_BYTES / 1024 / 1024 }), [templateButtons(ctx), [cancelButton(ctx)]])];
}

/** By the file name's extension first (what the person chose), then by its MIME type. */
function kindOf(file: IncomingFile): "csv" | "xlsx" | "xls" | undefined {
  const extension = /\.([a-z0-9]+)$/.exec(file.fileName.toLowerCase())?.[1];
  if (extension === "csv" || extension === "xlsx" || extension === "xls") return extension;
  if (file.mimeType === "text/csv") return "csv";
  if (file.mimeType === XLSX_MIME) return "xlsx";
  if (file.mimeType === "application/vnd.ms-excel") return "xls";
  return undefined;
}

function distinctErrorLines(result: ImportResult): number {
  return new Set(result.errors.filter((e) => e.line > 1).map((e) => e.line)).size;
}

async function fetchBytes(ctx: TurnContext, file: IncomingFile): Promise<Uint8Array | Reply[]> {
  const tooBig = () => [textReply(ctx.t("calendar-import-too-big", { name: file.fileName, max: MAX_IMPORT_BYTES / 1024 / 1024 }))];
  if (file.sizeBytes > MAX_IMPORT_BYTES) return tooBig();
  try {
    return await ctx.services.files.fetchFile(ctx.sender.channel, file.fileRef, MAX_IMPORT_BYTES);
  } catch (error) {
    if (!(error instanceof FileUnavailableError)) throw error;
    ctx.services.logger.warn({ reason: error.reason, detail: error.message, channel: ctx.sender.channel }, "calendar import: file not fetched");
    return error.reason === "too-big" ? tooBig() : [textReply(ctx.t("calendar-import-download-failed", { name: file.fileName }))];
  }
}

async function save(ctx: TurnContext, pending: Omit<PendingImport, "step" | "token">): Promise<Reply[]> {
  const { diff, kept, retiredSample } = await saveCalendarImport(ctx.services.db, {
    contests: pending.contests,
    fileName: pending.fileName,
    actor: { personId: ctx.person.id, label: ctx.actorLabel },
    onlyValid: pending.onlyValid,
    rowsRead: pending.rowsRead,
    rejectedRows: pending.rejectedRows,
    rejectedEditions: pending.rejectedEditions ?? [],
    now: ctx.now,
  });
  await ctx.setFlow(null);
  const header = ctx.t(pending.onlyValid ? "calendar-import-done-only-valid" : "calendar-import-done", { file: pending.fileName });
  const notes = renderImportNotes({ kept, retiresSample: retiredSample > 0 }, ctx.t);
  const text = [header, renderCalendarDiff(diff, renderContext(ctx)), ...(notes.length > 0 ? [notes.join("\n")] : [])].join("\n\n");
  return [textReply(text, [[{ label: ctx.t("calendar-button-browse"), data: `${PREFIX}:p:1` }]])];
}

function confirmButtons(ctx: TurnContext, pending: { onlyValid: boolean }, token: string) {
  const label = ctx.t(pending.onlyValid ? "calendar-import-button-only-valid" : "calendar-import-button-confirm");
  return [[{ label, data: `${PREFIX}:ok:${token}` }], [cancelButton(ctx)]];
}

async function askConfirmation(ctx: TurnContext, pending: Omit<PendingImport, "step" | "token">, text: string): Promise<Reply[]> {
  const token = randomBytes(4).toString("hex");
  await ctx.setFlow(IMPORT_FLOW, { step: "confirm", token, ...pending });
  return [textReply(text, confirmButtons(ctx, pending, token))];
}

/** Official editions the import would take away (sample ones are meant to be replaced). */
function officialRemovals(diff: CalendarDiff): ContestData[] {
  return diff.removed.filter((contest) => !contest.isSample);
}

/** Every contest the import would remove is named: nobody confirms a removal they cannot see. */
function removalWarning(ctx: TurnContext, removed: ContestData[]): string {
  const names = removed.map((c) => ctx.t("calendar-contest-edition", { name: c.shortName ?? c.name, year: String(c.year) }));
  return ctx.t("calendar-import-confirm-removal", { count: removed.length, list: names.join(", ") });
}

async function receiveFile(ctx: TurnContext, file: IncomingFile): Promise<Reply[]> {
  const kind = kindOf(file);
  if (kind === undefined || kind === "xls") {
    return [textReply(ctx.t(kind === "xls" ? "calendar-import-old-excel" : "calendar-import-wrong-type", { name: file.fileName }), [templateButtons(ctx), [cancelButton(ctx)]])];
  }
  const bytes = await fetchBytes(ctx, file);
  if (!(bytes instanceof Uint8Array)) return bytes;
  const result = await importCalendarFile(bytes);
  const report = renderImportReport(result, ctx.t, MAX_ERRORS_SHOWN);
  const more = result.errors.length > MAX_ERRORS_SHOWN ? `\n${ctx.t("calendar-import-more-errors", { count: result.errors.length - MAX_ERRORS_SHOWN })}` : "";
  const pending = {
    fileName: file.fileName,
    onlyValid: result.errors.length > 0,
    rowsRead: result.rowsRead,
    rejectedRows: distinctErrorLines(result),
    rejectedEditions: result.rejectedEditions ?? [],
    contests: result.contests,
  };

  if (result.contests.length === 0) {
    await ctx.setFlow(IMPORT_FLOW, { step: "file" });
    return [textReply(`${ctx.t("calendar-import-rejected-all")}\n\n${report}${more}`, [templateButtons(ctx), [cancelButton(ctx)]])];
  }
  const preview = await previewCalendarImport(ctx.services.db, result.contests, pending.rejectedEditions);
  const { diff } = preview;
  const removed = officialRemovals(diff);
  if (result.errors.length > 0) {
    const counts = ctx.t("calendar-import-only-valid-preview", { counts: renderDiffCounts(diff, ctx.t) });
    const notes = renderImportNotes(preview, ctx.t);
    const warning = removed.length > 0 ? `\n\n${removalWarning(ctx, removed)}` : "";
    const text = `${ctx.t("calendar-import-rejected")}\n\n${report}${more}\n\n${[counts, ...notes].join("\n")}${warning}`;
    return askConfirmation(ctx, pending, text);
  }
  if (removed.length > 0) {
    return askConfirmation(ctx, pending, `${report}\n\n${renderDiffCounts(diff, ctx.t)}\n\n${removalWarning(ctx, removed)}`);
  }
  return save(ctx, pending);
}

/** The active import flow receives the person's messages: a file is read, anything else gets a reminder. */
export async function onImportInput(ctx: TurnContext, input: Input): Promise<Reply[]> {
  if (!canImportCalendar(ctx)) {
    await ctx.setFlow(null);
    return notAllowed(ctx);
  }
  if (input.type === "file") return receiveFile(ctx, input.file);
  const pending = pendingSchema.safeParse(ctx.flowData);
  if (pending.success) return [textReply(ctx.t("calendar-import-waiting-confirmation"), confirmButtons(ctx, pending.data, pending.data.token))];
  return [textReply(ctx.t("calendar-import-waiting-file"), [templateButtons(ctx), [cancelButton(ctx)]])];
}

/** "Importar solo las filas válidas" / "Sí, importar": only for the import still waiting, by its token. */
export async function confirmImport(ctx: TurnContext, token: string): Promise<Reply[]> {
  if (!canImportCalendar(ctx)) return notAllowed(ctx);
  const parsed = ctx.flow === IMPORT_FLOW ? pendingSchema.safeParse(ctx.flowData) : undefined;
  if (parsed === undefined || !parsed.success || parsed.data.token !== token) return [textReply(ctx.t("calendar-import-stale"))];
  const { step: _step, token: _token, ...pending } = parsed.data;
  return save(ctx, pending);
}

export async function cancelImport(ctx: TurnContext): Promise<Reply[]> {
  if (ctx.flow !== IMPORT_FLOW) return [textReply(ctx.t("cancel-nothing"))];
  await ctx.setFlow(null);
  return [textReply(ctx.t("calendar-import-cancelled"))];
}

export async function sendTemplate(ctx: TurnContext, kind: string): Promise<Reply[]> {
  if (!ctx.isAdmin && !isSpecialist(ctx.person.role)) return notAllowed(ctx);
  const caption = ctx.t("calendar-import-template-caption");
  if (kind === "xlsx") {
    return [{ type: "file", fileName: "plantilla-calendario.xlsx", mimeType: XLSX_MIME, content: new Uint8Array(await buildTemplateXlsx()), caption }];
  }
  return [{ type: "file", fileName: "plantilla-calendario.csv", mimeType: "text/csv", content: new Uint8Array(buildTemplateCsv()), caption }];
}
