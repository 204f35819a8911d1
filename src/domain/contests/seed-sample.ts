/**
 * The sample calendar (prisma/seed/sample-calendar.ts) for a fresh install: each of its years is written only
 * when the database has no edition of that year at all and no official edition of any year, so it never
 * lands over an official import (nor comes back after one). Runs at every start as part of the base seed;
 * cheap when there is nothing to do.
 */
import { sampleCalendar } from "../../../prisma/seed/sample-calendar.js";
import type { ContestData } from "../calendar/index.js";
import type { PrismaClient } from "../db-types.js";
import { contestCalendar } from "./calendar-cache.js";
import { contestColumns, editionKey, stageColumns } from "./records.js";
import { coveredYears, lockCalendar } from "./save-import.js";

/**
 * Returns how many sample editions were written. Once an official edition exists the sample is retired for
 * good: nothing is written, and sample editions left from before (a database imported before official data
 * retired the sample) are taken out, so no year of the sample comes back.
 */
export async function seedSampleCalendar(prisma: PrismaClient, calendar: readonly ContestData[] = sampleCalendar): Promise<number> {
  if ((await prisma.contest.count({ where: { isSample: false } })) > 0) {
    const { count } = await prisma.contest.deleteMany({ where: { isSample: true } });
    if (count > 0) contestCalendar(prisma).invalidate();
    return 0;
  }
  const years = coveredYears(calendar);
  const present = async (db: Pick<PrismaClient, "contest">) =>
    new Set((await db.contest.groupBy({ by: ["year"], where: { year: { in: years } } })).map((row) => row.year));
  if ((await present(prisma)).size === years.length) return 0;
  const written = await prisma.$transaction(
    async (tx) => {
      await lockCalendar(tx);
      const taken = await present(tx); // again, under the lock: another process may have just seeded or imported
      if ((await tx.contest.count({ where: { isSample: false } })) > 0) return 0;
      const missing = calendar.filter((contest) => !taken.has(contest.year));
      if (missing.length === 0) return 0;
      // Three statements whatever the size: this runs at every start and after every test reset.
      await tx.contest.createMany({ data: missing.map((contest) => ({ ...contestColumns(contest), source: "sample-calendar" })) });
      const rows = await tx.contest.findMany({ where: { year: { in: coveredYears(missing) } }, select: { id: true, slug: true, year: true } });
      const ids = new Map(rows.map((row) => [editionKey(row), row.id]));
      await tx.contestStage.createMany({
        data: missing.flatMap((contest) => contest.stages.map((stage) => ({ ...stageColumns(stage), contestId: ids.get(editionKey(contest))! }))),
      });
      return missing.length;
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
  if (written > 0) contestCalendar(prisma).invalidate();
  return written;
}
