/**
 * Whose figures a report shows. A UGEL specialist sees their own UGEL only, whatever a button says; a DRE
 * specialist or an admin sees the region, or one UGEL they pick. Everyone else sees no report.
 */
import { DateTime } from "luxon";
import { LIMA_ZONE } from "../calendar/lima-time.js";
import type { Role } from "../db-types.js";
import { seesAllUgels } from "../roles.js";

export interface ReportViewer {
  role: Role | null;
  ugelId: string | null;
  isAdmin: boolean;
}

/** null: the whole region. */
export type ReportScope = { ugelId: string | null };

/** The scope this viewer gets when asking for `wanted` ("all" or a UGEL id); null when they may see no report. */
export function reportScope(viewer: ReportViewer, wanted: string | null = null): ReportScope | null {
  if (viewer.isAdmin || seesAllUgels(viewer.role)) return { ugelId: wanted && wanted !== "all" ? wanted : null };
  if (viewer.role === "especialista_ugel" && viewer.ugelId) return { ugelId: viewer.ugelId };
  return null;
}

export function mayReadReports(viewer: ReportViewer): boolean {
  return reportScope(viewer) !== null;
}

/** The school year in Peru is the calendar year (March to December), in Lima. */
export function currentSchoolYear(now: Date): number {
  return DateTime.fromJSDate(now, { zone: LIMA_ZONE }).year;
}

/** [1 January 00:00 Lima of `year`, the same of the next year), as instants. */
export function limaYearBounds(year: number): { start: Date; end: Date } {
  const start = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: LIMA_ZONE });
  return { start: start.toJSDate(), end: start.plus({ years: 1 }).toJSDate() };
}

/** Edition years a report may ask for (a typo or a forged button must not reach SQL as anything else). */
export function isReportYear(year: number): boolean {
  return Number.isInteger(year) && year >= 2000 && year <= 2100;
}
