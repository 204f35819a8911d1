/** The editions that concern a person: those of their levels (all of them when no level applies) with a date ahead. */
import { collectEntries, todayInLima, type ContestData, type Level } from "../calendar/index.js";

export function upcomingContestsFor(contests: readonly ContestData[], levels: readonly Level[] | null, now: Date): ContestData[] {
  const today = todayInLima(now);
  return contests.filter((contest) => {
    if (levels !== null && levels.length > 0 && contest.levels.length > 0 && !contest.levels.some((l) => levels.includes(l))) return false;
    return collectEntries([contest]).some((entry) => entry.endDay >= today);
  });
}
