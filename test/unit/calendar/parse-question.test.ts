import { describe, expect, it } from "vitest";
import { sampleCalendar } from "../../../prisma/seed/sample-calendar.js";
import { buildCalendarIndex } from "../../../src/domain/calendar/calendar-index.js";
import { parseQuestion } from "../../../src/domain/calendar/parse-question.js";

const index = buildCalendarIndex(sampleCalendar);
const now = new Date("2026-11-27T15:00:00Z"); // Friday 10:00 in Lima

function parse(text: string, at = now) {
  const q = parseQuestion(text, index, at);
  return { ...q, slugs: q.contests.map((c) => c.slug) };
}

describe("contest questions", () => {
  it.each([
    ["¿cuándo cierra Eureka?", "eureka", "registration_close"],
    ["¿cuándo cierra la inscripción de Eureka?", "eureka", "registration_close"],
    ["¿hasta cuándo hay para inscribirse en los Juegos Florales?", "jfen", "registration_close"],
    ["oye cuando cierra eureka porfa que mi alumno quiere participar", "eureka", "registration_close"],
    ["cuando sierra la inscripcion de la onem", "onem", "registration_close"],
    ["ultimo dia para postular a buenas practicas", "buenas-practicas-docentes", "registration_close"],
    ["desde cuando se pueden inscribir en la onem", "onem", "registration_open"],
    ["cuando abren las inscripciones del cnpie", "cnpie", "registration_open"],
    ["esta abierta la inscripcion del cnpie", "cnpie", "registration"],
    ["cuándo es Eureka", "eureka", "schedule"],
    ["cronograma de los juegos florales", "jfen", "schedule"],
    ["qué es el CNPIE", "cnpie", "details"],
    ["jedpa", "jedpa", "details"],
  ])("%s → %s %s", (text, slug, intent) => {
    const q = parse(text);
    expect(q.slugs).toEqual([slug]);
    expect(q.intent).toBe(intent);
  });

  it.each([
    ["¿cuándo es la etapa regional de ONEM?", "onem", "regional"],
    ["cuando es la etapa ugel de eureka en oxapampa", "eureka", "ugel"],
    ["etapa macrorregional de los juegos deportivos", "jedpa", "macroregional"],
    ["cuando es la etapa de ie de la onem", "onem", "ie"],
    ["cuando es la final de los juegos florales", "jfen", "final"],
    ["JEDPA final nacional fecha", "jedpa", "nacional"],
    ["cuando salen los resultados del cnpie", "cnpie", "resultados"],
    ["en que fecha es la fase dre de la olimpiada de matematicas", "onem", "regional"],
  ])("%s → stage %s", (text, slug, stage) => {
    const q = parse(text);
    expect(q.slugs).toEqual([slug]);
    expect(q.intent).toBe("stage");
    expect(q.stage).toBe(stage);
  });

  it("does not take a UGEL named as a place, or the DRE as organizer, for a stage", () => {
    expect(parse("soy de la ugel oxapampa cuando cierra eureka").stage).toBeUndefined();
    expect(parse("concurso de comprension lectora de la dre cuando es").intent).toBe("schedule");
  });

  it("reads a stage's registration deadline", () => {
    const q = parse("cuando cierra la inscripcion a la etapa ie de jedpa");
    expect(q).toMatchObject({ intent: "registration_close", stage: "ie", slugs: ["jedpa"] });
  });

  it("keeps the edition year", () => {
    expect(parse("cronograma de eureka 2026").year).toBe(2026);
    expect(parse("cronograma de eureka").year).toBeUndefined();
  });

  it("answers for every contest named", () => {
    expect(parse("cuando cierra la inscripcion de eureka y de los juegos florales").slugs.sort()).toEqual(["eureka", "jfen"]);
  });
});

describe("window and list questions", () => {
  it.each([
    ["¿qué hay en junio?", "named-month", "2027-06-01", "2027-06-30", "any"],
    ["¿qué concursos hay en junio?", "named-month", "2027-06-01", "2027-06-30", "any"],
    ["esta semana", "week", "2026-11-23", "2026-11-29", "any"],
    ["que hay la semana que viene", "next-week", "2026-11-30", "2026-12-06", "any"],
    ["el próximo mes", "next-month", "2026-12-01", "2026-12-31", "any"],
    ["que cierra este mes", "month", "2026-11-01", "2026-11-30", "closes"],
    ["¿qué vence pronto?", "soon", "2026-11-27", "2026-12-11", "closes"],
    ["que inscripciones abren en diciembre", "named-month", "2026-12-01", "2026-12-31", "opens"],
    ["qué hay en los próximos 30 días", "days", "2026-11-27", "2026-12-27", "any"],
    ["qué hay hoy", "today", "2026-11-27", "2026-11-27", "any"],
    ["que hay en setiembre del 2028", "named-month", "2028-09-01", "2028-09-30", "any"],
    ["que hay en abril y mayo", "named-month", "2027-04-01", "2027-05-31", "any"],
    ["what is on next month", "next-month", "2026-12-01", "2026-12-31", "any"],
  ])("%s", (text, kind, start, end, filter) => {
    const q = parse(text);
    expect(q.intent).toBe("list");
    expect(q.window).toEqual({ kind, start, end });
    expect(q.filter).toBe(filter);
    expect(q.slugs).toEqual([]);
  });

  it("reads levels, with typos and synonyms", () => {
    expect(parse("concursos para inicial")).toMatchObject({ intent: "list", levels: ["inicial"] });
    expect(parse("concursos de nivel incial").levels).toEqual(["inicial"]);
    expect(parse("que hay para ceba").levels).toEqual(["eba"]);
    expect(parse("que concursos hay para primaria y secundaria").levels.sort()).toEqual(["primaria", "secundaria"]);
  });

  it("reads an area filter", () => {
    expect(parse("concursos de arte en setiembre")).toMatchObject({ intent: "list", areas: ["arte"] });
  });

  it("lists open registrations", () => {
    expect(parse("que concursos tienen inscripciones abiertas")).toMatchObject({ intent: "list", filter: "open-now" });
  });

  it("resolves windows against the injected now", () => {
    expect(parse("esta semana", new Date("2027-03-10T15:00:00Z")).window).toMatchObject({ start: "2027-03-08", end: "2027-03-14" });
    expect(parse("que hay en febrero", new Date("2027-03-10T15:00:00Z")).window).toMatchObject({ start: "2028-02-01" });
  });
});

describe("questions the calendar cannot answer", () => {
  it("reports a contest that does not exist, with suggestions", () => {
    const q = parse("¿cuándo cierra el concurso de robótica espacial?");
    expect(q.intent).toBe("unknown");
    expect(q.unknownReason).toBe("no-match");
    expect(q.unknownTerms).toEqual(["robotica", "espacial"]);
    expect(q.suggestions[0]?.slug).toBe("eureka");
  });

  it("does not stretch a name over a different contest", () => {
    expect(parse("cuando cierra la feria de emprendimiento agrario").intent).toBe("unknown");
    expect(parse("cuando es el concurso de oratoria en ingles").intent).toBe("unknown");
    expect(parse("cuando es la olimpiada de quimica").intent).toBe("unknown");
  });

  it("asks which contest when the name is missing or shared", () => {
    expect(parse("¿cuándo cierra la inscripción?")).toMatchObject({ intent: "unknown", unknownReason: "need-contest" });
    const juegos = parse("cuando cierran los juegos");
    expect(juegos).toMatchObject({ intent: "unknown", unknownReason: "ambiguous" });
    expect(juegos.suggestions.map((s) => s.slug).sort()).toEqual(["jedpa", "jfen"]);
  });

  it("says when it did not understand", () => {
    expect(parse("hola")).toMatchObject({ intent: "unknown", unknownReason: "not-understood" });
  });
});

describe("messages that are not calendar questions", () => {
  it("never repeats personal data back as a contest name", async () => {
    const { sampleCalendar } = await import("../../../prisma/seed/sample-calendar.js");
    const { parseQuestion } = await import("../../../src/domain/calendar/parse-question.js");
    const now = new Date("2026-12-02T15:00:00Z");
    for (const text of [
      "mi DNI es 45781236 y mi celular 987654321, correo rosa.quispe@gmail.com",
      "soy Rosa Quispe, mi número es 987 654 321",
      "cuando cierra, mi correo es juan.perez@hotmail.com",
    ]) {
      const query = parseQuestion(text, sampleCalendar, now);
      expect(query.intent, text).toBe("unknown");
      expect(query.unknownReason, text).toBe("not-understood");
      expect(query.unknownTerms, text).toEqual([]);
    }
  });
});

describe("asking back", () => {
  it("asks «¿a cuál?» only between two or more candidates", async () => {
    const { sampleCalendar } = await import("../../../prisma/seed/sample-calendar.js");
    const { parseQuestion } = await import("../../../src/domain/calendar/parse-question.js");
    const now = new Date("2026-12-02T15:00:00Z");
    const two = parseQuestion("cuando son los juegos", sampleCalendar, now);
    expect(two.unknownReason).toBe("ambiguous");
    expect(two.suggestions.length).toBeGreaterThanOrEqual(2);
    for (const text of ["olimpiada de matematicas etapa dre", "paradeportivos nacional", "premio arguedas"]) {
      const query = parseQuestion(text, sampleCalendar, now);
      expect(query.intent, text).not.toBe("unknown");
      expect(query.contests, text).toHaveLength(1);
    }
  });
});
