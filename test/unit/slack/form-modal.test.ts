/** Form pages, inputs and values of Slack modals, on a form made up for the test (no database). */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isLastPage, nextStep, planPage } from "../../../src/channels/slack/views/form-pages.js";
import { dateCandidates, fieldBlockId, isoDateOf, itemBlockId, readRaw } from "../../../src/channels/slack/views/form-values.js";
import { buildPageView, buildSummaryView, parseMeta } from "../../../src/channels/slack/views/form-view.js";
import { SUMMARY_STEP, type Answers, type FieldDef, type FormDef, type FormEnv } from "../../../src/forms/types.js";

const env: FormEnv = { t: (id, args) => (args ? `${id} ${JSON.stringify(args)}` : id), locale: "es", personId: 1, now: new Date("2026-05-01T12:00:00Z"), services: {} };
const options = (...values: string[]) => values.map((value) => ({ value, label: value.toUpperCase() }));

const fields: FieldDef[] = [
  { key: "kind", kind: "choice", promptKey: "q-kind", labelKey: "l-kind", options: () => options("a", "b"), derive: async (value) => ({ _extra: value === "b" }) },
  { key: "detail", kind: "text", promptKey: "q-detail", labelKey: "l-detail", skip: (answers) => answers.kind !== "b" },
  { key: "title", kind: "text", promptKey: "q-title", labelKey: "l-title", schema: z.string().min(3, "e-title") },
  { key: "levels", kind: "multiChoice", promptKey: "q-levels", labelKey: "l-levels", options: () => options(...Array.from({ length: 12 }, (_, index) => `n${index}`)) },
  { key: "age", kind: "number", promptKey: "q-age", labelKey: "l-age" },
  { key: "day", kind: "date", promptKey: "q-day", labelKey: "l-day" },
  {
    key: "team",
    kind: "list",
    promptKey: "q-team",
    labelKey: "l-team",
    minItems: 1,
    maxItems: 3,
    itemFields: [
      { key: "name", kind: "text", promptKey: "q-name", labelKey: "l-name" },
      { key: "role", kind: "choice", promptKey: "q-role", labelKey: "l-role", options: () => options("docente", "directivo") },
    ],
  },
  { key: "evidence", kind: "files", promptKey: "q-evidence", labelKey: "l-evidence", accept: { mimeTypes: ["application/pdf", "image/jpeg"], maxBytes: 1_048_576, maxFiles: 2 } },
  { key: "notes", kind: "longText", promptKey: "q-notes", labelKey: "l-notes", maxWords: 5, optional: true },
  { key: "after", kind: "choice", promptKey: "q-after", labelKey: "l-after", skip: (answers) => answers._extra !== true, options: () => options("x", "y", "z", "w", "v", "u") },
];
const form: FormDef = { id: "prueba", titleKey: "título de una prueba muy larga", fields, confirm: true, submit: async () => [] };
const keys = async (answers: Answers, start: string, single = false) => (await planPage(form, answers, env, start, single)).map((planned) => planned.field.key);

describe("pages of a form in a modal", () => {
  it("breaks before a question that depends on an answer of the same page, and around lists", async () => {
    expect(await keys({}, "kind")).toEqual(["kind"]);
    expect(await keys({ kind: "a", _extra: false }, "detail")).toEqual(["title", "levels", "age", "day"]);
    expect(await keys({ kind: "b", _extra: true }, "detail")).toEqual(["detail", "title", "levels", "age", "day"]);
    expect(await keys({ kind: "a" }, "team")).toEqual(["team"]);
    expect(await keys({ kind: "b", _extra: true }, "evidence")).toEqual(["evidence", "notes", "after"]);
    expect(await keys({ kind: "a", _extra: false }, "evidence")).toEqual(["evidence", "notes"]);
    expect(await keys({ kind: "a" }, "title", true)).toEqual(["title"]);
  });

  it("a question reading a derived answer not known yet waits for the next page", async () => {
    const derived: FormDef = { ...form, fields: [fields[0] as FieldDef, fields[9] as FieldDef] };
    expect((await planPage(derived, {}, env, "kind")).map((planned) => planned.field.key)).toEqual(["kind"]);
    expect((await planPage(derived, { _extra: true }, env, "kind")).map((planned) => planned.field.key)).toEqual(["kind", "after"]);
  });

  it("goes on after the page, back to a required answer still missing, then to the summary", () => {
    expect(nextStep(form, { kind: "b" }, env, ["kind"], false)).toBe("detail");
    expect(nextStep(form, { kind: "a" }, env, ["kind"], false)).toBe("title");
    expect(nextStep(form, { kind: "a", title: "abc" }, env, ["title"], true)).toBe("levels");
    const complete = { kind: "a", title: "abc", levels: ["n1"], age: 3, day: "2026-06-12", team: [{ name: "Ana", role: "docente" }], evidence: [{ fileRef: "F1" }] };
    expect(nextStep(form, complete, env, ["notes"], false)).toBe(SUMMARY_STEP);
    expect(nextStep(form, { ...complete, team: [] }, env, ["notes"], false)).toBe("team");
    expect(isLastPage(form, complete, env, ["evidence", "notes"])).toBe(true);
    expect(isLastPage(form, { ...complete, _extra: true }, env, ["evidence", "notes"])).toBe(false);
  });
});

describe("inputs and values", () => {
  it("draws each kind with the element Slack has for it, showing stored answers", async () => {
    const answers: Answers = { kind: "b", title: "Leemos", levels: ["n2"], age: 7, day: "12/06/2026", team: [{ name: "Ana", role: "directivo" }], evidence: [{ fileRef: "F1", fileName: "a.pdf", mimeType: "application/pdf", sizeBytes: 1 }], _extra: true };
    const all = await Promise.all(fields.map(async (field) => ({ field, ...(field.options ? { options: await field.options(answers, env) } : {}) })));
    const view = buildPageView({
      form,
      env,
      page: all.map((planned) => (planned.field.kind === "list" ? { ...planned, itemOptions: { role: options("docente", "directivo") } } : planned)),
      meta: { f: "prueba", s: "p", k: fields.map((field) => field.key), d: 1 },
      answers,
      current: (blockId) => {
        if (blockId === itemBlockId("team", 0, "name")) return "Ana";
        if (blockId === itemBlockId("team", 0, "role")) return "directivo";
        return answers[blockId.replace(/^f\./, "")];
      },
      listCounts: { team: 2 },
      submitLabel: "Siguiente",
    });
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    expect(parseMeta(view.private_metadata)).toMatchObject({ f: "prueba", s: "p", d: 1, n: { team: 2 } });
    const inputs = new Map(view.blocks.filter((block) => block.type === "input").map((block) => [block.block_id, block as unknown as { element: Record<string, unknown>; optional?: boolean; hint?: { text: string } }]));
    expect(inputs.get(fieldBlockId("kind"))?.element).toMatchObject({ type: "radio_buttons", initial_option: { value: "b" } });
    expect(inputs.get(fieldBlockId("title"))?.element).toMatchObject({ type: "plain_text_input", multiline: false, initial_value: "Leemos" });
    expect(inputs.get(fieldBlockId("levels"))?.element).toMatchObject({ type: "multi_static_select", initial_options: [{ value: "n2" }] });
    expect(inputs.get(fieldBlockId("age"))?.element).toMatchObject({ type: "number_input", initial_value: "7" });
    expect(inputs.get(fieldBlockId("day"))?.element).toMatchObject({ type: "datepicker", initial_date: "2026-06-12" });
    expect(inputs.get(fieldBlockId("evidence"))?.element).toMatchObject({ type: "file_input", filetypes: ["pdf", "jpg", "jpeg"], max_files: 2 });
    expect(inputs.get(fieldBlockId("evidence"))).toMatchObject({ optional: true, hint: { text: expect.stringContaining("a.pdf") } });
    expect(inputs.get(fieldBlockId("notes"))?.element).toMatchObject({ type: "plain_text_input", multiline: true });
    expect(inputs.get(fieldBlockId("after"))?.element).toMatchObject({ type: "static_select" });
    expect(inputs.get(itemBlockId("team", 0, "role"))?.element).toMatchObject({ type: "radio_buttons", initial_option: { value: "directivo" } });
    expect(inputs.get(itemBlockId("team", 0, "name"))?.optional).toBe(false);
    expect(inputs.get(itemBlockId("team", 1, "name"))?.optional).toBe(true);
    const buttons = view.blocks.filter((block) => block.type === "actions").flatMap((block) => (block as { elements: Array<{ action_id: string }> }).elements.map((element) => element.action_id));
    expect(buttons).toEqual(["pe:m:add", "pe:m:rm"]);
  });

  it("reads each element's state as the answer a chat would give", () => {
    const field = (key: string) => fields.find((candidate) => candidate.key === key) as FieldDef;
    expect(readRaw(field("kind"), { selected_option: { value: "b" } }, options("a", "b"))).toBe("b");
    expect(readRaw(field("kind"), { selected_option: { value: "zz" } }, options("a", "b"))).toBeUndefined();
    expect(readRaw(field("levels"), { selected_options: [{ value: "n3" }, { value: "n1" }] }, options("n1", "n2", "n3"))).toEqual(["n1", "n3"]);
    expect(readRaw(field("levels"), { selected_options: [] }, options("n1"))).toBeUndefined();
    expect(readRaw(field("age"), { value: "7,5" })).toBe(7.5);
    expect(readRaw(field("age"), { value: "siete" })).toBe("siete");
    expect(readRaw(field("day"), { selected_date: "2026-06-12" })).toBe("2026-06-12");
    expect(readRaw(field("title"), { value: "   " })).toBeUndefined();
    expect(readRaw(field("evidence"), { files: [{ id: "F9", name: "b.pdf", mimetype: "application/pdf", size: 10 }] })).toEqual([{ fileRef: "F9", fileName: "b.pdf", mimeType: "application/pdf", sizeBytes: 10 }]);
    expect(isoDateOf("5/6/2026")).toBe("2026-06-05");
    expect(isoDateOf("2026-06-05T10:00")).toBe("2026-06-05");
    expect(isoDateOf("mañana")).toBeUndefined();
    expect(dateCandidates("2026-06-05")).toEqual(["2026-06-05", "05/06/2026"]);
  });

  it("shows every answer in the summary with a button to change it", () => {
    const view = buildSummaryView(form, env, { kind: "a", title: "Leemos", team: [{ name: "Ana", role: "docente" }] }, 2);
    const text = view.blocks.map((block) => (block as { text?: { text: string } }).text?.text ?? "").join("\n");
    expect(text).toContain("l-title: Leemos");
    expect(text).toContain("l-team: 1. Ana · docente");
    expect(text).toContain("l-age: form-summary-empty");
    expect(text).not.toContain("l-detail");
    expect(parseMeta(view.private_metadata)).toEqual({ f: "prueba", s: "s", k: [], d: 2 });
    expect(parseMeta("{nope")).toBeNull();
  });
});
