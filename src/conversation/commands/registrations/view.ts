/** How registrations read: list lines, the whole record with its history, and the buttons its status allows. */
import type { Button } from "../../../core/types.js";
import type { IncomingFile } from "../../../core/types.js";
import { allowedActions, isOwner, type Actor } from "../../../domain/registrations/authorization.js";
import { REGISTRATION_FORM } from "../../../domain/registrations/kinds.js";
import type { Page, RegistrationDetail, RegistrationListItem } from "../../../domain/registrations/queries.js";
import { applicableFields } from "../../../forms/engine.js";
import { formatAnswer } from "../../../forms/format.js";
import type { Answers, FieldDef, FormEnv } from "../../../forms/types.js";
import type { TurnContext } from "../../context.js";
import { limaWhen } from "../../lima-when.js";
import { askButton, fichaButton, filesButton, fixButton, listButton, mineButton, openButton, type UiAction } from "./buttons.js";

/** "viernes 12 de junio, 10:30" in Lima time (the year added when it is not this year). */
export const when = limaWhen;

export function statusLabel(ctx: TurnContext, status: string): string {
  return ctx.t("registration-status", { status });
}

export function listLine(ctx: TurnContext, item: RegistrationListItem, index: number): string {
  return ctx.t("reg-list-line", { index, code: item.code, status: item.status, title: item.title, school: item.schoolName ?? "—" });
}

export function itemButtons(ctx: TurnContext, items: RegistrationListItem[]): Button[][] {
  return items.map((item) => [{ label: ctx.t("reg-list-button", { code: item.code, status: item.status }), data: openButton(item.id) }]);
}

export function pagingRow(ctx: TurnContext, page: Page<unknown>, target: (page: number) => string): Button[] {
  const row: Button[] = [];
  if (page.page > 1) row.push({ label: ctx.t("reg-button-previous"), data: target(page.page - 1) });
  if (page.page < page.pages) row.push({ label: ctx.t("reg-button-next"), data: target(page.page + 1) });
  return row;
}

function sizeText(bytes: number): string {
  return bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** One answer; `full` shows long texts whole and every field of each list item. */
export function answerLines(field: FieldDef, value: unknown, env: FormEnv, full: boolean): string[] {
  const label = env.t(field.labelKey);
  if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) return [`• ${label}: ${env.t("form-summary-empty")}`];
  if (field.kind === "list") {
    const items = value as Answers[];
    return [
      `• ${label}:`,
      ...items.map((item, index) => {
        const parts = (field.itemFields ?? []).filter((itemField) => item[itemField.key] !== undefined && item[itemField.key] !== "").map((itemField) => formatAnswer(itemField, item[itemField.key], env));
        return `   ${index + 1}. ${parts.join(" · ")}`;
      }),
    ];
  }
  if (field.kind === "files") {
    const files = value as IncomingFile[];
    return [`• ${label}:`, ...files.map((file) => `   📎 ${file.fileName} (${sizeText(file.sizeBytes)})`)];
  }
  if (field.kind === "longText" && full) return [`• ${label}:`, String(value)];
  return [`• ${label}: ${formatAnswer(field, value, env)}`];
}

/** The record: heading, current observation, every answer, and the history. Reviewers see long texts whole. */
export function detailText(ctx: TurnContext, registration: RegistrationDetail, actor: Actor): string {
  const env = ctx.forms.env(ctx);
  const form = ctx.forms.get(REGISTRATION_FORM[registration.kind]);
  const answers = (registration.answers ?? {}) as Answers;
  const full = !isOwner(actor, registration);
  const lines = [
    ctx.t("reg-detail-heading", { code: registration.code, kind: registration.kind, year: String(registration.year), status: registration.status }),
    ctx.t("reg-detail-where", { school: registration.school ? `${registration.school.name} (${registration.school.codigoModular})` : "—", ugel: registration.ugel.name }),
    ctx.t("reg-detail-sent", { date: when(ctx, registration.sentAt) }),
  ];
  if (full) lines.push(ctx.t("reg-detail-owner", { name: registration.owner.displayName ?? `#${registration.owner.id}` }));
  const observation = registration.status === "observada" ? [...registration.history].reverse().find((change) => change.toStatus === "observada") : undefined;
  if (observation?.comment) lines.push("", ctx.t("reg-detail-observation", { comment: observation.comment }));
  lines.push("");
  for (const field of applicableFields(form.fields, answers, env)) lines.push(...answerLines(field, answers[field.key], env, full));
  lines.push("", ctx.t("reg-detail-history"));
  for (const change of registration.history) {
    lines.push(
      ctx.t(change.comment ? "reg-history-line-comment" : "reg-history-line", {
        date: when(ctx, change.createdAt),
        status: change.toStatus,
        who: ctx.t(change.actorId === registration.ownerId ? "reg-history-by-owner" : "reg-history-by-specialist"),
        comment: change.comment ?? "",
      }),
    );
  }
  return lines.join("\n");
}

const ACTION_ORDER: Array<["resubmit" | UiAction, string]> = [
  ["resubmit", "reg-button-fix"],
  ["observe", "reg-button-observe"],
  ["accept", "reg-button-accept"],
  ["win", "reg-button-win"],
  ["lose", "reg-button-lose"],
  ["withdraw", "reg-button-withdraw"],
];

/** What the status allows this actor, the files when there are any, then the way back to their list. */
export function detailButtons(ctx: TurnContext, registration: RegistrationDetail, actor: Actor): Button[][] {
  const allowed = new Set(allowedActions(actor, registration));
  const rows: Button[][] = ACTION_ORDER.filter(([action]) => allowed.has(action)).map(([action, labelKey]) => [
    { label: ctx.t(labelKey), data: action === "resubmit" ? fixButton(registration.id) : askButton(registration.id, action) },
  ]);
  if (registration.attachments.length > 0) {
    rows.push([{ label: ctx.t("reg-button-files", { count: registration.attachments.length }), data: filesButton(registration.id) }]);
  }
  rows.push([{ label: ctx.t("reg-button-ficha"), data: fichaButton(registration.id) }]);
  rows.push([isOwner(actor, registration) ? { label: ctx.t("reg-button-back-mine"), data: mineButton(1) } : { label: ctx.t("reg-button-back-list"), data: listButton({}, 1) }]);
  return rows;
}
