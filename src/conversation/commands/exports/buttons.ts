/**
 * Button data of exports, under the "exp" prefix (the /reporte screen draws the same buttons):
 *   exp:reg:<year>:<ugelCode|all>[:csv]   registrations of that year and UGEL (or the region)
 *   exp:ata:<year>:<ugelCode|all>[:csv]   ATA deliveries and confirmations
 *   exp:y:<year>                          the export menu for another year
 * The UGEL in the data is only a wish: a UGEL specialist always gets their own UGEL (see domain/exports/scope).
 */
import { MAX_BUTTON_DATA_BYTES } from "../../../core/types.js";
import type { ExportKind } from "../../../domain/exports/run-export.js";
import { ALL_UGELS } from "../../../domain/exports/scope.js";
import type { ExportFormat } from "../../../domain/exports/table-writer.js";

export type ExportButton = { verb: "run"; kind: ExportKind; year: number; ugel: string; format: ExportFormat } | { verb: "menu"; year: number };

const KIND_SHORT: Record<ExportKind, string> = { registrations: "reg", ata: "ata" };
const YEAR = /^20\d{2}$/;
const UGEL = /^\d{6}$/;

function checked(data: string): string {
  if (Buffer.byteLength(data) > MAX_BUTTON_DATA_BYTES) throw new Error(`button data too long: ${data}`);
  return data;
}

export function exportButton(kind: ExportKind, year: number, ugel: string | null, format: ExportFormat = "xlsx"): string {
  return checked(`exp:${KIND_SHORT[kind]}:${year}:${ugel ?? ALL_UGELS}${format === "csv" ? ":csv" : ""}`);
}

export const exportMenuButton = (year: number) => checked(`exp:y:${year}`);

/** Parses button data; undefined for anything malformed (never throws). */
export function parseExportButton(data: string): ExportButton | undefined {
  const [prefix, verb, year, ugel, format, ...extra] = data.split(":");
  if (prefix !== "exp" || extra.length > 0 || !year || !YEAR.test(year)) return undefined;
  if (verb === "y") return ugel === undefined ? { verb: "menu", year: Number(year) } : undefined;
  const kind = (Object.keys(KIND_SHORT) as ExportKind[]).find((candidate) => KIND_SHORT[candidate] === verb);
  if (!kind || !ugel || (ugel !== ALL_UGELS && !UGEL.test(ugel))) return undefined;
  if (format !== undefined && format !== "csv") return undefined;
  return { verb: "run", kind, year: Number(year), ugel, format: format === "csv" ? "csv" : "xlsx" };
}
