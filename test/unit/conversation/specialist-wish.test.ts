import { describe, expect, it } from "vitest";
import { specialistWish } from "../../../src/conversation/commands/specialist-wish.js";
import { calendarQuestionTexts } from "../../helpers/calendar-questions.js";

const calendarQuestions = calendarQuestionTexts();

describe("a specialist's work asked for in words", () => {
  it("reads reports, exports and reviews as a UGEL specialist asks for them", () => {
    for (const text of ["quiero ver el reporte", "estadísticas de este año", "cuántos docentes se registraron?", "cuantas IE participan", "cobertura por UGEL"]) expect(specialistWish(text), text).toBe("report");
    for (const text of ["descargar los registros en excel", "exportar la lista de entregas", "necesito la planilla de inscritos", "bajar los datos"]) expect(specialistWish(text), text).toBe("export");
    for (const text of ["registros de mi ugel", "ver los registros", "registros pendientes", "hay registros por revisar?", "revisar inscripciones"]) expect(specialistWish(text), text).toBe("review");
  });

  it("leaves a teacher's own registrations and the calendar's questions alone", () => {
    for (const text of ["mis registros", "quiero registrar mi buena práctica", "cuántos concursos hay en junio", "qué hay en junio"]) expect(specialistWish(text), text).toBeNull();
    expect(calendarQuestions.filter((q) => specialistWish(q) !== null)).toEqual([]);
  });
});
