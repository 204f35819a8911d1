import { describe, expect, it } from "vitest";
import { DraftVersions, versionAfter, xminOf } from "../../../src/conversation/sessions/draft-versions.js";
import type { DraftState } from "../../../src/forms/types.js";

const draft = (formId: string) => ({ formId, stepKey: "titulo", answers: {}, version: 1 }) as DraftState;

describe("the version of a person's drafts after a commit", () => {
  it("gives saved drafts the transaction's id, drops removed ones and keeps the others, in form order", () => {
    const before = "12|buena_practica:700,onboarding:650";
    const after = versionAfter(
      before,
      [
        { kind: "draft", personId: 1, formId: "proyecto_innovacion", draft: draft("proyecto_innovacion") },
        { kind: "draft", personId: 1, formId: "onboarding", draft: null },
        { kind: "update", channel: "telegram", updateId: "9" },
      ],
      "812",
    );
    expect(after).toBe("12|buena_practica:700,proyecto_innovacion:812");
  });

  it("is empty when no draft is left, and starts from nothing", () => {
    expect(versionAfter("3|onboarding:5", [{ kind: "draft", personId: 3, formId: "onboarding", draft: null }], "6")).toBe("3|");
    expect(versionAfter("3|", [{ kind: "draft", personId: 3, formId: "onboarding", draft: draft("onboarding") }], "6")).toBe("3|onboarding:6");
  });

  it("reads xmin out of a 64-bit transaction id (epoch above the low 32 bits)", () => {
    expect(xminOf("812")).toBe("812");
    expect(xminOf(String(2n ** 32n * 3n + 41n))).toBe("41");
  });
});

describe("drafts held per sender", () => {
  it("hands an entry to one turn only, and forgets the longest unused beyond its size", () => {
    const held = new DraftVersions(2);
    held.keep("telegram:1", { version: "a:1", drafts: [] });
    held.keep("telegram:2", { version: "a:2", drafts: [] });
    expect(held.take("telegram:1")?.version).toBe("a:1");
    expect(held.take("telegram:1")).toBeUndefined();
    held.keep("telegram:1", { version: "a:3", drafts: [] });
    held.keep("telegram:3", { version: "a:4", drafts: [] });
    expect(held.take("telegram:2")).toBeUndefined();
    expect(held.take("telegram:1")?.version).toBe("a:3");
    expect(held.take("telegram:3")?.version).toBe("a:4");
  });
});
