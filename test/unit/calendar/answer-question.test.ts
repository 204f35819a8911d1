import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sampleCalendar } from "../../../prisma/seed/sample-calendar.js";
import { answerQuestion } from "../../../src/domain/calendar/answer-question.js";
import type { AnswerPart } from "../../../src/domain/calendar/answer-types.js";
import { buildCalendarIndex } from "../../../src/domain/calendar/calendar-index.js";
import type { ContestRef, DateFact } from "../../../src/domain/calendar/facts.js";
import type { ContestData } from "../../../src/domain/calendar/types.js";

const index = buildCalendarIndex(sampleCalendar);
const now = new Date("2026-11-27T15:00:00Z");
const ask = (text: string, at = now) => answerQuestion(text, index, at);

function only<T extends AnswerPart["type"]>(parts: AnswerPart[], type: T): Extract<AnswerPart, { type: T }> {
  expect(parts).toHaveLength(1);
  expect(parts[0]!.type).toBe(type);
  return parts[0] as Extract<AnswerPart, { type: T }>;
}

/** Every (contest, fact) an answer states. */
function statedFacts(parts: AnswerPart[]): [ContestRef, DateFact][] {
  return parts.flatMap((part): [ContestRef, DateFact][] => {
    switch (part.type) {
      case "registration":
        return [part.opens, part.closes].filter((f): f is DateFact => f !== undefined).map((f) => [part.contest, f]);
      case "stage":
        return part.event === undefined ? [] : [[part.contest, part.event]];
      case "schedule":
      case "details":
        return part.facts.map((f) => [part.contest, f]);
      case "list":
        return part.months.flatMap((m) => m.items.map((i): [ContestRef, DateFact] => [i.contest, i.fact]));
      case "contest-list":
        return part.items.filter((i) => i.next !== undefined).map((i): [ContestRef, DateFact] => [i.contest, i.next!]);
      default:
        return [];
    }
  });
}

function inData(contest: ContestRef, fact: DateFact, data: readonly ContestData[]): boolean {
  const edition = data.find((c) => c.slug === contest.slug && c.year === contest.year);
  const stage = edition?.stages.find((s) => s.order === fact.stage.order && s.kind === fact.stage.kind);
  if (stage === undefined) return false;
  if (fact.kind === "registration-opens") return stage.registrationOpens === fact.start;
  if (fact.kind === "registration-closes") return stage.registrationCloses === fact.start;
  return (stage.eventStart ?? stage.eventEnd) === fact.start && (stage.eventEnd ?? stage.eventStart) === fact.end;
}

describe("contest answers", () => {
  it("gives the registration deadline of the next edition, with days left", () => {
    const part = only(ask("¿cuándo cierra Eureka?").parts, "registration");
    expect(part.contest).toMatchObject({ slug: "eureka", year: 2027, isSample: true });
    expect(part.focus).toBe("close");
    expect(part.closes).toMatchObject({ start: "2027-06-25", status: "upcoming", daysUntilStart: 210 });
    expect(part.opens?.start).toBe("2027-05-03");
  });

  it("says a deadline is today until Lima midnight", () => {
    const lateNight = new Date("2027-04-10T04:30:00Z"); // 23:30 on 9 April in Lima
    const part = only(ask("cuando cierra la inscripcion del cnpie", lateNight).parts, "registration");
    expect(part.closes).toMatchObject({ start: "2027-04-09", status: "today", daysUntilStart: 0 });
  });

  it("reports a closed registration when no later edition exists", () => {
    const part = only(ask("hasta cuando se inscriben en buenas practicas", new Date("2027-11-01T15:00:00Z")).parts, "registration");
    expect(part.contest.year).toBe(2027);
    expect(part.closes).toMatchObject({ start: "2027-09-30", status: "past" });
  });

  it("uses the stage's own registration when the contest has no separate registration stage", () => {
    const part = only(ask("cuando cierra la inscripcion de jedpa").parts, "registration");
    expect(part.stage?.kind).toBe("ie");
    expect(part.closes?.start).toBe("2027-04-30");
  });

  it("picks the edition whose stage is still ahead or running", () => {
    const eureka = only(ask("cuando es la etapa nacional de eureka").parts, "stage");
    expect(eureka.contest.year).toBe(2026);
    expect(eureka.event).toMatchObject({ start: "2026-11-30", end: "2026-12-02", status: "upcoming", daysUntilStart: 3 });
    const jedpa = only(ask("cuando es la final de jedpa").parts, "stage");
    expect(jedpa.stage?.kind).toBe("nacional");
    expect(jedpa.event).toMatchObject({ status: "ongoing", daysUntilEnd: 1 });
  });

  it("says so when the stage does not exist or has no date, never inventing one", () => {
    const missing = only(ask("cuando es la etapa macroregional de onem").parts, "stage");
    expect(missing.stage).toBeUndefined();
    expect(missing.event).toBeUndefined();
    const undated = only(ask("cuando salen los resultados de eureka 2027").parts, "stage");
    expect(undated.stage?.kind).toBe("resultados");
    expect(undated.event).toBeUndefined();
  });

  it("keeps a timed event's time", () => {
    const part = only(ask("cuando es la etapa ie de la onem").parts, "stage");
    expect(part.event).toMatchObject({ start: "2027-04-23T09:00", end: "2027-04-23T11:00", singleDay: true });
  });

  it("falls back to another edition when the year asked for is not there", () => {
    const part = only(ask("cronograma de eureka 2025").parts, "schedule");
    expect(part.missingYear).toBe(2025);
    expect(part.contest.year).toBe(2026);
  });

  it("lists the schedule with the next date and undated stages", () => {
    const part = only(ask("cronograma de eureka 2027").parts, "schedule");
    expect(part.facts.map((f) => f.kind)).toEqual(["registration-opens", "registration-closes", "event", "event", "event", "event"]);
    expect(part.undated.map((s) => s.kind)).toEqual(["resultados"]);
    expect(part.next?.start).toBe("2027-05-03");
  });

  it("tells whether a contest admits the level asked about", () => {
    expect(only(ask("la onem es para primaria?").parts, "details")).toMatchObject({ levelsMatch: false, askedLevels: ["primaria"] });
    expect(only(ask("eureka es para primaria?").parts, "details").levelsMatch).toBe(true);
  });

  it("answers each contest named", () => {
    const answer = ask("eureka y onem hasta cuando se inscriben");
    expect(answer.parts.map((p) => (p.type === "registration" ? p.contest.slug : p.type)).sort()).toEqual(["eureka", "onem"]);
  });
});

describe("list answers", () => {
  it("groups what happens in a window by month", () => {
    const part = only(ask("¿qué hay en junio?").parts, "list");
    expect(part.months.map((m) => m.month)).toEqual(["2027-06"]);
    expect(part.total).toBeGreaterThan(5);
    for (const item of part.months[0]!.items) {
      // Either it happens in June, or it is a registration open throughout June.
      const inJune = item.fact.start.slice(0, 10) <= "2027-06-30" && item.fact.end.slice(0, 10) >= "2027-06-01";
      expect(inJune || (item.ongoing && item.fact.kind === "registration-closes"), item.contest.slug).toBe(true);
    }
  });

  it("shows a registration that spans the window as open", () => {
    const part = only(ask("que hay en enero").parts, "list");
    const cnpie = part.months.flatMap((m) => m.items).find((i) => i.contest.slug === "cnpie");
    expect(cnpie).toMatchObject({ ongoing: true, fact: { kind: "registration-closes", start: "2027-04-09" } });
  });

  it("lists deadlines only when asked what closes", () => {
    const part = only(ask("que cierra en junio").parts, "list");
    const items = part.months.flatMap((m) => m.items);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.fact.kind === "registration-closes")).toBe(true);
  });

  it("caps long lists and counts the rest", () => {
    const answer = answerQuestion("que hay el proximo año", index, now, { maxListItems: 5 });
    const part = only(answer.parts, "list");
    expect(part.shown).toBe(5);
    expect(part.total).toBeGreaterThan(5);
  });

  it("lists contests for a level with their next date", () => {
    const part = only(ask("concursos para inicial").parts, "contest-list");
    expect(part.items.map((i) => i.contest.slug).sort()).toEqual(["buenas-practicas-docentes", "cnpie"]);
    const secundaria = only(ask("concursos para secundaria").parts, "contest-list");
    expect(secundaria.items.length).toBeGreaterThan(5);
  });

  it("lists open registrations", () => {
    const part = only(ask("que inscripciones estan abiertas", new Date("2027-01-15T15:00:00Z")).parts, "list");
    expect(part.months.flatMap((m) => m.items).map((i) => i.contest.slug)).toEqual(["cnpie"]);
  });
});

describe("unknown contests", () => {
  it("suggests names, never dates", () => {
    const answer = ask("¿cuándo cierra el concurso de robótica espacial?");
    const part = only(answer.parts, "unknown");
    expect(part.reason).toBe("no-match");
    expect(part.suggestions.map((s) => s.slug)).toContain("eureka");
    expect(statedFacts(answer.parts)).toEqual([]);
    expect(answer.isSample).toBe(true);
  });

  it("offers contests with registration ahead when the contest is missing", () => {
    const part = only(ask("hasta cuando es la inscripcion?").parts, "unknown");
    expect(part.reason).toBe("need-contest");
    expect(part.suggestions.length).toBeGreaterThan(0);
  });
});

describe("every date stated is in the data", () => {
  const set = JSON.parse(readFileSync(new URL("../../calendar/questions.json", import.meta.url), "utf8")) as {
    defaultNow: string;
    questions: { q: string; now?: string }[];
  };
  it("for the whole question set", () => {
    let checked = 0;
    for (const item of set.questions) {
      const answer = answerQuestion(item.q, index, new Date(item.now ?? set.defaultNow));
      for (const [contest, fact] of statedFacts(answer.parts)) {
        expect(inData(contest, fact, sampleCalendar), `${item.q}: ${contest.slug} ${fact.start}`).toBe(true);
        checked++;
      }
      if (statedFacts(answer.parts).length > 0) expect(answer.isSample).toBe(true);
    }
    expect(checked).toBeGreaterThan(300);
  });

  it("carries isSample only when a cited contest is sample data", () => {
    const official = sampleCalendar.map((c) => ({ ...c, isSample: false }));
    expect(answerQuestion("cuando cierra eureka", official, now).isSample).toBe(false);
    expect(answerQuestion("que hay en junio", official, now).isSample).toBe(false);
  });
});
