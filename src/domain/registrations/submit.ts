/**
 * Sending a registration: one transaction that numbers it (or re-sends an observed one), files its members and
 * attachments, writes the history row and the audit entry, and queues the notices to the UGEL's specialists.
 * A new registration is usually filed by one statement (insert-new.ts); this transaction is the general path.
 */
import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";
import { audit } from "../audit.js";
import type { Channel, Db } from "../db-types.js";
import type { Actor } from "./authorization.js";
import { editionIsOpen, findSubcategory, findTopCategory } from "./catalog.js";
import { nextRegistrationCode } from "./codes.js";
import { titleKey } from "./duplicates.js";
import { insertNewRegistration } from "./insert-new.js";
import { RegistrationError } from "./errors.js";
import type { RegistrationKind, RegistrationStatus } from "./kinds.js";
import { noticeSent } from "./notices.js";

export interface MemberInput {
  memberRole: "docente" | "directivo" | "director_responsable";
  names: string;
  surnames: string;
  dni: string;
  condition?: string;
  phone?: string;
  email?: string;
}

export interface AttachmentInput {
  fieldKey: string;
  fileRef: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
}

export interface RegistrationSubmission {
  kind: RegistrationKind;
  year: number;
  title: string;
  school: { codigoModular: string; name?: string };
  category: { name: string; practiceType?: string; subcategory?: string };
  members: MemberInput[];
  attachments: AttachmentInput[];
  channel: Channel;
  /** Every answer of the form, kept as sent (and used to prefill a correction). */
  answers: Prisma.InputJsonValue;
  /** Set when an observed registration is corrected and sent again. */
  correctingId?: number;
}

export interface SubmittedRegistration {
  id: number;
  code: string;
  status: RegistrationStatus;
  resent: boolean;
  ugelId: string;
}

// Many people may send at the same instant; on PGlite their transactions queue for the one connection.
const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 30_000 };

export async function submitRegistration(db: PrismaClient, actor: Actor, input: RegistrationSubmission, now: Date): Promise<SubmittedRegistration> {
  // A new registration reads the catalog before the transaction, from memory where it is cached (catalog-cache.ts):
  // a category or edition changed at this very instant is the same race as one changed a moment before sending.
  const isNew = input.correctingId === undefined;
  const chosenCategoryId = isNew ? await resolveCategory(db, input) : undefined;
  const editionOpen = isNew ? await editionIsOpen(db, input.kind, input.year) : true;
  if (isNew && chosenCategoryId !== undefined) {
    if (!editionOpen) throw new RegistrationError("edition-closed", { year: String(input.year) });
    const row = { categoryId: chosenCategoryId, title: input.title, titleKey: titleKey(input.title) };
    const created = await insertNewRegistration(db, actor, input, row, now);
    if (created) return created;
  }
  return db.$transaction(async (tx) => {
    const existing = input.correctingId === undefined ? null : await tx.registration.findUnique({ where: { id: input.correctingId } });
    if (input.correctingId !== undefined && (!existing || existing.ownerId !== actor.personId || existing.kind !== input.kind)) throw new RegistrationError("not-found");
    if (existing && existing.status !== "observada") throw new RegistrationError("not-allowed-now", { status: existing.status });
    const school = await resolveSchool(tx, input.school, actor.ugelId);
    const ugelId = school.ugelId ?? actor.ugelId;
    if (!ugelId) throw new RegistrationError("no-ugel");
    // A corrected registration keeps the year it was numbered in.
    const categoryId = chosenCategoryId ?? (await resolveCategory(tx, { ...input, year: existing?.year ?? input.year }));
    const data = {
      title: input.title,
      titleKey: titleKey(input.title),
      schoolId: school.id,
      ugelId,
      categoryId,
      answers: input.answers,
      sentAt: now,
    };
    const members = input.members.map((member, index) => ({ ...member, sortOrder: index }));
    const attachments = input.attachments.map((file) => ({ ...file, channel: input.channel }));

    if (existing) {
      const updated = await tx.registration.updateMany({ where: { id: existing.id, status: "observada" }, data: { ...data, status: "enviada" } });
      if (updated.count !== 1) throw new RegistrationError("not-allowed-now", { status: existing.status });
      await tx.registrationMember.deleteMany({ where: { registrationId: existing.id } });
      await tx.registrationAttachment.deleteMany({ where: { registrationId: existing.id } });
      await tx.registrationMember.createMany({ data: members.map((member) => ({ ...member, registrationId: existing.id })) });
      await tx.registrationAttachment.createMany({ data: attachments.map((file) => ({ ...file, registrationId: existing.id })) });
      const change = await tx.registrationStatusChange.create({
        data: { registrationId: existing.id, fromStatus: "observada", toStatus: "enviada", actorId: actor.personId, createdAt: now },
      });
      await audit(tx, {
        actorId: actor.personId,
        actorLabel: actor.label,
        action: "registration.resubmitted",
        entity: "registration",
        entityId: existing.id,
        detail: { code: existing.code, from: "observada", to: "enviada" },
      });
      await noticeSent(tx, { ...existing, ...data, schoolName: school.name }, change, true);
      return { id: existing.id, code: existing.code, status: "enviada" as const, resent: true, ugelId };
    }

    if (!editionOpen) throw new RegistrationError("edition-closed", { year: String(input.year) });
    const code = await nextRegistrationCode(tx, input.kind, input.year);
    const created = await tx.registration.create({
      data: {
        ...data,
        kind: input.kind,
        year: input.year,
        code,
        status: "enviada",
        ownerId: actor.personId,
        members: { createMany: { data: members } },
        attachments: { createMany: { data: attachments } },
        history: { create: { fromStatus: null, toStatus: "enviada", actorId: actor.personId, createdAt: now } },
      },
      include: { history: { select: { id: true } } },
    });
    await audit(tx, {
      actorId: actor.personId,
      actorLabel: actor.label,
      action: "registration.submitted",
      entity: "registration",
      entityId: created.id,
      detail: { code, kind: input.kind, year: input.year },
    });
    const change = created.history[0];
    if (change) await noticeSent(tx, { ...created, schoolName: school.name }, change, false);
    return { id: created.id, code, status: "enviada" as const, resent: false, ugelId };
  }, TRANSACTION_OPTIONS);
}

async function resolveSchool(tx: Db, school: RegistrationSubmission["school"], ownerUgel: string | null) {
  const found = await tx.school.findUnique({ where: { codigoModular: school.codigoModular } });
  if (found) return found;
  // A school not known yet: two colleagues may send for it at the same instant, hence skipDuplicates.
  await tx.school.createMany({ data: [{ codigoModular: school.codigoModular, name: school.name ?? school.codigoModular, ugelId: ownerUgel }], skipDuplicates: true });
  return tx.school.findUniqueOrThrow({ where: { codigoModular: school.codigoModular } });
}

/** The most specific category chosen (the subcategory when there is one); refused when it no longer exists. */
async function resolveCategory(tx: Db, input: RegistrationSubmission): Promise<number> {
  const top = await findTopCategory(tx, input.kind, input.year, input.category.name, input.category.practiceType);
  if (!top) throw new RegistrationError("category-unknown", { category: input.category.name });
  if (!input.category.subcategory) return top.id;
  const sub = await findSubcategory(tx, top.id, input.category.subcategory);
  if (!sub) throw new RegistrationError("category-unknown", { category: input.category.subcategory });
  return sub.id;
}
