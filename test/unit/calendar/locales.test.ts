import { readFileSync } from "node:fs";
import { FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import type { ImportErrorCode } from "../../../src/domain/calendar/import-layout.js";
import { CONTEST_AREAS, LEVELS, STAGE_KINDS } from "../../../src/domain/calendar/types.js";
import { loadBundle, localeFile } from "./helpers/fluent.js";

function messageIds(locale: "es" | "en"): string[] {
  const resource = new FluentResource(readFileSync(localeFile(locale), "utf8"));
  // The app's locale files hold every feature's messages: the calendar's are the calendar-* ones.
  return resource.body.map((entry) => entry.id).filter((id) => id.startsWith("calendar-"));
}

const IMPORT_CODES: ImportErrorCode[] = [
  "missing-column", "missing-contest", "missing-name", "missing-organizer", "missing-area", "invalid-year",
  "malformed-date", "unknown-level", "unknown-area", "unknown-stage", "missing-stage", "closing-before-opening",
  "end-before-start", "invalid-url", "conflicting-value", "duplicate-stage", "empty-file", "unreadable-file",
];

describe("calendar Fluent files", () => {
  it("parse without errors", () => {
    expect(() => loadBundle("es")).not.toThrow();
    expect(() => loadBundle("en")).not.toThrow();
  });

  it("have the same calendar message ids in both languages, each defined once", () => {
    const es = messageIds("es");
    const en = messageIds("en");
    expect(es.length).toBeGreaterThan(100);
    expect(new Set(es).size).toBe(es.length);
    expect(new Set(en).size).toBe(en.length);
    expect([...es].sort()).toEqual([...en].sort());
  });

  it("name every level, area, stage kind and import error", () => {
    const ids = new Set(messageIds("es"));
    for (const level of LEVELS) expect(ids.has(`calendar-level-${level}`)).toBe(true);
    for (const area of CONTEST_AREAS) expect(ids.has(`calendar-area-${area}`)).toBe(true);
    for (const kind of [...STAGE_KINDS, "final"]) expect(ids.has(`calendar-stage-kind-${kind}`)).toBe(true);
    for (const code of IMPORT_CODES) expect(ids.has(`calendar-import-error-${code}`), code).toBe(true);
  });

  it("use plural selectors for day counts", () => {
    const bundle = loadBundle("es");
    const message = bundle.getMessage("calendar-reg-closes-upcoming")!;
    const format = (days: number) => bundle.formatPattern(message.value!, { contest: "Eureka 2027", date: "lunes 30 de noviembre", days });
    expect(format(1)).toContain("(mañana)");
    expect(format(3)).toContain("(en 3 días)");
  });
});
