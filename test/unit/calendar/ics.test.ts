import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { sampleCalendar } from "../../../prisma/seed/sample-calendar.js";
import { buildIcs, escapeText, foldLine } from "../../../src/domain/calendar/ics.js";
import type { ContestData } from "../../../src/domain/calendar/types.js";
import { contest, NOW } from "./fixtures.js";
import { makeTranslator } from "./helpers/fluent.js";

const t = makeTranslator("es");
const edition = (slug: string, year: number): ContestData => sampleCalendar.find((c) => c.slug === slug && c.year === year)!;

function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  return { calendar, events };
}

describe("buildIcs", () => {
  const text = buildIcs([edition("eureka", 2027), edition("onem", 2027)], { now: NOW, t });

  it("is a VCALENDAR with the required header and a Lima VTIMEZONE", () => {
    const { calendar } = parseIcs(text);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toMatch(/Pasco Educa Bot/);
    expect(calendar.getFirstPropertyValue("calscale")).toBe("GREGORIAN");
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(calendar.getFirstPropertyValue("x-wr-timezone")).toBe("America/Lima");
    const zone = calendar.getFirstSubcomponent("vtimezone")!;
    expect(zone.getFirstPropertyValue("tzid")).toBe("America/Lima");
    expect(zone.getFirstSubcomponent("standard")!.getFirstPropertyValue("tzoffsetto")?.toString()).toBe("-05:00");
  });

  it("uses CRLF line ends and lines of at most 75 octets", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  });

  it("has one event per dated fact with the right dates", () => {
    const { events } = parseIcs(text);
    // Eureka 2027: opens, closes, 4 dated stages (results undated); ONEM 2027: opens, closes, 5 stages.
    expect(events).toHaveLength(6 + 7);
    const closing = events.find((e) => e.uid.startsWith("eureka-2027-inscripcion") && e.uid.includes("registration-closes"))!;
    expect(closing.startDate.isDate).toBe(true);
    expect(closing.startDate.toString()).toBe("2027-06-25");
    expect(closing.endDate.toString()).toBe("2027-06-26");
    expect(closing.summary).toBe("Eureka 2027 · Inscripción de proyectos: cierre de inscripción");
    const ie = events.find((e) => e.uid.startsWith("eureka-2027-ie-"))!;
    expect([ie.startDate.toString(), ie.endDate.toString()]).toEqual(["2027-07-05", "2027-07-31"]);
  });

  it("writes timed events in America/Lima", () => {
    const { events } = parseIcs(text);
    const timed = events.find((e) => e.uid.startsWith("onem-2027-ie-"))!;
    expect(timed.startDate.isDate).toBe(false);
    expect(timed.startDate.zone?.tzid).toBe("America/Lima");
    expect(timed.startDate.toJSDate().toISOString()).toBe("2027-04-23T14:00:00.000Z");
    expect(timed.endDate.toJSDate().toISOString()).toBe("2027-04-23T16:00:00.000Z");
    // A start time with no end gets the default duration: DTEND must be later than DTSTART (RFC 5545).
    const noEnd = events.find((e) => e.uid.startsWith("onem-2027-ugel-"))!;
    expect(noEnd.startDate.toJSDate().toISOString()).toBe("2027-06-04T14:00:00.000Z");
    expect(noEnd.endDate.toJSDate().toISOString()).toBe("2027-06-04T16:00:00.000Z");
  });

  it("keeps the times of a timed stage over several days, and never ends an event at its start", () => {
    const stages = [
      { kind: "regional" as const, name: "Etapa DRE", order: 1, eventStart: "2027-09-20T09:00", eventEnd: "2027-09-24" },
      { kind: "nacional" as const, name: "Etapa nacional", order: 2, eventStart: "2027-11-05T09:00", eventEnd: "2027-11-07T13:00" },
      { kind: "resultados" as const, name: "Resultados", order: 3, eventStart: "2027-12-01T10:00", eventEnd: "2027-12-01T10:00" },
    ];
    const { events } = parseIcs(buildIcs(contest({ year: 2027, stages }), { now: NOW, t }));
    const iso = (d: { toJSDate(): Date }) => d.toJSDate().toISOString();
    expect(events.map((e) => [e.startDate.isDate, iso(e.startDate), iso(e.endDate)])).toEqual([
      [false, "2027-09-20T14:00:00.000Z", "2027-09-25T05:00:00.000Z"],
      [false, "2027-11-05T14:00:00.000Z", "2027-11-07T18:00:00.000Z"],
      [false, "2027-12-01T15:00:00.000Z", "2027-12-01T17:00:00.000Z"],
    ]);
    for (const e of events) expect(e.endDate.compare(e.startDate)).toBe(1);
  });

  it("titles every event with its stage, and carries the stage's revision as SEQUENCE under a stable UID", () => {
    const stages = [
      { kind: "inscripcion" as const, name: "Inscripción de equipos", order: 1, registrationCloses: "2027-05-31" },
      { kind: "ugel" as const, name: "Etapa UGEL", order: 2, registrationCloses: "2027-07-02", eventStart: "2027-07-19" },
    ];
    const first = parseIcs(buildIcs(contest({ year: 2027, shortName: "Eureka", stages }), { now: NOW, t })).events;
    expect(first.map((e) => e.summary)).toEqual([
      "Eureka 2027 · Inscripción de equipos: cierre de inscripción",
      "Eureka 2027 · Etapa UGEL: cierre de inscripción",
      "Eureka 2027 · Etapa UGEL",
    ]);
    expect(first.map((e) => e.sequence)).toEqual([0, 0, 0]);
    const moved = stages.map((s) => (s.kind === "ugel" ? { ...s, eventStart: "2027-07-26", revision: 1 } : s));
    const second = parseIcs(buildIcs(contest({ year: 2027, shortName: "Eureka", stages: moved }), { now: NOW, t })).events;
    expect(second.map((e) => e.uid)).toEqual(first.map((e) => e.uid));
    expect(second.map((e) => e.sequence)).toEqual([0, 1, 1]);
  });

  it("stamps events with the injected now, keeps stable unique UIDs and marks sample data", () => {
    const { events } = parseIcs(text);
    const uids = events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    const later = parseIcs(buildIcs([edition("eureka", 2027), edition("onem", 2027)], { now: new Date("2027-01-01T00:00:00Z"), t }));
    expect(later.events.map((e) => e.uid)).toEqual(uids);
    expect(events[0]!.component.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-11-27T15:00:00Z");
    expect(events[0]!.description).toContain(t("calendar-ics-sample"));
    const regional = events.find((e) => e.uid.startsWith("eureka-2027-regional"))!;
    expect(regional.location).toBe("Cerro de Pasco");
  });

  it("escapes text and folds long lines so they unfold to the original", () => {
    const tricky = contest({
      name: "Concurso, prueba; con \\ barra y una descripción muy larga que ocupa más de setenta y cinco octetos con tildes áéíóú ñ",
      shortName: "Prueba; sí, claro",
      basesUrl: "https://example.org/bases?a=1,b=2",
    });
    const { events } = parseIcs(buildIcs(tricky, { now: NOW, t, includeRegistrationOpening: false }));
    expect(events).toHaveLength(2);
    expect(events[0]!.summary).toBe("Prueba; sí, claro 2026 · Inscripción: cierre de inscripción");
    expect(events[0]!.description.split("\n")[0]).toBe(tricky.name);
    expect(events[1]!.summary).toBe("Prueba; sí, claro 2026 · Etapa regional");
  });
});

describe("text helpers", () => {
  it("escapes backslashes, semicolons, commas and newlines", () => {
    expect(escapeText("a\\b;c,d\ne")).toBe("a\\\\b\\;c\\,d\\ne");
  });

  it("folds without splitting a multi-byte character", () => {
    const folded = foldLine(`SUMMARY:${"ñ".repeat(60)}`);
    const lines = folded.split("\r\n");
    expect(lines.length).toBe(2);
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(lines[1]!.startsWith(" ")).toBe(true);
    expect(folded.replace(/\r\n /g, "")).toBe(`SUMMARY:${"ñ".repeat(60)}`);
  });
});
