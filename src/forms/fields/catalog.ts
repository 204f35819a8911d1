/**
 * Edition year, practice type, category and subcategory, with their options read from the database (the
 * catalog a specialist keeps), so a new year or a renamed category needs no code. The chosen category is kept
 * by its name (what the person saw); when an earlier answer changes, later ones that no longer fit are cleared.
 */
import { findTopCategory, openEditionYears, practiceTypes, subcategories, topCategories } from "../../domain/registrations/catalog.js";
import type { RegistrationKind } from "../../domain/registrations/kinds.js";
import { optionLabelKey } from "../format.js";
import type { Answers, FieldDef, FormEnv } from "../types.js";
import { deriveAll, turnOf } from "./turn.js";

type Derive = NonNullable<FieldDef["derive"]>;

const db = (env: FormEnv) => turnOf(env).services.db;

export function yearOf(answers: Answers): number {
  return Number(answers.year);
}

/** Clears the category and subcategory when they do not exist for the current year (and practice type). */
function keepCategoryIfValid(kind: RegistrationKind): Derive {
  return async (_value, answers, env) => {
    if (typeof answers.category !== "string") return {};
    const practiceType = kind === "buena_practica" ? String(answers.practiceType ?? "") : undefined;
    if (kind === "buena_practica" && !practiceType) return {};
    const category = await findTopCategory(db(env), kind, yearOf(answers), answers.category, practiceType);
    if (!category) return { category: undefined, subcategory: undefined, _hasSubcategories: undefined, _categoryId: undefined };
    return describeCategory(category.id, answers, env);
  };
}

/** Whether the category has subcategories (so the next question applies), and the subcategory if it still fits. */
async function describeCategory(categoryId: number, answers: Answers, env: FormEnv): Promise<Answers> {
  const children = await subcategories(db(env), categoryId);
  const keep = typeof answers.subcategory === "string" && children.some((child) => child.name === answers.subcategory);
  return { _categoryId: categoryId, _hasSubcategories: children.length > 0, ...(keep ? {} : { subcategory: undefined }) };
}

export function editionYearField(kind: RegistrationKind, derive?: Derive): FieldDef {
  return {
    key: "year",
    kind: "choice",
    promptKey: "reg-year",
    labelKey: "reg-year-label",
    // A correction stays in the year it was sent for (its code says so), even if that call has closed.
    options: async (answers, env) => {
      const years = typeof answers._correcting === "number" && answers.year ? [Number(answers.year)] : await openEditionYears(db(env), kind, env.now);
      return years.map((year) => ({ value: String(year), label: String(year) }));
    },
    derive: derive ? deriveAll(keepCategoryIfValid(kind), derive) : keepCategoryIfValid(kind),
  };
}

export function practiceTypeField(): FieldDef {
  return {
    key: "practiceType",
    kind: "choice",
    promptKey: "reg-practice-type",
    labelKey: "reg-practice-type-label",
    options: async (answers, env) => (await practiceTypes(db(env), yearOf(answers))).map((type) => ({ value: type, labelKey: optionLabelKey("practiceType", type) })),
    derive: keepCategoryIfValid("buena_practica"),
  };
}

export function categoryField(kind: RegistrationKind, extra: Pick<FieldDef, "check"> = {}): FieldDef {
  const practiceTypeOf = (answers: Answers) => (kind === "buena_practica" ? String(answers.practiceType ?? "") : undefined);
  return {
    key: "category",
    kind: "choice",
    promptKey: kind === "buena_practica" ? "reg-bp-category" : "reg-pi-category",
    labelKey: "reg-category-label",
    options: async (answers, env) => (await topCategories(db(env), kind, yearOf(answers), practiceTypeOf(answers))).map((row) => ({ value: row.name, label: row.name })),
    derive: async (value, answers, env) => {
      const category = await findTopCategory(db(env), kind, yearOf(answers), String(value), practiceTypeOf(answers));
      return category ? describeCategory(category.id, answers, env) : { _hasSubcategories: false, _categoryId: undefined };
    },
    ...extra,
  };
}

export function subcategoryField(kind: RegistrationKind): FieldDef {
  return {
    key: "subcategory",
    kind: "choice",
    promptKey: "reg-subcategory",
    promptArgs: (answers) => ({ category: String(answers.category ?? "") }),
    labelKey: "reg-subcategory-label",
    skip: (answers) => answers._hasSubcategories !== true,
    // The category's id is kept when it is chosen (one query less per step); the submit checks both again.
    options: async (answers, env) => {
      let parentId = typeof answers._categoryId === "number" ? answers._categoryId : undefined;
      if (parentId === undefined) {
        const practiceType = kind === "buena_practica" ? String(answers.practiceType ?? "") : undefined;
        parentId = (await findTopCategory(db(env), kind, yearOf(answers), String(answers.category ?? ""), practiceType))?.id;
      }
      return parentId === undefined ? [] : (await subcategories(db(env), parentId)).map((row) => ({ value: row.name, label: row.name }));
    },
  };
}
