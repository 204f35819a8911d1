/**
 * Contest calendar data shapes. The Prisma models mirror them; the zod schemas are the single source and the
 * TypeScript types are inferred from them.
 */
import { z } from "zod";

export const LEVELS = ["inicial", "primaria", "secundaria", "eba", "ebe"] as const;
export const STAGE_KINDS = [
  "inscripcion",
  "ie",
  "ugel",
  "regional",
  "macroregional",
  "nacional",
  "resultados",
  "otro",
] as const;
export const CONTEST_AREAS = [
  "ciencia",
  "arte",
  "deporte",
  "matematica",
  "emprendimiento",
  "innovacion",
  "buenas_practicas",
  "lectura",
  "civica",
  "comunicacion",
  "personal_social",
  "ingles",
  "religion",
  "otro",
] as const;

export const levelSchema = z.enum(LEVELS);
export const stageKindSchema = z.enum(STAGE_KINDS);
export const contestAreaSchema = z.enum(CONTEST_AREAS);

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const isoDateTimePattern = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;

/** True when `value` is a real calendar date written as YYYY-MM-DD (rejects 2027-02-30). */
export function isRealIsoDate(value: string): boolean {
  if (!isoDatePattern.test(value.slice(0, 10))) return false;
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function isRealTime(value: string): boolean {
  if (value.length === 10) return true;
  const hh = Number(value.slice(11, 13));
  const mm = Number(value.slice(14, 16));
  return hh < 24 && mm < 60;
}

/** A Lima calendar day, "YYYY-MM-DD". */
export const isoDateSchema = z
  .string()
  .regex(isoDatePattern)
  .refine(isRealIsoDate, { message: "invalid calendar date" });

/** A Lima calendar day with an optional Lima wall-clock time: "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm". */
export const isoDateTimeSchema = z
  .string()
  .regex(isoDateTimePattern)
  .refine((v) => isRealIsoDate(v) && isRealTime(v), { message: "invalid date or time" });

export const stageSchema = z.object({
  kind: stageKindSchema,
  name: z.string().min(1),
  order: z.number().int(),
  registrationOpens: isoDateSchema.optional(),
  registrationCloses: isoDateSchema.optional(),
  eventStart: isoDateTimeSchema.optional(),
  eventEnd: isoDateTimeSchema.optional(),
  place: z.string().optional(),
  /** How many times an import changed this stage's dates (stored only): the .ics SEQUENCE. Absent = 0. */
  revision: z.number().int().min(0).optional(),
});

export const contestSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  year: z.number().int().min(2000).max(2100),
  name: z.string().min(1),
  shortName: z.string().min(1).optional(),
  aliases: z.array(z.string()),
  organizer: z.string(),
  area: contestAreaSchema,
  levels: z.array(levelSchema),
  grades: z.string().optional(),
  categories: z.array(z.string()),
  basesUrl: z.string().optional(),
  notes: z.string().optional(),
  isSample: z.boolean(),
  stages: z.array(stageSchema),
});

export type Level = z.infer<typeof levelSchema>;
export type StageKind = z.infer<typeof stageKindSchema>;
export type ContestArea = z.infer<typeof contestAreaSchema>;
export type StageData = z.infer<typeof stageSchema>;
export type ContestData = z.infer<typeof contestSchema>;

/** "YYYY-MM-DD" (a Lima day). Plain string alias to keep call sites readable. */
export type IsoDate = string;
