/**
 * What both registration forms share around sending: the prefill (the profile's school; for a correction, the
 * answers as sent), turning answers into members and attachments, and the call to the domain with its outcomes
 * turned into replies. A failure that must not lose the answers (a category that no longer exists, an edition
 * that closed) keeps the draft; a correction that is no longer possible ends it with an explanation.
 */
import type { IncomingFile, Reply } from "../../core/types.js";
import { textReply } from "../../core/types.js";
import type { TurnContext } from "../../conversation/context.js";
import { FormUnavailable, SubmitRejected } from "../../conversation/form-runner.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { actorFrom } from "../../domain/registrations/authorization.js";
import { RegistrationError } from "../../domain/registrations/errors.js";
import type { RegistrationKind } from "../../domain/registrations/kinds.js";
import { getRegistration } from "../../domain/registrations/queries.js";
import { submitRegistration, type AttachmentInput, type MemberInput, type RegistrationSubmission } from "../../domain/registrations/submit.js";
import type { Answers, DraftState } from "../types.js";
import { chosenSchool, profileSchoolPrefill } from "./school.js";

/** A new registration starts with the school of the person's profile. */
export async function newRegistrationPrefill(ctx: TurnContext): Promise<Answers> {
  return profileSchoolPrefill(ctx.services.db, ctx.person.schoolId);
}

/** A correction starts from the answers as sent (the owner's own registration only). */
export async function correctionPrefill(ctx: TurnContext, extra: Record<string, unknown> | undefined): Promise<Answers> {
  const id = Number(extra?.registrationId);
  try {
    if (!Number.isSafeInteger(id) || id < 1) throw new RegistrationError("not-found");
    const registration = await getRegistration(ctx.services.db, actorFrom(ctx), id);
    if (registration.ownerId !== ctx.person.id) throw new RegistrationError("not-found");
    return { ...(registration.answers as Answers), _correcting: registration.id };
  } catch (error) {
    if (error instanceof RegistrationError) throw new FormUnavailable(error.messageKey, error.detail);
    throw error;
  }
}

export function filesOf(answers: Answers, key: string): AttachmentInput[] {
  const files = Array.isArray(answers[key]) ? (answers[key] as IncomingFile[]) : [];
  return files.map((file) => ({ fieldKey: key, fileRef: file.fileRef, fileName: file.fileName, mimeType: file.mimeType, sizeBytes: file.sizeBytes }));
}

export function itemsOf(answers: Answers, key: string): Answers[] {
  return Array.isArray(answers[key]) ? (answers[key] as Answers[]) : [];
}

const optionalText = (value: unknown) => (typeof value === "string" && value.length > 0 ? value : undefined);

/** A member from a list item; `contact` holds a mobile or an e-mail. */
export function memberOf(item: Answers, memberRole: MemberInput["memberRole"]): MemberInput {
  const contact = optionalText(item.contact);
  const phone = optionalText(item.phone) ?? (contact && !contact.includes("@") ? contact : undefined);
  const email = optionalText(item.email) ?? (contact?.includes("@") ? contact : undefined);
  const condition = optionalText(item.condition);
  return {
    memberRole,
    names: String(item.names),
    surnames: String(item.surnames),
    dni: String(item.dni),
    ...(condition ? { condition } : {}),
    ...(phone ? { phone } : {}),
    ...(email ? { email } : {}),
  };
}

/** The answers as kept on the registration: without what only the walk needed. */
function storedAnswers(answers: Answers): Prisma.InputJsonValue {
  const { _correcting: _ignored, ...kept } = answers;
  return JSON.parse(JSON.stringify(kept)) as Prisma.InputJsonValue;
}

export type SubmissionParts = Pick<RegistrationSubmission, "category" | "members" | "attachments">;

export async function sendRegistration(ctx: TurnContext, kind: RegistrationKind, answers: Answers, draft: DraftState | undefined, parts: SubmissionParts): Promise<Reply[]> {
  const correctingId = typeof draft?.extra?.registrationId === "number" ? draft.extra.registrationId : undefined;
  const school = chosenSchool(answers) ?? (await profileSchool(ctx));
  if (!school) throw new SubmitRejected("reg-error-school-missing", {}, "otherCodigoModular");
  try {
    const result = await submitRegistration(
      ctx.services.db,
      actorFrom(ctx),
      {
        kind,
        year: Number(answers.year),
        title: String(answers.title),
        school,
        ...parts,
        channel: ctx.sender.channel,
        answers: storedAnswers(answers),
        ...(correctingId !== undefined ? { correctingId } : {}),
      },
      ctx.now,
    );
    return [
      textReply(ctx.t(result.resent ? "reg-resent" : "reg-sent", { code: result.code, kind }), [
        [{ label: ctx.t("reg-button-open-registration", { code: result.code }), data: `reg:o:${result.id}` }],
        [{ label: ctx.t("reg-button-my-registrations"), data: "cmd:mis_registros" }],
      ]),
    ];
  } catch (error) {
    if (!(error instanceof RegistrationError)) throw error;
    if (error.reason === "category-unknown") throw new SubmitRejected(error.messageKey, error.detail, "category", ["category", "subcategory"]);
    if (error.reason === "edition-closed" || error.reason === "no-ugel") throw new SubmitRejected(error.messageKey, error.detail);
    return [textReply(ctx.t(error.messageKey, error.detail))];
  }
}

async function profileSchool(ctx: TurnContext): Promise<{ codigoModular: string; name: string } | undefined> {
  if (!ctx.person.schoolId) return undefined;
  const school = await ctx.services.db.school.findUnique({ where: { id: ctx.person.schoolId } });
  return school ? { codigoModular: school.codigoModular, name: school.name } : undefined;
}
