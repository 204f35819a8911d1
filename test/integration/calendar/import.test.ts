/**
 * The contest calendar in the database: the sample seed of a fresh install, imports (in place, diffed, all or
 * nothing, only the valid rows when asked, audited) and the in-memory calendar the conversation answers from.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sampleCalendar } from "../../../prisma/seed/sample-calendar.js";
import { LOCALES_DIR } from "../../../src/app.js";
import { answerQuestion, importCalendarCsv, type ContestData } from "../../../src/domain/calendar/index.js";
import {
  ContestCalendar,
  contestCalendar,
  editionKey,
  loadContests,
  previewCalendarImport,
  renderCalendarDiff,
  saveCalendarImport,
  seedSampleCalendar,
} from "../../../src/domain/contests/index.js";
import { followContest } from "../../../src/domain/reminders/subscriptions.js";
import { I18n } from "../../../src/i18n.js";
import { createTestDatabase, resetTestData, testDatabaseUrl, type TestDatabase } from "../../helpers/db.js";
import { renderImportNotes } from "../../../src/domain/contests/index.js";
import { BAD_CSV, FIXED_CSV, NOW, REVISED_CSV } from "./official-calendar.js";

const t = new I18n(LOCALES_DIR).translator("es");
const byKey = (contests: readonly ContestData[]) => [...contests].sort((a, b) => editionKey(a).localeCompare(editionKey(b)));
const actor = { personId: null, label: "cli:test" };

function importInput(csv: string, fileName: string, onlyValid = false) {
  const result = importCalendarCsv(csv);
  const rejectedRows = new Set(result.errors.map((e) => e.line)).size;
  const rejectedEditions = result.rejectedEditions ?? [];
  return { contests: result.contests, fileName, actor, onlyValid, rowsRead: result.rowsRead, rejectedRows, rejectedEditions, now: NOW };
}

describe(`contest calendar in the database (${testDatabaseUrl() ? "PostgreSQL" : "PGlite"})`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(); // seeded: the sample calendar is there
  });
  beforeEach(async () => {
    await resetTestData(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("seeds the sample calendar once, marked as sample, with its dates and Lima times intact", async () => {
    const { contests } = await loadContests(db.prisma);
    expect(byKey(contests)).toEqual(byKey(sampleCalendar));
    const onem = contests.find((c) => c.slug === "onem" && c.year === 2027)!;
    expect(onem.stages[1]).toMatchObject({ eventStart: "2027-04-23T09:00", eventEnd: "2027-04-23T11:00" });
    expect(await seedSampleCalendar(db.prisma)).toBe(0);
    expect(await db.prisma.contest.count()).toBe(sampleCalendar.length);
  });

  it("replaces the 2027 sample with the official import in place, retires the whole sample (2026 too), and never seeds it back", async () => {
    const person = await db.prisma.person.create({ data: { displayName: "Rosa", role: "docente" } });
    const sampleEureka = await db.prisma.contest.findUniqueOrThrow({ where: { slug_year: { slug: "eureka", year: 2027 } }, include: { stages: true } });
    await followContest(db.prisma, person.id, sampleEureka.id);
    const registrationStageId = sampleEureka.stages.find((s) => s.kind === "inscripcion")!.id;

    const { diff, years, retiredSample } = await saveCalendarImport(db.prisma, importInput(FIXED_CSV, "calendario-2027.csv"));

    expect(years).toEqual([2027]);
    expect(retiredSample).toBe(sampleCalendar.length);
    expect(diff.added.map(editionKey)).toEqual(["feria-matematica-pasco|2027"]);
    expect(diff.changed.map(editionKey).sort()).toEqual(["eureka|2027", "jfen|2027", "onem|2027"]);
    const eurekaChange = diff.changed.find((c) => c.slug === "eureka")!;
    expect(eurekaChange.dateChanges).toContainEqual({ stage: { kind: "inscripcion", name: "Inscripción de proyectos" }, field: "registrationCloses", old: "2027-06-25", new: "2027-06-11" });
    expect(eurekaChange.fieldsChanged).toContain("isSample");
    const sample2027 = sampleCalendar.filter((c) => c.year === 2027).map(editionKey);
    expect(diff.removed.map(editionKey).sort()).toEqual(sample2027.filter((k) => !["eureka|2027", "jfen|2027", "onem|2027"].includes(k)).sort());

    const eureka = await db.prisma.contest.findUniqueOrThrow({ where: { slug_year: { slug: "eureka", year: 2027 } }, include: { stages: true, subscriptions: true } });
    expect(eureka.id).toBe(sampleEureka.id); // updated in place: follows and reminders keep pointing at it
    expect(eureka.isSample).toBe(false);
    expect(eureka.source).toBe("calendario-2027.csv");
    expect(eureka.subscriptions.map((s) => s.personId)).toEqual([person.id]);
    expect(eureka.stages.find((s) => s.kind === "inscripcion")).toMatchObject({ id: registrationStageId, registrationCloses: new Date("2027-06-11T00:00:00Z") });
    expect(eureka.stages).toHaveLength(3);

    const { contests } = await loadContests(db.prisma);
    expect(contests.filter((c) => c.year === 2026)).toEqual([]);
    expect(contests.every((c) => !c.isSample)).toBe(true);
    expect(contests.find((c) => c.slug === "onem")!.stages.find((s) => s.kind === "regional")).toMatchObject({ eventStart: "2027-08-27T09:00", place: "Cerro de Pasco" });

    const [entry] = await db.prisma.auditLog.findMany({ where: { action: "calendar.import" } });
    expect(entry).toMatchObject({ actorLabel: "cli:test", entity: "calendar", entityId: "2027" });
    expect(entry!.detail).toMatchObject({ fileName: "calendario-2027.csv", onlyValid: false, rowsRead: 10, rejectedRows: 0, added: 1, changed: 3, removed: diff.removed.length });

    expect(entry!.detail).toMatchObject({ retiredSample: sampleCalendar.length });

    expect(await seedSampleCalendar(db.prisma)).toBe(0);
    expect(await db.prisma.contest.count({ where: { isSample: true } })).toBe(0);
  });

  it("--only-valid never deletes a stored stage because its row is bad: it stays, and the report says so", async () => {
    await saveCalendarImport(db.prisma, importInput(FIXED_CSV, "calendario-2027.csv"));
    // BAD_CSV: ONEM's "Primera fase (IE)" has an impossible date (31/04), Eureka's registration closes before it
    // opens, a JFEN row has an unknown level, and the Feria's rows lack its name (the whole contest is rejected).
    const { kept, diff } = await saveCalendarImport(db.prisma, importInput(BAD_CSV, "calendario-con-errores.csv", true));
    expect(kept.map((k) => `${k.contest.slug}:${k.stage.name}`).sort()).toEqual([
      "eureka:Inscripción de proyectos",
      "feria-matematica-pasco:Final regional",
      "feria-matematica-pasco:Inscripción",
      "jfen:Inscripción",
      "onem:Primera fase (IE)",
    ]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed.flatMap((c) => c.stagesRemoved)).toEqual([]);
    const onem = await db.prisma.contest.findUniqueOrThrow({ where: { slug_year: { slug: "onem", year: 2027 } }, include: { stages: true } });
    expect(onem.stages.find((s) => s.name === "Primera fase (IE)")).toMatchObject({ eventStart: new Date("2027-04-23T00:00:00Z"), eventStartTime: "09:00" });
    const lines = renderImportNotes({ kept, retiresSample: false }, t);
    expect(lines).toContain("la fila tiene errores: la etapa «Primera fase (IE)» de ONEM 2027 se queda como estaba guardada.");
  });

  it("retires sample editions left beside official data by an older version, at the next start", async () => {
    await saveCalendarImport(db.prisma, importInput(FIXED_CSV, "calendario-2027.csv"));
    const leftover = sampleCalendar.filter((c) => c.year === 2026);
    await seedSampleCalendar(db.prisma, leftover); // an official edition exists: nothing is written
    expect(await db.prisma.contest.count({ where: { isSample: true } })).toBe(0);
    const { contestColumns } = await import("../../../src/domain/contests/records.js");
    await db.prisma.contest.create({ data: { ...contestColumns(leftover[0]!), source: "sample-calendar" } });
    expect(await seedSampleCalendar(db.prisma)).toBe(0);
    expect(await db.prisma.contest.count({ where: { isSample: true } })).toBe(0);
  });

  it("updates a re-import in place and reports the dates that moved and the contests removed", async () => {
    await saveCalendarImport(db.prisma, importInput(FIXED_CSV, "calendario-2027.csv"));
    const before = await db.prisma.contest.findMany({ where: { year: 2027 }, include: { stages: true }, orderBy: { id: "asc" } });

    expect((await previewCalendarImport(db.prisma, importCalendarCsv(REVISED_CSV).contests)).diff.removed.map(editionKey)).toEqual(["feria-matematica-pasco|2027"]);
    const { diff } = await saveCalendarImport(db.prisma, importInput(REVISED_CSV, "calendario-2027-v2.csv"));

    expect(diff.added).toEqual([]);
    expect(diff.changed).toEqual([
      expect.objectContaining({
        slug: "eureka",
        dateChanges: [{ stage: { kind: "inscripcion", name: "Inscripción de proyectos" }, field: "registrationCloses", old: "2027-06-11", new: "2027-06-18" }],
        stagesAdded: [],
        stagesRemoved: [],
        fieldsChanged: [],
      }),
    ]);
    expect(diff.removed.map(editionKey)).toEqual(["feria-matematica-pasco|2027"]);
    expect(diff.unchanged.map(editionKey).sort()).toEqual(["jfen|2027", "onem|2027"]);

    const after = await db.prisma.contest.findMany({ where: { year: 2027 }, include: { stages: true }, orderBy: { id: "asc" } });
    const kept = before.filter((c) => c.slug !== "feria-matematica-pasco");
    expect(after.map((c) => c.id)).toEqual(kept.map((c) => c.id));
    expect(after.flatMap((c) => c.stages.map((s) => s.id)).sort()).toEqual(kept.flatMap((c) => c.stages.map((s) => s.id)).sort());
    // Only the stage whose date moved gets a new revision (its .ics events a higher SEQUENCE).
    const revisionBefore = new Map(before.flatMap((c) => c.stages.map((s) => [s.id, s.revision] as const)));
    const bumped = after.flatMap((c) => c.stages.filter((s) => s.revision !== revisionBefore.get(s.id)).map((s) => `${c.slug}:${s.name}:+${s.revision - revisionBefore.get(s.id)!}`));
    expect(bumped).toEqual(["eureka:Inscripción de proyectos:+1"]);
    // An unchanged edition is not even written.
    expect(after.find((c) => c.slug === "onem")!.updatedAt).toEqual(before.find((c) => c.slug === "onem")!.updatedAt);

    const report = renderCalendarDiff(diff, { t, locale: "es", now: NOW });
    expect(report).toContain("1 con cambios, 1 quitado y 2 sin cambios");
    expect(report).toContain("Inscripción de proyectos, cierre de inscripción: viernes 11 de junio de 2027 → viernes 18 de junio de 2027");
    expect(report).toMatch(/Concursos quitados[^\n]*\n• Feria de Matemática 2027/);
    expect(await db.prisma.auditLog.count({ where: { action: "calendar.import" } })).toBe(2);
  });

  it("is all or nothing: a failure half-way leaves the calendar and the audit log as they were", async () => {
    const before = byKey((await loadContests(db.prisma)).contests);
    const good = importCalendarCsv(FIXED_CSV).contests;
    const broken = { ...good[good.length - 1]!, slug: "roto", levels: ["universitaria"] } as unknown as ContestData;
    await expect(saveCalendarImport(db.prisma, { ...importInput(FIXED_CSV, "roto.csv"), contests: [...good, broken] })).rejects.toThrow();
    expect(byKey((await loadContests(db.prisma)).contests)).toEqual(before);
    expect(await db.prisma.auditLog.count()).toBe(0);
  });

  it("imports only the valid rows when the specialist confirms, and says so in the audit log", async () => {
    const input = importInput(BAD_CSV, "calendario-con-errores.csv", true);
    expect(input.rejectedRows).toBe(4);
    const { diff } = await saveCalendarImport(db.prisma, input);
    expect(diff.added).toEqual([]);
    const { contests } = await loadContests(db.prisma, { years: [2027] });
    expect(contests.find((c) => c.slug === "eureka")!.stages.map((s) => s.kind)).toEqual(["ie", "regional"]);
    expect(contests.some((c) => c.slug === "feria-matematica-pasco")).toBe(false);
    const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "calendar.import" } });
    expect(entry.detail).toMatchObject({ fileName: "calendario-con-errores.csv", onlyValid: true, rowsRead: 10, rejectedRows: 4 });
  });

  it("keeps the in-memory calendar current: an import here at once, another process's after the recheck", async () => {
    const closes = async (calendar: ContestCalendar) => {
      const answer = answerQuestion("¿cuándo cierra Eureka?", (await calendar.snapshot(NOW)).index, NOW);
      const part = answer.parts[0]!;
      return { closes: part.type === "registration" ? part.closes?.start : undefined, sample: answer.isSample };
    };
    const shared = contestCalendar(db.prisma);
    expect(await closes(shared)).toEqual({ closes: "2027-06-25", sample: true });
    await saveCalendarImport(db.prisma, importInput(FIXED_CSV, "calendario-2027.csv"));
    expect(await closes(shared)).toEqual({ closes: "2027-06-11", sample: false });

    let clock = 0;
    const elsewhere = new ContestCalendar(db.prisma, { recheckMs: 1_000, clock: () => clock });
    expect(await closes(elsewhere)).toEqual({ closes: "2027-06-11", sample: false });
    await saveCalendarImport(db.prisma, importInput(REVISED_CSV, "calendario-2027-v2.csv")); // "another process"
    clock = 999;
    expect(await closes(elsewhere)).toEqual({ closes: "2027-06-11", sample: false });
    clock = 1_000;
    expect(await closes(elsewhere)).toEqual({ closes: "2027-06-18", sample: false });
  });
});
