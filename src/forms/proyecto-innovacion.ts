/**
 * Proyecto de innovación (FONDEP's CNPIE) as a form, following the national form: edition and category from the
 * catalog (Consolidado needs years running), the project, its school (código modular, área, nivel, modalidad,
 * type), the director responsible for the grant, the teachers, the students who benefit by ciclo, the central
 * problem (at most 3,000 characters), objectives, strategy, years running, attachments and the sworn statement.
 */
import { z } from "zod";
import { findTopCategory } from "../domain/registrations/catalog.js";
import { CORRECTION_FORM, REGISTRATION_FORM } from "../domain/registrations/kinds.js";
import { categoryField, editionYearField, yearOf } from "./fields/catalog.js";
import { declarationField, duplicateAckField, duplicateLookup } from "./fields/confirmations.js";
import { filesField } from "./fields/files.js";
import { dniField, emailField, mobileField, namesField, surnamesField } from "./fields/person.js";
import { filesOf, itemsOf, memberOf, sendRegistration } from "./fields/registration.js";
import { schoolFields } from "./fields/school.js";
import { charsField, titleField } from "./fields/text.js";
import { turnOf } from "./fields/turn.js";
import { fixedOptions } from "./format.js";
import type { Answers, FieldDef, FieldError, FormDef, FormEnv } from "./types.js";

const KIND = "proyecto_innovacion";
export const PROBLEM_MAX_CHARS = 3000;
export const OBJECTIVES_MAX_CHARS = 1500;
export const STRATEGY_MAX_CHARS = 3000;
export const TEACHERS_MAX = 15;
export const ATTACHMENTS_MAX_FILES = 5;
export const CICLOS = ["I", "II", "III", "IV", "V", "VI", "VII"] as const;

const findDuplicates = duplicateLookup(KIND);

/** Consolidado (and any category with a minimum) needs that many years running; checked from both sides. */
async function yearsRule(category: unknown, years: unknown, answers: Answers, env: FormEnv): Promise<FieldError | null> {
  if (typeof category !== "string" || typeof years !== "number") return null;
  const row = await findTopCategory(turnOf(env).services.db, KIND, yearOf(answers), category);
  if (!row?.minYearsRunning || years >= row.minYearsRunning) return null;
  return { key: "reg-error-years-for-category", args: { category, min: row.minYearsRunning, years } };
}

const teacherFields: FieldDef[] = [
  namesField(),
  surnamesField(),
  dniField({ listKey: "teachers", otherKeys: ["directorDni"] }),
  mobileField("phone", "reg-member-phone", "reg-member-phone-label", true),
  emailField("email", "reg-member-email", "reg-member-email-label", true),
];

const studentFields: FieldDef[] = CICLOS.map((ciclo) => ({
  key: `students${ciclo}`,
  kind: "number",
  promptKey: "reg-pi-students",
  promptArgs: () => ({ ciclo }),
  labelKey: `reg-pi-students-${ciclo}-label`,
  skip: (answers) => !(Array.isArray(answers.ciclos) && answers.ciclos.includes(ciclo)),
  schema: z.number({ error: "reg-error-students" }).int("reg-error-students").min(1, "reg-error-students").max(5000, "reg-error-students"),
}));

export const proyectoInnovacionFields: FieldDef[] = [
  editionYearField(KIND, findDuplicates),
  categoryField(KIND, { check: (value, answers, env) => yearsRule(value, answers.yearsRunning, answers, env) }),
  titleField("reg-pi-title", "reg-pi-title-label", findDuplicates),
  ...schoolFields(findDuplicates),
  { key: "area", kind: "choice", promptKey: "reg-pi-area", labelKey: "reg-pi-area-label", options: () => fixedOptions("area", ["urbana", "rural"]) },
  { key: "modality", kind: "choice", promptKey: "reg-pi-modality", labelKey: "reg-pi-modality-label", options: () => fixedOptions("modality", ["EBR", "EBA", "EBE"]) },
  { key: "level", kind: "choice", promptKey: "reg-level", labelKey: "reg-level-label", options: () => fixedOptions("level", ["inicial", "primaria", "secundaria"]) },
  {
    key: "schoolType",
    kind: "choice",
    promptKey: "reg-pi-school-type",
    labelKey: "reg-pi-school-type-label",
    options: () => fixedOptions("schoolType", ["polidocente_completa", "polidocente_multigrado", "unidocente"]),
  },
  dniField({ key: "directorDni", promptKey: "reg-pi-director-dni", labelKey: "reg-pi-director-dni-label" }),
  namesField("directorNames", "reg-pi-director-names", "reg-pi-director-names-label"),
  surnamesField("directorSurnames", "reg-pi-director-surnames", "reg-pi-director-surnames-label"),
  emailField("directorEmail", "reg-pi-director-email", "reg-pi-director-email-label"),
  mobileField("directorPhone", "reg-pi-director-phone", "reg-pi-director-phone-label"),
  { key: "teachers", kind: "list", promptKey: "reg-pi-teachers", labelKey: "reg-pi-teachers-label", itemFields: teacherFields, minItems: 1, maxItems: TEACHERS_MAX },
  { key: "ciclos", kind: "multiChoice", promptKey: "reg-pi-ciclos", labelKey: "reg-pi-ciclos-label", options: () => fixedOptions("ciclos", CICLOS) },
  ...studentFields,
  charsField("problem", "reg-pi-problem", "reg-pi-problem-label", PROBLEM_MAX_CHARS),
  charsField("objectives", "reg-pi-objectives", "reg-pi-objectives-label", OBJECTIVES_MAX_CHARS),
  charsField("strategy", "reg-pi-strategy", "reg-pi-strategy-label", STRATEGY_MAX_CHARS),
  {
    key: "yearsRunning",
    kind: "number",
    promptKey: "reg-pi-years-running",
    labelKey: "reg-pi-years-running-label",
    schema: z.number({ error: "reg-error-years-running" }).int("reg-error-years-running").min(0, "reg-error-years-running").max(50, "reg-error-years-running"),
    check: (value, answers, env) => yearsRule(answers.category, value, answers, env),
  },
  filesField("attachments", "reg-pi-attachments", "reg-pi-attachments-label", ATTACHMENTS_MAX_FILES),
  declarationField("reg-pi-declaration", findDuplicates),
  duplicateAckField(),
];

function proyectoInnovacionForm(id: string, titleKey: string): FormDef {
  return {
    id,
    titleKey,
    fields: proyectoInnovacionFields,
    confirm: true,
    submit: (answers, env, draft) =>
      sendRegistration(turnOf(env), KIND, answers, draft, {
        category: { name: String(answers.category) },
        members: [
          memberOf({ names: answers.directorNames, surnames: answers.directorSurnames, dni: answers.directorDni, phone: answers.directorPhone, email: answers.directorEmail }, "director_responsable"),
          ...itemsOf(answers, "teachers").map((item) => memberOf(item, "docente")),
        ],
        attachments: filesOf(answers, "attachments"),
      }),
  };
}

export const proyectoInnovacionRegistrationForm = proyectoInnovacionForm(REGISTRATION_FORM.proyecto_innovacion, "reg-pi-title-form");
export const proyectoInnovacionCorrectionForm = proyectoInnovacionForm(CORRECTION_FORM.proyecto_innovacion, "reg-pi-correction-title-form");
