/** How answers read back to a person (summary, "valor actual"), and small text helpers for rules. */
import type { IncomingFile } from "../core/types.js";
import type { Answers, ChoiceOption, FieldDef, FormEnv } from "./types.js";

export function countWords(text: string): number {
  const words = text.trim().split(/\s+/u).filter(Boolean);
  return words.length;
}

export function normalizeForMatch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function formatAnswer(field: FieldDef, value: unknown, env: FormEnv, answers: Answers = {}): string {
  if (field.format) return field.format(value, env, answers);
  if (value === undefined || value === null) return "—";
  if (field.kind === "files" && Array.isArray(value)) return (value as IncomingFile[]).map((file) => file.fileName).join(", ");
  if (Array.isArray(value)) return value.map((item) => translateValue(field, String(item), env)).join(", ");
  if (field.kind === "choice") return translateValue(field, String(value), env);
  if (field.kind === "longText") return truncate(String(value), 120);
  return String(value);
}

function translateValue(field: FieldDef, value: string, env: FormEnv): string {
  const id = optionLabelKey(field.key, value);
  const text = env.t(id);
  return text === id ? value : text;
}

/** Fluent id of a fixed option's label: `option-<field>-<value>`. */
export function optionLabelKey(fieldKey: string, value: string): string {
  return `option-${fieldKey}-${value}`;
}

/** Options whose labels live in the locale files under `option-<field>-<value>`. */
export function fixedOptions(fieldKey: string, values: readonly string[]): ChoiceOption[] {
  return values.map((value) => ({ value, labelKey: optionLabelKey(fieldKey, value) }));
}
