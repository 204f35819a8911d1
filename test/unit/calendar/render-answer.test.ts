import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sampleCalendar } from "../../../prisma/seed/sample-calendar.js";
import { answerQuestion } from "../../../src/domain/calendar/answer-question.js";
import { buildCalendarIndex } from "../../../src/domain/calendar/calendar-index.js";
import { listByMonth } from "../../../src/domain/calendar/list-by-month.js";
import { renderAnswer, renderMonthPage, type RenderContext } from "../../../src/domain/calendar/render-answer.js";
import { contest, NOW } from "./fixtures.js";
import { makeTranslator } from "./helpers/fluent.js";

const es: RenderContext = { t: makeTranslator("es"), locale: "es", now: NOW };
const en: RenderContext = { t: makeTranslator("en"), locale: "en", now: NOW };
const index = buildCalendarIndex(sampleCalendar);

function say(text: string, ctx = es, data = index, now = NOW): string {
  return renderAnswer(answerQuestion(text, data, now), { ...ctx, now });
}

describe("deadlines", () => {
  const data = [contest()];

  it("says how many days are left", () => {
    expect(say("cuando cierra la feria de prueba", es, buildCalendarIndex(data))).toBe(
      "📅 La inscripción de Feria de Prueba 2026 cierra el lunes 30 de noviembre de 2026 (en 3 días).",
    );
    expect(say("when does feria de prueba registration close", en, buildCalendarIndex(data))).toBe(
      "📅 Registration for Feria de Prueba 2026 closes on Monday, November 30, 2026 (in 3 days).",
    );
  });

  it("says it closes today, tomorrow, or closed", () => {
    const idx = buildCalendarIndex(data);
    expect(say("cuando cierra la feria de prueba", es, idx, new Date("2026-11-30T20:00:00Z"))).toBe(
      "⏰ La inscripción de Feria de Prueba 2026 cierra hoy, lunes 30 de noviembre de 2026.",
    );
    expect(say("cuando cierra la feria de prueba", es, idx, new Date("2026-11-29T20:00:00Z"))).toContain("(mañana)");
    expect(say("cuando cierra la feria de prueba", es, idx, new Date("2026-12-01T20:00:00Z"))).toBe(
      "La inscripción de Feria de Prueba 2026 cerró el lunes 30 de noviembre de 2026.",
    );
  });

  it("says when there is no date instead of giving one", () => {
    const undated = buildCalendarIndex([contest({ stages: [{ kind: "inscripcion", name: "Inscripción", order: 1, registrationOpens: "2026-11-02" }] })]);
    expect(say("cuando cierra la feria de prueba", es, undated)).toBe(
      "El calendario todavía no tiene la fecha de cierre de la inscripción de Feria de Prueba 2026.",
    );
  });

  it("adds the sample disclaimer as its own paragraph, only for sample data", () => {
    const text = say("¿cuándo cierra Eureka?");
    expect(text).toContain("cierra el viernes 25 de junio de 2027 (en 210 días)");
    expect(text.endsWith(`\n\n${es.t("calendar-sample-disclaimer")}`)).toBe(true);
    expect(say("cuando cierra la feria de prueba", es, buildCalendarIndex(data))).not.toContain("⚠️");
  });
});

describe("stages, schedules and lists", () => {
  it("renders a stage in progress and its place", () => {
    expect(say("cuando es la final de jedpa").split("\n").slice(0, 2)).toEqual([
      "📅 Final nacional de JEDPA 2026: en curso, del lunes 16 al sábado 28 de noviembre de 2026 (termina mañana).",
      "Lugar: Lima.",
    ]);
  });

  it("renders a missing stage and an undated one", () => {
    expect(say("cuando es la etapa macroregional de onem")).toContain("ONEM 2027 no tiene etapa macrorregional en el calendario.");
    expect(say("cuando salen los resultados de eureka 2027")).toContain("todavía no tiene fecha en el calendario");
  });

  it("renders times in Lima", () => {
    expect(say("cuando es la etapa ie de la onem")).toContain("viernes 23 de abril de 2027, 09:00");
  });

  it("renders a month list", () => {
    const text = say("¿qué hay en junio?");
    expect(text.startsWith("🗓️ Concursos en junio de 2027:\n📆 Junio de 2027\n")).toBe(true);
    expect(text).toContain("• viernes 25 de junio de 2027: Eureka 2027, cierra la inscripción (en 210 días)");
    expect(text).toContain("• Ideas en Acción 2027: inscripción abierta hasta el viernes 2 de julio de 2027");
  });

  it("writes every day of a month list in one long form, a range shortened only at its start", () => {
    const feria = contest({
      stages: [
        { kind: "inscripcion", name: "Inscripción", order: 1, registrationOpens: "2026-11-02", registrationCloses: "2026-12-04" },
        { kind: "ugel", name: "Etapa UGEL", order: 2, eventStart: "2026-12-07", eventEnd: "2026-12-11" },
        { kind: "regional", name: "Etapa regional", order: 3, eventStart: "2026-12-28", eventEnd: "2027-01-08" },
      ],
    });
    const text = renderMonthPage(listByMonth([feria], NOW), es);
    expect(text).toContain("• viernes 4 de diciembre de 2026: Feria de Prueba 2026, cierra la inscripción (en 7 días)");
    expect(text).toContain("• del lunes 7 al viernes 11 de diciembre de 2026: Feria de Prueba 2026, Etapa UGEL");
    expect(text).toContain("• del lunes 28 de diciembre de 2026 al viernes 8 de enero de 2027: Feria de Prueba 2026, Etapa regional");
    // No abbreviated weekday ("lun 7", "vie 4") anywhere.
    expect(text).not.toMatch(/\b(lun|mar|mié|jue|vie|sáb|dom)\.? \d/);
  });

  it("renders an empty window", () => {
    expect(say("que cierra esta semana")).toBe(
      "⏳ Inscripciones que cierran esta semana (del lunes 23 al domingo 29 de noviembre de 2026):\nNo hay fechas del calendario para ese periodo.",
    );
  });

  it("renders suggestions for unknown contests", () => {
    expect(say("¿cuándo cierra el concurso de robótica espacial?").split("\n")[0]).toBe(
      "No encontré un concurso de «robotica espacial» en el calendario.",
    );
    expect(say("cuando cierran los juegos")).toContain("¿A cuál concurso te refieres: JEDPA o Juegos Florales?");
    expect(say("hola")).toContain("No entendí la pregunta.");
  });

  it("renders a /calendario page", () => {
    const page = listByMonth(index, NOW, { pageSize: 4, page: 2 });
    const text = renderMonthPage(page, es);
    expect(text.split("\n")[0]).toBe(`🗓️ Calendario de concursos (página 2 de ${page.totalPages})`);
    expect(text).toContain("Escribe /calendario 3 para ver la página siguiente.");
    expect(text).toContain(es.t("calendar-sample-disclaimer"));
  });
});

describe("every answer renders in both languages", () => {
  const set = JSON.parse(readFileSync(new URL("../../calendar/questions.json", import.meta.url), "utf8")) as {
    defaultNow: string;
    questions: { q: string; now?: string }[];
  };

  it("without a missing message or argument", () => {
    for (const item of set.questions) {
      const now = new Date(item.now ?? set.defaultNow);
      const answer = answerQuestion(item.q, index, now);
      for (const ctx of [es, en]) {
        const text = renderAnswer(answer, { ...ctx, now });
        expect(text.length, item.q).toBeGreaterThan(10);
        expect(text).not.toMatch(/undefined|NaN|\{\s*\$/);
        expect(text.length).toBeLessThan(4096); // one Telegram message
      }
    }
  });
});
