/**
 * "Paso 5 de 14": a counter whose total does not move while the form is filled. A question that applies only
 * after some answer (the session's day after «¿Hay una sesión?», a subcategory after its category) is counted
 * from the start; when an answer makes questions not apply, the step number jumps forward past them instead of
 * the total changing under the person's eyes.
 */
import type { Answers, FieldDef, FormDef, FormEnv } from "./types.js";

const PROBE_VALUES: unknown[] = [true, false, "x", 1, undefined];

/** The answer keys a skip rule reads (it is run once on a recording view of the answers). */
function keysRead(field: FieldDef, answers: Answers, env: FormEnv): string[] {
  const read = new Set<string>();
  const view = new Proxy(answers, {
    get(target, key, receiver) {
      if (typeof key === "string") read.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  field.skip?.(view, env);
  return [...read];
}

/** The values worth trying for a key: generic ones, and the options of the field of that name when static. */
function probeValues(form: FormDef, key: string, answers: Answers, env: FormEnv): unknown[] {
  const field = form.fields.find((candidate) => candidate.key === key);
  const options = field?.options?.(answers, env);
  if (!Array.isArray(options)) {
    if (options) void options.then(undefined, () => undefined);
    return PROBE_VALUES;
  }
  const values = options.map((option) => option.value);
  return [...PROBE_VALUES, ...values, ...(field?.kind === "multiChoice" ? values.map((value) => [value]) : [])];
}

/** Could this question apply in this form, given some other answer to one of the questions it depends on? */
function mayApply(form: FormDef, field: FieldDef, answers: Answers, env: FormEnv): boolean {
  if (!field.skip || !field.skip(answers, env)) return true;
  return keysRead(field, answers, env).some((key) => probeValues(form, key, answers, env).some((value) => !field.skip?.({ ...answers, [key]: value }, env)));
}

/** Step and total of the question `stepKey` (a top-level field key); null when it is not a question of the form. */
export function stepCounter(form: FormDef, answers: Answers, env: FormEnv, stepKey: string): { step: number; total: number } | null {
  const counted = form.fields.filter((field) => field.key === stepKey || mayApply(form, field, answers, env));
  const index = counted.findIndex((field) => field.key === stepKey);
  return index < 0 ? null : { step: index + 1, total: counted.length };
}
