/**
 * ATA announcements (inicio, proceso, cierre del año escolar): a draft, a confirmation that writes one outbox
 * delivery per recipient in the same transaction, cancellation before anything has gone out, re-sends to
 * those who have not confirmed, and the recipients' answers (Recibido, Asistiré, No podré asistir).
 * Every announcement, re-send and cancellation is in the audit log.
 */
import { DateTime } from "luxon";
import type { AtaAnnouncement, PrismaClient } from "../../generated/prisma/client.js";
import type { AtaMilestone } from "../../generated/prisma/enums.js";
import type { DeliveryPayload, PayloadButton } from "../../delivery/outbox.js";
import { audit } from "../audit.js";
import { LIMA_ZONE } from "../calendar/lima-time.js";
import type { Db, Person } from "../db-types.js";
import { seesAllUgels } from "../roles.js";
import { AtaError, audienceCondition, checkAudience, type AtaAudience } from "./audience.js";

export interface AtaInput {
  milestone: AtaMilestone;
  title: string;
  body: string;
  /** The session's Lima day and optional time; null: no session. */
  session: { day: string; time: string | null } | null;
  /** A place, or a link (http/https). */
  sessionWhere: string | null;
  audience: AtaAudience;
  /** Null: as soon as confirmed. */
  scheduledFor: Date | null;
}

export type Actor = Pick<Person, "id" | "role" | "ugelId">;

/** Lima wall time → instant. A session without a time is stored at 00:00 Lima and shown without one. */
export function limaInstant(day: string, time: string | null): Date {
  return DateTime.fromISO(`${day}T${time ?? "00:00"}`, { zone: LIMA_ZONE }).toJSDate();
}

export function limaDayAndTime(instant: Date): { day: string; time: string | null } {
  const lima = DateTime.fromJSDate(instant, { zone: LIMA_ZONE });
  const time = lima.toFormat("HH:mm");
  return { day: lima.toFormat("yyyy-MM-dd"), time: time === "00:00" ? null : time };
}

export function isLink(text: string): boolean {
  return /^https?:\/\/\S+$/i.test(text.trim());
}

/** Saves the announcement as a draft (status borrador): nothing is queued before `confirmAnnouncement`. */
export async function createAtaDraft(db: Db, author: Actor, input: AtaInput): Promise<AtaAnnouncement> {
  await checkAudience(db, author, input.audience);
  const where = input.sessionWhere?.trim() || null;
  return db.ataAnnouncement.create({
    data: {
      milestone: input.milestone,
      title: input.title,
      body: input.body,
      sessionAt: input.session ? limaInstant(input.session.day, input.session.time) : null,
      sessionPlace: where && !isLink(where) ? where : null,
      sessionLink: where && isLink(where) ? where : null,
      authorId: author.id,
      audienceUgels: input.audience.ugelIds,
      audienceRoles: input.audience.roles,
      audienceLevels: input.audience.levels,
      audienceSchoolId: input.audience.schoolId,
      status: "borrador",
      scheduledFor: input.scheduledFor,
    },
  });
}

export function audienceOf(announcement: AtaAnnouncement): AtaAudience {
  return {
    ugelIds: announcement.audienceUgels,
    roles: announcement.audienceRoles,
    levels: announcement.audienceLevels,
    schoolId: announcement.audienceSchoolId,
  };
}

/** What each recipient gets, in their own language at send time. */
export function ataPayload(announcement: AtaAnnouncement, again = false): DeliveryPayload {
  const args: Record<string, string | number> = {
    milestone: announcement.milestone,
    title: announcement.title,
    body: announcement.body,
    again: again ? "yes" : "no",
  };
  const buttons: PayloadButton[][] = [[{ labelKey: "ata-button-received", data: `ata:r:${announcement.id}` }]];
  if (!announcement.sessionAt) return { key: "ata-message", args, buttons };
  const { day, time } = limaDayAndTime(announcement.sessionAt);
  args.sessionDay = day;
  args.sessionTime = time ?? "none";
  args.where = announcement.sessionPlace ?? announcement.sessionLink ?? "none";
  buttons.push([
    { labelKey: "ata-button-attending", data: `ata:a:${announcement.id}` },
    { labelKey: "ata-button-not-attending", data: `ata:n:${announcement.id}` },
  ]);
  if (announcement.sessionLink) buttons.push([{ labelKey: "ata-button-open-link", url: announcement.sessionLink }]);
  return { key: "ata-message-session", args, buttons };
}

export function canManage(actor: Actor, announcement: Pick<AtaAnnouncement, "authorId">): boolean {
  return announcement.authorId === actor.id || seesAllUgels(actor.role);
}

async function loadManaged(db: Db, actor: Actor, id: number): Promise<AtaAnnouncement> {
  const announcement = await db.ataAnnouncement.findUnique({ where: { id } });
  if (!announcement) throw new AtaError("not-found");
  if (!canManage(actor, announcement)) throw new AtaError("not-yours");
  return announcement;
}

/** Throws away a draft that was never confirmed (its author only). */
export async function discardDraft(db: Db, actor: Actor, id: number): Promise<AtaAnnouncement> {
  const announcement = await db.ataAnnouncement.findUnique({ where: { id } });
  if (!announcement) throw new AtaError("not-found");
  if (announcement.authorId !== actor.id) throw new AtaError("not-yours");
  if (announcement.status !== "borrador") throw new AtaError("not-draft");
  await db.ataAnnouncement.delete({ where: { id } });
  return announcement;
}

export interface Confirmed {
  announcement: AtaAnnouncement;
  recipients: number;
}

/** "Confirmar": queues one delivery per recipient (key `ata:<id>:<personId>`) in one transaction, and audits it. */
export async function confirmAnnouncement(db: PrismaClient, actor: Actor, id: number, now: Date, actorLabel: string): Promise<Confirmed> {
  return db.$transaction(
    async (tx) => {
      const draft = await tx.ataAnnouncement.findUnique({ where: { id } });
      if (!draft) throw new AtaError("not-found");
      if (draft.authorId !== actor.id) throw new AtaError("not-yours");
      await checkAudience(tx, actor, audienceOf(draft));
      const later = draft.scheduledFor !== null && draft.scheduledFor > now;
      // Claims the draft first: a second "Confirmar" (a double press, another device) finds it taken.
      const taken = await tx.ataAnnouncement.updateMany({ where: { id, status: "borrador" }, data: { status: later ? "programado" : "enviando" } });
      if (taken.count === 0) throw new AtaError("not-draft");
      const where = audienceCondition(audienceOf(draft), 4);
      const recipients = await tx.$executeRawUnsafe(
        `INSERT INTO "Delivery" ("idempotencyKey", kind, "personId", payload, "notBefore", "announcementId", "updatedAt")
         SELECT 'ata:' || $1::int || ':' || p.id, 'ata', p.id, $2::jsonb, $3::timestamptz, $1::int, now()
         FROM "Person" p
         WHERE ${where.sql}
         ON CONFLICT ("idempotencyKey") DO NOTHING`,
        id,
        JSON.stringify(ataPayload(draft)),
        later ? draft.scheduledFor : now,
        ...where.params,
      );
      await audit(tx, {
        actorId: actor.id,
        actorLabel,
        action: "ata.announced",
        entity: "AtaAnnouncement",
        entityId: id,
        detail: {
          milestone: draft.milestone,
          recipients,
          scheduledFor: later ? draft.scheduledFor?.toISOString() ?? null : null,
          ugels: draft.audienceUgels,
          roles: draft.audienceRoles,
          levels: draft.audienceLevels,
          schoolId: draft.audienceSchoolId,
        },
      });
      const announcement = await tx.ataAnnouncement.findUniqueOrThrow({ where: { id } });
      return { announcement, recipients };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** Cancels an announcement none of whose messages has gone out yet. */
export async function cancelAnnouncement(db: PrismaClient, actor: Actor, id: number, now: Date, actorLabel: string): Promise<number> {
  return db.$transaction(
    async (tx) => {
      const announcement = await loadManaged(tx, actor, id);
      if (announcement.status === "cancelado") throw new AtaError("cancelled");
      if (announcement.status === "borrador") throw new AtaError("not-sent-yet");
      // Rows a dispatcher holds right now stay locked and are not touched; they count as "already going".
      const cancelled = await tx.delivery.updateMany({ where: { announcementId: id, status: "pending" }, data: { status: "cancelled" } });
      const going = await tx.delivery.count({ where: { announcementId: id, status: { notIn: ["pending", "cancelled"] } } });
      if (going > 0) throw new AtaError("already-going");
      await tx.ataAnnouncement.update({ where: { id }, data: { status: "cancelado", cancelledAt: now } });
      await audit(tx, { actorId: actor.id, actorLabel, action: "ata.cancelled", entity: "AtaAnnouncement", entityId: id, detail: { cancelledDeliveries: cancelled.count } });
      return cancelled.count;
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}

/** The number the next re-send round will have (re-send buttons carry it, so a double press queues nothing twice). */
export async function nextResendRound(db: Db, id: number): Promise<number> {
  const rows = await db.$queryRawUnsafe<Array<{ rounds: number }>>(
    `SELECT COALESCE(max(split_part("idempotencyKey", ':', 3)::int), 0)::int AS rounds
     FROM "Delivery" WHERE "announcementId" = $1::int AND kind = 'ata_resend'`,
    id,
  );
  return (rows[0]?.rounds ?? 0) + 1;
}

/** Queues the announcement again for everyone it was sent (or failed) to who has not pressed "Recibido". */
export async function resendToUnconfirmed(db: PrismaClient, actor: Actor, id: number, round: number, now: Date, actorLabel: string): Promise<number> {
  return db.$transaction(
    async (tx) => {
      const announcement = await loadManaged(tx, actor, id);
      if (announcement.status === "cancelado") throw new AtaError("cancelled");
      if (announcement.status === "borrador" || announcement.status === "programado") throw new AtaError("not-sent-yet");
      const count = await tx.$executeRawUnsafe(
        `INSERT INTO "Delivery" ("idempotencyKey", kind, "personId", payload, "notBefore", "announcementId", "updatedAt")
         SELECT 'ata_resend:' || $1::int || ':' || $2::int || ':' || d."personId", 'ata_resend', d."personId", $3::jsonb,
                $4::timestamptz, $1::int, now()
         FROM "Delivery" d
         WHERE d."announcementId" = $1::int AND d.kind = 'ata' AND d.status IN ('sent', 'failed')
           AND NOT EXISTS (SELECT 1 FROM "AtaAcknowledgement" a
                           WHERE a."announcementId" = $1::int AND a."personId" = d."personId" AND a."receivedAt" IS NOT NULL)
         ON CONFLICT ("idempotencyKey") DO NOTHING`,
        id,
        round,
        JSON.stringify(ataPayload(announcement, true)),
        now,
      );
      await audit(tx, { actorId: actor.id, actorLabel, action: "ata.resent", entity: "AtaAnnouncement", entityId: id, detail: { round, recipients: count } });
      return count;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

export type AckAction = "received" | "attending" | "not_attending";

/** A recipient's button. Only someone the announcement was sent to may answer it. */
export async function acknowledge(db: Db, personId: number, id: number, action: AckAction, now: Date): Promise<AtaAnnouncement> {
  const announcement = await db.ataAnnouncement.findUnique({ where: { id } });
  if (!announcement) throw new AtaError("not-found");
  if (announcement.status === "cancelado") throw new AtaError("cancelled");
  const delivery = await db.delivery.findFirst({ where: { announcementId: id, personId, kind: { in: ["ata", "ata_resend"] } }, select: { id: true } });
  if (!delivery) throw new AtaError("not-recipient");
  if (action !== "received" && !announcement.sessionAt) throw new AtaError("no-session");
  const attendance = action === "attending" ? "asistire" : action === "not_attending" ? "no_podre" : undefined;
  const existing = await db.ataAcknowledgement.findUnique({ where: { announcementId_personId: { announcementId: id, personId } } });
  if (existing) {
    await db.ataAcknowledgement.update({
      where: { id: existing.id },
      data: { receivedAt: existing.receivedAt ?? now, ...(attendance ? { attendance } : {}) },
    });
  } else {
    await db.ataAcknowledgement.create({ data: { announcementId: id, personId, receivedAt: now, ...(attendance ? { attendance } : {}) } });
  }
  return announcement;
}

export interface UgelReport {
  ugelId: string;
  ugelName: string;
  queued: number;
  sent: number;
  failed: number;
  unreachable: number;
  cancelled: number;
  confirmed: number;
  attending: number;
  notAttending: number;
}

export interface AnnouncementReport {
  announcement: AtaAnnouncement;
  /** borrador | programado | enviando | enviado | cancelado, as of now. */
  status: AtaAnnouncement["status"];
  perUgel: UgelReport[];
  total: Omit<UgelReport, "ugelId" | "ugelName">;
  resent: number;
}

/**
 * Per UGEL: queued, sent, failed, unreachable, confirmed and attending. Marks the announcement `enviado` once
 * nothing of it is queued any more.
 */
export async function announcementReport(db: Db, actor: Actor, id: number, now: Date): Promise<AnnouncementReport> {
  let announcement = await loadManaged(db, actor, id);
  const deliveries = await db.$queryRawUnsafe<Array<{ ugelId: string | null; status: string; count: number }>>(
    `SELECT p."ugelId" AS "ugelId", d.status::text AS status, count(*)::int AS count
     FROM "Delivery" d JOIN "Person" p ON p.id = d."personId"
     WHERE d."announcementId" = $1::int AND d.kind = 'ata'
     GROUP BY 1, 2`,
    id,
  );
  const answers = await db.$queryRawUnsafe<Array<{ ugelId: string | null; confirmed: number; attending: number; notAttending: number }>>(
    `SELECT p."ugelId" AS "ugelId",
            count(*) FILTER (WHERE a."receivedAt" IS NOT NULL)::int AS confirmed,
            count(*) FILTER (WHERE a.attendance = 'asistire')::int AS attending,
            count(*) FILTER (WHERE a.attendance = 'no_podre')::int AS "notAttending"
     FROM "AtaAcknowledgement" a JOIN "Person" p ON p.id = a."personId"
     WHERE a."announcementId" = $1::int
     GROUP BY 1`,
    id,
  );
  const resent = await db.delivery.count({ where: { announcementId: id, kind: "ata_resend" } });
  const ugels = await db.ugel.findMany({ select: { id: true, name: true } });
  const names = new Map(ugels.map((ugel) => [ugel.id, ugel.name]));
  const rows = new Map<string, UgelReport>();
  const row = (ugelId: string | null): UgelReport => {
    const key = ugelId ?? "—";
    let found = rows.get(key);
    if (!found) {
      found = { ugelId: key, ugelName: names.get(key) ?? "—", queued: 0, sent: 0, failed: 0, unreachable: 0, cancelled: 0, confirmed: 0, attending: 0, notAttending: 0 };
      rows.set(key, found);
    }
    return found;
  };
  for (const ugelId of announcement.audienceUgels) row(ugelId);
  for (const entry of deliveries) {
    const target = row(entry.ugelId);
    if (entry.status === "pending" || entry.status === "sending") target.queued += entry.count;
    else if (entry.status === "sent") target.sent += entry.count;
    else if (entry.status === "failed") target.failed += entry.count;
    else if (entry.status === "unreachable") target.unreachable += entry.count;
    else if (entry.status === "cancelled") target.cancelled += entry.count;
  }
  for (const entry of answers) Object.assign(row(entry.ugelId), { confirmed: entry.confirmed, attending: entry.attending, notAttending: entry.notAttending });
  const perUgel = [...rows.values()].sort((a, b) => a.ugelId.localeCompare(b.ugelId));
  const total = perUgel.reduce(
    (sum, entry) => ({
      queued: sum.queued + entry.queued,
      sent: sum.sent + entry.sent,
      failed: sum.failed + entry.failed,
      unreachable: sum.unreachable + entry.unreachable,
      cancelled: sum.cancelled + entry.cancelled,
      confirmed: sum.confirmed + entry.confirmed,
      attending: sum.attending + entry.attending,
      notAttending: sum.notAttending + entry.notAttending,
    }),
    { queued: 0, sent: 0, failed: 0, unreachable: 0, cancelled: 0, confirmed: 0, attending: 0, notAttending: 0 },
  );
  let status = announcement.status;
  if ((status === "enviando" || status === "programado") && (announcement.scheduledFor === null || announcement.scheduledFor <= now)) {
    status = total.queued === 0 ? "enviado" : "enviando";
    if (status !== announcement.status) {
      announcement = await db.ataAnnouncement.update({ where: { id }, data: { status, ...(status === "enviado" ? { sentAt: now } : {}) } });
    }
  }
  return { announcement, status, perUgel, total, resent };
}

/** The announcements this person manages, newest first (drafts left out). */
export async function listAnnouncements(db: Db, actor: Actor, limit = 8): Promise<AtaAnnouncement[]> {
  return db.ataAnnouncement.findMany({
    where: { status: { not: "borrador" }, ...(seesAllUgels(actor.role) ? {} : { authorId: actor.id }) },
    orderBy: { id: "desc" },
    take: limit,
  });
}
