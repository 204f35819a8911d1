/**
 * Every figure of the report against counts known by hand (seed.ts says what was inserted), and against plain
 * one-condition counts made directly in SQL; a UGEL specialist's report holds nothing of another UGEL.
 * Runs on PGlite, and on PostgreSQL with TEST_DATABASE_URL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReport, type Report } from "../../../src/domain/reports/report.js";
import { reportScope } from "../../../src/domain/reports/scope.js";
import { REGISTRATION_STATUSES } from "../../../src/domain/registrations/kinds.js";
import { createTestDatabase, type TestDatabase } from "../../helpers/db.js";
import { seedRegion } from "./seed.js";

let database: TestDatabase;
let region: Report;
let pasco: Report;
const now = new Date("2026-06-15T17:00:00Z");

beforeAll(async () => {
  database = await createTestDatabase();
  await seedRegion(database.prisma);
  region = await buildReport(database.prisma, { ugelId: null }, 2026, now);
  pasco = await buildReport(database.prisma, { ugelId: "190001" }, 2026, now);
}, 60_000);
afterAll(async () => database?.close());

const ugel = (report: Report, id: string) => report.current.registrations.byUgel.find((row) => row.ugelId === id);
const milestone = (report: Report, name: string) => report.current.ata.find((row) => row.milestone === name);

describe("registrations in the report", () => {
  it("counts the region by kind, status, UGEL, category and level", () => {
    const figures = region.current.registrations;
    expect(figures.total).toBe(6);
    expect(figures.schools).toBe(3);
    expect(figures.byKind).toEqual({ buena_practica: 4, proyecto_innovacion: 2 });
    expect(figures.byStatus).toEqual({ enviada: 2, observada: 1, aceptada: 1, ganadora: 1, no_ganadora: 0, retirada: 1 });
    expect(figures.byKindStatus.buena_practica).toEqual({ enviada: 2, observada: 1, aceptada: 0, ganadora: 0, no_ganadora: 0, retirada: 1 });
    expect(figures.byUgel.map((row) => [row.ugelId, row.total, row.schools])).toEqual([
      ["190001", 4, 2],
      ["190002", 0, 0],
      ["190003", 2, 1],
      ["190006", 0, 0],
    ]);
    expect(ugel(region, "190003")?.byStatus).toMatchObject({ enviada: 1, retirada: 1, observada: 0 });
    expect(figures.byCategory).toEqual([
      { kind: "buena_practica", category: "Gestión escolar", count: 2 },
      { kind: "buena_practica", category: "Pedagógica", count: 2 },
      { kind: "proyecto_innovacion", category: "Consolidado", count: 2 },
    ]);
    expect(figures.byLevel).toEqual([
      { level: "secundaria", count: 4 },
      { level: "primaria", count: 2 },
    ]);
  });

  it("puts the year before beside it", () => {
    expect(region.previous?.year).toBe(2025);
    expect(region.previous?.registrations.total).toBe(2);
    expect(region.previous?.registrations.byStatus).toMatchObject({ ganadora: 1, no_ganadora: 1 });
    expect(region.previous?.deliveries.remindersSent).toBe(1);
  });

  it("agrees with a plain count in SQL for every UGEL and status", async () => {
    for (const row of region.current.registrations.byUgel) {
      for (const status of REGISTRATION_STATUSES) {
        const [direct] = await database.prisma.$queryRawUnsafe<Array<{ n: number }>>(
          `SELECT count(*)::int AS n FROM "Registration" WHERE year = 2026 AND "ugelId" = $1 AND status::text = $2`,
          row.ugelId,
          status,
        );
        expect(row.byStatus[status], `${row.ugelId} ${status}`).toBe(direct?.n);
      }
    }
  });
});

describe("ATA in the report", () => {
  it("counts people per milestone once, however many announcements they got", () => {
    expect(region.current.ata.map((row) => row.milestone)).toEqual(["inicio", "proceso"]);
    const inicio = milestone(region, "inicio");
    expect(inicio?.total).toEqual({ targeted: 6, delivered: 5, confirmed: 3, attending: 2, audience: 6, coverage: 5 / 6 });
    expect(inicio?.perUgel.find((row) => row.ugelId === "190001")).toEqual({ ugelId: "190001", targeted: 4, delivered: 3, confirmed: 2, attending: 1, audience: 4, coverage: 0.75 });
    expect(inicio?.perUgel.find((row) => row.ugelId === "190003")).toMatchObject({ targeted: 2, delivered: 2, confirmed: 1, attending: 1, audience: 2, coverage: 1 });
    const proceso = milestone(region, "proceso");
    expect(proceso?.total).toEqual({ targeted: 1, delivered: 0, confirmed: 0, attending: 0, audience: 1, coverage: 0 });
    expect(proceso?.perUgel.find((row) => row.ugelId === "190001")?.coverage).toBeNull();
  });

  it("agrees with a plain count of delivered people", async () => {
    const [direct] = await database.prisma.$queryRawUnsafe<Array<{ n: number }>>(
      `SELECT count(DISTINCT d."personId")::int AS n FROM "Delivery" d JOIN "AtaAnnouncement" a ON a.id = d."announcementId"
       WHERE a.milestone = 'inicio' AND a.status = 'enviado' AND d.status = 'sent'`,
    );
    expect(milestone(region, "inicio")?.total.delivered).toBe(direct?.n);
  });
});

describe("people and deliveries in the report", () => {
  it("counts people on the bot by role and UGEL (not those who never finished onboarding)", () => {
    expect(region.people.total).toBe(8);
    expect(region.people.byRole).toEqual({ docente: 5, director: 1, especialista_ugel: 1, especialista_dre: 1 });
    expect(region.people.byUgel.map((row) => [row.ugelId, row.total])).toEqual([
      ["190001", 5],
      ["190002", 0],
      ["190003", 2],
      ["190006", 0],
    ]);
    expect(region.people.byUgel[0]?.byRole).toEqual({ docente: 3, director: 1, especialista_ugel: 1 });
  });

  it("counts reminders and unreachable deliveries of the Lima year", () => {
    expect(region.current.deliveries).toEqual({ remindersSent: 3, remindersFailed: 1, failed: 2, unreachable: 3 });
  });
});

describe("a UGEL specialist's report", () => {
  it("is their UGEL's, whatever UGEL they ask for", () => {
    expect(reportScope({ role: "especialista_ugel", ugelId: "190001", isAdmin: false }, "190003")).toEqual({ ugelId: "190001" });
    expect(reportScope({ role: "especialista_dre", ugelId: "190000", isAdmin: false }, "190003")).toEqual({ ugelId: "190003" });
    expect(reportScope({ role: "docente", ugelId: "190001", isAdmin: false })).toBeNull();
    expect(reportScope({ role: "director", ugelId: "190001", isAdmin: false })).toBeNull();
  });

  it("holds nothing of another UGEL", () => {
    expect(pasco.ugels.map((row) => row.id)).toEqual(["190001"]);
    expect(pasco.current.registrations.total).toBe(4);
    expect(pasco.current.registrations.schools).toBe(2);
    expect(pasco.current.registrations.byUgel.map((row) => row.ugelId)).toEqual(["190001"]);
    expect(pasco.current.registrations.byStatus).toEqual({ enviada: 1, observada: 1, aceptada: 1, ganadora: 1, no_ganadora: 0, retirada: 0 });
    expect(pasco.current.registrations.byCategory.map((row) => row.category)).toEqual(["Pedagógica", "Consolidado"]);
    expect(pasco.current.ata.map((row) => row.milestone)).toEqual(["inicio"]);
    expect(milestone(pasco, "inicio")?.total).toEqual({ targeted: 4, delivered: 3, confirmed: 2, attending: 1, audience: 4, coverage: 0.75 });
    expect(milestone(pasco, "inicio")?.perUgel.map((row) => row.ugelId)).toEqual(["190001"]);
    expect(pasco.people.total).toBe(5);
    expect(pasco.people.byUgel.map((row) => row.ugelId)).toEqual(["190001"]);
    expect(pasco.current.deliveries).toEqual({ remindersSent: 2, remindersFailed: 1, failed: 1, unreachable: 1 });
    expect(pasco.previous?.registrations.total).toBe(1);
  });
});
