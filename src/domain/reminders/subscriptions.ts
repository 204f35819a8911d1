/**
 * Who follows which contest's reminders. Directors follow the contests of their levels without a row; a
 * teacher (or anyone) follows a contest with "Recordarme" (`followContest`); muting a contest is a muted row,
 * whoever followed it. `Person.remindersMuted` silences everything; `reminderOffsets` says when.
 */
import type { Db, Person } from "../db-types.js";
import { effectiveOffsets, storedChoice, UNCHOSEN_OFFSETS } from "./offsets.js";

async function setSubscription(db: Db, personId: number, contestId: number, muted: boolean): Promise<boolean> {
  const existing = await db.subscription.findUnique({ where: { personId_contestId: { personId, contestId } } });
  if (existing) {
    if (existing.muted === muted) return false;
    await db.subscription.update({ where: { id: existing.id }, data: { muted } });
    return true;
  }
  try {
    await db.subscription.create({ data: { personId, contestId, muted, source: "manual" } });
    return true;
  } catch (error) {
    // Two presses at once: the other one created it.
    const again = await db.subscription.findUnique({ where: { personId_contestId: { personId, contestId } } });
    if (!again) throw error;
    if (again.muted !== muted) await db.subscription.update({ where: { id: again.id }, data: { muted } });
    return again.muted !== muted;
  }
}

/** "Recordarme": the person gets this contest's reminders (un-muting it if they had muted it). True if it changed. */
export function followContest(db: Db, personId: number, contestId: number): Promise<boolean> {
  return setSubscription(db, personId, contestId, false);
}

/** No more reminders of this contest for this person, even if their levels would include it. */
export function muteContest(db: Db, personId: number, contestId: number): Promise<boolean> {
  return setSubscription(db, personId, contestId, true);
}

/** Stops following a contest (a director keeps the default follow of their levels' contests unless muted). */
export async function unfollowContest(db: Db, personId: number, contestId: number): Promise<void> {
  await db.subscription.deleteMany({ where: { personId, contestId, muted: false } });
}

export async function setAllRemindersMuted(db: Db, personId: number, muted: boolean): Promise<void> {
  await db.person.update({ where: { id: personId }, data: { remindersMuted: muted } });
}

/** Null: back to the configured default. */
export async function setReminderOffsets(db: Db, personId: number, offsets: number[] | null): Promise<void> {
  const stored = offsets === null ? [...UNCHOSEN_OFFSETS] : storedChoice(offsets);
  if (stored.length === 0) throw new Error("at least one offset");
  await db.person.update({ where: { id: personId }, data: { reminderOffsets: stored } });
}

export function reminderOffsetsOf(person: Pick<Person, "reminderOffsets">, defaults: readonly number[]): number[] {
  return effectiveOffsets(person.reminderOffsets, defaults).sort((a, b) => b - a);
}

export interface ReminderContest {
  contestId: number;
  name: string;
  /** Each year's edition is a contest of its own: two may be upcoming at once. */
  year: number;
  /** Followed without a row: a director and a contest of their levels. */
  byDefault: boolean;
  /** Followed with "Recordarme". */
  followed: boolean;
  muted: boolean;
  /** The next date of the contest from today (Lima), "YYYY-MM-DD": a registration closing, a stage starting or ending. */
  nextDate: string;
}

/** The first stage date on or after today (dates are stored as UTC midnights of the Lima day). */
function nextDateOf(stages: Array<{ registrationCloses: Date | null; eventStart: Date | null; eventEnd: Date | null }>, today: string): string {
  const days = stages
    .flatMap((stage) => [stage.registrationCloses, stage.eventStart, stage.eventEnd])
    .filter((date): date is Date => date !== null)
    .map((date) => date.toISOString().slice(0, 10))
    .filter((day) => day >= today)
    .sort();
  return days[0] ?? today;
}

/**
 * The contests whose reminders concern this person and still have a date ahead: followed ones, default ones
 * (directors) and muted ones (so they can be turned back on).
 */
export async function reminderContests(db: Db, person: Pick<Person, "id" | "role" | "levels">, today: string): Promise<ReminderContest[]> {
  const from = new Date(`${today}T00:00:00.000Z`);
  const upcoming = await db.contest.findMany({
    where: { stages: { some: { OR: [{ registrationCloses: { gte: from } }, { eventStart: { gte: from } }, { eventEnd: { gte: from } }] } } },
    select: {
      id: true,
      name: true,
      shortName: true,
      year: true,
      levels: true,
      stages: { select: { registrationCloses: true, eventStart: true, eventEnd: true } },
    },
    orderBy: [{ name: "asc" }, { year: "asc" }],
  });
  const subscriptions = await db.subscription.findMany({ where: { personId: person.id } });
  const byContest = new Map(subscriptions.filter((row) => row.contestId !== null).map((row) => [row.contestId as number, row]));
  const followsAll = subscriptions.some((row) => row.contestId === null && !row.muted);
  const list: ReminderContest[] = [];
  for (const contest of upcoming) {
    const row = byContest.get(contest.id);
    const byDefault = person.role === "director" && (contest.levels.length === 0 || contest.levels.some((level) => person.levels.includes(level)));
    const followed = (row !== undefined && !row.muted) || followsAll;
    const muted = row?.muted ?? false;
    if (!byDefault && !followed && !muted) continue;
    list.push({ contestId: contest.id, name: contest.shortName ?? contest.name, year: contest.year, byDefault, followed, muted, nextDate: nextDateOf(contest.stages, today) });
  }
  return list.sort((a, b) => a.nextDate.localeCompare(b.nextDate) || a.name.localeCompare(b.name, "es"));
}
