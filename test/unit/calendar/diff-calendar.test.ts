import { describe, expect, it } from "vitest";
import { diffCalendars } from "../../../src/domain/calendar/diff-calendar.js";
import type { ContestData } from "../../../src/domain/calendar/types.js";
import { contest } from "./fixtures.js";

const clone = (c: ContestData): ContestData => structuredClone(c);

describe("diffCalendars", () => {
  const a = contest();
  const b = contest({ slug: "otra-feria", name: "Otra feria" });

  it("sorts contests into added, removed, changed and unchanged by slug and year", () => {
    const next2027 = contest({ year: 2027 });
    const diff = diffCalendars([a, b], [clone(a), next2027]);
    expect(diff.added.map((c) => `${c.slug} ${c.year}`)).toEqual(["feria-regional 2027"]);
    expect(diff.removed.map((c) => c.slug)).toEqual(["otra-feria"]);
    expect(diff.unchanged.map((c) => c.slug)).toEqual(["feria-regional"]);
    expect(diff.changed).toEqual([]);
  });

  it("lists each date that moved, old → new", () => {
    const moved = clone(a);
    moved.stages[0]!.registrationCloses = "2026-12-04";
    moved.stages[1]!.eventEnd = undefined;
    const [change] = diffCalendars([a], [moved]).changed;
    expect(change?.dateChanges).toEqual([
      { stage: { kind: "inscripcion", name: "Inscripción" }, field: "registrationCloses", old: "2026-11-30", new: "2026-12-04" },
      { stage: { kind: "regional", name: "Etapa regional" }, field: "eventEnd", old: "2026-12-09" },
    ]);
    expect(change?.fieldsChanged).toEqual([]);
  });

  it("pairs a renamed stage by kind instead of reporting it removed and added", () => {
    const renamed = clone(a);
    renamed.stages[1]!.name = "Final regional";
    renamed.stages[1]!.eventStart = "2026-12-08";
    const [change] = diffCalendars([a], [renamed]).changed;
    expect(change?.stagesAdded).toEqual([]);
    expect(change?.stagesRemoved).toEqual([]);
    expect(change?.fieldsChanged).toEqual(["stage:name"]);
    expect(change?.dateChanges).toEqual([
      { stage: { kind: "regional", name: "Final regional" }, field: "eventStart", old: "2026-12-07", new: "2026-12-08" },
    ]);
  });

  it("reports stages added and removed and other fields", () => {
    const edited = clone(a);
    edited.levels = ["primaria", "secundaria"];
    edited.stages.push({ kind: "nacional", name: "Etapa nacional", order: 3, eventStart: "2027-01-10" });
    edited.stages.splice(0, 1);
    const [change] = diffCalendars([a], [edited]).changed;
    expect(change?.fieldsChanged).toContain("levels");
    expect(change?.stagesAdded).toEqual([{ kind: "nacional", name: "Etapa nacional" }]);
    expect(change?.stagesRemoved).toEqual([{ kind: "inscripcion", name: "Inscripción" }]);
  });
});
