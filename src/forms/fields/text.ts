/** Titles and long texts: a title of a practice or project, and sections limited in words or characters. */
import { z } from "zod";
import type { FieldDef } from "../types.js";

export const TITLE_MIN = 10;
export const TITLE_MAX = 200;

export const titleSchema = z
  .string()
  .trim()
  .transform((value) => value.replace(/\s+/g, " "))
  .pipe(z.string().min(TITLE_MIN, "reg-error-title").max(TITLE_MAX, "reg-error-title").regex(/\p{L}.*\p{L}.*\p{L}/u, "reg-error-title"));

export function titleField(promptKey: string, labelKey: string, derive?: FieldDef["derive"]): FieldDef {
  return { key: "title", kind: "text", promptKey, labelKey, schema: titleSchema, ...(derive ? { derive } : {}) };
}

/** A section of at most `maxWords` words (counted and shown as it grows; several messages allowed). */
export function wordsField(key: string, promptKey: string, labelKey: string, maxWords: number): FieldDef {
  return { key, kind: "longText", promptKey, labelKey, maxWords };
}

/** A section of at most `maxChars` characters (counted and shown as it grows; several messages allowed). */
export function charsField(key: string, promptKey: string, labelKey: string, maxChars: number): FieldDef {
  return { key, kind: "longText", promptKey, labelKey, maxChars };
}
