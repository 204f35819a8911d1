/**
 * /mis_datos as a person reads it: every record held about them (profile, linked accounts, drafts with their
 * answers, registrations with their teams, reminders, ATA answers, and how many other records exist), in their
 * language, with Lima dates. The same text goes as a message and as a file.
 */
import type { PersonData } from "../../domain/people.js";
import { SUMMARY_STEP, type Answers } from "../../forms/types.js";
import { applicableFields } from "../../forms/engine.js";
import type { TurnContext } from "../context.js";
import { limaWhen } from "../lima-when.js";
import { answerLines } from "./registrations/view.js";

/** "7 días antes, 3 días antes y el mismo día". */
function offsetsText(ctx: TurnContext, offsets: number[]): string {
  const parts = [...offsets].sort((a, b) => b - a).map((days) => ctx.t("reminders-offset", { days }));
  return new Intl.ListFormat(ctx.locale === "en" ? "en" : "es", { type: "conjunction" }).format(parts);
}

function section(lines: string[], heading: string, body: string[], ctx: TurnContext): void {
  lines.push("", heading, ...(body.length > 0 ? body : [ctx.t("my-data-none")]));
}

function draftLines(ctx: TurnContext, draft: PersonData["drafts"][number]): string[] {
  if (!ctx.forms.has(draft.formId)) return [ctx.t("my-data-draft-line", { form: draft.formId, saved: limaWhen(ctx, draft.updatedAt) })];
  const form = ctx.forms.get(draft.formId);
  const env = ctx.forms.env(ctx);
  const answers = (draft.answers ?? {}) as Answers;
  const lines = [ctx.t("my-data-draft-line", { form: ctx.t(form.titleKey), saved: limaWhen(ctx, draft.updatedAt) })];
  for (const field of applicableFields(form.fields, answers, env)) {
    if (answers[field.key] === undefined && field.key !== draft.stepKey) continue;
    lines.push(...answerLines(field, answers[field.key], env, true).map((line) => `   ${line}`));
  }
  // A list item being typed (a team member's names and DNI) is held too, beside the answers.
  const cursor = (draft.context as { list?: { fieldKey: string; index: number; item: Answers } } | null)?.list;
  const list = cursor ? form.fields.find((field) => field.key === cursor.fieldKey) : undefined;
  if (cursor && list) {
    lines.push(`   ${ctx.t("my-data-draft-item", { item: cursor.index + 1 })}`);
    for (const field of list.itemFields ?? []) {
      if (cursor.item[field.key] !== undefined) lines.push(...answerLines(field, cursor.item[field.key], env, true).map((line) => `      ${line}`));
    }
  }
  if (draft.stepKey === SUMMARY_STEP) lines.push(`   ${ctx.t("my-data-draft-complete")}`);
  return lines;
}

export function myDataText(ctx: TurnContext, data: PersonData): string {
  const none = ctx.t("my-data-none");
  const lines = [ctx.t("my-data-intro")];
  section(
    lines,
    ctx.t("my-data-profile-heading"),
    [
      ctx.t("my-data-profile", {
        name: data.displayName ?? none,
        role: data.role ? ctx.t(`role-${data.role}`) : none,
        ugel: data.ugel?.name ?? none,
        school: data.school ? `${data.school.name} (${data.school.codigoModular})` : none,
        levels: data.levels.map((level) => ctx.t(`option-levels-${level}`)).join(", ") || none,
        language: ctx.t(`option-locale-${data.locale === "en" ? "en" : "es"}`),
        consent: data.consentAt ? ctx.t("my-data-consent", { date: limaWhen(ctx, data.consentAt), version: data.consentVersion ?? none }) : none,
        since: limaWhen(ctx, data.createdAt),
        reminders: ctx.t(data.remindersMuted ? "my-data-reminders-muted" : "my-data-reminders-on", { days: offsetsText(ctx, data.reminderOffsets) }),
      }),
    ],
    ctx,
  );
  section(lines, ctx.t("my-data-channels-heading"), data.identities.map((identity) => ctx.t("my-data-channel-line", { channel: ctx.t(`link-channel-${identity.channel}`), since: limaWhen(ctx, identity.createdAt) })), ctx);
  section(lines, ctx.t("my-data-drafts-heading", { count: data.drafts.length }), data.drafts.flatMap((draft) => draftLines(ctx, draft)), ctx);
  section(
    lines,
    ctx.t("my-data-registrations-heading", { count: data.registrations.length }),
    data.registrations.flatMap((registration) => [
      ctx.t("my-data-registration-line", { code: registration.code, title: registration.title, status: registration.status, sent: limaWhen(ctx, registration.sentAt) }),
      ...registration.members.map((member) =>
        ctx.t("my-data-member-line", { names: member.names, surnames: member.surnames, dni: member.dni, contact: [member.phone, member.email].filter(Boolean).join(", ") || none }),
      ),
    ]),
    ctx,
  );
  section(
    lines,
    ctx.t("my-data-subscriptions-heading"),
    data.subscriptions
      .filter((subscription) => subscription.contest)
      .map((subscription) =>
        ctx.t("my-data-subscription-line", {
          contest: ctx.t("calendar-contest-edition", { name: subscription.contest?.shortName ?? subscription.contest?.name ?? "", year: String(subscription.contest?.year ?? "") }),
          state: subscription.muted ? "muted" : "followed",
        }),
      ),
    ctx,
  );
  section(
    lines,
    ctx.t("my-data-acks-heading"),
    data.acknowledgements.map((ack) =>
      ctx.t("my-data-ack-line", { title: ack.announcement.title, received: ack.receivedAt ? limaWhen(ctx, ack.receivedAt) : none, attendance: ack.attendance ?? "none" }),
    ),
    ctx,
  );
  const counts = data._count;
  lines.push("", ctx.t("my-data-counts", { deliveries: counts.deliveries, announcements: counts.announcements, audit: counts.auditEntries, invites: counts.invitesCreated, links: counts.linkCodes }));
  return lines.join("\n");
}
