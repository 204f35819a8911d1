/**
 * Which fields of a form go together on one modal page. A page runs from a start field and stops before a
 * field whose visibility, options or question depend on an answer given on the same page (found by watching
 * which answers its `skip`, `options` and `promptArgs` read), before and after a list of team members, and at
 * a size that fits a modal. So onboarding's role comes before the UGEL question that depends on it, and a
 * language chosen on one page already speaks on the next.
 */
import { applicableFields, isEmpty } from "../../../forms/engine.js";
import { SUMMARY_STEP, type Answers, type ChoiceOption, type FieldDef, type FormDef, type FormEnv } from "../../../forms/types.js";

export const MAX_FIELDS_PER_PAGE = 6;

export interface PlannedField {
  field: FieldDef;
  /** choice / multiChoice options, and those of a list's item fields by key. */
  options?: ChoiceOption[];
  itemOptions?: Record<string, ChoiceOption[]>;
}

interface Probe {
  reads: Set<string>;
  skipped: boolean;
  options?: ChoiceOption[];
}

/** Runs a field's answer-dependent functions on answers that record what they read. */
async function probe(field: FieldDef, answers: Answers, env: FormEnv): Promise<Probe> {
  const reads = new Set<string>();
  const watched = new Proxy(answers, {
    get(target, key, receiver) {
      if (typeof key === "string") reads.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
    has(target, key) {
      if (typeof key === "string") reads.add(key);
      return Reflect.has(target, key);
    },
  });
  const skipped = field.skip?.(watched, env) ?? false;
  if (skipped) return { reads, skipped };
  field.promptArgs?.(watched, env);
  const options = field.options ? await field.options(watched, env) : undefined;
  return { reads, skipped, ...(options ? { options } : {}) };
}

async function itemOptions(list: FieldDef, answers: Answers, env: FormEnv): Promise<Record<string, ChoiceOption[]>> {
  const out: Record<string, ChoiceOption[]> = {};
  for (const item of list.itemFields ?? []) if (item.options) out[item.key] = await item.options(answers, env);
  return out;
}

/** Index in the form of the first field at or after `startKey` that applies now. */
function startIndex(form: FormDef, answers: Answers, env: FormEnv, startKey: string): number {
  const from = Math.max(0, form.fields.findIndex((field) => field.key === startKey));
  const applicable = new Set(applicableFields(form.fields, answers, env).map((field) => field.key));
  for (let index = from; index < form.fields.length; index++) if (applicable.has((form.fields[index] as FieldDef).key)) return index;
  return -1;
}

/**
 * The fields of the page that starts at `startKey` (or only that field, when `single`); empty when nothing is
 * left to ask from there.
 */
export async function planPage(form: FormDef, answers: Answers, env: FormEnv, startKey: string, single = false): Promise<PlannedField[]> {
  const from = startIndex(form, answers, env, startKey);
  if (from < 0) return [];
  const formKeys = new Set(form.fields.map((field) => field.key));
  const page: PlannedField[] = [];
  const pageKeys = new Set<string>();
  let pageDerives = false;
  for (let index = from; index < form.fields.length; index++) {
    const field = form.fields[index] as FieldDef;
    let probed: Probe;
    try {
      probed = await probe(field, answers, env);
    } catch (error) {
      // Options that cannot be read yet (they need an answer this page will give) start the next page.
      if (page.length > 0) break;
      throw error;
    }
    if (page.length > 0) {
      // An answer that is not a field (e.g. "_hasSubcategories") may come from a derive on this page when it is not there yet.
      const dependsOnPage = [...probed.reads].some((key) => pageKeys.has(key) || (!formKeys.has(key) && pageDerives && !(key in answers)));
      if (dependsOnPage) break;
      if (probed.skipped) continue;
      if (field.kind === "list" || page[0]?.field.kind === "list" || page.length >= MAX_FIELDS_PER_PAGE) break;
    } else if (probed.skipped) {
      continue;
    }
    page.push({
      field,
      ...(probed.options ? { options: probed.options } : {}),
      ...(field.kind === "list" ? { itemOptions: await itemOptions(field, answers, env) } : {}),
    });
    pageKeys.add(field.key);
    if (field.derive) pageDerives = true;
    if (single) break;
  }
  return page;
}

function missing(field: FieldDef, answers: Answers): boolean {
  if (field.kind === "list") return ((answers[field.key] as unknown[] | undefined) ?? []).length < (field.minItems ?? 1);
  return !field.optional && isEmpty(answers[field.key]);
}

/**
 * Where the person goes after a page: the next field that applies after it (unless they were changing one
 * answer), else the first required answer still missing, else the summary.
 */
export function nextStep(form: FormDef, answers: Answers, env: FormEnv, pageKeys: string[], editing: boolean): string {
  const fields = applicableFields(form.fields, answers, env);
  if (!editing) {
    const last = Math.max(...pageKeys.map((key) => form.fields.findIndex((field) => field.key === key)));
    const next = fields.find((field) => form.fields.indexOf(field) > last);
    if (next) return next.key;
  }
  return fields.find((field) => missing(field, answers))?.key ?? SUMMARY_STEP;
}

/** True when nothing would be asked after this page with the answers known now (its button says "Enviar"). */
export function isLastPage(form: FormDef, answers: Answers, env: FormEnv, pageKeys: string[]): boolean {
  const last = Math.max(...pageKeys.map((key) => form.fields.findIndex((field) => field.key === key)));
  return !applicableFields(form.fields, answers, env).some((field) => form.fields.indexOf(field) > last);
}
