import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { I18n } from "../../../src/i18n.js";
import { LOCALES_DIR, PROJECT_ROOT } from "../../../src/app.js";
import { INVITE_ROLES, LEVELS, SELF_SERVICE_ROLES } from "../../../src/domain/roles.js";

const i18n = new I18n(LOCALES_DIR);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "generated") return [];
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Message ids written literally in code: t("id"), promptKey: "id", labelKey, titleKey, helpKey, key: "id". */
function idsUsedInCode(): Set<string> {
  const ids = new Set<string>();
  const pattern = /(?:\bt\(|(?:promptKey|labelKey|typedKey|titleKey|helpKey|errorKey|messageKey): )"([a-z][a-z0-9]*(?:-[a-zA-Z0-9_]+)+)"/g;
  // zod rules carry their message id as the last argument: .regex(/…/, "id"), .min(3, "id").
  const zodRule = /\.(?:regex|min|max|length|refine|email|url|int|positive|nonnegative|gte|lte|startsWith)\(/;
  const zodMessage = /,\s*"([a-z]+(?:-[a-z0-9]+)+)"\)/g;
  for (const file of sourceFiles(join(PROJECT_ROOT, "src"))) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(pattern)) ids.add(match[1] as string);
    for (const line of text.split("\n").filter((candidate) => zodRule.test(candidate))) {
      for (const match of line.matchAll(zodMessage)) ids.add(match[1] as string);
    }
  }
  return ids;
}

describe("locale files", () => {
  it("have the same messages in Spanish and English", () => {
    const es = new Set(i18n.messageIds("es"));
    const en = new Set(i18n.messageIds("en"));
    expect([...es].filter((id) => !en.has(id)), "in es.ftl but not en.ftl").toEqual([]);
    expect([...en].filter((id) => !es.has(id)), "in en.ftl but not es.ftl").toEqual([]);
  });

  it("contain every message id the code uses", () => {
    const used = idsUsedInCode();
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((id) => !i18n.has("es", id) && !i18n.has("en", id));
    expect(missing).toEqual([]);
  });

  it("contain the ids the code builds from data (roles, levels, options)", () => {
    const built = [
      ...[...SELF_SERVICE_ROLES, ...INVITE_ROLES].map((role) => `role-${role}`),
      ...LEVELS.map((level) => `option-levels-${level}`),
      ...["docente", "director", "invitacion"].map((role) => `option-role-${role}`),
      ...["invalid", "expired", "used", "needs-ugel"].map((reason) => `onboarding-error-invite-${reason}`),
      ...["locale", "role", "ugel", "codigoModular", "levels"].map((key) => `profile-edit-${key}`),
    ];
    expect(built.filter((id) => !i18n.has("es", id) || !i18n.has("en", id))).toEqual([]);
  });

  it("formats plurals and arguments", () => {
    expect(i18n.t("es", "form-files-so-far", { count: 1 })).toContain("1 archivo.");
    expect(i18n.t("es", "form-files-so-far", { count: 3 })).toContain("3 archivos");
    expect(i18n.t("en", "form-progress", { step: 2, total: 5 })).toBe("Step 2 of 5");
  });

  it("falls back to Spanish, and shows the id when a message is missing everywhere", () => {
    expect(i18n.t("en", "no-such-message")).toBe("no-such-message");
  });
});
