/** The digest's week: ISO weeks in Lima, and the Lima day of a week on which its digest is due. */
import { DateTime } from "luxon";
import { addDays, isoWeekday, LIMA_ZONE, todayInLima } from "../calendar/lima-time.js";
import type { IsoDate } from "../calendar/types.js";

export interface DigestWeek {
  /** "2026-W23": part of each delivery's idempotency key. */
  key: string;
  /** The Lima day the digest of that week is due (its Monday + day − 1). */
  dueDay: IsoDate;
}

export function isoWeekKey(day: IsoDate): string {
  const date = DateTime.fromISO(day, { zone: "UTC" });
  return `${date.weekYear}-W${String(date.weekNumber).padStart(2, "0")}`;
}

function weekOfDay(day: IsoDate, weekday: number): DigestWeek {
  const monday = addDays(day, 1 - isoWeekday(day));
  return { key: isoWeekKey(monday), dueDay: addDays(monday, weekday - 1) };
}

/** The latest week whose digest time (weekday at hour, Lima) has come at `now`. */
export function latestDueWeek(now: Date, weekday: number, hour: number): DigestWeek {
  const today = todayInLima(now);
  const thisWeek = weekOfDay(today, weekday);
  const limaHour = DateTime.fromJSDate(now, { zone: LIMA_ZONE }).hour;
  const due = thisWeek.dueDay < today || (thisWeek.dueDay === today && limaHour >= hour);
  return due ? thisWeek : weekOfDay(addDays(today, -7), weekday);
}
