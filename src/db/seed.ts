// Base data every database needs, written idempotently (upserts keyed by id): run at every start, and safe to run
// again and again. It corrects names that drifted and never deletes anything.
//
// Others add their parts here (registration categories, the sample calendar) as further steps of seedBaseData.
// Each step has its part in baseDataIsCurrent, the one query a start makes when there is nothing to write.
import { UGELS } from "../../prisma/seed/ugels.js";
import { sampleCalendar } from "../../prisma/seed/sample-calendar.js";
import { seedSampleCalendar } from "../domain/contests/seed-sample.js";
import { coveredYears } from "../domain/contests/save-import.js";
import { CATEGORIES, EDITIONS, seedRegistrationCatalog } from "../../prisma/seed/registration-catalog.js";
import type { PrismaClient } from "../generated/prisma/client.js";

export interface SeedResult {
  ugels: number;
}

export async function seedUgels(prisma: PrismaClient): Promise<number> {
  await prisma.$transaction(
    UGELS.map((ugel) =>
      prisma.ugel.upsert({
        where: { id: ugel.id },
        create: { ...ugel },
        update: { slug: ugel.slug, name: ugel.name, shortName: ugel.shortName, isDre: ugel.isDre },
      }),
    ),
  );
  return UGELS.length;
}

/** What the steps of seedBaseData leave in the database, as the rows to look for. */
const EXPECTED: Record<string, readonly unknown[]> = {
  // seedUgels: every UGEL, with all the fields it writes
  ugels: UGELS.map(({ id, slug, name, shortName, isDre }) => ({ id, slug, name, shortName, isDre })),
  // seedSampleCalendar: a year is written only when it has no contest at all
  calendarYears: coveredYears(sampleCalendar),
  // seedRegistrationCatalog: inserts missing editions and categories (by key), never changes existing ones
  editions: EDITIONS.map(({ kind, year }) => ({ kind, year })),
  categories: CATEGORIES.flatMap(({ kind, year, code, children }) => [
    { kind, year, code },
    ...(children ?? []).map((child) => ({ kind, year, code: child.code })),
  ]),
};
const EXPECTED_JSON = JSON.stringify(EXPECTED);

/**
 * True when seedBaseData would write nothing: every UGEL as in the seed, a contest in each sample year, every
 * edition and category of the catalog. One query, so that a start with nothing to seed stays cheap; any difference
 * (a drifted name, a missing row, seed data changed in the code) sends seedBaseData through its steps.
 */
export async function baseDataIsCurrent(prisma: PrismaClient): Promise<boolean> {
  const rows = await prisma.$queryRaw<Array<Record<string, number>>>`
    WITH expected AS (SELECT ${EXPECTED_JSON}::jsonb AS j)
    SELECT
      (SELECT count(*)::int FROM "Ugel" u
         JOIN jsonb_to_recordset((SELECT j -> 'ugels' FROM expected)) AS s(id text, slug text, name text, "shortName" text, "isDre" boolean)
           ON u.id = s.id AND u.slug = s.slug AND u.name = s.name AND u."shortName" = s."shortName" AND u."isDre" = s."isDre") AS ugels,
      (SELECT count(DISTINCT c.year)::int FROM "Contest" c
         WHERE c.year IN (SELECT jsonb_array_elements_text(j -> 'calendarYears')::int FROM expected)) AS "calendarYears",
      (SELECT count(*)::int FROM "RegistrationEdition" e
         JOIN jsonb_to_recordset((SELECT j -> 'editions' FROM expected)) AS s(kind text, year int)
           ON e.kind::text = s.kind AND e.year = s.year) AS editions,
      (SELECT count(*)::int FROM "RegistrationCategory" c
         JOIN jsonb_to_recordset((SELECT j -> 'categories' FROM expected)) AS s(kind text, year int, code text)
           ON c.kind::text = s.kind AND c.year = s.year AND c.code = s.code) AS categories`;
  const found = rows[0] ?? {};
  return Object.entries(EXPECTED).every(([part, rows]) => found[part] === rows.length);
}

export async function seedBaseData(prisma: PrismaClient): Promise<SeedResult> {
  if (await baseDataIsCurrent(prisma)) return { ugels: UGELS.length };
  const ugels = await seedUgels(prisma);
  await seedSampleCalendar(prisma); // only for years with no contest at all: never over an official import
  await seedRegistrationCatalog(prisma);
  return { ugels };
}
