/**
 * Opening a registration and acting on it: every press re-reads the registration and re-checks access in the
 * domain. Decisions are confirmed first, and the confirmation carries the status that was seen, so a decision
 * made on an outdated screen is refused instead of applied. Observing asks for the comment as the next message.
 */
import type { Input, Reply } from "../../../core/types.js";
import { textReply } from "../../../core/types.js";
import { actorFrom, canAct } from "../../../domain/registrations/authorization.js";
import { getRegistration } from "../../../domain/registrations/queries.js";
import { changeStatus, COMMENT_MAX_CHARS } from "../../../domain/registrations/review.js";
import { statusFromShort, STATUS_SHORT } from "../../../domain/registrations/kinds.js";
import type { TurnContext } from "../../context.js";
import { listButton, mineButton, openButton, yesButton, type UiAction } from "./buttons.js";
import { detailButtons, detailText } from "./view.js";

export const COMMENT_FLOW = "reg:comment";
const COMMENT_MIN_CHARS = 5;

export async function openRegistration(ctx: TurnContext, registrationId: number): Promise<Reply[]> {
  const actor = actorFrom(ctx);
  const registration = await getRegistration(ctx.services.db, actor, registrationId);
  return [textReply(detailText(ctx, registration, actor), detailButtons(ctx, registration, actor))];
}

export async function askAction(ctx: TurnContext, registrationId: number, action: UiAction): Promise<Reply[]> {
  const actor = actorFrom(ctx);
  const registration = await getRegistration(ctx.services.db, actor, registrationId);
  if (!canAct(actor, registration, action)) {
    return [textReply(ctx.t("registration-error-not-allowed-now", { status: registration.status }), [[{ label: ctx.t("registration-button-open"), data: openButton(registration.id) }]])];
  }
  if (action === "observe") {
    await ctx.setFlow(COMMENT_FLOW, { registrationId: registration.id, seen: STATUS_SHORT[registration.status] });
    return [textReply(ctx.t("reg-observe-ask", { code: registration.code, max: COMMENT_MAX_CHARS }), [[{ label: ctx.t("form-button-cancel"), data: openButton(registration.id) }]])];
  }
  return [
    textReply(ctx.t("reg-confirm", { action, code: registration.code, title: registration.title }), [
      [
        { label: ctx.t("reg-button-confirm-yes"), data: yesButton(registration.id, action, registration.status) },
        { label: ctx.t("reg-button-confirm-no"), data: openButton(registration.id) },
      ],
    ]),
  ];
}

export async function doAction(ctx: TurnContext, registrationId: number, action: UiAction, seen: Parameters<typeof yesButton>[2], comment?: string): Promise<Reply[]> {
  const actor = actorFrom(ctx);
  const result = await changeStatus(ctx.services.db, actor, registrationId, { action, expected: seen, now: ctx.now, ...(comment ? { comment } : {}) });
  const back = action === "withdraw" ? { label: ctx.t("reg-button-back-mine"), data: mineButton(1) } : { label: ctx.t("reg-button-back-list"), data: listButton({}, 1) };
  return [
    textReply(ctx.t(action === "withdraw" ? "reg-withdrawn" : "reg-status-changed", { code: result.code, status: result.to }), [
      [{ label: ctx.t("registration-button-open"), data: openButton(result.id) }, back],
    ]),
  ];
}

/** The specialist's observation, typed after pressing "Observar" (several checks, the step kept on a bad one). */
export async function commentFlow(ctx: TurnContext, input: Input): Promise<Reply[]> {
  const registrationId = Number(ctx.flowData?.registrationId);
  const seen = statusFromShort(String(ctx.flowData?.seen ?? ""));
  if (!registrationId || !seen) {
    await ctx.setFlow(null);
    return [textReply(ctx.t("button-unknown"))];
  }
  if (input.type !== "text") return [textReply(ctx.t("reg-observe-need-text", { min: COMMENT_MIN_CHARS, max: COMMENT_MAX_CHARS }))];
  const comment = input.text.trim();
  if (comment.length < COMMENT_MIN_CHARS || comment.length > COMMENT_MAX_CHARS) {
    return [textReply(ctx.t("reg-observe-length", { min: COMMENT_MIN_CHARS, max: COMMENT_MAX_CHARS, chars: comment.length }))];
  }
  await ctx.setFlow(null);
  return doAction(ctx, registrationId, "observe", seen, comment);
}
