/**
 * «Descargar ficha»: one registration as a PDF laid out like the national form (registration, school and
 * place, every answer of the form with long texts whole, the team, the files, the review history). Who may
 * have it is who may open the registration (owner, that UGEL's reviewers, the DRE): getRegistration checks and
 * audits a refused (forged) request. DNIs follow the export rule (domain/exports/scope.ts).
 */
import type { Reply } from "../../../core/types.js";
import { renderFichaPdf, type FichaDocument, type FichaSection } from "../../../domain/exports/ficha-pdf.js";
import { formatLimaInstant } from "../../../domain/calendar/lima-time.js";
import { DRE_NAME, provinceOf, REGION_NAME, wordsOf } from "../../../domain/exports/format.js";
import { dniFor } from "../../../domain/exports/scope.js";
import { actorFrom, type Actor } from "../../../domain/registrations/authorization.js";
import { REGISTRATION_FORM } from "../../../domain/registrations/kinds.js";
import { getRegistration, type RegistrationDetail } from "../../../domain/registrations/queries.js";
import { applicableFields } from "../../../forms/engine.js";
import { formatAnswer } from "../../../forms/format.js";
import type { Answers } from "../../../forms/types.js";
import type { TurnContext } from "../../context.js";

export async function sendFicha(ctx: TurnContext, registrationId: number): Promise<Reply[]> {
  const actor = actorFrom(ctx);
  const registration = await getRegistration(ctx.services.db, actor, registrationId);
  const content = await renderFichaPdf(fichaOf(ctx, registration, actor));
  return [{ type: "file", fileName: `ficha-${registration.code}.pdf`, mimeType: "application/pdf", content, caption: ctx.t("ficha-caption", { code: registration.code }) }];
}

export function fichaOf(ctx: TurnContext, registration: RegistrationDetail, actor: Actor): FichaDocument {
  const t = ctx.t;
  const env = ctx.forms.env(ctx);
  const form = ctx.forms.get(REGISTRATION_FORM[registration.kind]);
  const answers = (registration.answers ?? {}) as Answers;
  const empty = t("ficha-empty");
  const school = registration.school;
  const place = [REGION_NAME, provinceOf(registration.ugelId), school?.district].filter(Boolean).join(" / ");

  const sections: FichaSection[] = [
    {
      heading: t("ficha-section-registration"),
      fields: [
        { label: t("ficha-field-code"), value: registration.code },
        { label: t("ficha-field-status"), value: t("registration-status", { status: registration.status }) },
        { label: t("ficha-field-sent-at"), value: formatLimaInstant(registration.sentAt, ctx.locale) },
        { label: t("ficha-field-dre"), value: DRE_NAME },
        { label: t("ficha-field-ugel"), value: registration.ugel.name },
        { label: t("ficha-field-school"), value: school?.name ?? empty },
        { label: t("ficha-field-codigo-modular"), value: school?.codigoModular ?? empty },
        { label: t("ficha-field-region"), value: place },
      ],
    },
    {
      heading: t("ficha-section-answers"),
      fields: applicableFields(form.fields, answers, env)
        .filter((field) => field.kind !== "list" && field.kind !== "files")
        .map((field) => {
          const value = answers[field.key];
          const text = value === undefined || value === null || value === "" ? empty : field.kind === "longText" ? String(value) : formatAnswer(field, value, env, answers);
          const shown = field.key.endsWith("Dni") && typeof value === "string" ? dniFor(actor, registration, value) : text;
          return { label: t(field.labelKey), value: shown };
        }),
    },
    {
      heading: t("ficha-section-team"),
      lines: registration.members.flatMap((member, index) => [
        t("ficha-member", { index: index + 1, role: member.memberRole, names: member.names, surnames: member.surnames, dni: dniFor(actor, registration, member.dni) }),
        `   ${t("ficha-member-contact", { condition: wordsOf(member.condition) || empty, email: member.email ?? empty, phone: member.phone ?? empty })}`,
      ]),
    },
    {
      heading: t("ficha-section-files"),
      lines: registration.attachments.length
        ? registration.attachments.map((file) => t("ficha-file", { name: file.fileName, size: Math.max(1, Math.round(file.sizeBytes / 1024)), channel: file.channel, ref: file.fileRef }))
        : [empty],
    },
    {
      heading: t("ficha-section-history"),
      lines: registration.history.map((change) =>
        [
          t("ficha-history", {
            date: formatLimaInstant(change.createdAt, ctx.locale),
            from: change.fromStatus ? t("registration-status", { status: change.fromStatus }) : empty,
            to: t("registration-status", { status: change.toStatus }),
            who: t(change.actorId === registration.ownerId ? "reg-history-by-owner" : "reg-history-by-specialist"),
          }),
          change.comment ? `   «${change.comment}»` : "",
        ]
          .filter(Boolean)
          .join("\n"),
      ),
    },
  ];
  const at = formatLimaInstant(ctx.now, ctx.locale);
  return {
    header: `${DRE_NAME} · ${registration.ugel.name}`,
    title: t("ficha-title", { code: registration.code }),
    subtitle: t("ficha-subtitle", { kind: registration.kind, year: String(registration.year) }),
    sections,
    footer: (page, pages) => t("ficha-footer", { at, page, pages }),
  };
}
