import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { Input, Reply } from "../../../src/core/types.js";
import { FormEngine } from "../../../src/forms/engine.js";
import { fixedOptions } from "../../../src/forms/format.js";
import type { DraftState, FormDef, FormEnv } from "../../../src/forms/types.js";

const env: FormEnv = {
  t: (id, args) => (args ? `${id}${JSON.stringify(args)}` : id),
  locale: "es",
  personId: 1,
  now: new Date("2026-11-27T12:00:00Z"),
  services: {},
};

const submitted: Array<Record<string, unknown>> = [];
const form: FormDef = {
  id: "test",
  titleKey: "test-title",
  confirm: true,
  fields: [
    { key: "code", kind: "text", promptKey: "q-code", labelKey: "l-code", schema: z.string().regex(/^\d{7}$/, "error-code") },
    { key: "kind", kind: "choice", promptKey: "q-kind", labelKey: "l-kind", options: () => fixedOptions("kind", ["a", "b"]) },
    { key: "extra", kind: "text", promptKey: "q-extra", labelKey: "l-extra", optional: true, skip: (answers) => answers.kind !== "b" },
    { key: "levels", kind: "multiChoice", promptKey: "q-levels", labelKey: "l-levels", options: () => fixedOptions("levels", ["x", "y", "z"]) },
    { key: "story", kind: "longText", promptKey: "q-story", labelKey: "l-story", maxWords: 5 },
    {
      key: "team",
      kind: "list",
      promptKey: "q-team",
      labelKey: "l-team",
      minItems: 1,
      itemFields: [
        { key: "name", kind: "text", promptKey: "q-name", labelKey: "l-name", schema: z.string().min(2, "error-name") },
        { key: "dni", kind: "text", promptKey: "q-dni", labelKey: "l-dni", schema: z.string().regex(/^\d{8}$/, "error-dni") },
      ],
    },
    {
      key: "files",
      kind: "files",
      promptKey: "q-files",
      labelKey: "l-files",
      optional: true,
      accept: { mimeTypes: ["application/pdf"], maxBytes: 1000, maxFiles: 2 },
    },
  ],
  async submit(answers) {
    submitted.push(answers);
    return [{ type: "text", text: "sent" }];
  },
};

const engine = new FormEngine();
const text = (value: string): Input => ({ type: "text", text: value });
const button = (draft: DraftState, action: string): Input => ({ type: "button", data: `f:${draft.version}:${action}` });
const lastText = (replies: Reply[]) => {
  const last = replies[replies.length - 1];
  return last?.type === "text" ? last.text : "";
};

describe("form engine", () => {
  it("walks a form, explains bad answers, keeps the step, and submits after the summary", async () => {
    let { draft } = await engine.begin(form, env);
    expect(draft.stepKey).toBe("code");

    for (const bad of ["040369", "abcdefg", "x".repeat(5000), "😀😀😀"]) {
      const result = await engine.handle(form, draft, text(bad), env);
      expect(result.changed).toBe(false);
      expect(result.draft.stepKey).toBe("code");
      expect(result.replies.map((reply) => (reply.type === "text" ? reply.text : "")).join("\n")).toContain("error-code");
    }
    ({ draft } = await engine.handle(form, draft, text("0403691"), env));
    expect(draft.answers.code).toBe("0403691");
    expect(draft.stepKey).toBe("kind");

    const wrongChoice = await engine.handle(form, draft, text("c"), env);
    expect(lastText(wrongChoice.replies)).toContain("q-kind");
    expect(wrongChoice.replies[0]).toMatchObject({ text: "form-error-choose-option" });
    ({ draft } = await engine.handle(form, draft, text("1"), env));
    expect(draft.answers.kind).toBe("a");
    expect(draft.stepKey).toBe("levels"); // "extra" is skipped for kind a

    const none = await engine.handle(form, draft, button(draft, "ok"), env);
    expect(none.replies[0]).toMatchObject({ text: "form-error-choose-at-least-one" });
    ({ draft } = await engine.handle(form, draft, button(draft, "t2"), env));
    ({ draft } = await engine.handle(form, draft, button(draft, "t0"), env));
    expect(draft.answers.levels).toEqual(["x", "z"]);
    ({ draft } = await engine.handle(form, draft, button(draft, "ok"), env));
    expect(draft.stepKey).toBe("story");

    ({ draft } = await engine.handle(form, draft, text("one two three"), env));
    const tooLong = await engine.handle(form, draft, text("four five six"), env);
    expect(tooLong.replies[0]?.type === "text" && tooLong.replies[0].text).toContain("form-error-too-many-words");
    expect(tooLong.draft.answers.story).toBe("one two three");
    ({ draft } = await engine.handle(form, draft, text("four"), env));
    expect(draft.answers.story).toBe("one two three\nfour");
    ({ draft } = await engine.handle(form, draft, button(draft, "ok"), env));

    expect(draft.stepKey).toBe("team");
    expect(draft.list?.itemStep).toBe("name");
    ({ draft } = await engine.handle(form, draft, text("Ana Quispe"), env));
    const badDni = await engine.handle(form, draft, text("1234567"), env);
    expect(badDni.replies[0]).toMatchObject({ text: "error-dni" });
    ({ draft } = await engine.handle(form, draft, text("12345678"), env));
    expect(draft.list).toBeUndefined();
    expect(draft.answers.team).toEqual([{ name: "Ana Quispe", dni: "12345678" }]);
    ({ draft } = await engine.handle(form, draft, button(draft, "ok"), env));
    expect(draft.stepKey).toBe("files");

    const exe = await engine.handle(form, draft, { type: "file", file: { fileRef: "f1", fileName: "virus.exe", mimeType: "application/x-msdownload", sizeBytes: 10 } }, env);
    expect(exe.replies[0]?.type === "text" && exe.replies[0].text).toContain("form-error-file-type");
    ({ draft } = await engine.handle(form, draft, { type: "file", file: { fileRef: "f2", fileName: "ok.pdf", mimeType: "application/pdf", sizeBytes: 10 } }, env));
    ({ draft } = await engine.handle(form, draft, button(draft, "ok"), env));
    expect(draft.stepKey).toBe("@summary");

    // Edit one field from the summary: answering returns to the summary with the rest kept.
    ({ draft } = await engine.handle(form, draft, button(draft, "e1"), env));
    expect(draft.stepKey).toBe("kind");
    ({ draft } = await engine.handle(form, draft, button(draft, "o1"), env));
    expect(draft.stepKey).toBe("@summary");
    expect(draft.answers.kind).toBe("b");

    const done = await engine.handle(form, draft, button(draft, "su"), env);
    expect(done.outcome).toBe("submitted");
    expect(submitted.at(-1)).toMatchObject({ code: "0403691", kind: "b", levels: ["x", "z"], story: "one two three\nfour" });
  });

  it("refuses a button from an old message and keeps the step", async () => {
    let { draft } = await engine.begin(form, env);
    const old = draft;
    ({ draft } = await engine.handle(form, draft, text("0403691"), env));
    const stale = await engine.handle(form, draft, button(old, "bk"), env);
    expect(stale.changed).toBe(false);
    expect(stale.replies[0]).toMatchObject({ text: "form-stale-button" });
    expect(stale.draft.stepKey).toBe("kind");
  });

  it("goes back, and skips only optional fields", async () => {
    let { draft } = await engine.begin(form, env);
    ({ draft } = await engine.handle(form, draft, text("0403691"), env));
    ({ draft } = await engine.handle(form, draft, text("2"), env));
    expect(draft.stepKey).toBe("extra");
    ({ draft } = await engine.handle(form, draft, button(draft, "sk"), env));
    expect(draft.stepKey).toBe("levels");
    const notOptional = await engine.handle(form, draft, button(draft, "sk"), env);
    expect(notOptional.replies[0]).toMatchObject({ text: "form-error-not-optional" });
    ({ draft } = await engine.handle(form, draft, button(draft, "bk"), env));
    expect(draft.stepKey).toBe("extra");
    ({ draft } = await engine.handle(form, draft, button(draft, "bk"), env));
    expect(draft.stepKey).toBe("kind");
  });

  it("offers «Atrás» only where there is a step to go back to", async () => {
    const labels = (replies: Reply[]) => {
      const last = replies[replies.length - 1];
      return last?.type === "text" ? (last.buttons ?? []).flat().map((b) => b.label) : [];
    };
    const first = await engine.begin(form, env);
    expect(labels(first.replies)).not.toContain("form-button-back");
    expect(labels(first.replies)).toContain("form-button-cancel");
    const second = await engine.handle(form, first.draft, text("0403691"), env);
    expect(labels(second.replies)).toContain("form-button-back");

    // The first step the person sees is the first that applies, not the form's first field.
    const skipsFirst: FormDef = { ...form, fields: [{ ...form.fields[0]!, skip: () => true }, ...form.fields.slice(1)] };
    const opened = await engine.begin(skipsFirst, env);
    expect(opened.draft.stepKey).toBe("kind");
    expect(labels(opened.replies)).not.toContain("form-button-back");
    // Reopening the first step from the summary (or after a restart) shows no «Atrás» either.
    const again = await engine.prompt(form, { ...first.draft, editing: true }, env);
    expect(labels(again)).not.toContain("form-button-back");
  });

  it("cancels without losing the answers", async () => {
    let { draft } = await engine.begin(form, env);
    ({ draft } = await engine.handle(form, draft, text("0403691"), env));
    const cancelled = await engine.handle(form, draft, button(draft, "cx"), env);
    expect(cancelled.outcome).toBe("cancelled");
    expect(cancelled.draft.answers.code).toBe("0403691");
  });
});

describe("typing a button's label instead of tapping it", () => {
  const labels: Record<string, string> = {
    "form-button-done": "✔ Listo",
    "form-button-back": "◀ Atrás",
    "form-button-skip": "Omitir ⏭",
    "form-button-cancel": "✖ Cancelar",
    "form-button-submit": "📨 Enviar",
  };
  const spanish: FormEnv = { ...env, t: (id, args) => labels[id] ?? env.t(id, args) };

  it("presses «Listo», «Atrás», «Omitir» and «Enviar» where the step shows them, and only there", async () => {
    let { draft } = await engine.begin(form, spanish);
    const noBack = await engine.handle(form, draft, text("atras"), spanish); // the first step has no «Atrás»
    expect(noBack.draft.stepKey).toBe("code");
    expect(noBack.replies[0]).toMatchObject({ text: "error-code" });
    ({ draft } = await engine.handle(form, draft, text("0403691"), spanish));
    ({ draft } = await engine.handle(form, draft, text("Atrás"), spanish));
    expect(draft.stepKey).toBe("code");
    ({ draft } = await engine.handle(form, draft, text("0403691"), spanish));
    ({ draft } = await engine.handle(form, draft, text("1"), spanish));
    expect(draft.stepKey).toBe("levels");
    ({ draft } = await engine.handle(form, draft, text("2"), spanish));
    ({ draft } = await engine.handle(form, draft, text("listo"), spanish));
    expect(draft.answers.levels).toEqual(["y"]);
    expect(draft.stepKey).toBe("story");
    ({ draft } = await engine.handle(form, draft, text("leemos juntos"), spanish));
    ({ draft } = await engine.handle(form, draft, text("LISTO."), spanish));
    expect(draft.answers.story).toBe("leemos juntos"); // finished, not appended
    expect(draft.stepKey).toBe("team");
    ({ draft } = await engine.handle(form, draft, text("Ana Quispe"), spanish));
    ({ draft } = await engine.handle(form, draft, text("12345678"), spanish));
    ({ draft } = await engine.handle(form, draft, text("listo"), spanish));
    expect(draft.stepKey).toBe("files");
    ({ draft } = await engine.handle(form, draft, text("omitir"), spanish));
    expect(draft.stepKey).toBe("@summary");
    const sent = await engine.handle(form, draft, text("enviar"), spanish);
    expect(sent.outcome).toBe("submitted");
  });

  it("cancels the form when «cancelar» is typed, and keeps a label inside a longer answer as the answer", async () => {
    let { draft } = await engine.begin(form, spanish);
    ({ draft } = await engine.handle(form, draft, text("0403691"), spanish));
    ({ draft } = await engine.handle(form, draft, text("1"), spanish));
    ({ draft } = await engine.handle(form, draft, text("1"), spanish));
    ({ draft } = await engine.handle(form, draft, button(draft, "ok"), spanish));
    ({ draft } = await engine.handle(form, draft, text("listo para leer"), spanish));
    expect(draft.answers.story).toBe("listo para leer");
    expect(draft.stepKey).toBe("story");
    const cancelled = await engine.handle(form, draft, text("Cancelar"), spanish);
    expect(cancelled.outcome).toBe("cancelled");
  });
});

describe("several options of a multiple choice typed in one message", () => {
  const labels: Record<string, string> = {
    "option-levels-x": "Secundaria",
    "option-levels-y": "EBA (Básica Alternativa)",
    "option-levels-z": "Primaria",
  };
  const spanish: FormEnv = { ...env, t: (id, args) => labels[id] ?? env.t(id, args) };

  it("marks each option the list names, even when one part is a whole label and another only one word of its label", async () => {
    let { draft } = await engine.begin(form, spanish);
    ({ draft } = await engine.handle(form, draft, text("0403691"), spanish));
    ({ draft } = await engine.handle(form, draft, text("1"), spanish));
    expect(draft.stepKey).toBe("levels");
    ({ draft } = await engine.handle(form, draft, text("secundaria, eba"), spanish));
    expect(draft.answers.levels).toEqual(["x", "y"]);
    ({ draft } = await engine.handle(form, draft, text("primaria y secundaria"), spanish)); // marks, never unmarks
    expect(draft.answers.levels).toEqual(["x", "y", "z"]);
    ({ draft } = await engine.handle(form, draft, text("eba"), spanish)); // one option typed toggles it
    expect(draft.answers.levels).toEqual(["x", "z"]);
  });
});
