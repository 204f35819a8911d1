// Text typed at an onboarding step: a calendar question is answered there only when it surely is one, so an
// ordinary answer to the step (a language, a role, a UGEL, a school's name, a level) is never taken for one.
import { describe, expect, it } from "vitest";
import { sampleCalendar } from "../../../prisma/seed/sample-calendar.js";
import { buildCalendarIndex } from "../../../src/domain/calendar/calendar-index.js";
import { parseQuestion } from "../../../src/domain/calendar/parse-question.js";
import { isConfidentCalendarQuestion } from "../../../src/domain/calendar/question-confidence.js";
import { NOW } from "./fixtures.js";

const index = buildCalendarIndex(sampleCalendar);
const confident = (text: string) => isConfidentCalendarQuestion(parseQuestion(text, index, NOW));

describe("a calendar question typed where something else was asked", () => {
  it.each([
    "¿cuándo cierra Eureka?",
    "cuando cierra eureka",
    "hasta cuando es la inscripcion de eureka",
    "kuando cierra la eureka",
    "fecha de la onem",
    "cuando es la etapa ugel de los juegos florales",
    "q concursos hay en junio",
    "que cierra esta semana",
    "inscripciones abiertas",
  ])("is recognised: %s", (text) => {
    expect(confident(text)).toBe(true);
  });

  it.each([
    "Español",
    "1",
    "acepto",
    "si acepto",
    "docente",
    "soy directora",
    "UGEL Pasco",
    "ugel oxapampa",
    "0403691",
    "ABCD-EFGH-JKMN",
    "IE 34001 Daniel Alcides Carrión",
    "IE Eureka",
    "Colegio Juegos Florales de Yanacancha",
    "primaria y secundaria",
    "inicial",
    "eureka",
    "listo",
    "no se",
    "hola buenas tardes",
    "mi dni es 45781236",
  ])("is not taken for one: %s", (text) => {
    expect(confident(text)).toBe(false);
  });
});
