/**
 * Everything derived once from a set of contests so that each question costs only its own work: editions
 * grouped by slug, the name matcher and the dated entries.
 */
import { collectEntries, type CalendarEntry } from "./calendar-entries.js";
import { areaDescribingWords } from "./areas.js";
import { isReservedWord } from "./lexicon.js";
import { buildContestMatcher, type ContestMatcher } from "./match-contest.js";
import type { ContestData } from "./types.js";

export interface CalendarIndex {
  contests: readonly ContestData[];
  /** slug → editions, oldest year first. */
  editions: Map<string, ContestData[]>;
  matcher: ContestMatcher;
  entries: CalendarEntry[];
}

export function buildCalendarIndex(contests: readonly ContestData[]): CalendarIndex {
  const editions = new Map<string, ContestData[]>();
  for (const contest of contests) {
    const list = editions.get(contest.slug) ?? [];
    list.push(contest);
    editions.set(contest.slug, list);
  }
  for (const list of editions.values()) list.sort((a, b) => a.year - b.year);
  return { contests, editions, matcher: buildContestMatcher(contests, { areaWords: areaDescribingWords, isReserved: isReservedWord }), entries: collectEntries(contests) };
}

const cache = new WeakMap<readonly ContestData[], CalendarIndex>();

/** Accepts an index or a plain array; arrays are indexed once and cached for as long as they live. */
export function toCalendarIndex(source: CalendarIndex | readonly ContestData[]): CalendarIndex {
  if (!Array.isArray(source)) return source as CalendarIndex;
  const contests = source as readonly ContestData[];
  let index = cache.get(contests);
  if (index === undefined) {
    index = buildCalendarIndex(contests);
    cache.set(contests, index);
  }
  return index;
}
