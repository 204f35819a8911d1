/**
 * The school of a registration: the one in the person's profile with one button, or another one by its código
 * modular (its name asked only when the bot does not know it yet).
 */
import { z } from "zod";
import type { Db } from "../../domain/db-types.js";
import { CODIGO_MODULAR, findSchool } from "../../domain/schools.js";
import type { Answers, FieldDef, FormEnv } from "../types.js";
import { deriveAll, turnOf } from "./turn.js";

export const OTHER_SCHOOL = "otra";

export interface ProfileSchool {
  codigoModular: string;
  name: string;
}

type Derive = NonNullable<FieldDef["derive"]>;

export function profileSchoolOf(answers: Answers): ProfileSchool | undefined {
  const school = answers._profileSchool as ProfileSchool | undefined;
  return school && typeof school.codigoModular === "string" ? school : undefined;
}

function profileLabel(school: ProfileSchool): string {
  return `${school.name} (${school.codigoModular})`;
}

const usesProfile = (answers: Answers) => Boolean(profileSchoolOf(answers)) && answers.school !== OTHER_SCHOOL;

/** The school the answers point to: código modular and, when known, its name. */
export function chosenSchool(answers: Answers): { codigoModular: string; name?: string } | undefined {
  const profile = profileSchoolOf(answers);
  if (profile && answers.school !== OTHER_SCHOOL) return profile;
  if (typeof answers.otherCodigoModular !== "string") return undefined;
  const name = typeof answers.otherSchoolName === "string" ? answers.otherSchoolName : (answers._otherSchoolName as string | undefined);
  return { codigoModular: answers.otherCodigoModular, ...(name ? { name } : {}) };
}

/** `_profileSchool` for the prefill: the school in the person's profile, if any. */
export async function profileSchoolPrefill(db: Db, schoolId: number | null): Promise<Answers> {
  if (!schoolId) return {};
  const school = await db.school.findUnique({ where: { id: schoolId } });
  return school ? { _profileSchool: { codigoModular: school.codigoModular, name: school.name } } : {};
}

/** A código modular: 7 digits, with the spaces, dots or dashes people type between them dropped («04 00 123»). */
export function codigoModularSchema(errorKey: string) {
  return z
    .string()
    .transform((value) => value.replace(/[\s.-]/g, ""))
    .pipe(z.string().regex(CODIGO_MODULAR, errorKey));
}

/**
 * A school's name as people type it on a phone: letters and numbers with any punctuation (straight, curly or «»
 * quotes, which phone keyboards put in on their own, N.°, #, dashes), 3 to 150 characters; spaces collapsed and
 * accents composed (NFC), so one school is written one way. No symbols (emoji, < >) and not punctuation alone.
 */
export const schoolNameSchema = z
  .string()
  .transform((value) => value.normalize("NFC").replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(3, "onboarding-error-school-name")
      .max(150, "onboarding-error-school-name")
      .regex(/^[\p{L}\p{M}\p{N}\p{P}\p{Zs}°+]+$/u, "onboarding-error-school-name")
      .regex(/[\p{L}\p{N}]/u, "onboarding-error-school-name"),
  );

/** The three school questions; `derive` runs when the school changes (e.g. to look for duplicates again). */
export function schoolFields(derive?: Derive): FieldDef[] {
  const lookUp: Derive = async (value, _answers, env: FormEnv) => {
    const school = await findSchool(turnOf(env).services.db, String(value));
    return { _otherSchoolKnown: Boolean(school), _otherSchoolName: school?.name };
  };
  return [
    {
      key: "school",
      kind: "choice",
      promptKey: "reg-school",
      labelKey: "reg-school-label",
      skip: (answers) => !profileSchoolOf(answers),
      options: (answers) => {
        const profile = profileSchoolOf(answers);
        const own = profile ? [{ value: profileLabel(profile), label: profileLabel(profile), typedKey: "option-school-profile-typed" }] : [];
        return [...own, { value: OTHER_SCHOOL, labelKey: "option-school-otra" }];
      },
      ...(derive ? { derive } : {}),
    },
    {
      key: "otherCodigoModular",
      kind: "text",
      promptKey: "reg-other-codigo-modular",
      labelKey: "reg-other-codigo-modular-label",
      skip: usesProfile,
      schema: codigoModularSchema("onboarding-error-codigo-modular"),
      derive: derive ? deriveAll(lookUp, derive) : lookUp,
    },
    {
      key: "otherSchoolName",
      kind: "text",
      promptKey: "reg-other-school-name",
      labelKey: "reg-other-school-name-label",
      skip: (answers) => usesProfile(answers) || answers._otherSchoolKnown === true,
      schema: schoolNameSchema,
    },
  ];
}
