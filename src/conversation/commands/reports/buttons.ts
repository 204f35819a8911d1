/**
 * Button data of /reporte, under the "rep" prefix: rep:<section>:<year>:<all|ugelId>. The scope in the data is
 * only a wish: a UGEL specialist gets their own UGEL whatever it says (domain/reports/scope.ts).
 * Export buttons (exp:reg:<year>:<all|ugelId>, exp:ata:…) belong to the exports feature.
 */
import { isReportYear } from "../../../domain/reports/scope.js";

export const SECTIONS = ["s", "r", "a", "p", "c"] as const;
export type Section = (typeof SECTIONS)[number];

export interface ReportButton {
  section: Section;
  year: number;
  /** "all" or a UGEL id. */
  scope: string;
}

export function reportButton(section: Section, year: number, ugelId: string | null): string {
  return `rep:${section}:${year}:${ugelId ?? "all"}`;
}

export function exportButton(what: "reg" | "ata", year: number, ugelId: string | null): string {
  return `exp:${what}:${year}:${ugelId ?? "all"}`;
}

export function parseReportButton(data: string): ReportButton | null {
  const [prefix, section, rawYear, scope] = data.split(":");
  if (prefix !== "rep" || !(SECTIONS as readonly string[]).includes(section ?? "")) return null;
  const year = Number(rawYear);
  if (!/^\d{4}$/.test(rawYear ?? "") || !isReportYear(year)) return null;
  if (scope !== "all" && !/^\d{6}$/.test(scope ?? "")) return null;
  return { section: section as Section, year, scope: scope as string };
}
