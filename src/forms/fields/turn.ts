/** The person's turn behind a form's env (forms are walked by the conversation layer, which passes itself). */
import type { TurnContext } from "../../conversation/context.js";
import type { Answers, FieldDef, FormEnv } from "../types.js";

export function turnOf(env: FormEnv): TurnContext {
  return env.services as TurnContext;
}

type Derive = NonNullable<FieldDef["derive"]>;

/** Several derivations of one answer, applied in order, each seeing what the previous ones derived. */
export function deriveAll(...steps: Derive[]): Derive {
  return async (value, answers, env) => {
    let derived: Answers = {};
    for (const step of steps) derived = { ...derived, ...(await step(value, { ...answers, ...derived }, env)) };
    return derived;
  };
}
