/**
 * Walks a FormDef one question at a time. Pure with respect to storage: it takes the draft and an input and
 * returns the next draft and the replies; the conversation layer saves the draft after every step.
 */
import type { Button, Input, Reply } from "../core/types.js";
import { textReply } from "../core/types.js";
import { parseFormButton, formButton } from "./buttons.js";
import { countWords, formatAnswer, normalizeForMatch } from "./format.js";
import { matchOptionIndex, matchOptionIndices } from "./match-option.js";
import { stepCounter } from "./progress.js";
import {
  AnswerRefused,
  SUMMARY_STEP,
  type Answers,
  type ChoiceOption,
  type DraftState,
  type FieldDef,
  type FormDef,
  type FormEnv,
  type ListCursor,
} from "./types.js";
import type { IncomingFile } from "../core/types.js";

export type StepOutcome = "continue" | "submitted" | "cancelled";

export interface StepResult {
  draft: DraftState;
  replies: Reply[];
  outcome: StepOutcome;
  /** False when nothing changed (e.g. a validation error), so the caller need not save. */
  changed: boolean;
}

interface Located {
  field: FieldDef;
  /** The list field when `field` is one of its item fields. */
  list?: FieldDef;
}

/** Action buttons that a typed message may press (see typedAction). */
const TYPED_ACTION_LABELS = ["form-button-done", "form-button-back", "form-button-skip", "form-button-cancel", "form-button-submit"] as const;
const MAX_TYPED_ACTION_LENGTH = 30;

export function applicableFields(fields: FieldDef[], answers: Answers, env: FormEnv): FieldDef[] {
  return fields.filter((field) => !field.skip?.(answers, env) && field.implied?.(answers) === undefined);
}

export class FormEngine {
  /** Starts a form, optionally prefilled, at its first question (or at `startAt`, in edit mode). */
  async begin(form: FormDef, env: FormEnv, prefill: Answers = {}, startAt?: string): Promise<StepResult> {
    const fields = applicableFields(form.fields, prefill, env);
    const first = startAt ?? fields[0]?.key ?? SUMMARY_STEP;
    const draft: DraftState = { formId: form.id, stepKey: first, answers: { ...prefill }, version: 1, editing: Boolean(startAt) };
    return { draft, replies: await this.prompt(form, draft, env), outcome: "continue", changed: true };
  }

  /** The current question again (after a restart, a stale button, or /registrar → Continuar). */
  async prompt(form: FormDef, draft: DraftState, env: FormEnv, preface: string[] = []): Promise<Reply[]> {
    if (draft.stepKey === SUMMARY_STEP) return [...preface.map((text) => textReply(text)), this.summary(form, draft, env)];
    const located = this.locate(form, draft);
    if (!located) return this.prompt(form, { ...draft, stepKey: SUMMARY_STEP }, env, preface);
    const { field, list } = located;
    const lines = [...preface];
    const progress = progressText(form, draft, env);

    if (list && !draft.list) return [...preface.map((text) => textReply(text)), this.listMenu(form, list, draft, env, progress)];

    const args = field.promptArgs?.(draft.answers, env);
    let question = `${progress}\n${env.t(field.promptKey, args)}`;
    if (list && draft.list) {
      question = `${progress}\n${env.t("form-list-item-heading", { item: draft.list.index + 1 })}\n${env.t(field.promptKey, args)}`;
    }
    const buttons: Button[][] = [];
    const current = list && draft.list ? draft.list.item[field.key] : draft.answers[field.key];

    switch (field.kind) {
      case "choice":
      case "multiChoice": {
        const options = await this.options(field, draft, env);
        const chosen = field.kind === "multiChoice" && Array.isArray(current) ? (current as string[]) : [];
        options.forEach((option, index) => {
          const label = optionLabel(option, env);
          const mark = field.kind === "multiChoice" ? (chosen.includes(option.value) ? "☑ " : "☐ ") : "";
          buttons.push([{ label: `${mark}${label}`, data: formButton(draft.version, `${field.kind === "choice" ? "o" : "t"}${index}`) }]);
        });
        if (field.kind === "multiChoice") {
          question += `\n${env.t("form-multi-hint")}`;
          buttons.push([{ label: env.t("form-button-done"), data: formButton(draft.version, "ok") }]);
        }
        break;
      }
      case "longText": {
        const limit = field.maxWords ? env.t("form-longtext-limit-words", { max: field.maxWords }) : field.maxChars ? env.t("form-longtext-limit-chars", { max: field.maxChars }) : "";
        if (limit) question += `\n${limit}`;
        if (typeof current === "string" && current.length > 0) {
          question += `\n${env.t("form-longtext-so-far", { words: countWords(current), chars: current.length })}`;
          buttons.push([
            { label: env.t("form-button-done"), data: formButton(draft.version, "ok") },
            { label: env.t("form-button-clear"), data: formButton(draft.version, "clr") },
          ]);
        }
        break;
      }
      case "files": {
        const files = Array.isArray(current) ? (current as IncomingFile[]) : [];
        if (field.accept) question += `\n${env.t("form-files-accept", { types: describeTypes(field.accept.mimeTypes), maxMb: Math.round(field.accept.maxBytes / 1_048_576), maxFiles: field.accept.maxFiles })}`;
        if (files.length > 0) {
          question += `\n${env.t("form-files-so-far", { count: files.length })}`;
          buttons.push([{ label: env.t("form-button-done"), data: formButton(draft.version, "ok") }]);
        }
        break;
      }
      default:
        if (draft.editing && current !== undefined && current !== "") {
          question += `\n${env.t("form-current-value", { value: formatAnswer(field, current, env, draft.answers) })}`;
        }
    }

    buttons.push(this.navigationRow(form, field, draft, env));
    const reply = textReply(question, buttons);
    if (field.kind === "number" && reply.type === "text") reply.expects = "number";
    return [...lines.map((text) => textReply(text)), reply];
  }

  async handle(form: FormDef, draft: DraftState, input: Input, env: FormEnv): Promise<StepResult> {
    if (input.type === "button") {
      const parsed = parseFormButton(input.data);
      if (!parsed) return this.stay(form, draft, env, [env.t("form-error-use-buttons")]);
      if (parsed.version !== draft.version) return this.stay(form, draft, env, [env.t("form-stale-button")]);
      return this.handleAction(form, draft, parsed.action, env);
    }
    if (input.type === "command") return this.stay(form, draft, env, []);
    const pressed = input.type === "text" ? await this.typedAction(form, draft, input.text, env) : null;
    if (pressed) return this.handle(form, draft, { type: "button", data: pressed }, env);
    if (draft.stepKey === SUMMARY_STEP) return this.stay(form, draft, env, [env.t("form-error-use-buttons")]);

    const located = this.locate(form, draft);
    if (!located) return this.stay(form, { ...draft, stepKey: SUMMARY_STEP }, env, []);
    const { field, list } = located;
    if (list && !draft.list) return this.stay(form, draft, env, [env.t("form-error-use-buttons")]);

    if (input.type === "file") {
      if (field.kind !== "files") return this.stay(form, draft, env, [env.t("form-error-file-not-expected")]);
      return this.acceptFile(form, draft, field, input.file, env);
    }

    const text = input.text.trim();
    if (text.length === 0) return this.stay(form, draft, env, [env.t("form-error-empty")]);
    switch (field.kind) {
      case "choice":
      case "multiChoice": {
        const options = await this.options(field, draft, env);
        // A list typed in one message marks each option it names (a tap, or one option typed, toggles). Read first:
        // in «secundaria, eba» the whole label «Secundaria» would otherwise win over the one word of «EBA (…)».
        const several = field.kind === "multiChoice" ? matchOptions(text, options, env) : [];
        if (several.length > 0) {
          const current = draft.list ? draft.list.item[field.key] : draft.answers[field.key];
          const chosen = new Set([...(Array.isArray(current) ? (current as string[]) : []), ...several.map((at) => options[at]?.value as string)]);
          return this.saveChosen(form, draft, field, options, chosen, env);
        }
        const index = matchOption(text, options, env);
        if (index < 0) return this.stay(form, draft, env, [env.t("form-error-choose-option")]);
        return this.handleAction(form, draft, `${field.kind === "choice" ? "o" : "t"}${index}`, env);
      }
      case "files":
        return this.stay(form, draft, env, [env.t("form-error-expected-file")]);
      case "longText":
        return this.appendLongText(form, draft, field, text, env);
      default:
        return this.answer(form, draft, field, field.kind === "number" ? parseNumber(text) : text, env);
    }
  }

  private async handleAction(form: FormDef, draft: DraftState, action: string, env: FormEnv): Promise<StepResult> {
    if (action === "cx") return { draft, replies: [], outcome: "cancelled", changed: false };
    if (action === "bk") return this.back(form, draft, env);
    if (draft.stepKey === SUMMARY_STEP) {
      if (action === "su") return this.submit(form, draft, env);
      if (action.startsWith("e")) {
        const fields = applicableFields(form.fields, draft.answers, env);
        const field = fields[Number(action.slice(1))];
        if (!field) return this.stay(form, draft, env, [env.t("form-stale-button")]);
        return this.moveTo(form, { ...draft, editing: true, list: undefined }, field.key, env);
      }
      return this.stay(form, draft, env, [env.t("form-stale-button")]);
    }
    const located = this.locate(form, draft);
    if (!located) return this.stay(form, draft, env, []);
    const { field, list } = located;

    if (list && !draft.list) {
      if (action === "add") return this.startItem(form, draft, list, env);
      if (action === "ok") {
        const items = (draft.answers[list.key] as Answers[] | undefined) ?? [];
        if (items.length < (list.minItems ?? 1)) return this.stay(form, draft, env, [env.t("form-error-list-min", { min: list.minItems ?? 1 })]);
        return this.advance(form, draft, list.key, env);
      }
      if (action.startsWith("rm")) {
        const items = [...((draft.answers[list.key] as Answers[] | undefined) ?? [])];
        items.splice(Number(action.slice(2)), 1);
        return this.save(form, { ...draft, answers: { ...draft.answers, [list.key]: items } }, env);
      }
      return this.stay(form, draft, env, [env.t("form-stale-button")]);
    }

    if (action === "sk") {
      if (!field.optional) return this.stay(form, draft, env, [env.t("form-error-not-optional")]);
      return this.answer(form, draft, field, undefined, env);
    }
    const current = list && draft.list ? draft.list.item[field.key] : draft.answers[field.key];
    if (action === "clr" && field.kind === "longText") return this.save(form, setValue(draft, field, undefined), env);
    if (action === "ok") {
      if (field.kind === "multiChoice") {
        const chosen = Array.isArray(current) ? current : [];
        if (chosen.length === 0 && !field.optional) return this.stay(form, draft, env, [env.t("form-error-choose-at-least-one")]);
        return this.answer(form, draft, field, chosen, env);
      }
      if (field.kind === "longText" || field.kind === "files") return this.answer(form, draft, field, current, env);
      return this.stay(form, draft, env, [env.t("form-stale-button")]);
    }
    const index = Number(action.slice(1));
    if ((action.startsWith("o") || action.startsWith("t")) && Number.isInteger(index)) {
      const options = await this.options(field, draft, env);
      const option = options[index];
      if (!option) return this.stay(form, draft, env, [env.t("form-stale-button")]);
      if (action.startsWith("o") && field.kind === "choice") return this.answer(form, draft, field, option.value, env);
      if (action.startsWith("t") && field.kind === "multiChoice") {
        const chosen = new Set(Array.isArray(current) ? (current as string[]) : []);
        if (chosen.has(option.value)) chosen.delete(option.value);
        else chosen.add(option.value);
        return this.saveChosen(form, draft, field, options, chosen, env);
      }
    }
    return this.stay(form, draft, env, [env.t("form-stale-button")]);
  }

  /** A multiple choice's options now chosen, kept in the options' order; the step stays for more. */
  private saveChosen(form: FormDef, draft: DraftState, field: FieldDef, options: ChoiceOption[], chosen: ReadonlySet<string>, env: FormEnv): Promise<StepResult> {
    return this.save(form, setValue(draft, field, options.map((option) => option.value).filter((value) => chosen.has(value))), env);
  }

  /** Validates one answer; on success stores it and moves on, otherwise explains and stays. */
  private async answer(form: FormDef, draft: DraftState, field: FieldDef, raw: unknown, env: FormEnv): Promise<StepResult> {
    const scope = draft.list ? draft.list.item : draft.answers;
    const validation = await validateAnswer(field, raw, { ...draft.answers, ...scope }, env);
    if (!validation.ok) return this.stay(form, draft, env, [validation.message]);
    const value = validation.value;
    let next = setValue(draft, field, value);
    if (value !== undefined && field.derive) {
      const derived = await field.derive(value, next.answers, env);
      next = next.list ? { ...next, list: { ...next.list, item: { ...next.list.item, ...derived } } } : { ...next, answers: { ...next.answers, ...derived } };
    }
    if (next.list) return this.advanceInItem(form, next, field, env);
    return this.advance(form, next, field.key, env);
  }

  private async advance(form: FormDef, draft: DraftState, fromKey: string, env: FormEnv): Promise<StepResult> {
    const fields = applicableFields(form.fields, draft.answers, env);
    const answers = dropSkipped(form.fields, fields, draft.answers);
    if (draft.editing) return this.moveTo(form, { ...draft, answers, editing: false, list: undefined }, SUMMARY_STEP, env);
    const index = fields.findIndex((field) => field.key === fromKey);
    const next = fields[index + 1];
    if (next) return this.moveTo(form, { ...draft, answers, list: undefined }, next.key, env);
    if (form.confirm) return this.moveTo(form, { ...draft, answers, list: undefined }, SUMMARY_STEP, env);
    return this.submit(form, { ...draft, answers }, env);
  }

  private async advanceInItem(form: FormDef, draft: DraftState, field: FieldDef, env: FormEnv): Promise<StepResult> {
    const cursor = draft.list as ListCursor;
    const list = form.fields.find((candidate) => candidate.key === cursor.fieldKey) as FieldDef;
    const itemFields = applicableFields(list.itemFields ?? [], cursor.item, env);
    const next = itemFields[itemFields.findIndex((candidate) => candidate.key === field.key) + 1];
    if (next) return this.save(form, { ...draft, list: { ...cursor, itemStep: next.key } }, env);
    const items = [...((draft.answers[list.key] as Answers[] | undefined) ?? [])];
    items[cursor.index] = cursor.item;
    const finished: DraftState = { ...draft, answers: { ...draft.answers, [list.key]: items }, list: undefined };
    if (items.length >= (list.maxItems ?? Number.POSITIVE_INFINITY)) return this.advance(form, finished, list.key, env);
    return this.save(form, finished, env);
  }

  private async startItem(form: FormDef, draft: DraftState, list: FieldDef, env: FormEnv): Promise<StepResult> {
    const items = (draft.answers[list.key] as Answers[] | undefined) ?? [];
    if (items.length >= (list.maxItems ?? Number.POSITIVE_INFINITY)) return this.stay(form, draft, env, [env.t("form-error-list-max", { max: list.maxItems ?? 0 })]);
    const first = applicableFields(list.itemFields ?? [], {}, env)[0];
    if (!first) return this.stay(form, draft, env, []);
    return this.save(form, { ...draft, list: { fieldKey: list.key, index: items.length, itemStep: first.key, item: {} } }, env);
  }

  private async back(form: FormDef, draft: DraftState, env: FormEnv): Promise<StepResult> {
    const fields = applicableFields(form.fields, draft.answers, env);
    if (draft.list) {
      const list = form.fields.find((candidate) => candidate.key === draft.list?.fieldKey) as FieldDef;
      const itemFields = applicableFields(list.itemFields ?? [], draft.list.item, env);
      const index = itemFields.findIndex((candidate) => candidate.key === draft.list?.itemStep);
      const previous = itemFields[index - 1];
      if (previous) return this.save(form, { ...draft, list: { ...draft.list, itemStep: previous.key } }, env);
      return this.save(form, { ...draft, list: undefined }, env);
    }
    const index = draft.stepKey === SUMMARY_STEP ? fields.length : fields.findIndex((field) => field.key === draft.stepKey);
    const previous = fields[index - 1];
    if (!previous) return this.stay(form, draft, env, []);
    return this.moveTo(form, { ...draft, editing: false }, previous.key, env);
  }

  private async submit(form: FormDef, draft: DraftState, env: FormEnv): Promise<StepResult> {
    const fields = applicableFields(form.fields, draft.answers, env);
    const missing = fields.find((field) => !field.optional && isEmpty(draft.answers[field.key]));
    if (missing) return this.moveTo(form, { ...draft, editing: false }, missing.key, env, [env.t("form-error-missing-field", { field: env.t(missing.labelKey) })]);
    let replies: Reply[];
    try {
      replies = await form.submit(draft.answers, env, draft);
    } catch (error) {
      if (!(error instanceof AnswerRefused)) throw error;
      const answers = { ...draft.answers };
      delete answers[error.fieldKey];
      return this.moveTo(form, { ...draft, answers, editing: false, list: undefined }, error.fieldKey, env, [env.t(error.messageKey)]);
    }
    return { draft, replies, outcome: "submitted", changed: true };
  }

  private async moveTo(form: FormDef, draft: DraftState, stepKey: string, env: FormEnv, preface: string[] = []): Promise<StepResult> {
    const next: DraftState = { ...draft, stepKey, version: draft.version + 1 };
    const located = stepKey === SUMMARY_STEP ? undefined : this.locate(form, next);
    if (located && located.field.kind === "list" && !next.list && ((next.answers[stepKey] as Answers[] | undefined) ?? []).length === 0) {
      return this.startItem(form, next, located.field, env);
    }
    return { draft: next, replies: await this.prompt(form, next, env, preface), outcome: "continue", changed: true };
  }

  private async save(form: FormDef, draft: DraftState, env: FormEnv): Promise<StepResult> {
    const next = { ...draft, version: draft.version + 1 };
    return { draft: next, replies: await this.prompt(form, next, env), outcome: "continue", changed: true };
  }

  private async stay(form: FormDef, draft: DraftState, env: FormEnv, preface: string[]): Promise<StepResult> {
    return { draft, replies: await this.prompt(form, draft, env, preface), outcome: "continue", changed: false };
  }

  private async appendLongText(form: FormDef, draft: DraftState, field: FieldDef, text: string, env: FormEnv): Promise<StepResult> {
    const scope = draft.list ? draft.list.item : draft.answers;
    const previous = typeof scope[field.key] === "string" ? (scope[field.key] as string) : "";
    const combined = previous ? `${previous}\n${text}` : text;
    const words = countWords(combined);
    if (field.maxWords && words > field.maxWords) {
      return this.stay(form, draft, env, [env.t("form-error-too-many-words", { max: field.maxWords, words, kept: countWords(previous) })]);
    }
    if (field.maxChars && combined.length > field.maxChars) {
      return this.stay(form, draft, env, [env.t("form-error-too-many-chars", { max: field.maxChars, chars: combined.length, kept: previous.length })]);
    }
    return this.save(form, setValue(draft, field, combined), env);
  }

  private async acceptFile(form: FormDef, draft: DraftState, field: FieldDef, file: IncomingFile, env: FormEnv): Promise<StepResult> {
    const scope = draft.list ? draft.list.item : draft.answers;
    const files = Array.isArray(scope[field.key]) ? [...(scope[field.key] as IncomingFile[])] : [];
    const accept = field.accept;
    if (accept) {
      if (!accept.mimeTypes.includes(file.mimeType)) {
        return this.stay(form, draft, env, [env.t("form-error-file-type", { name: file.fileName, types: describeTypes(accept.mimeTypes) })]);
      }
      if (file.sizeBytes > accept.maxBytes) {
        return this.stay(form, draft, env, [env.t("form-error-file-size", { name: file.fileName, maxMb: Math.round(accept.maxBytes / 1_048_576) })]);
      }
      if (files.length >= accept.maxFiles) return this.stay(form, draft, env, [env.t("form-error-file-count", { max: accept.maxFiles })]);
    }
    files.push(file);
    return this.save(form, setValue(draft, field, files), env);
  }

  private listMenu(form: FormDef, list: FieldDef, draft: DraftState, env: FormEnv, progress: string): Reply {
    const items = (draft.answers[list.key] as Answers[] | undefined) ?? [];
    const lines = [progress, env.t(list.promptKey, list.promptArgs?.(draft.answers, env)), env.t("form-list-count", { count: items.length })];
    const buttons: Button[][] = [];
    items.forEach((item, index) => {
      lines.push(`${index + 1}. ${summarizeItem(list, item, env)}`);
      buttons.push([{ label: env.t("form-button-remove-item", { item: index + 1 }), data: formButton(draft.version, `rm${index}`) }]);
    });
    const row: Button[] = [];
    if (items.length < (list.maxItems ?? Number.POSITIVE_INFINITY)) row.push({ label: env.t("form-button-add-item"), data: formButton(draft.version, "add") });
    if (items.length >= (list.minItems ?? 1)) row.push({ label: env.t("form-button-done"), data: formButton(draft.version, "ok") });
    buttons.push(row);
    buttons.push(this.navigationRow(form, list, draft, env));
    return textReply(lines.join("\n"), buttons);
  }

  private summary(form: FormDef, draft: DraftState, env: FormEnv): Reply {
    const fields = applicableFields(form.fields, draft.answers, env);
    const lines = [env.t("form-summary-heading", { form: env.t(form.titleKey) })];
    const buttons: Button[][] = [];
    let row: Button[] = [];
    fields.forEach((field, index) => {
      const value = draft.answers[field.key];
      const shown = isEmpty(value) ? env.t(field.emptyKey ?? "form-summary-empty") : field.kind === "list" ? ((value as Answers[]).map((item) => summarizeItem(field, item, env)).join("; ")) : formatAnswer(field, value, env, draft.answers);
      lines.push(`• ${env.t(field.labelKey)}: ${shown}`);
      row.push({ label: `✏️ ${env.t(field.labelKey)}`, data: formButton(draft.version, `e${index}`) });
      if (row.length === 2) {
        buttons.push(row);
        row = [];
      }
    });
    if (row.length > 0) buttons.push(row);
    buttons.push([
      { label: env.t("form-button-submit"), data: formButton(draft.version, "su") },
      { label: env.t("form-button-cancel"), data: formButton(draft.version, "cx") },
    ]);
    return textReply(lines.join("\n"), buttons);
  }

  /** Whether «Atrás» leads somewhere: inside a list item always (to the item's previous step or the list). */
  private hasPrevious(form: FormDef, draft: DraftState, env: FormEnv): boolean {
    if (draft.list) return true;
    return applicableFields(form.fields, draft.answers, env).findIndex((field) => field.key === draft.stepKey) > 0;
  }

  /**
   * The data of the step's action button («Listo», «Atrás», «Omitir», «Cancelar», «Enviar») whose label the
   * message is, as written: people type «listo» instead of tapping. The step's prompt is built only when the
   * message is such a label; longer answers are not even compared.
   */
  private async typedAction(form: FormDef, draft: DraftState, text: string, env: FormEnv): Promise<string | null> {
    if (text.length > MAX_TYPED_ACTION_LENGTH) return null;
    const wanted = normalizeForMatch(text);
    if (wanted === "") return null;
    // «ya» for «✔ Listo»: the locale's `<label id>-typed` names an action as its label does.
    const key = TYPED_ACTION_LABELS.find((candidate) => [env.t(candidate), ...typedNames(candidate, env)].some((name) => normalizeForMatch(name) === wanted));
    if (!key) return null;
    const label = normalizeForMatch(env.t(key));
    const question = (await this.prompt(form, draft, env)).at(-1);
    const buttons = question?.type === "text" ? (question.buttons ?? []).flat() : [];
    return buttons.find((button) => button.data && normalizeForMatch(button.label) === label)?.data ?? null;
  }

  private navigationRow(form: FormDef, field: FieldDef, draft: DraftState, env: FormEnv): Button[] {
    const row: Button[] = this.hasPrevious(form, draft, env) ? [{ label: env.t("form-button-back"), data: formButton(draft.version, "bk") }] : [];
    if (field.optional && field.kind !== "list") row.push({ label: env.t("form-button-skip"), data: formButton(draft.version, "sk") });
    row.push({ label: env.t("form-button-cancel"), data: formButton(draft.version, "cx") });
    return row;
  }

  private locate(form: FormDef, draft: DraftState): Located | undefined {
    const field = form.fields.find((candidate) => candidate.key === draft.stepKey);
    if (!field) return undefined;
    if (field.kind === "list" && draft.list) {
      const item = field.itemFields?.find((candidate) => candidate.key === draft.list?.itemStep);
      return item ? { field: item, list: field } : { field, list: field };
    }
    if (field.kind === "list") return { field, list: field };
    return { field };
  }

  private async options(field: FieldDef, draft: DraftState, env: FormEnv): Promise<ChoiceOption[]> {
    return (await field.options?.({ ...draft.answers, ...(draft.list?.item ?? {}) }, env)) ?? [];
  }
}

/** "Paso 5 de 14" for the draft's current question (empty at the summary). */
export function progressText(form: FormDef, draft: DraftState, env: FormEnv): string {
  const counter = stepCounter(form, draft.answers, env, draft.stepKey);
  return counter ? env.t("form-progress", counter) : "";
}

export type AnswerValidation = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * One field's rules in order (required, zod schema, async check), the same for every channel: an empty optional
 * answer becomes undefined; a failure carries the sentence to show, in the person's language.
 */
export async function validateAnswer(field: FieldDef, raw: unknown, answers: Answers, env: FormEnv): Promise<AnswerValidation> {
  let value = raw;
  if (isEmpty(value)) {
    if (!field.optional) return { ok: false, message: env.t(field.kind === "files" ? "form-error-expected-file" : "form-error-empty") };
    return { ok: true, value: undefined };
  }
  if (field.schema) {
    const parsed = field.schema.safeParse(value);
    if (!parsed.success) return { ok: false, message: issueText(parsed.error.issues[0], env) };
    value = parsed.data;
  }
  if (field.check) {
    const error = await field.check(value, answers, env);
    if (error) return { ok: false, message: env.t(error.key, error.args) };
  }
  return { ok: true, value };
}

function setValue(draft: DraftState, field: FieldDef, value: unknown): DraftState {
  if (draft.list) return { ...draft, list: { ...draft.list, item: { ...draft.list.item, [field.key]: value } } };
  return { ...draft, answers: { ...draft.answers, [field.key]: value } };
}

/** The answers without those of fields that no longer apply (answers that are not fields are kept). */
export function dropSkipped(all: FieldDef[], applicable: FieldDef[], answers: Answers): Answers {
  const keep = new Set(applicable.map((field) => field.key));
  const out: Answers = {};
  for (const [key, value] of Object.entries(answers)) {
    if (keep.has(key) || !all.some((field) => field.key === key)) out[key] = value;
  }
  for (const field of all) {
    const implied = field.implied?.(answers);
    if (implied !== undefined) out[field.key] = implied;
  }
  return out;
}

export function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);
}

function optionLabel(option: ChoiceOption, env: FormEnv): string {
  return option.label ?? (option.labelKey ? env.t(option.labelKey) : option.value);
}

function matchOption(text: string, options: ChoiceOption[], env: FormEnv): number {
  return matchOptionIndex(text, ...optionNames(options, env));
}

function matchOptions(text: string, options: ChoiceOption[], env: FormEnv): number[] {
  return matchOptionIndices(text, ...optionNames(options, env));
}

/** What a typed answer is matched against: each option's label, value and other names. */
function optionNames(options: ChoiceOption[], env: FormEnv): [string[], string[], string[][]] {
  return [options.map((option) => optionLabel(option, env)), options.map((option) => option.value), options.map((option) => otherNames(option, env))];
}

/** Other ways people name an option: its `typedKey`, or the locale's `<label id>-typed`, if it has one. */
function otherNames(option: ChoiceOption, env: FormEnv): string[] {
  if (option.typedKey) return namesIn(option.typedKey, env);
  return option.labelKey ? typedNames(option.labelKey, env) : [];
}

function typedNames(labelKey: string, env: FormEnv): string[] {
  return namesIn(`${labelKey}-typed`, env);
}

/** A message of comma-separated names; none when the locale does not have it. */
function namesIn(id: string, env: FormEnv): string[] {
  const names = env.t(id);
  return names === id ? [] : names.split(",").map((name) => name.trim()).filter(Boolean);
}

function parseNumber(text: string): number | string {
  const normalized = text.replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : text;
}

function issueText(issue: { message: string; code?: string } | undefined, env: FormEnv): string {
  if (!issue) return env.t("form-error-invalid");
  const [key, raw] = issue.message.split("|");
  const args = raw ? Object.fromEntries(raw.split(",").map((pair) => pair.split("=") as [string, string])) : undefined;
  return key && key.includes("-") && !key.includes(" ") ? env.t(key, args) : env.t("form-error-invalid");
}

function summarizeItem(list: FieldDef, item: Answers, env: FormEnv): string {
  return (list.itemFields ?? [])
    .filter((field) => !isEmpty(item[field.key]))
    .slice(0, 3)
    .map((field) => formatAnswer(field, item[field.key], env))
    .join(" · ");
}

function describeTypes(mimeTypes: string[]): string {
  return [...new Set(mimeTypes.map((type) => MIME_NAMES[type] ?? type))].join(", ");
}

const MIME_NAMES: Record<string, string> = {
  "application/pdf": "PDF",
  "image/jpeg": "JPG",
  "image/png": "PNG",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word (.docx)",
  "application/msword": "Word (.doc)",
  "video/mp4": "MP4",
};

