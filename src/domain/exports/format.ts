/** Cell values the Peruvian way: dates and times in Lima ("05/03/2026 14:30"), choices written as words. */
const limaDateTime = new Intl.DateTimeFormat("es-PE", {
  timeZone: "America/Lima",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
const limaDate = new Intl.DateTimeFormat("es-PE", { timeZone: "America/Lima", day: "2-digit", month: "2-digit", year: "numeric" });

export function limaDateTimeText(value: Date | string | null | undefined): string {
  if (value === null || value === undefined) return "";
  const instant = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(instant.getTime())) return "";
  return limaDateTime.format(instant).replace(",", "");
}

export function limaDateText(value: Date | string | null | undefined): string {
  if (value === null || value === undefined) return "";
  const instant = value instanceof Date ? value : new Date(value);
  return Number.isNaN(instant.getTime()) ? "" : limaDate.format(instant);
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
