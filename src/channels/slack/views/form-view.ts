/**
 * Form pages and summaries as Slack modals. Every field becomes an input block with its label, its question
 * as a hint (or above it when long), and the element that fits its kind: text inputs (multiline for long
 * texts, with Slack's 3,000-character cap), number input, date picker, radio buttons or a select, checkboxes
 * or a multi-select, a file input. A list of team members shows one group of inputs per member, with buttons
 * to add or remove one.
 */
import type { types } from "@slack/bolt";
import { formatAnswer } from "../../../forms/format.js";
import { applicableFields, isEmpty } from "../../../forms/engine.js";
import type { Answers, ChoiceOption, FieldDef, FormDef, FormEnv } from "../../../forms/types.js";
import type { IncomingFile } from "../../../core/types.js";
import { actions, button, clip, context, LIMITS, plain, sections, type Block } from "../blocks.js";
import { ACTION } from "../render.js";
import type { PlannedField } from "./form-pages.js";
import { fieldBlockId, isoDateOf, itemBlockId, optionValue, VALUE_ACTION } from "./form-values.js";

export const FORM_CALLBACK = "pe:form";
export const MODAL_ACTION = {
  addItem: `${ACTION.modal}add`,
  removeItem: `${ACTION.modal}rm`,
  edit: `${ACTION.modal}edit`,
} as const;

/** What a modal remembers about itself (private_metadata). */
export interface FormViewMeta {
  /** Form id. */
  f: string;
  /** Page ("p") or summary ("s"). */
  s: "p" | "s";
  /** Field keys on the page. */
  k: string[];
  /** Depth in Slack's stack of views (1 = opened, up to 3 pushed). */
  d: number;
  /** Changing one answer from the summary. */
  e?: 1;
  /** Groups shown per list field. */
  n?: Record<string, number>;
}

export function parseMeta(text: string | undefined): FormViewMeta | null {
  try {
    const meta = JSON.parse(text ?? "") as Partial<FormViewMeta>;
    if (typeof meta.f !== "string" || (meta.s !== "p" && meta.s !== "s") || !Array.isArray(meta.k) || typeof meta.d !== "number") return null;
    return { f: meta.f, s: meta.s, k: meta.k.filter((key): key is string => typeof key === "string"), d: meta.d, ...(meta.e ? { e: 1 as const } : {}), ...(meta.n ? { n: meta.n } : {}) };
  } catch {
    return null;
  }
}

function title(text: string): types.PlainTextElement {
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return plain(capital, LIMITS.viewTitle);
}

function modal(env: FormEnv, form: FormDef, meta: FormViewMeta, blocks: Block[], submit: string): types.ModalView {
  return {
    type: "modal",
    callback_id: FORM_CALLBACK,
    title: title(env.t(form.titleKey)),
    submit: plain(submit, LIMITS.viewButton),
    close: plain(env.t("slack-form-close"), LIMITS.viewButton),
    notify_on_close: true,
    private_metadata: JSON.stringify(meta),
    blocks: blocks.slice(0, LIMITS.viewBlocks),
  };
}

export function infoView(titleText: string, text: string): types.ModalView {
  return { type: "modal", title: title(titleText), close: plain("OK", LIMITS.viewButton), blocks: sections(text) };
}

export function loadingView(env: Pick<FormEnv, "t">): types.ModalView {
  return { type: "modal", title: title(env.t("slack-form-loading-title")), blocks: sections(env.t("slack-form-loading")) };
}

function optionLabel(option: ChoiceOption, env: FormEnv): string {
  return option.label ?? (option.labelKey ? env.t(option.labelKey) : option.value);
}

function slackOptions(options: ChoiceOption[], env: FormEnv): types.PlainTextOption[] {
  return options.slice(0, LIMITS.selectOptions).map((option, index) => ({ text: plain(optionLabel(option, env), LIMITS.optionText), value: optionValue(option, index) }));
}

const EXTENSIONS: Record<string, string[]> = {
  "application/pdf": ["pdf"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/png": ["png"],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ["docx"],
  "application/msword": ["doc"],
  "video/mp4": ["mp4"],
  "text/csv": ["csv"],
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ["xlsx"],
};

export function describeFileTypes(mimeTypes: string[]): string {
  return [...new Set(mimeTypes.map((type) => (EXTENSIONS[type]?.[0] ?? type).toUpperCase()))].join(", ");
}

/** The input element for a field, showing `current` (a stored answer, or what the person typed). */
export function fieldElement(field: FieldDef, options: ChoiceOption[], current: unknown, env: FormEnv): types.InputBlockElement {
  const action_id = VALUE_ACTION;
  switch (field.kind) {
    case "choice": {
      const choices = slackOptions(options, env);
      const initial = choices.find((_, index) => options[index]?.value === current);
      if (choices.length <= 5 && choices.length > 0) return { type: "radio_buttons", action_id, options: choices, ...(initial ? { initial_option: initial } : {}) };
      return { type: "static_select", action_id, placeholder: plain(env.t("slack-form-choose"), 150), options: choices, ...(initial ? { initial_option: initial } : {}) };
    }
    case "multiChoice": {
      const choices = slackOptions(options, env);
      const chosen = Array.isArray(current) ? (current as unknown[]) : [];
      const initial = choices.filter((_, index) => chosen.includes(options[index]?.value));
      if (choices.length <= LIMITS.checkboxOptions && choices.length > 0) return { type: "checkboxes", action_id, options: choices, ...(initial.length ? { initial_options: initial } : {}) };
      return { type: "multi_static_select", action_id, placeholder: plain(env.t("slack-form-choose"), 150), options: choices, ...(initial.length ? { initial_options: initial } : {}) };
    }
    case "number":
      return { type: "number_input", action_id, is_decimal_allowed: true, ...(current !== undefined && current !== "" ? { initial_value: String(current) } : {}) };
    case "date": {
      const iso = isoDateOf(current);
      return { type: "datepicker", action_id, ...(iso ? { initial_date: iso } : {}) };
    }
    case "files": {
      const filetypes = field.accept ? [...new Set(field.accept.mimeTypes.flatMap((type) => EXTENSIONS[type] ?? []))] : [];
      return { type: "file_input", action_id, ...(filetypes.length ? { filetypes } : {}), max_files: Math.min(10, field.accept?.maxFiles ?? 10) };
    }
    default: {
      const max = Math.min(LIMITS.plainTextInput, field.maxChars ?? LIMITS.plainTextInput);
      const text = typeof current === "string" || typeof current === "number" ? clip(String(current), max) : undefined;
      return { type: "plain_text_input", action_id, multiline: field.kind === "longText", max_length: max, ...(text ? { initial_value: text } : {}) };
    }
  }
}

function fieldHints(field: FieldDef, current: unknown, env: FormEnv): string[] {
  const hints: string[] = [];
  if (field.kind === "longText") {
    if (field.maxWords) hints.push(env.t("slack-form-limit-words", { max: field.maxWords }));
    else if (field.maxChars) hints.push(env.t("slack-form-limit-chars", { max: Math.min(field.maxChars, LIMITS.plainTextInput) }));
  }
  if (field.kind === "files") {
    if (field.accept) hints.push(env.t("form-files-accept", { types: describeFileTypes(field.accept.mimeTypes), maxMb: Math.round(field.accept.maxBytes / 1_048_576), maxFiles: field.accept.maxFiles }));
    const kept = Array.isArray(current) ? (current as IncomingFile[]) : [];
    if (kept.length > 0) hints.push(env.t("slack-form-files-kept", { names: kept.map((file) => file.fileName).join(", ") }));
  }
  return hints;
}

/** Section with a long question, then the input with its label and hint. */
function fieldBlocks(field: FieldDef, blockId: string, options: ChoiceOption[], current: unknown, env: FormEnv, answers: Answers, required: boolean, showPrompt = true): Block[] {
  const blocks: Block[] = [];
  const prompt = showPrompt ? env.t(field.promptKey, field.promptArgs?.(answers, env)) : "";
  const hints = fieldHints(field, current, env);
  const promptInHint = prompt.length > 0 && !prompt.includes("\n") && prompt.length <= 300;
  if (prompt && !promptInHint) blocks.push(...sections(prompt));
  const hint = [promptInHint ? prompt : "", ...hints].filter(Boolean).join(" ");
  const hasKeptFiles = field.kind === "files" && Array.isArray(current) && current.length > 0;
  blocks.push({
    type: "input",
    block_id: blockId,
    label: plain(env.t(field.labelKey), LIMITS.label),
    element: fieldElement(field, options, field.kind === "files" ? undefined : current, env),
    optional: !required || hasKeptFiles,
    ...(hint ? { hint: plain(hint, LIMITS.hint) } : {}),
  });
  return blocks;
}

export interface PageViewInput {
  form: FormDef;
  env: FormEnv;
  page: PlannedField[];
  meta: FormViewMeta;
  /** Answers stored in the draft (for prompts that mention them). */
  answers: Answers;
  /** What each input shows: the stored answer, or what the person had typed (when a view is redrawn). */
  current: (blockId: string, field: FieldDef) => unknown;
  /** Groups to show per list field. */
  listCounts: Record<string, number>;
  submitLabel: string;
  /** Shown above the fields (e.g. "Falta completar: …"). */
  notice?: string;
}

export function buildPageView(input: PageViewInput): types.ModalView {
  const { form, env, page, answers } = input;
  const blocks: Block[] = [];
  if (input.notice) blocks.push(...sections(input.notice));
  for (const planned of page) {
    const field = planned.field;
    if (field.kind !== "list") {
      const blockId = fieldBlockId(field.key);
      blocks.push(...fieldBlocks(field, blockId, planned.options ?? [], input.current(blockId, field), env, answers, !field.optional));
      continue;
    }
    blocks.push(...sections(env.t(field.promptKey, field.promptArgs?.(answers, env))));
    const count = input.listCounts[field.key] ?? 1;
    const minItems = field.minItems ?? 1;
    for (let index = 0; index < count; index++) {
      blocks.push({ type: "section", text: plain(env.t("form-list-item-heading", { item: index + 1 })) });
      for (const item of field.itemFields ?? []) {
        const blockId = itemBlockId(field.key, index, item.key);
        blocks.push(...fieldBlocks(item, blockId, planned.itemOptions?.[item.key] ?? [], input.current(blockId, item), env, answers, index < minItems && !item.optional, false));
      }
    }
    const buttons: types.Button[] = [];
    if (count < (field.maxItems ?? Number.POSITIVE_INFINITY)) buttons.push(button(env.t("form-button-add-item"), MODAL_ACTION.addItem, field.key));
    if (count > Math.max(1, minItems)) buttons.push(button(env.t("slack-form-remove-last"), MODAL_ACTION.removeItem, field.key));
    if (buttons.length > 0) blocks.push(...actions(buttons, `list.${field.key}`));
  }
  blocks.push(context(env.t("slack-form-saved-hint")));
  return modal(env, form, { ...input.meta, n: input.listCounts }, blocks, input.submitLabel);
}

function summarizeItem(list: FieldDef, item: Answers, env: FormEnv): string {
  return (list.itemFields ?? [])
    .filter((field) => !isEmpty(item[field.key]))
    .slice(0, 3)
    .map((field) => formatAnswer(field, item[field.key], env))
    .join(" · ");
}

export function buildSummaryView(form: FormDef, env: FormEnv, answers: Answers, depth: number, notice?: string): types.ModalView {
  const blocks: Block[] = [];
  if (notice) blocks.push(...sections(notice));
  blocks.push(...sections(env.t("slack-form-summary-heading")));
  for (const field of applicableFields(form.fields, answers, env)) {
    const value = answers[field.key];
    const shown = isEmpty(value)
      ? env.t("form-summary-empty")
      : field.kind === "list"
        ? (value as Answers[]).map((item, index) => `${index + 1}. ${summarizeItem(field, item, env)}`).join("\n")
        : formatAnswer(field, value, env, answers);
    blocks.push({
      type: "section",
      block_id: `sum.${field.key}`,
      text: plain(`${env.t(field.labelKey)}: ${shown}`),
      accessory: button(env.t("slack-form-edit"), MODAL_ACTION.edit, field.key),
    });
  }
  return modal(env, form, { f: form.id, s: "s", k: [], d: depth }, blocks, env.t("form-button-submit"));
}
