/**
 * The last questions before the summary: the sworn statement, and, when a very similar registration of the same
 * school and year exists, a confirmation that this one is different (a warning, never a block).
 */
import { findLikelyDuplicate } from "../../domain/registrations/duplicates.js";
import type { RegistrationKind } from "../../domain/registrations/kinds.js";
import { fixedOptions } from "../format.js";
import type { Answers, FieldDef } from "../types.js";
import { chosenSchool } from "./school.js";
import { turnOf } from "./turn.js";

type Derive = NonNullable<FieldDef["derive"]>;

/**
 * Looks for a likely duplicate with the current answers; keeps the person's confirmation only if it was for
 * that same registration. `_correcting` (the registration being corrected) is not a duplicate of itself.
 */
export function duplicateLookup(kind: RegistrationKind): Derive {
  return async (_value, answers, env) => {
    const school = chosenSchool(answers);
    const year = Number(answers.year);
    const title = typeof answers.title === "string" ? answers.title : "";
    if (!school || !Number.isInteger(year) || !title) return { _duplicateOf: undefined, _duplicateTitle: undefined, duplicateAck: undefined };
    const correcting = typeof answers._correcting === "number" ? answers._correcting : undefined;
    const duplicate = await findLikelyDuplicate(turnOf(env).services.db, {
      kind,
      year,
      codigoModular: school.codigoModular,
      title,
      ...(correcting ? { excludeId: correcting } : {}),
    });
    if (!duplicate) return { _duplicateOf: undefined, _duplicateTitle: undefined, duplicateAck: undefined };
    return {
      _duplicateOf: duplicate.code,
      _duplicateTitle: duplicate.title,
      duplicateAck: answers.duplicateAck === duplicate.code ? duplicate.code : undefined,
    };
  };
}

export function declarationField(promptKey: string, derive: Derive): FieldDef {
  return {
    key: "declaration",
    kind: "choice",
    promptKey,
    labelKey: "reg-declaration-label",
    options: () => fixedOptions("declaration", ["acepto"]),
    derive,
  };
}

export function duplicateAckField(): FieldDef {
  return {
    key: "duplicateAck",
    kind: "choice",
    promptKey: "reg-duplicate",
    promptArgs: (answers: Answers) => ({ code: String(answers._duplicateOf ?? ""), title: String(answers._duplicateTitle ?? "") }),
    labelKey: "reg-duplicate-label",
    skip: (answers) => typeof answers._duplicateOf !== "string",
    options: (answers) => [{ value: String(answers._duplicateOf), labelKey: "option-duplicateAck-distinto" }],
    format: (value, env) => env.t("reg-duplicate-acknowledged", { code: String(value) }),
  };
}
