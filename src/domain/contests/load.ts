/** Reads contest editions (with their stages) from the database as calendar data. */
import type { Prisma } from "../../generated/prisma/client.js";
import type { ContestData } from "../calendar/index.js";
import type { Db } from "../db-types.js";
import { editionKey, toContestData } from "./records.js";

export interface LoadedContests {
  contests: ContestData[];
  /** editionKey → Contest.id */
  ids: Map<string, number>;
}

export interface LoadFilter {
  /** Editions of this year and later. */
  fromYear?: number;
  /** Exactly these years. */
  years?: readonly number[];
}

export async function loadContests(db: Db, filter: LoadFilter = {}): Promise<LoadedContests> {
  const year: Prisma.IntFilter = {};
  if (filter.fromYear !== undefined) year.gte = filter.fromYear;
  if (filter.years !== undefined) year.in = [...filter.years];
  const rows = await db.contest.findMany({
    where: Object.keys(year).length > 0 ? { year } : {},
    include: { stages: true },
    orderBy: [{ slug: "asc" }, { year: "asc" }],
  });
  const ids = new Map<string, number>();
  const contests = rows.map((row) => {
    ids.set(editionKey(row), row.id);
    return toContestData(row);
  });
  return { contests, ids };
}

/**
 * Changes whenever a contest is added, removed or rewritten (an import always rewrites the contest row of a
 * changed contest, stages included), so another process's import is noticed without reloading everything.
 */
export async function calendarFingerprint(db: Db): Promise<string> {
  const result = await db.contest.aggregate({ _count: { _all: true }, _max: { updatedAt: true } });
  return `${result._count._all}|${result._max.updatedAt?.toISOString() ?? "-"}`;
}
