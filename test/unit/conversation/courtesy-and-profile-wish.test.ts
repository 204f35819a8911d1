import { describe, expect, it } from "vitest";
import { profileWish } from "../../../src/conversation/commands/profile-wish.js";
import { isGreeting, isHelpRequest, isThanks } from "../../../src/conversation/courtesy.js";
import { calendarQuestionTexts } from "../../helpers/calendar-questions.js";

const calendarQuestions = calendarQuestionTexts();

describe("messages that ask for nothing in particular", () => {
  it("greets back a greeting alone", () => {
    for (const text of ["hola", "Holaaa", "buenas tardes profe", "buenos días colega", "qué tal"]) expect(isGreeting(text), text).toBe(true);
    for (const text of ["hola, cuándo cierra eureka?", "buenas prácticas", "hola quiero registrar"]) expect(isGreeting(text), text).toBe(false);
  });

  it("shows the menu to someone asking for help in so many words", () => {
    for (const text of ["ayuda", "Ayudaaa", "menú", "opciones", "qué puedes hacer?", "no entiendo", "cómo funciona esto", "ayuda por favor"]) expect(isHelpRequest(text), text).toBe(true);
    for (const text of ["ayuda para registrar mi buena práctica", "necesito ayuda con la onem", "menu del colegio"]) expect(isHelpRequest(text), text).toBe(false);
  });

  it("answers thanks and a bare ok kindly, and nothing that asks more", () => {
    for (const text of ["gracias", "Muchas gracias profe!", "ok gracias", "ya, gracias por la info", "ok", "listo", "👍", "entendido"]) expect(isThanks(text), text).toBe(true);
    for (const text of ["gracias, cuando cierra eureka?", "ok y la onem?", "no gracias quiero registrar", "1"]) expect(isThanks(text), text).toBe(false);
  });

  it("takes none of the calendar question sets' questions", () => {
    expect(calendarQuestions.filter((q) => isGreeting(q) || isHelpRequest(q) || isThanks(q))).toEqual([]);
  });
});

describe("the profile asked for in words", () => {
  it("opens /perfil for a change of UGEL, school, levels or data, and /mis_datos for «mis datos»", () => {
    for (const text of ["ver mi perfil", "quiero cambiar mi UGEL", "actualizar mis datos", "me equivoqué de colegio", "necesito corregir mis niveles", "perfil"]) expect(profileWish(text), text).toBe("profile");
    expect(profileWish("mis datos")).toBe("my-data");
    expect(profileWish("ver mis datos personales")).toBe("my-data");
  });

  it("leaves a registration's corrections and calendar questions alone", () => {
    for (const text of ["corregir el título de mi proyecto", "¿cambiaron las fechas del nivel secundaria?", "cambió la fecha de la onem?"]) expect(profileWish(text), text).toBeNull();
    expect(calendarQuestions.filter((q) => profileWish(q) !== null)).toEqual([]);
  });
});
