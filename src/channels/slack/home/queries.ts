/**
 * What the App Home shows, read straight from the tables (read-only, small, tolerant of empty tables): the
 * person's registrations, the next registration deadlines for their levels, and for specialists the
 * registrations waiting for review in their scope and the last ATA announcements with their confirmations.
 */
import type { Db, Level, Person, Role } from "../../../domain/db-types.js";
import { todayInLima } from "../../../domain/calendar/lima-time.js";
import { seesAllUgels } from "../../../domain/roles.js";

export const HOME_LIST_SIZE = 5;

export interface HomeRegistration {
  id: number;
  code: string;
  title: string;
  status: string;
  kind: string;
  ugelName?: string;
}

export interface HomeDeadline {
  contest: string;
  stage: string;
  /** Lima day, "YYYY-MM-DD". */
  closes: string;
}

export interface HomeAnnouncement {
  id: number;
  title: string;
  milestone: string;
  status: string;
  sessionAt: Date | null;
  delivered: number;
  received: number;
  attending: number;
  notAttending: number;
}

export async function ownRegistrations(db: Db, personId: number): Promise<HomeRegistration[]> {
  const rows = await db.registration.findMany({
    where: { ownerId: personId },
    orderBy: [{ sentAt: "desc" }, { id: "desc" }],
    take: HOME_LIST_SIZE,
    select: { id: true, code: true, title: true, status: true, kind: true },
  });
  return rows.map((row) => ({ ...row }));
}

/** Registration stages still open, of contests for these levels (a contest without levels is for all). */
export async function nextDeadlines(db: Db, levels: Level[], now: Date): Promise<HomeDeadline[]> {
  const today = new Date(`${todayInLima(now)}T00:00:00.000Z`);
  const rows = await db.contestStage.findMany({
    where: {
      registrationCloses: { gte: today },
      contest: levels.length > 0 ? { OR: [{ levels: { hasSome: levels } }, { levels: { isEmpty: true } }] } : {},
    },
    orderBy: [{ registrationCloses: "asc" }, { id: "asc" }],
    take: HOME_LIST_SIZE,
    select: { name: true, registrationCloses: true, contest: { select: { name: true, shortName: true } } },
  });
  return rows.flatMap((row) =>
    row.registrationCloses ? [{ contest: row.contest.shortName ?? row.contest.name, stage: row.name, closes: row.registrationCloses.toISOString().slice(0, 10) }] : [],
  );
}

interface ReviewerScope {
  all: boolean;
  ugelId: string | null;
}

function scopeOf(person: Pick<Person, "role" | "ugelId">, isAdmin: boolean): ReviewerScope | null {
  if (isAdmin || seesAllUgels(person.role)) return { all: true, ugelId: null };
  if (person.role === "especialista_ugel" && person.ugelId) return { all: false, ugelId: person.ugelId };
  return null;
}

export function isReviewerRole(role: Role | null, isAdmin: boolean): boolean {
  return scopeOf({ role, ugelId: "x" }, isAdmin) !== null;
}

/** Registrations sent and not yet reviewed, in the specialist's UGEL (or all for the DRE). */
/** One page (1-based) of the registrations waiting for review, oldest first, and how many there are. */
export async function pendingReviews(db: Db, person: Pick<Person, "role" | "ugelId">, isAdmin: boolean, page = 1): Promise<{ total: number; items: HomeRegistration[] }> {
  const scope = scopeOf(person, isAdmin);
  if (!scope) return { total: 0, items: [] };
  const where = { status: "enviada" as const, ...(scope.all ? {} : { ugelId: scope.ugelId ?? "" }) };
  const [total, rows] = await Promise.all([
    db.registration.count({ where }),
    db.registration.findMany({
      where,
      orderBy: [{ sentAt: "asc" }, { id: "asc" }],
      skip: (Math.max(1, page) - 1) * HOME_LIST_SIZE,
      take: HOME_LIST_SIZE,
      select: { id: true, code: true, title: true, status: true, kind: true, ugel: { select: { name: true } } },
    }),
  ]);
  return { total, items: rows.map(({ ugel, ...row }) => ({ ...row, ugelName: ugel.name })) };
}

/** The last announcements the specialist sees (their UGEL's or their own; all for the DRE), with counts. */
export async function lastAnnouncements(db: Db, person: Pick<Person, "id" | "role" | "ugelId">, isAdmin: boolean, take = 3): Promise<HomeAnnouncement[]> {
  const scope = scopeOf(person, isAdmin);
  if (!scope) return [];
  const rows = await db.ataAnnouncement.findMany({
    where: {
      status: { not: "borrador" },
      ...(scope.all ? {} : { OR: [{ authorId: person.id }, { audienceUgels: { has: scope.ugelId ?? "" } }, { audienceUgels: { isEmpty: true } }] }),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, title: true, milestone: true, status: true, sessionAt: true },
  });
  const out: HomeAnnouncement[] = [];
  for (const row of rows) {
    const [delivered, received, attending, notAttending] = await Promise.all([
      db.delivery.findMany({ where: { announcementId: row.id, status: "sent" }, distinct: ["personId"], select: { personId: true } }).then((sent) => sent.length),
      db.ataAcknowledgement.count({ where: { announcementId: row.id, receivedAt: { not: null } } }),
      db.ataAcknowledgement.count({ where: { announcementId: row.id, attendance: "asistire" } }),
      db.ataAcknowledgement.count({ where: { announcementId: row.id, attendance: "no_podre" } }),
    ]);
    out.push({ ...row, delivered, received, attending, notAttending });
  }
  return out;
}
