/**
 * Modal input values ↔ form answers. Each field is one input block (`f.<key>`, or `f.<list>.<n>.<key>` for a
 * team member's field) whose element has action_id "v". Reading gives the raw answer the engine would get
 * from a chat (text, number, option value, list of values, files); the same rules then validate it.
 */
import type { IncomingFile } from "../../../core/types.js";
import type { ChoiceOption, FieldDef } from "../../../forms/types.js";

export const VALUE_ACTION = "v";

export function fieldBlockId(key: string): string {
  return `f.${key}`;
}

export function itemBlockId(listKey: string, index: number, key: string): string {
  return `f.${listKey}.${index}.${key}`;
}

/** `view.state.values`: block id → action id → the element's state. */
export type StateValues = Record<string, Record<string, SlackElementState | undefined> | undefined>;

export interface SlackElementState {
  type?: string;
  value?: string | null;
  selected_date?: string | null;
  selected_option?: { value?: string } | null;
  selected_options?: Array<{ value?: string }> | null;
  files?: Array<{ id?: string; name?: string; title?: string; mimetype?: string; size?: number }> | null;
}

/** Option values longer than Slack allows (150) travel as their position. */
export function optionValue(option: ChoiceOption, index: number): string {
  return option.value.length <= 150 ? option.value : `#${index}`;
}

function optionFrom(selected: string | undefined, options: ChoiceOption[]): string | undefined {
  if (selected === undefined) return undefined;
  const index = options.findIndex((option, position) => optionValue(option, position) === selected);
  return index >= 0 ? (options[index] as ChoiceOption).value : undefined;
}

function parseNumber(text: string): number | string {
  const normalized = text.trim().replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : text.trim();
}

export function filesFrom(state: SlackElementState | undefined): IncomingFile[] {
  return (state?.files ?? []).flatMap((file) =>
    file.id ? [{ fileRef: file.id, fileName: file.name ?? file.title ?? file.id, mimeType: file.mimetype ?? "application/octet-stream", sizeBytes: file.size ?? 0 }] : [],
  );
}

/**
 * The raw answer in one input (undefined when empty). Dates come as "YYYY-MM-DD" from the date picker;
 * files as IncomingFile[].
 */
export function readRaw(field: FieldDef, state: SlackElementState | undefined, options: ChoiceOption[] = []): unknown {
  if (!state) return undefined;
  switch (field.kind) {
    case "choice":
      return optionFrom(state.selected_option?.value, options);
    case "multiChoice": {
      const chosen = new Set((state.selected_options ?? []).map((option) => optionFrom(option.value, options)).filter((value) => value !== undefined));
      const ordered = options.map((option) => option.value).filter((value) => chosen.has(value));
      return ordered.length > 0 ? ordered : undefined;
    }
    case "date":
      return state.selected_date ?? (state.value?.trim() || undefined);
    case "number":
      return state.value?.trim() ? parseNumber(state.value) : undefined;
    case "files": {
      const files = filesFrom(state);
      return files.length > 0 ? files : undefined;
    }
    default: {
      const text = state.value?.trim();
      return text ? text : undefined;
    }
  }
}

/** A stored date answer as the date picker's "YYYY-MM-DD", when it reads as one. */
export function isoDateOf(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const peruvian = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim());
  if (peruvian) return `${peruvian[3]}-${(peruvian[2] as string).padStart(2, "0")}-${(peruvian[1] as string).padStart(2, "0")}`;
  return undefined;
}

/** The ways a picked date can be written for a field's schema: as picked, then the Peruvian way. */
export function dateCandidates(iso: string): string[] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? [iso, `${match[3]}/${match[2]}/${match[1]}`] : [iso];
}
