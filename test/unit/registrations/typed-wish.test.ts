import { describe, expect, it } from "vitest";
import { registrationWish } from "../../../src/conversation/commands/registrations/typed-wish.js";
import { calendarQuestionTexts } from "../../helpers/calendar-questions.js";

describe("a wish to register, typed in words", () => {
  it("opens the form of the kind named, as teachers write it", () => {
    for (const text of [
      "quiero registrar mi buena práctica",
      "buenas tardes profe, deseo inscribir una buena practica docente",
      "Cómo registro mi práctica? es una buena práctica de lectura",
      "registrar buena practica",
      "necesito subir mi BPD",
    ]) {
      expect(registrationWish(text), text).toEqual({ wants: "register", kind: "buena_practica" });
    }
    for (const text of ["como inscribo mi proyecto de innovacion??", "quisiera postular al CNPIE con mi proyecto", "voy a presentar un proyecto innovador", "Quiero participar en el concurso de FONDEP"]) {
      expect(registrationWish(text), text).toEqual({ wants: "register", kind: "proyecto_innovacion" });
    }
  });

  it("asks which kind when none is named", () => {
    for (const text of ["quiero postular", "Quiero inscribirme", "registrar", "como me registro?"]) expect(registrationWish(text), text).toEqual({ wants: "register" });
  });

  it("shows what was sent when that is what is asked", () => {
    for (const text of ["mis registros", "quiero ver mis inscripciones", "ya envié mi proyecto, cómo lo veo", "registré mi buena práctica ayer"]) {
      expect(registrationWish(text), text).toEqual({ wants: "mine" });
    }
  });

  it("leaves to the calendar a question about dates, who may take part or requirements, and other contests", () => {
    for (const text of [
      "hasta cuándo se inscriben las buenas prácticas",
      "requisitos para presentar un proyecto al cnpie",
      "quiénes pueden postular a buenas prácticas",
      "aún puedo inscribir mi proyecto?",
      "quiero inscribirme en eureka",
      "cómo me inscribo a la onem",
      "hay concursos de proyectos para presentar en junio?",
    ]) {
      expect(registrationWish(text), text).toBeNull();
    }
  });

  it("takes none of the calendar question sets' questions for a wish to register", () => {
    const taken = calendarQuestionTexts().filter((q) => registrationWish(q) !== null);
    expect(taken).toEqual([]);
  });
});
