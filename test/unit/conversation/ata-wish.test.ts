import { describe, expect, it } from "vitest";
import { ataWish } from "../../../src/conversation/commands/ata/typed-wish.js";
import { calendarQuestionTexts } from "../../helpers/calendar-questions.js";

const calendarQuestions = calendarQuestionTexts();

describe("an ATA announcement asked for in words", () => {
  it("opens the wizard when a specialist says they want to send one", () => {
    for (const text of ["quiero enviar un anuncio de ATA", "Nuevo comunicado para los directores", "necesito mandar un aviso a los docentes de Oxapampa", "crear anuncio", "hay que publicar el comunicado de la asistencia técnica"]) {
      expect(ataWish(text), text).toBe("write");
    }
  });

  it("shows how the announcements went when that is what is asked", () => {
    for (const text of ["quiénes confirmaron el anuncio?", "cómo va el aviso de la ATA", "estado de mis comunicados", "cuántos recibieron el anuncio de inicio"]) expect(ataWish(text), text).toBe("status");
  });

  it("leaves questions about ATA sessions and everything else alone", () => {
    for (const text of ["cuándo es la ATA de inicio?", "avisos", "quiero registrar mi buena práctica", "qué hay en junio"]) expect(ataWish(text), text).toBeNull();
    expect(calendarQuestions.filter((q) => ataWish(q) !== null)).toEqual([]);
  });
});
