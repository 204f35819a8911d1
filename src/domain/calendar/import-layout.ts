/**
 * The import file layout (documented for DRE specialists in IMPORT-LAYOUT.md): one row per stage, contest
 * columns repeated on each row, lists separated by "|", dates as YYYY-MM-DD or DD/MM/YYYY. This module
 * knows the columns, the accepted spellings of levels, areas and stage kinds, and validates one row with zod,
 * reporting each problem as a reason code plus parameters (rendered by calendar-import-error-* messages).
 */
import { z } from "zod";
import { isRealIsoDate, type ContestArea, type Level, type StageKind } from "./types.js";
import { AREA_EXAMPLES, areaFromText } from "./areas.js";
import { normalizeText, slugify } from "./normalize.js";

export const COLUMNS = [
  "concurso",
  "anio",
  "nombre",
  "nombre_corto",
  "alias",
  "organizador",
  "area",
  "niveles",
  "grados",
  "categorias",
  "etapa",
  "etapa_nombre",
  "inscripcion_inicio",
  "inscripcion_cierre",
  "fecha_inicio",
  "fecha_fin",
  "lugar",
  "bases_url",
  "notas",
] as const;
/** Optional column: "si" marks the contest as sample data. */
export const OPTIONAL_COLUMNS = ["ejemplo"] as const;
export type Column = (typeof COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly Column[] = ["concurso", "anio", "etapa"];

const HEADER_SYNONYMS: Record<string, Column> = { ano: "anio", year: "anio", alias_es: "alias", aliases: "alias" };

/** Header cell → column ("Año" → "anio", "Inscripción cierre" → "inscripcion_cierre"); undefined if unknown. */
export function headerColumn(header: string): Column | undefined {
  const key = normalizeText(header).replace(/ /g, "_");
  if ((COLUMNS as readonly string[]).includes(key) || (OPTIONAL_COLUMNS as readonly string[]).includes(key)) return key as Column;
  return HEADER_SYNONYMS[key];
}

const LEVEL_SPELLINGS: Record<string, Level> = {
  inicial: "inicial",
  primaria: "primaria",
  secundaria: "secundaria",
  eba: "eba",
  ceba: "eba",
  basica_alternativa: "eba",
  ebe: "ebe",
  cebe: "ebe",
  basica_especial: "ebe",
};
const STAGE_SPELLINGS: Record<string, StageKind> = {
  inscripcion: "inscripcion",
  ie: "ie",
  i_e: "ie",
  iiee: "ie",
  institucional: "ie",
  ugel: "ugel",
  regional: "regional",
  dre: "regional",
  macroregional: "macroregional",
  macrorregional: "macroregional",
  nacional: "nacional",
  resultados: "resultados",
  premiacion: "resultados",
  otro: "otro",
};

export const ALLOWED_LEVELS = "inicial, primaria, secundaria, eba, ebe";
export const ALLOWED_AREAS = AREA_EXAMPLES;
export const ALLOWED_STAGES = "inscripcion, ie, ugel, regional, macroregional, nacional, resultados, otro";

/** Default stage names when etapa_nombre is empty (data, in Spanish like the rest of the file). */
export const DEFAULT_STAGE_NAMES: Record<StageKind, string> = {
  inscripcion: "Inscripción",
  ie: "Etapa IE",
  ugel: "Etapa UGEL",
  regional: "Etapa regional",
  macroregional: "Etapa macrorregional",
  nacional: "Etapa nacional",
  resultados: "Resultados",
  otro: "Otra etapa",
};

function spellingKey(value: string): string {
  return normalizeText(value).replace(/ /g, "_");
}

export function splitList(value: string): string[] {
  return value
    .split("|")
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

function pad2(value: string): string {
  return value.padStart(2, "0");
}

/**
 * "2027-06-12", "12/06/2027", "12-06-2027", optionally followed by a time "09:00" (or "9:00", or with "T").
 * Returns "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm", or undefined when the text is not a real date.
 */
export function parseDateText(text: string, allowTime: boolean): string | undefined {
  const match = /^(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})[/-](\d{1,2})[/-](\d{4}))(?:[ T](\d{1,2}):(\d{2})(?::\d{2})?)?$/.exec(text.trim());
  if (match === null) return undefined;
  const [, y1, m1, d1, d2, m2, y2, hh, mm] = match;
  const day = `${y1 ?? y2}-${pad2(m1 ?? m2 ?? "")}-${pad2(d1 ?? d2 ?? "")}`;
  if (!isRealIsoDate(day)) return undefined;
  if (hh === undefined || mm === undefined) return day;
  if (!allowTime || Number(hh) > 23 || Number(mm) > 59) return undefined;
  // Midnight from a spreadsheet date cell means "no time".
  if (Number(hh) === 0 && Number(mm) === 0) return day;
  return `${day}T${pad2(hh)}:${mm}`;
}

export type ImportErrorCode =
  | "missing-column"
  | "missing-contest"
  | "missing-name"
  | "missing-organizer"
  | "missing-area"
  | "invalid-year"
  | "malformed-date"
  | "unknown-level"
  | "unknown-area"
  | "unknown-stage"
  | "missing-stage"
  | "closing-before-opening"
  | "end-before-start"
  | "invalid-url"
  | "conflicting-value"
  | "duplicate-stage"
  | "empty-file"
  | "unreadable-file"
  | "unbalanced-quote"
  | "kept-stored-stage";

type Parsed<T> = { value: T } | { code: ImportErrorCode; params?: Record<string, string | number> };

/** A zod string field whose failures carry a reason code and parameters. */
function field<T>(parse: (text: string) => Parsed<T>) {
  return z.string().transform((raw, ctx): T => {
    const result = parse(raw.trim());
    if ("code" in result) {
      ctx.addIssue({ code: "custom", message: result.code, params: result.params ?? {} });
      return z.NEVER;
    }
    return result.value;
  });
}

const optionalText = field<string | undefined>((t) => ({ value: t === "" ? undefined : t }));
const listText = field<string[]>((t) => ({ value: splitList(t) }));

function dateField(allowTime: boolean) {
  return field<string | undefined>((t) => {
    if (t === "") return { value: undefined };
    const value = parseDateText(t, allowTime);
    return value === undefined ? { code: "malformed-date", params: { value: t } } : { value };
  });
}

function dayPart(value: string): string {
  return value.slice(0, 10);
}

/** True when `b` is strictly earlier than `a` (days first; times only when both have one). */
function isBefore(b: string, a: string): boolean {
  if (dayPart(b) !== dayPart(a)) return dayPart(b) < dayPart(a);
  return b.length > 10 && a.length > 10 && b < a;
}

export const rowSchema = z
  .object({
    concurso: field<string>((t) => (slugify(t) === "" ? { code: "missing-contest" } : { value: slugify(t) })),
    anio: field<number>((t) => {
      const year = Number(t);
      return /^\d{4}$/.test(t) && year >= 2000 && year <= 2100 ? { value: year } : { code: "invalid-year", params: { value: t } };
    }),
    nombre: optionalText,
    nombre_corto: optionalText,
    alias: listText,
    organizador: optionalText,
    // An area the list does not know is left empty here; import-rows keeps the row, warns, and saves "otro".
    area: field<ContestArea | undefined>((t) => ({ value: t === "" ? undefined : areaFromText(t) })),
    niveles: field<Level[]>((t) => {
      const levels: Level[] = [];
      for (const item of splitList(t)) {
        const level = LEVEL_SPELLINGS[spellingKey(item)];
        if (level === undefined) return { code: "unknown-level", params: { value: item, allowed: ALLOWED_LEVELS } };
        if (!levels.includes(level)) levels.push(level);
      }
      return { value: levels };
    }),
    grados: optionalText,
    categorias: listText,
    etapa: field<StageKind>((t) => {
      if (t === "") return { code: "missing-stage" };
      const kind = STAGE_SPELLINGS[spellingKey(t)];
      return kind === undefined ? { code: "unknown-stage", params: { value: t, allowed: ALLOWED_STAGES } } : { value: kind };
    }),
    etapa_nombre: optionalText,
    inscripcion_inicio: dateField(false),
    inscripcion_cierre: dateField(false),
    fecha_inicio: dateField(true),
    fecha_fin: dateField(true),
    lugar: optionalText,
    bases_url: field<string | undefined>((t) => {
      if (t === "") return { value: undefined };
      return /^https?:\/\/\S+$/i.test(t) ? { value: t } : { code: "invalid-url", params: { value: t } };
    }),
    notas: optionalText,
    ejemplo: field<boolean>((t) => ({ value: ["si", "yes", "x", "1", "true", "verdadero"].includes(normalizeText(t)) })),
  })
  .superRefine((row, ctx) => {
    const { inscripcion_inicio: opens, inscripcion_cierre: closes, fecha_inicio: start, fecha_fin: end } = row;
    if (opens !== undefined && closes !== undefined && isBefore(closes, opens)) {
      ctx.addIssue({ code: "custom", path: ["inscripcion_cierre"], message: "closing-before-opening", params: { opens, closes } });
    }
    if (start !== undefined && end !== undefined && isBefore(end, start)) {
      ctx.addIssue({ code: "custom", path: ["fecha_fin"], message: "end-before-start", params: { start, end } });
    }
  });

export type ImportRow = z.infer<typeof rowSchema>;
export type RawRow = Record<Column, string>;
