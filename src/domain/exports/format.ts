/**
 * Cell values the Peruvian way: dates and times in Lima ("05/03/2026 14:30"), choices written as words.
 * Peru has kept UTC−5 all year since 1994, so an export writes Lima time by arithmetic: an Intl formatter per
 * cell costs more than the rest of the row on a 500,000-row export.
 */
const LIMA_OFFSET_MS = -5 * 3_600_000;

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

function limaParts(value: Date | string | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  const ms = value instanceof Date ? value.getTime() : new Date(value).getTime();
  return Number.isNaN(ms) ? null : new Date(ms + LIMA_OFFSET_MS);
}

export function limaDateTimeText(value: Date | string | null | undefined): string {
  const d = limaParts(value);
  return d ? `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : "";
}

export function limaDateText(value: Date | string | null | undefined): string {
  const d = limaParts(value);
  return d ? `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}` : "";
}

/** "polidocente_multigrado" → "polidocente multigrado"; arrays joined with ", ". */
export function wordsOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(wordsOf).filter(Boolean).join(", ");
  return String(value).replace(/_/g, " ");
}

export function textOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : wordsOf(value);
}

/** Province of each UGEL's territory (Pasco has three provinces; UGEL Puerto Bermúdez lies in Oxapampa). */
const PROVINCE_BY_UGEL: Record<string, string> = {
  "190001": "Pasco",
  "190002": "Daniel Alcides Carrión",
  "190003": "Oxapampa",
  "190006": "Oxapampa",
};

export const REGION_NAME = "Pasco";
export const DRE_NAME = "DRE Pasco";

export function provinceOf(ugelId: string): string {
  return PROVINCE_BY_UGEL[ugelId] ?? "";
}
