// The two registration forms as data: every text they show exists in Spanish and English, and their choices
// and buttons fit Telegram.
import { describe, expect, it } from "vitest";
import { LOCALES_DIR } from "../../../src/app.js";
import { buenaPracticaFields, SECTION_MAX_WORDS } from "../../../src/forms/buena-practica.js";
import { optionLabelKey } from "../../../src/forms/format.js";
import { PROBLEM_MAX_CHARS, proyectoInnovacionFields } from "../../../src/forms/proyecto-innovacion.js";
import type { FieldDef, FormEnv } from "../../../src/forms/types.js";
import { I18n } from "../../../src/i18n.js";

const i18n = new I18n(LOCALES_DIR);
const env = { t: (id: string) => id, locale: "es", personId: 1, now: new Date(), services: {} } as FormEnv;

function allFields(fields: FieldDef[]): FieldDef[] {
  return fields.flatMap((field) => [field, ...allFields(field.itemFields ?? [])]);
}

describe.each([
  ["buena práctica", buenaPracticaFields],
  ["proyecto de innovación", proyectoInnovacionFields],
])("the %s form", (_name, fields) => {
  it("has every prompt, label and fixed option in both languages", async () => {
    const ids = new Set<string>();
    for (const field of allFields(fields)) {
      ids.add(field.promptKey);
      ids.add(field.labelKey);
      if (field.options && !["year", "practiceType", "category", "subcategory", "school", "duplicateAck"].includes(field.key)) {
        for (const option of await field.options({}, env)) ids.add(option.labelKey ?? optionLabelKey(field.key, option.value));
      }
    }
    const missing = [...ids].filter((id) => !i18n.has("es", id) || !i18n.has("en", id));
    expect(missing).toEqual([]);
  });

  it("has unique keys and no more than 16 options on a choice", async () => {
    const keys = fields.map((field) => field.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const field of allFields(fields).filter((candidate) => candidate.kind === "choice" && candidate.key !== "year")) {
      if (["practiceType", "category", "subcategory", "school", "duplicateAck"].includes(field.key)) continue;
      expect((await field.options?.({}, env))?.length ?? 0).toBeLessThanOrEqual(16);
    }
  });
});

describe("limits from the bases", () => {
  it("counts 300 words for each good-practice section and 3,000 characters for the central problem", () => {
    const sections = buenaPracticaFields.filter((field) => field.kind === "longText");
    expect(sections.map((field) => field.key)).toEqual(["purpose", "description", "results", "learningEvidence"]);
    expect(sections.every((field) => field.maxWords === SECTION_MAX_WORDS && SECTION_MAX_WORDS === 300)).toBe(true);
    expect(proyectoInnovacionFields.find((field) => field.key === "problem")?.maxChars).toBe(PROBLEM_MAX_CHARS);
    expect(PROBLEM_MAX_CHARS).toBe(3000);
  });
});
