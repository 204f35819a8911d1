/**
 * Buena práctica docente (MINEDU's Concurso Nacional de Buenas Prácticas Docentes) as a form: edition, type,
 * category and subcategory from the catalog, the practice, its school and level, the team, four sections of at
 * most 300 words, evidence files and the sworn statement. The same fields serve to correct an observed one.
 */
import { LEVELS } from "../domain/roles.js";
import { CORRECTION_FORM, REGISTRATION_FORM } from "../domain/registrations/kinds.js";
import { categoryField, editionYearField, practiceTypeField, subcategoryField } from "./fields/catalog.js";
import { declarationField, duplicateAckField, duplicateLookup } from "./fields/confirmations.js";
import { filesField } from "./fields/files.js";
import { contactField, dniField, namesField, surnamesField } from "./fields/person.js";
import { itemsOf, filesOf, memberOf, sendRegistration } from "./fields/registration.js";
import { schoolFields } from "./fields/school.js";
import { titleField, wordsField } from "./fields/text.js";
import { turnOf } from "./fields/turn.js";
import { fixedOptions, normalizeForMatch } from "./format.js";
import type { FieldDef, FormDef } from "./types.js";

const KIND = "buena_practica";
export const SECTION_MAX_WORDS = 300;
export const TEAM_MAX = 10;
export const EVIDENCE_MAX_FILES = 5;

const findDuplicates = duplicateLookup(KIND);

const LEVEL_WORDS: ReadonlyArray<[RegExp, (typeof LEVELS)[number]]> = [
  [/\binicial\b/, "inicial"],
  [/\bprimaria\b/, "primaria"],
  [/\bsecundaria\b/, "secundaria"],
  [/\bbasica alternativa\b|\beba\b/, "eba"],
  [/\bbasica especial\b|\bebe\b/, "ebe"],
];

/** The level a subcategory names («Educación Primaria» → primaria): the form does not ask it again. */
export function levelNamedBy(subcategory: unknown): (typeof LEVELS)[number] | undefined {
  if (typeof subcategory !== "string") return undefined;
  const text = normalizeForMatch(subcategory);
  return LEVEL_WORDS.find(([pattern]) => pattern.test(text))?.[1];
}

const teamFields: FieldDef[] = [
  namesField(),
  surnamesField(),
  dniField({ listKey: "team" }),
  { key: "memberRole", kind: "choice", promptKey: "reg-member-role", labelKey: "reg-member-role-label", options: () => fixedOptions("memberRole", ["docente", "directivo"]) },
  { key: "condition", kind: "choice", promptKey: "reg-member-condition", labelKey: "reg-member-condition-label", options: () => fixedOptions("condition", ["nombrado", "contratado"]) },
  contactField(),
];

export const buenaPracticaFields: FieldDef[] = [
  editionYearField(KIND, findDuplicates),
  practiceTypeField(),
  categoryField(KIND),
  subcategoryField(KIND),
  titleField("reg-bp-title", "reg-bp-title-label", findDuplicates),
  ...schoolFields(findDuplicates),
  {
    key: "level",
    kind: "choice",
    promptKey: "reg-level",
    labelKey: "reg-level-label",
    implied: (answers) => levelNamedBy(answers.subcategory),
    options: () => fixedOptions("level", LEVELS),
  },
  { key: "team", kind: "list", promptKey: "reg-bp-team", labelKey: "reg-bp-team-label", itemFields: teamFields, minItems: 1, maxItems: TEAM_MAX },
  wordsField("purpose", "reg-bp-purpose", "reg-bp-purpose-label", SECTION_MAX_WORDS),
  wordsField("description", "reg-bp-description", "reg-bp-description-label", SECTION_MAX_WORDS),
  wordsField("results", "reg-bp-results", "reg-bp-results-label", SECTION_MAX_WORDS),
  wordsField("learningEvidence", "reg-bp-learning-evidence", "reg-bp-learning-evidence-label", SECTION_MAX_WORDS),
  filesField("evidenceFiles", "reg-bp-evidence-files", "reg-bp-evidence-files-label", EVIDENCE_MAX_FILES),
  declarationField("reg-bp-declaration", findDuplicates),
  duplicateAckField(),
];

function buenaPracticaForm(id: string, titleKey: string): FormDef {
  return {
    id,
    titleKey,
    fields: buenaPracticaFields,
    confirm: true,
    submit: (answers, env, draft) =>
      sendRegistration(turnOf(env), KIND, answers, draft, {
        category: {
          name: String(answers.category),
          practiceType: String(answers.practiceType),
          ...(typeof answers.subcategory === "string" ? { subcategory: answers.subcategory } : {}),
        },
        members: itemsOf(answers, "team").map((item) => memberOf(item, item.memberRole === "directivo" ? "directivo" : "docente")),
        attachments: filesOf(answers, "evidenceFiles"),
      }),
  };
}

export const buenaPracticaRegistrationForm = buenaPracticaForm(REGISTRATION_FORM.buena_practica, "reg-bp-title-form");
export const buenaPracticaCorrectionForm = buenaPracticaForm(CORRECTION_FORM.buena_practica, "reg-bp-correction-title-form");
