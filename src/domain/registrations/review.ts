/**
 * Status changes after sending: a specialist observes (with a comment), accepts, or marks a winner / not a winner;
 * the owner withdraws. Each change is a history row, an audit entry and (when someone else made it) a notice to
 * the owner, all in one transaction. The update is conditional on the status the actor saw, so two specialists
 * pressing at once, or an old button pressed twice, change it once.
 */
import type { PrismaClient } from "../../generated/prisma/client.js";
import { audit } from "../audit.js";
import { canAct, canView, type Actor } from "./authorization.js";
import { RegistrationError } from "./errors.js";
import type { RegistrationStatus } from "./kinds.js";
import { noticeStatusChange } from "./notices.js";
import { TRANSITIONS, type RegistrationAction } from "./status.js";

export const COMMENT_MAX_CHARS = 1000;

export interface StatusChangeRequest {
  action: Exclude<RegistrationAction, "resubmit">;
  /** The status the actor saw when deciding; a different current status means someone else acted first. */
  expected?: RegistrationStatus;
  comment?: string;
  now: Date;
}

export interface StatusChangeResult {
  id: number;
  code: string;
  from: RegistrationStatus;
  to: RegistrationStatus;
}

export async function changeStatus(db: PrismaClient, actor: Actor, registrationId: number, request: StatusChangeRequest): Promise<StatusChangeResult> {
  const transition = TRANSITIONS[request.action];
  const comment = request.comment?.trim() || null;
  if (request.action === "observe" && !comment) throw new RegistrationError("comment-required");
  try {
    return await db.$transaction(async (tx) => {
      const registration = await tx.registration.findUnique({ where: { id: registrationId } });
      if (!registration || !canView(actor, registration)) throw new RegistrationError("not-found");
      if (request.expected && registration.status !== request.expected) throw new RegistrationError("changed", { status: registration.status });
      if (!canAct(actor, registration, request.action)) throw new RegistrationError("not-allowed-now", { status: registration.status });
      const updated = await tx.registration.updateMany({ where: { id: registration.id, status: registration.status }, data: { status: transition.to } });
      if (updated.count !== 1) throw new RegistrationError("changed", { status: registration.status });
      const change = await tx.registrationStatusChange.create({
        data: { registrationId: registration.id, fromStatus: registration.status, toStatus: transition.to, comment, actorId: actor.personId, createdAt: request.now },
      });
      await audit(tx, {
        actorId: actor.personId,
        actorLabel: actor.label,
        action: "registration.status",
        entity: "registration",
        entityId: registration.id,
        detail: { code: registration.code, from: registration.status, to: transition.to, ...(comment ? { comment } : {}) },
      });
      if (registration.ownerId !== actor.personId) await noticeStatusChange(tx, registration, { id: change.id, toStatus: transition.to, comment });
      return { id: registration.id, code: registration.code, from: registration.status, to: transition.to };
    });
  } catch (error) {
    if (error instanceof RegistrationError && error.reason === "not-found") await auditRefusal(db, actor, registrationId, request.action);
    throw error;
  }
}

/** Someone asked for a registration that is not theirs to see (or does not exist): kept for the record. */
export async function auditRefusal(db: PrismaClient, actor: Actor, registrationId: number, action: string): Promise<void> {
  await audit(db, {
    actorId: actor.personId,
    actorLabel: actor.label,
    action: "registration.refused",
    entity: "registration",
    entityId: registrationId,
    detail: { action },
  });
}
