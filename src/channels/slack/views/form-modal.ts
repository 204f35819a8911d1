/**
 * Forms as Slack modals, on the same drafts the chat uses: a form started here and left half done is where the
 * person left it on Telegram, and the other way round. A page's answers are checked with the field's own
 * rules (required, zod schema, async check) and refused inline on the right input; the good ones are saved
 * even when another is refused. The summary submits through the form runner, exactly like «Enviar» in a chat.
 */
import type { types } from "@slack/bolt";
import { textReply, type Reply } from "../../../core/types.js";
import type { TurnContext } from "../../../conversation/context.js";
import { formFlow } from "../../../conversation/form-runner.js";
import { mayUseForm } from "../../../conversation/permissions.js";
import { formButton } from "../../../forms/buttons.js";
import { applicableFields, dropSkipped, isEmpty, validateAnswer } from "../../../forms/engine.js";
import { countWords } from "../../../forms/format.js";
import { SUMMARY_STEP, type Answers, type ChoiceOption, type DraftState, type FieldDef, type FormDef, type FormEnv } from "../../../forms/types.js";
import type { IncomingFile } from "../../../core/types.js";
import { LIMITS } from "../blocks.js";
import { isLastPage, nextStep, planPage, type PlannedField } from "./form-pages.js";
import { dateCandidates, fieldBlockId, itemBlockId, readRaw, VALUE_ACTION, type StateValues } from "./form-values.js";
import { buildPageView, buildSummaryView, describeFileTypes, infoView, MODAL_ACTION, type FormViewMeta } from "./form-view.js";

/** Slack allows three views in a modal's stack. */
const MAX_DEPTH = 3;

export type ViewAck =
  | { response_action: "errors"; errors: Record<string, string> }
  | { response_action: "push" | "update"; view: types.ModalView };

export type SubmissionOutcome = { kind: "ack"; ack: ViewAck } | { kind: "submit"; formId: string };

interface FormTools {
  form: FormDef;
  env: FormEnv;
}

function tools(ctx: TurnContext, formId: string): FormTools | null {
  if (!ctx.forms.has(formId) || !mayUseForm(ctx, formId)) return null;
  return { form: ctx.forms.get(formId), env: ctx.forms.env(ctx) };
}

function listItems(field: FieldDef, draft: Pick<DraftState, "answers" | "list">): Answers[] {
  const items = [...((draft.answers[field.key] as Answers[] | undefined) ?? [])];
  if (draft.list?.fieldKey === field.key) items[draft.list.index] = { ...(items[draft.list.index] ?? {}), ...draft.list.item };
  return items;
}

function groupCount(field: FieldDef, items: number): number {
  const wanted = Math.max(items, field.minItems ?? 1, 1);
  return Math.min(wanted, field.maxItems ?? wanted);
}

/** The value an input shows, from the draft. */
function storedValue(page: PlannedField[], draft: Pick<DraftState, "answers" | "list">) {
  return (blockId: string): unknown => {
    for (const { field } of page) {
      if (field.kind !== "list") {
        if (blockId === fieldBlockId(field.key)) return draft.answers[field.key];
        continue;
      }
      const items = listItems(field, draft);
      for (const [index, item] of items.entries()) {
        for (const itemField of field.itemFields ?? []) if (blockId === itemBlockId(field.key, index, itemField.key)) return item[itemField.key];
      }
    }
    return undefined;
  };
}

/** The value an input shows, from what the person had typed in the view being redrawn. */
function typedValue(page: PlannedField[], values: StateValues) {
  return (blockId: string, field: FieldDef): unknown => {
    const options = optionsOf(page, field);
    return readRaw(field, values[blockId]?.[VALUE_ACTION], options);
  };
}

function optionsOf(page: PlannedField[], field: FieldDef): ChoiceOption[] {
  for (const planned of page) {
    if (planned.field === field) return planned.options ?? [];
    if (planned.itemOptions?.[field.key] && planned.field.itemFields?.includes(field)) return planned.itemOptions[field.key] ?? [];
  }
  return [];
}

interface ViewAtOptions {
  depth: number;
  editing: boolean;
  notice?: string;
  /** Redraw with what the person typed instead of the draft (adding a team member). */
  typed?: StateValues;
  listCounts?: Record<string, number>;
}

async function viewAt({ form, env }: FormTools, draft: DraftState, stepKey: string, options: ViewAtOptions): Promise<types.ModalView> {
  if (stepKey === SUMMARY_STEP) return buildSummaryView(form, env, draft.answers, options.depth, options.notice);
  const page = await planPage(form, draft.answers, env, stepKey, options.editing);
  if (page.length === 0) return buildSummaryView(form, env, draft.answers, options.depth, options.notice);
  const keys = page.map((planned) => planned.field.key);
  const listCounts: Record<string, number> = {};
  for (const { field } of page) if (field.kind === "list") listCounts[field.key] = options.listCounts?.[field.key] ?? groupCount(field, listItems(field, draft).length);
  const last = !form.confirm && isLastPage(form, draft.answers, env, keys);
  return buildPageView({
    form,
    env,
    page,
    answers: draft.answers,
    meta: { f: form.id, s: "p", k: keys, d: options.depth, ...(options.editing ? { e: 1 as const } : {}) },
    current: options.typed ? typedValue(page, options.typed) : storedValue(page, draft),
    listCounts,
    submitLabel: env.t(last ? "form-button-submit" : "slack-form-next"),
    ...(options.notice ? { notice: options.notice } : {}),
  });
}

/** The modal for the person's form where they are in it; null when there is no such form or draft. */
export async function viewForDraft(ctx: TurnContext, formId: string): Promise<types.ModalView | null> {
  const found = tools(ctx, formId);
  if (!found) return null;
  const draft = await ctx.services.sessions.loadDraft(ctx.person.id, formId);
  if (!draft) return null;
  if (ctx.flow !== formFlow(formId)) await ctx.setFlow(formFlow(formId));
  return viewAt(found, draft, draft.stepKey, { depth: 1, editing: draft.editing === true });
}

function firstMissing(form: FormDef, answers: Answers, env: FormEnv): FieldDef | undefined {
  return applicableFields(form.fields, answers, env).find((field) =>
    field.kind === "list" ? ((answers[field.key] as unknown[] | undefined) ?? []).length < (field.minItems ?? 1) : !field.optional && isEmpty(answers[field.key]),
  );
}

/** Limits the chat enforces while text is added piece by piece, checked on the whole text here. */
function longTextProblem(field: FieldDef, raw: unknown, env: FormEnv): string | null {
  if (field.kind !== "longText" || typeof raw !== "string") return null;
  const words = countWords(raw);
  if (field.maxWords && words > field.maxWords) return env.t("slack-error-too-many-words", { words, max: field.maxWords });
  if (field.maxChars && raw.length > field.maxChars) return env.t("slack-error-too-many-chars", { chars: raw.length, max: field.maxChars });
  return null;
}

function filesProblem(field: FieldDef, raw: unknown, env: FormEnv): string | null {
  if (field.kind !== "files" || !Array.isArray(raw) || !field.accept) return null;
  const accept = field.accept;
  for (const file of raw as IncomingFile[]) {
    if (!accept.mimeTypes.includes(file.mimeType)) return env.t("form-error-file-type", { name: file.fileName, types: describeFileTypes(accept.mimeTypes) });
    if (file.sizeBytes > accept.maxBytes) return env.t("form-error-file-size", { name: file.fileName, maxMb: Math.round(accept.maxBytes / 1_048_576) });
  }
  if (raw.length > accept.maxFiles) return env.t("form-error-file-count", { max: accept.maxFiles });
  return null;
}

/** Checks one input's answer; on success returns the value to store (undefined = no answer). */
async function checkField(field: FieldDef, raw: unknown, answers: Answers, env: FormEnv): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  const problem = longTextProblem(field, raw, env) ?? filesProblem(field, raw, env);
  if (problem) return { ok: false, message: problem };
  if (field.kind === "date" && typeof raw === "string" && field.schema) {
    // The picker gives "YYYY-MM-DD"; a schema written for typed dates may want "12/06/2026".
    for (const candidate of dateCandidates(raw)) {
      const result = await validateAnswer(field, candidate, answers, env);
      if (result.ok) return result;
    }
  }
  return validateAnswer(field, raw, answers, env);
}

async function options(field: FieldDef, answers: Answers, env: FormEnv): Promise<ChoiceOption[]> {
  return field.options ? await field.options(answers, env) : [];
}

/**
 * Reads and checks a list's groups; an empty group beyond the minimum is left out. Null when a group was
 * refused: a half-checked member must never reach the draft (another channel could send it as it is).
 */
async function readList(field: FieldDef, count: number, values: StateValues, working: Answers, env: FormEnv, errors: Record<string, string>): Promise<Answers[] | null> {
  const errorsBefore = Object.keys(errors).length;
  const items: Answers[] = [];
  const itemFields = field.itemFields ?? [];
  const itemOptions = new Map<string, ChoiceOption[]>();
  for (const itemField of itemFields) itemOptions.set(itemField.key, await options(itemField, working, env));
  for (let index = 0; index < count; index++) {
    const raws = new Map(itemFields.map((itemField) => [itemField.key, readRaw(itemField, values[itemBlockId(field.key, index, itemField.key)]?.[VALUE_ACTION], itemOptions.get(itemField.key))]));
    const filled = [...raws.values()].some((raw) => raw !== undefined);
    if (!filled && index >= (field.minItems ?? 1)) continue;
    let item: Answers = {};
    for (const itemField of itemFields) {
      if (itemField.skip?.(item, env)) continue;
      // Like the chat: an item is checked against the items before it (e.g. a DNI given twice).
      const result = await checkField(itemField, raws.get(itemField.key), { ...working, [field.key]: items, ...item }, env);
      if (!result.ok) {
        errors[itemBlockId(field.key, index, itemField.key)] = result.message;
        continue;
      }
      if (result.value === undefined) continue;
      item[itemField.key] = result.value;
      if (itemField.derive) item = { ...item, ...(await itemField.derive(result.value, { ...working, [field.key]: items, ...item }, env)) };
    }
    items.push(item);
  }
  return Object.keys(errors).length > errorsBefore ? null : items;
}

/** Answers of one submitted page, checked in order; `errors` gets one sentence per refused input. */
async function readPage({ form, env }: FormTools, meta: FormViewMeta, values: StateValues, draft: DraftState, errors: Record<string, string>): Promise<Answers> {
  let working: Answers = { ...draft.answers };
  for (const key of meta.k) {
    const field = form.fields.find((candidate) => candidate.key === key);
    if (!field) continue;
    if (field.skip?.(working, env)) {
      delete working[field.key];
      continue;
    }
    if (field.kind === "list") {
      const items = await readList(field, meta.n?.[field.key] ?? 1, values, working, env, errors);
      if (items) working[field.key] = items;
      continue;
    }
    const blockId = fieldBlockId(field.key);
    const raw = readRaw(field, values[blockId]?.[VALUE_ACTION], await options(field, working, env));
    if (field.kind === "files" && raw === undefined && Array.isArray(working[field.key]) && (working[field.key] as unknown[]).length > 0) continue;
    const result = await checkField(field, raw, working, env);
    if (!result.ok) {
      errors[blockId] = result.message;
      continue;
    }
    if (result.value === undefined) delete working[field.key];
    else working[field.key] = result.value;
    if (result.value !== undefined && field.derive) working = { ...working, ...(await field.derive(result.value, working, env)) };
  }
  return dropSkipped(form.fields, applicableFields(form.fields, working, env), working);
}

/** A submitted page or summary: errors to show inline, the next page, or "submit the form now". */
export async function submitFormView(ctx: TurnContext, meta: FormViewMeta, values: StateValues): Promise<SubmissionOutcome> {
  const found = tools(ctx, meta.f);
  const draft = found ? await ctx.services.sessions.loadDraft(ctx.person.id, meta.f) : null;
  if (!found || !draft) return { kind: "ack", ack: { response_action: "update", view: infoView(ctx.t("slack-form-gone-title"), ctx.t("form-no-draft")) } };
  const { form, env } = found;
  const save = (next: DraftState) => ctx.services.sessions.saveDraft(ctx.person.id, next);
  if (ctx.flow !== formFlow(form.id)) await ctx.setFlow(formFlow(form.id));

  if (meta.s === "s") {
    const missing = firstMissing(form, draft.answers, env);
    if (missing) {
      const next: DraftState = { ...draft, stepKey: missing.key, version: draft.version + 1, editing: false, list: undefined };
      await save(next);
      const notice = env.t("form-error-missing-field", { field: env.t(missing.labelKey) });
      return { kind: "ack", ack: { response_action: "update", view: await viewAt(found, next, missing.key, { depth: meta.d, editing: false, notice }) } };
    }
    if (draft.stepKey !== SUMMARY_STEP) await save({ ...draft, stepKey: SUMMARY_STEP, version: draft.version + 1, editing: false, list: undefined });
    return { kind: "submit", formId: form.id };
  }

  const errors: Record<string, string> = {};
  const answers = await readPage(found, meta, values, draft, errors);
  if (Object.keys(errors).length > 0) {
    // What was right is kept, so closing the modal now loses nothing that passed.
    await save({ ...draft, answers, version: draft.version + 1 });
    return { kind: "ack", ack: { response_action: "errors", errors: limitErrors(errors) } };
  }
  const editing = meta.e === 1 || draft.editing === true;
  const step = nextStep(form, answers, env, meta.k, editing);
  const next: DraftState = { ...draft, answers, stepKey: step, version: draft.version + 1, editing: false, list: undefined };
  await save(next);
  if (step === SUMMARY_STEP && !form.confirm) return { kind: "submit", formId: form.id };
  const push = !editing && meta.d < MAX_DEPTH;
  const view = await viewAt(found, next, step, { depth: push ? meta.d + 1 : meta.d, editing: false });
  return { kind: "ack", ack: { response_action: push ? "push" : "update", view } };
}

function limitErrors(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([blockId, message]) => [blockId, message.slice(0, LIMITS.hint)]));
}

/** Submits the form (its draft is at the summary) the way «Enviar» does in a chat. */
export async function submitDraft(ctx: TurnContext, formId: string): Promise<Reply[]> {
  const draft = await ctx.services.sessions.loadDraft(ctx.person.id, formId);
  if (!draft) return [textReply(ctx.t("form-no-draft"))];
  return ctx.forms.handle(ctx, formId, { type: "button", data: formButton(draft.version, "su") });
}

/** A button inside a form modal: add or remove a team member's group, or change one answer from the summary. */
export async function modalActionView(ctx: TurnContext, meta: FormViewMeta, actionId: string, value: string, typed: StateValues): Promise<types.ModalView | null> {
  const found = tools(ctx, meta.f);
  const draft = found ? await ctx.services.sessions.loadDraft(ctx.person.id, meta.f) : null;
  if (!found || !draft) return infoView(ctx.t("slack-form-gone-title"), ctx.t("form-no-draft"));
  const { form } = found;
  if (actionId === MODAL_ACTION.edit) {
    if (!applicableFields(form.fields, draft.answers, found.env).some((field) => field.key === value)) return null;
    return viewAt(found, draft, value, { depth: meta.d, editing: true });
  }
  const list = form.fields.find((field) => field.key === value && field.kind === "list");
  if (!list || meta.s !== "p" || !meta.k.includes(list.key)) return null;
  const current = meta.n?.[list.key] ?? 1;
  const wanted = actionId === MODAL_ACTION.addItem ? current + 1 : current - 1;
  const count = Math.max(Math.max(1, list.minItems ?? 1), Math.min(wanted, list.maxItems ?? wanted));
  const startKey = meta.k[0] ?? list.key;
  return viewAt(found, draft, startKey, { depth: meta.d, editing: meta.e === 1, typed, listCounts: { ...(meta.n ?? {}), [list.key]: count } });
}
