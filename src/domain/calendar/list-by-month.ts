/**
 * What is open or coming, grouped by month and paged: the data behind `/calendario` and behind answers to
 * window questions ("¿qué hay en junio?").
 */
import { selectEntries, type EntryFilter, type WindowItem } from "./calendar-entries.js";
import { toCalendarIndex, type CalendarIndex } from "./calendar-index.js";
import { contestRef, dateFact, type ContestRef, type DateFact } from "./facts.js";
import { todayInLima, type DateWindow } from "./lima-time.js";
import type { ContestArea, ContestData, IsoDate, Level } from "./types.js";

export interface ListItem {
  contest: ContestRef;
  fact: DateFact;
  /** Began before the listed period and is still running in it (shown as "abierta hasta", "en curso"). */
  ongoing: boolean;
}

export interface MonthGroup {
  /** "YYYY-MM" */
  month: string;
  items: ListItem[];
  /** The month already started on the previous page. */
  continued: boolean;
}

export interface MonthPage {
  page: number;
  pageSize: number;
  totalItems: number;
  totalPages: number;
  months: MonthGroup[];
  isSample: boolean;
}

export interface ListOptions {
  levels?: readonly Level[];
  areas?: readonly ContestArea[];
  filter?: EntryFilter;
  /** Defaults to everything from today on. */
  window?: DateWindow;
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

export const DEFAULT_PAGE_SIZE = 10;

export function toListItem(item: WindowItem, today: IsoDate): ListItem {
  return { contest: contestRef(item.entry.contest), fact: dateFact(item.entry, today), ongoing: item.ongoing };
}

/** Consecutive items of the same month in one group; `firstContinued` marks a month begun on a prior page. */
export function groupByMonth(items: readonly (ListItem & { day: IsoDate })[], firstContinued = false): MonthGroup[] {
  const groups: MonthGroup[] = [];
  for (const { day, ...item } of items) {
    const month = day.slice(0, 7);
    const last = groups[groups.length - 1];
    if (last !== undefined && last.month === month) last.items.push(item);
    else groups.push({ month, items: [item], continued: groups.length === 0 && firstContinued });
  }
  return groups;
}

export function listByMonth(source: CalendarIndex | readonly ContestData[], now: Date, options: ListOptions = {}): MonthPage {
  const index = toCalendarIndex(source);
  const today = todayInLima(now);
  const selected = selectEntries(index.entries, {
    today,
    window: options.window,
    filter: options.filter,
    levels: options.levels,
    areas: options.areas,
  });
  const pageSize = Math.max(1, Math.floor(options.pageSize ?? DEFAULT_PAGE_SIZE));
  const totalPages = Math.max(1, Math.ceil(selected.length / pageSize));
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), totalPages);
  const slice = selected.slice((page - 1) * pageSize, page * pageSize);
  const previous = selected[(page - 1) * pageSize - 1];
  const first = slice[0];
  const firstContinued = previous !== undefined && first !== undefined && previous.day.slice(0, 7) === first.day.slice(0, 7);
  const months = groupByMonth(
    slice.map((item) => ({ ...toListItem(item, today), day: item.day })),
    firstContinued,
  );
  return {
    page,
    pageSize,
    totalItems: selected.length,
    totalPages,
    months,
    isSample: slice.some((item) => item.entry.contest.isSample),
  };
}
