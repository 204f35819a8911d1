// Base data every database needs, written idempotently (upserts keyed by id): run at every start, and safe to run
// again and again. It corrects names that drifted and never deletes anything.
//
// Others add their parts here (registration categories, the sample calendar) as further steps of seedBaseData.
import { UGELS } from "../../prisma/seed/ugels.js";
import { seedSampleCalendar } from "../domain/contests/seed-sample.js";
import { seedRegistrationCatalog } from "../../prisma/seed/registration-catalog.js";
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

export async function seedBaseData(prisma: PrismaClient): Promise<SeedResult> {
  const ugels = await seedUgels(prisma);
  await seedSampleCalendar(prisma); // only for years with no contest at all: never over an official import
  await seedRegistrationCatalog(prisma);
  return { ugels };
}
