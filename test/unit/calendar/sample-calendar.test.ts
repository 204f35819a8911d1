import { describe, expect, it } from "vitest";
import { sampleCalendar } from "../../../prisma/seed/sample-calendar.js";
import { contestSchema } from "../../../src/domain/calendar/types.js";

describe("sample calendar", () => {
  it("is valid data, marked as sample everywhere", () => {
    for (const contest of sampleCalendar) {
      expect(() => contestSchema.parse(contest), `${contest.slug} ${contest.year}`).not.toThrow();
      expect(contest.isSample).toBe(true);
      expect(contest.notes).toMatch(/EJEMPLO.*no es oficial/);
    }
  });

  it("has the contests of the brief, a regional one, and editions for 2026 and 2027", () => {
    const slugs = new Set(sampleCalendar.map((c) => c.slug));
    for (const slug of ["eureka", "jfen", "jedpa", "onem", "crea-y-emprende", "cnpie", "buenas-practicas-docentes", "peru-lee", "premio-arguedas", "ideas-en-accion", "discurso-ensayo-jfsc"]) {
      expect(slugs.has(slug), slug).toBe(true);
    }
    expect(sampleCalendar.some((c) => c.organizer === "DRE Pasco")).toBe(true);
    expect(sampleCalendar.some((c) => c.year === 2026 && c.stages.some((s) => (s.eventEnd ?? s.eventStart ?? "") >= "2026-11-27"))).toBe(true);
    expect(sampleCalendar.filter((c) => c.year === 2027).length).toBeGreaterThanOrEqual(12);
    // CNPIE 2027 opens its registration in December 2026, as the brief describes.
    const cnpie = sampleCalendar.find((c) => c.slug === "cnpie" && c.year === 2027)!;
    expect(cnpie.stages[0]?.registrationOpens?.startsWith("2026-12")).toBe(true);
  });

  it("has coherent dates: stages in order, registration before closing, start before end", () => {
    for (const contest of sampleCalendar) {
      expect(new Set(contest.stages.map((s) => s.order)).size).toBe(contest.stages.length);
      for (const stage of contest.stages) {
        if (stage.registrationOpens && stage.registrationCloses) expect(stage.registrationOpens <= stage.registrationCloses).toBe(true);
        if (stage.eventStart && stage.eventEnd) expect(stage.eventStart <= stage.eventEnd).toBe(true);
      }
      const competitive = contest.stages.filter((s) => ["ie", "ugel", "regional", "macroregional", "nacional"].includes(s.kind));
      const starts = competitive.map((s) => s.eventStart ?? "");
      expect([...starts].sort()).toEqual(starts);
    }
  });
});
