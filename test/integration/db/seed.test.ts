// The base data: the DRE and its four UGELs, written idempotently.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseDataIsCurrent, seedBaseData } from "../../../src/db/seed.js";
import { UGELS } from "../../../prisma/seed/ugels.js";
import { createTestDatabase, resetTestData, testDatabaseUrl, type TestDatabase } from "../../helpers/db.js";

describe(`base data seed (${testDatabaseUrl() ? "PostgreSQL" : "PGlite"})`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(); // seeded once already
  });
  afterAll(async () => {
    await db?.close();
  });

  it("has the DRE and the four UGELs with their codes and slugs", async () => {
    const ugels = await db.prisma.ugel.findMany({ orderBy: { id: "asc" } });
    expect(ugels.map((u) => [u.id, u.slug, u.isDre])).toEqual([
      ["190000", "dre", true],
      ["190001", "pasco", false],
      ["190002", "dac", false],
      ["190003", "oxapampa", false],
      ["190006", "puerto-bermudez", false],
    ]);
    expect(ugels.find((u) => u.id === "190002")).toMatchObject({ name: "UGEL Daniel Alcides Carrión", shortName: "DAC" });
    expect(ugels.find((u) => u.id === "190006")?.name).toBe("UGEL Puerto Bermúdez");
  });

  it("can run again and again without duplicating, and repairs drifted names", async () => {
    await db.prisma.ugel.update({ where: { id: "190003" }, data: { name: "typo", shortName: "x" } });
    const person = await db.prisma.person.create({ data: { displayName: "Docente", ugelId: "190003" } });

    expect(await seedBaseData(db.prisma)).toMatchObject({ ugels: UGELS.length });
    expect(await seedBaseData(db.prisma)).toMatchObject({ ugels: UGELS.length });

    expect(await db.prisma.ugel.count()).toBe(5);
    expect(await db.prisma.ugel.findUnique({ where: { id: "190003" } })).toMatchObject({ name: "UGEL Oxapampa", shortName: "Oxapampa" });
    expect(await db.prisma.person.findUnique({ where: { id: person.id } })).toMatchObject({ ugelId: "190003" });
  });

  it("tells in one query whether a start has anything to seed, and every kind of difference sends it through the steps", async () => {
    expect(await baseDataIsCurrent(db.prisma)).toBe(true);

    const drifts: Array<[string, () => Promise<unknown>]> = [
      ["a UGEL's name", () => db.prisma.ugel.update({ where: { id: "190001" }, data: { shortName: "PASCO" } })],
      ["a UGEL's flag", () => db.prisma.ugel.update({ where: { id: "190002" }, data: { isDre: true } })],
      ["a sample year with no contest", () => db.prisma.contest.deleteMany({ where: { year: 2027 } })],
      ["an edition", () => db.prisma.registrationEdition.delete({ where: { kind_year: { kind: "proyecto_innovacion", year: 2026 } } })],
      ["a subcategory", () => db.prisma.registrationCategory.delete({ where: { kind_year_code: { kind: "buena_practica", year: 2026, code: "P-MAT-SEC" } } })],
    ];
    for (const [what, drift] of drifts) {
      await drift();
      expect(await baseDataIsCurrent(db.prisma), what).toBe(false);
      await seedBaseData(db.prisma);
      expect(await baseDataIsCurrent(db.prisma), what).toBe(true);
    }
    expect(await db.prisma.ugel.findUnique({ where: { id: "190001" } })).toMatchObject({ shortName: "Pasco" });
    expect(await db.prisma.contest.count({ where: { year: 2027 } })).toBeGreaterThan(0);
    expect(await db.prisma.registrationCategory.count({ where: { code: "P-MAT-SEC" } })).toBe(1);
  });

  it("leaves what the seed does not own: a category renamed by a specialist stays renamed", async () => {
    await db.prisma.registrationCategory.update({ where: { kind_year_code: { kind: "buena_practica", year: 2026, code: "P-LEC" } }, data: { name: "Lectura" } });
    expect(await baseDataIsCurrent(db.prisma)).toBe(true);
    await seedBaseData(db.prisma);
    expect(await db.prisma.registrationCategory.findFirst({ where: { code: "P-LEC" } })).toMatchObject({ name: "Lectura" });
  });

  it("resetTestData empties the tables and seeds again", async () => {
    await db.prisma.person.create({ data: { displayName: "Otro" } });
    await resetTestData(db);
    expect(await db.prisma.person.count()).toBe(0);
    expect(await db.prisma.ugel.count()).toBe(5);
    const again = await db.prisma.person.create({ data: { displayName: "Primero" } });
    expect(again.id).toBe(1); // identities restarted
  });
});
