/**
 * Reading registrations, always through the authorization rules: a person's own list, a reviewer's list (their
 * UGEL, or all for the DRE), and one registration with its members, files and history.
 */
import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";
import { canView, reviewScope, type Actor } from "./authorization.js";
import { RegistrationError } from "./errors.js";
import type { RegistrationKind, RegistrationStatus } from "./kinds.js";
import { auditRefusal } from "./review.js";

export const PAGE_SIZE = 5;

export interface RegistrationListItem {
  id: number;
  code: string;
  kind: RegistrationKind;
  year: number;
  status: RegistrationStatus;
  title: string;
  schoolName: string | null;
  sentAt: Date;
}

export interface Page<T> {
  items: T[];
  page: number;
  pages: number;
  total: number;
}

const LIST_SELECT = { id: true, code: true, kind: true, year: true, status: true, title: true, sentAt: true, school: { select: { name: true } } } as const;

async function paged(db: PrismaClient, where: Prisma.RegistrationWhereInput, page: number): Promise<Page<RegistrationListItem>> {
  const total = await db.registration.count({ where });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pages);
  const rows = await db.registration.findMany({
    where,
    orderBy: [{ sentAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: LIST_SELECT,
  });
  return { items: rows.map(({ school, ...row }) => ({ ...row, schoolName: school?.name ?? null })), page: current, pages, total };
}

export function listOwnRegistrations(db: PrismaClient, actor: Actor, page: number): Promise<Page<RegistrationListItem>> {
  return paged(db, { ownerId: actor.personId }, page);
}

export interface ReviewFilter {
  kind?: RegistrationKind;
  status?: RegistrationStatus;
  year?: number;
}

/** A reviewer's list; null when the actor reviews nothing (not a specialist). */
export async function listForReview(db: PrismaClient, actor: Actor, filter: ReviewFilter, page: number): Promise<(Page<RegistrationListItem> & { ugelId: string | null }) | null> {
  const scope = reviewScope(actor);
  if (!scope) return null;
  const where: Prisma.RegistrationWhereInput = {
    ...(scope.all ? {} : { ugelId: scope.ugelId }),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.year ? { year: filter.year } : {}),
  };
  return { ...(await paged(db, where, page)), ugelId: scope.all ? null : scope.ugelId };
}

/** Years that have registrations in the reviewer's scope, newest first (for the year filter). */
export async function reviewYears(db: PrismaClient, actor: Actor): Promise<number[]> {
  const scope = reviewScope(actor);
  if (!scope) return [];
  const rows = await db.registration.findMany({ where: scope.all ? {} : { ugelId: scope.ugelId }, distinct: ["year"], select: { year: true }, orderBy: { year: "desc" } });
  const editions = await db.registrationEdition.findMany({ distinct: ["year"], select: { year: true } });
  return [...new Set([...rows.map((row) => row.year), ...editions.map((row) => row.year)])].sort((a, b) => b - a);
}

const DETAIL_INCLUDE = {
  school: true,
  ugel: true,
  owner: { select: { id: true, displayName: true } },
  members: { orderBy: { sortOrder: "asc" } },
  attachments: { orderBy: { id: "asc" } },
  history: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { actor: { select: { id: true, role: true } } } },
} as const satisfies Prisma.RegistrationInclude;

export type RegistrationDetail = Prisma.RegistrationGetPayload<{ include: typeof DETAIL_INCLUDE }>;

/** One registration, if this actor may see it; otherwise "not-found" (and the attempt is audited). */
export async function getRegistration(db: PrismaClient, actor: Actor, registrationId: number): Promise<RegistrationDetail> {
  const registration = Number.isSafeInteger(registrationId) && registrationId > 0 ? await db.registration.findUnique({ where: { id: registrationId }, include: DETAIL_INCLUDE }) : null;
  if (!registration || !canView(actor, registration)) {
    await auditRefusal(db, actor, registrationId, "view");
    throw new RegistrationError("not-found");
  }
  return registration;
}
