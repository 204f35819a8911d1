/**
 * Notices about registrations, queued in the outbox in the same transaction as their cause: the owner learns of
 * every status change someone else makes, and the UGEL's specialists of every registration sent (or re-sent
 * after a correction). Texts are Fluent ids rendered in each reader's language when sent.
 */
import { enqueue, enqueueMany } from "../../delivery/outbox.js";
import type { Db } from "../db-types.js";
import type { RegistrationKind, RegistrationStatus } from "./kinds.js";

export interface NoticeRegistration {
  id: number;
  code: string;
  kind: RegistrationKind;
  title: string;
  ownerId: number;
  ugelId: string;
}

/** The button under every registration notice; insert-new.ts builds the same one in SQL. */
export const OPEN_BUTTON = { labelKey: "registration-button-open", dataPrefix: "reg:o:" } as const;
export const SENT_NOTICE = { new: "registration-notice-new", resent: "registration-notice-resent" } as const;

const openButton = (registrationId: number) => [[{ labelKey: OPEN_BUTTON.labelKey, data: `${OPEN_BUTTON.dataPrefix}${registrationId}` }]];

export async function noticeStatusChange(
  tx: Db,
  registration: NoticeRegistration,
  change: { id: number; toStatus: RegistrationStatus; comment: string | null },
): Promise<void> {
  await enqueue(tx, {
    idempotencyKey: `notice:registration:${registration.id}:status:${change.id}:${registration.ownerId}`,
    kind: "notice",
    personId: registration.ownerId,
    registrationId: registration.id,
    payload: {
      key: change.comment ? "registration-notice-status-comment" : "registration-notice-status",
      args: { code: registration.code, title: registration.title, status: change.toStatus, ...(change.comment ? { comment: change.comment } : {}) },
      buttons: openButton(registration.id),
    },
  });
}

/** To every specialist of the registration's UGEL: a new registration, or one re-sent after a correction. */
export async function noticeSent(
  tx: Db,
  registration: NoticeRegistration & { schoolName: string },
  change: { id: number },
  resent: boolean,
): Promise<number> {
  const specialists = await tx.person.findMany({ where: { role: "especialista_ugel", ugelId: registration.ugelId }, select: { id: true } });
  return enqueueMany(
    tx,
    specialists.map((specialist) => ({
      idempotencyKey: `notice:registration:${registration.id}:${resent ? "resent" : "new"}:${change.id}:${specialist.id}`,
      kind: "notice" as const,
      personId: specialist.id,
      registrationId: registration.id,
      payload: {
        key: resent ? SENT_NOTICE.resent : SENT_NOTICE.new,
        args: { code: registration.code, title: registration.title, kind: registration.kind, school: registration.schoolName },
        buttons: openButton(registration.id),
      },
    })),
  );
}
