/**
 * A report: the figures of an edition year and the year before, for a scope (a UGEL or the region), as the
 * database counted them (queries.ts). This file only files the grouped rows under their names.
 */
import type { AtaMilestone } from "../../generated/prisma/enums.js";
import type { Db } from "../db-types.js";
import { REGISTRATION_KINDS, REGISTRATION_STATUSES, type RegistrationKind, type RegistrationStatus } from "../registrations/kinds.js";
import { ataAudience, ataGroups, deliveryFigures, peopleGroups, REG_SET, registrationGroups, type AtaAudienceRow, type AtaGroupRow } from "./queries.js";
import type { ReportScope } from "./scope.js";

export const MILESTONES = ["inicio", "proceso", "cierre"] as const satisfies readonly AtaMilestone[];
export const REPORT_ROLES = ["docente", "director", "especialista_ugel", "especialista_dre", "admin"] as const;

export type StatusCounts = Record<RegistrationStatus, number>;

export interface UgelRegistrations {
  ugelId: string;
  total: number;
  schools: number;
  byStatus: StatusCounts;
}

export interface RegistrationFigures {
  total: number;
  /** Schools with at least one registration. */
  schools: number;
  byKind: Record<RegistrationKind, number>;
  byStatus: StatusCounts;
  byKindStatus: Record<RegistrationKind, StatusCounts>;
  byUgel: UgelRegistrations[];
  byCategory: Array<{ kind: RegistrationKind; category: string | null; count: number }>;
  byLevel: Array<{ level: string | null; count: number }>;
}

export interface AtaFigures {
  targeted: number;
  delivered: number;
  confirmed: number;
  attending: number;
  /** People on the bot in the milestone's audience. */
  audience: number;
  /** delivered ÷ audience, 0..1; null when nobody is in the audience. */
  coverage: number | null;
}

export interface MilestoneFigures {
  milestone: AtaMilestone;
  total: AtaFigures;
  perUgel: Array<AtaFigures & { ugelId: string }>;
}

export interface DeliveryFigures {
  remindersSent: number;
  remindersFailed: number;
  failed: number;
  unreachable: number;
}

export interface YearFigures {
  year: number;
  registrations: RegistrationFigures;
  ata: MilestoneFigures[];
  deliveries: DeliveryFigures;
  /** Anything at all was counted this year. */
  hasData: boolean;
}

export interface PeopleFigures {
  total: number;
  byRole: Record<string, number>;
  byUgel: Array<{ ugelId: string; total: number; byRole: Record<string, number> }>;
}

export interface UgelInfo {
  id: string;
  name: string;
  shortName: string;
}

export interface Report {
  scope: ReportScope;
  year: number;
  current: YearFigures;
  /** The year before, when it has any figure. */
  previous: YearFigures | null;
  people: PeopleFigures;
  /** The UGELs the report is about, in code order (the DRE's own row left out). */
  ugels: UgelInfo[];
  takenAt: Date;
}

function statusCounts(): StatusCounts {
  return Object.fromEntries(REGISTRATION_STATUSES.map((status) => [status, 0])) as StatusCounts;
}

function emptyRegistrations(): RegistrationFigures {
  return {
    total: 0,
    schools: 0,
    byKind: { buena_practica: 0, proyecto_innovacion: 0 },
    byStatus: statusCounts(),
    byKindStatus: { buena_practica: statusCounts(), proyecto_innovacion: statusCounts() },
    byUgel: [],
    byCategory: [],
    byLevel: [],
  };
}

function ataFigures(row: AtaGroupRow | undefined, audience: AtaAudienceRow | undefined): AtaFigures {
  const figures = {
    targeted: row?.targeted ?? 0,
    delivered: row?.delivered ?? 0,
    confirmed: row?.confirmed ?? 0,
    attending: row?.attending ?? 0,
    audience: audience?.audience ?? 0,
  };
  return { ...figures, coverage: figures.audience > 0 ? figures.delivered / figures.audience : null };
}

function isStatus(value: string | null): value is RegistrationStatus {
  return value !== null && (REGISTRATION_STATUSES as readonly string[]).includes(value);
}

function isKind(value: string | null): value is RegistrationKind {
  return value !== null && (REGISTRATION_KINDS as readonly string[]).includes(value);
}

async function yearFigures(db: Db, year: number, scope: ReportScope, ugels: UgelInfo[]): Promise<Map<number, YearFigures>> {
  const [registrationRows, ataRows, audienceRows, deliveryRows] = await Promise.all([
    registrationGroups(db, year, scope.ugelId),
    ataGroups(db, year, scope.ugelId),
    ataAudience(db, year, scope.ugelId),
    deliveryFigures(db, year, scope.ugelId),
  ]);
  const out = new Map<number, YearFigures>();
  for (const y of [year, year - 1]) {
    const registrations = emptyRegistrations();
    const byUgel = new Map<string, UgelRegistrations>(ugels.map((ugel) => [ugel.id, { ugelId: ugel.id, total: 0, schools: 0, byStatus: statusCounts() }]));
    const ugelRow = (ugelId: string) => {
      let found = byUgel.get(ugelId);
      if (!found) byUgel.set(ugelId, (found = { ugelId, total: 0, schools: 0, byStatus: statusCounts() }));
      return found;
    };
    for (const row of registrationRows.filter((candidate) => candidate.year === y)) {
      if (row.g === REG_SET.year) Object.assign(registrations, { total: row.count, schools: row.schools });
      else if (row.g === REG_SET.kind && isKind(row.kind)) registrations.byKind[row.kind] = row.count;
      else if (row.g === REG_SET.status && isStatus(row.status)) registrations.byStatus[row.status] = row.count;
      else if (row.g === REG_SET.kindStatus && isKind(row.kind) && isStatus(row.status)) registrations.byKindStatus[row.kind][row.status] = row.count;
      else if (row.g === REG_SET.ugel && row.ugelId) Object.assign(ugelRow(row.ugelId), { total: row.count, schools: row.schools });
      else if (row.g === REG_SET.ugelStatus && row.ugelId && isStatus(row.status)) ugelRow(row.ugelId).byStatus[row.status] = row.count;
      else if (row.g === REG_SET.kindCategory && isKind(row.kind)) registrations.byCategory.push({ kind: row.kind, category: row.category, count: row.count });
      else if (row.g === REG_SET.level) registrations.byLevel.push({ level: row.level, count: row.count });
    }
    registrations.byUgel = [...byUgel.values()].filter((entry) => scope.ugelId === null || entry.ugelId === scope.ugelId);
    registrations.byCategory.sort((a, b) => a.kind.localeCompare(b.kind) || b.count - a.count || (a.category ?? "").localeCompare(b.category ?? ""));
    registrations.byLevel.sort((a, b) => b.count - a.count || (a.level ?? "").localeCompare(b.level ?? ""));

    const ataOfYear = ataRows.filter((row) => row.year === y);
    const audienceOfYear = audienceRows.filter((row) => row.year === y);
    const present = (milestone: string) => ataOfYear.some((row) => row.milestone === milestone) || audienceOfYear.some((row) => row.milestone === milestone);
    const ata: MilestoneFigures[] = MILESTONES.filter(present).map((milestone) => {
      const rows = ataOfYear.filter((row) => row.milestone === milestone);
      const audiences = audienceOfYear.filter((row) => row.milestone === milestone);
      const cell = (ugelId: string | null) => {
        const match = (row: { g: number; ugelId: string | null }) => (ugelId === null ? row.g === 1 : row.g === 0 && row.ugelId === ugelId);
        return ataFigures(rows.find(match), audiences.find(match));
      };
      return { milestone, total: cell(null), perUgel: registrations.byUgel.map((entry) => ({ ugelId: entry.ugelId, ...cell(entry.ugelId) })) };
    });
    const deliveryRow = deliveryRows.find((row) => row.year === y);
    const deliveries: DeliveryFigures = {
      remindersSent: deliveryRow?.remindersSent ?? 0,
      remindersFailed: deliveryRow?.remindersFailed ?? 0,
      failed: deliveryRow?.failed ?? 0,
      unreachable: deliveryRow?.unreachable ?? 0,
    };
    const hasData = registrations.total > 0 || ata.length > 0 || Object.values(deliveries).some((count) => count > 0);
    out.set(y, { year: y, registrations, ata, deliveries, hasData });
  }
  return out;
}

async function peopleFigures(db: Db, scope: ReportScope, ugels: UgelInfo[]): Promise<PeopleFigures> {
  const rows = await peopleGroups(db, scope.ugelId);
  const byUgel = new Map(ugels.map((ugel) => [ugel.id, { ugelId: ugel.id, total: 0, byRole: {} as Record<string, number> }]));
  const people: PeopleFigures = { total: 0, byRole: {}, byUgel: [] };
  for (const row of rows) {
    if (row.g === 3) people.total = row.count;
    else if (row.g === 1 && row.role) people.byRole[row.role] = row.count;
    else if (row.g === 2 && row.ugelId && byUgel.has(row.ugelId)) (byUgel.get(row.ugelId) as { total: number }).total = row.count;
    else if (row.g === 0 && row.role && row.ugelId && byUgel.has(row.ugelId)) (byUgel.get(row.ugelId) as { byRole: Record<string, number> }).byRole[row.role] = row.count;
  }
  people.byUgel = [...byUgel.values()];
  return people;
}

/** The UGELs of a scope: one, or the region's four (not the DRE's own row). */
export async function scopeUgels(db: Db, scope: ReportScope): Promise<UgelInfo[]> {
  return db.ugel.findMany({
    where: scope.ugelId === null ? { isDre: false } : { id: scope.ugelId },
    orderBy: { id: "asc" },
    select: { id: true, name: true, shortName: true },
  });
}

export async function buildReport(db: Db, scope: ReportScope, year: number, now: Date): Promise<Report> {
  const ugels = await scopeUgels(db, scope);
  const [years, people] = await Promise.all([yearFigures(db, year, scope, ugels), peopleFigures(db, scope, ugels)]);
  const previous = years.get(year - 1);
  return {
    scope,
    year,
    current: years.get(year) as YearFigures,
    previous: previous?.hasData ? previous : null,
    people,
    ugels,
    takenAt: now,
  };
}
