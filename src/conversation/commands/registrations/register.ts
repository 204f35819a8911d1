/**
 * /registrar: which kind (buttons), then the form, or "Continuar" / "Empezar de nuevo" when a draft waits.
 * "Corregir" on an observed registration starts its correction: the same fields, prefilled with the answers as
 * sent, at the summary, in a draft of its own (so a registration in progress is not touched).
 */
import type { Reply } from "../../../core/types.js";
import { textReply } from "../../../core/types.js";
import { actorFrom, canAct } from "../../../domain/registrations/authorization.js";
import { openEditionYears } from "../../../domain/registrations/catalog.js";
import { CORRECTION_FORM, REGISTRATION_FORM, REGISTRATION_KINDS, type RegistrationKind } from "../../../domain/registrations/kinds.js";
import { getRegistration } from "../../../domain/registrations/queries.js";
import type { TurnContext } from "../../context.js";
import { newButton, openButton } from "./buttons.js";

export async function chooseKind(ctx: TurnContext): Promise<Reply[]> {
  return [textReply(ctx.t("reg-choose-kind"), REGISTRATION_KINDS.map((kind) => [{ label: ctx.t("reg-kind-button", { kind }), data: newButton(kind) }]))];
}

export async function startRegistration(ctx: TurnContext, kind: RegistrationKind): Promise<Reply[]> {
  const years = await openEditionYears(ctx.services.db, kind, ctx.now);
  if (years.length === 0) return [textReply(ctx.t("reg-no-open-edition", { kind }))];
  return ctx.forms.offerOrBegin(ctx, REGISTRATION_FORM[kind]);
}

export async function startCorrection(ctx: TurnContext, registrationId: number): Promise<Reply[]> {
  const actor = actorFrom(ctx);
  const registration = await getRegistration(ctx.services.db, actor, registrationId);
  if (!canAct(actor, registration, "resubmit")) {
    return [textReply(ctx.t("registration-error-not-allowed-now", { status: registration.status }), [[{ label: ctx.t("registration-button-open"), data: openButton(registration.id) }]])];
  }
  const observation = [...registration.history].reverse().find((change) => change.toStatus === "observada");
  const intro = textReply(ctx.t("reg-correction-intro", { code: registration.code, comment: observation?.comment ?? "—" }));
  const formId = CORRECTION_FORM[registration.kind];
  const draft = await ctx.services.sessions.loadDraft(ctx.person.id, formId);
  const extra = { registrationId: registration.id };
  if (draft && draft.extra?.registrationId === registration.id) return [intro, ...(await ctx.forms.offerOrBegin(ctx, formId, undefined, extra))];
  return [intro, ...(await ctx.forms.begin(ctx, formId, undefined, undefined, extra))];
}
