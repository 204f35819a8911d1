/**
 * Lima calendar days. Every "today", "days until" and window is computed in America/Lima from an injected
 * `now`. Day arithmetic works on "YYYY-MM-DD" strings through epoch days (a calendar day has no zone once it
 * is known), so only "what day is it in Lima" needs the time zone database.
 */
import { DateTime } from "luxon";
import type { IsoDate } from "./types.js";

export const LIMA_ZONE = "America/Lima";
export type CalendarLocale = "es" | "en";

/** Inclusive range of Lima days. */
export interface DateWindow {
  start: IsoDate;
  end: IsoDate;
}

const MS_PER_DAY = 86_400_000;
const limaDayFormatter = new Intl.DateTimeFormat("en-CA", {
  timeZone: LIMA_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

export function todayInLima(now: Date): IsoDate {
  // en-CA formats as YYYY-MM-DD.
  return limaDayFormatter.format(now);
}

export function toEpochDay(date: IsoDate): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function fromEpochDay(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The day part of "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm". */
export function dayOf(value: string): IsoDate {
  return value.slice(0, 10);
}

/** "HH:mm" when the value carries a time, else undefined. */
export function timeOf(value: string): string | undefined {
  return value.length >= 16 ? value.slice(11, 16) : undefined;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(dayOf(to)) - toEpochDay(dayOf(from));
}

/** Days from today in Lima to `date`: 0 today, 1 tomorrow, -1 yesterday. */
export function daysUntil(date: IsoDate, now: Date): number {
  return daysBetween(todayInLima(now), date);
}

/** ISO weekday, 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  // Epoch day 0 (1970-01-01) was a Thursday.
  const d = (toEpochDay(date) + 3) % 7;
  return (d < 0 ? d + 7 : d) + 1;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function monthWindowOf(year: number, month: number): DateWindow {
  return {
    start: `${year}-${pad2(month)}-01`,
    end: `${year}-${pad2(month)}-${pad2(lastDayOfMonth(year, month))}`,
  };
}

/** Monday–Sunday week in Lima containing today, shifted by `offsetWeeks` ("la próxima semana" = 1). */
export function weekWindow(now: Date, offsetWeeks = 0): DateWindow {
  const today = todayInLima(now);
  const monday = addDays(today, 1 - isoWeekday(today) + 7 * offsetWeeks);
  return { start: monday, end: addDays(monday, 6) };
}

/** The calendar month containing today, shifted by `offsetMonths` ("el próximo mes" = 1). */
export function monthWindow(now: Date, offsetMonths = 0): DateWindow {
  const today = todayInLima(now);
  const index = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 + offsetMonths;
  return monthWindowOf(Math.floor(index / 12), (index % 12) + 1);
}

/**
 * "en junio": June of `year` when given, else the next June that is not entirely past (the current month
 * counts while it lasts).
 */
export function namedMonthWindow(now: Date, month: number, year?: number): DateWindow {
  if (year !== undefined) return monthWindowOf(year, month);
  const today = todayInLima(now);
  const currentYear = Number(today.slice(0, 4));
  const currentMonth = Number(today.slice(5, 7));
  return monthWindowOf(month >= currentMonth ? currentYear : currentYear + 1, month);
}

/** Today and the next `days` days ("pronto" = 14). */
export function nextDaysWindow(now: Date, days: number): DateWindow {
  const today = todayInLima(now);
  return { start: today, end: addDays(today, days) };
}

export const SOON_DAYS = 14;

export function soonWindow(now: Date): DateWindow {
  return nextDaysWindow(now, SOON_DAYS);
}

/** "este año" = today until 31 December; another year = the whole year. */
export function yearWindow(now: Date, year?: number): DateWindow {
  const today = todayInLima(now);
  const current = Number(today.slice(0, 4));
  if (year === undefined || year === current) return { start: today, end: `${current}-12-31` };
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

export function isWithin(date: IsoDate, window: DateWindow): boolean {
  const day = dayOf(date);
  return day >= window.start && day <= window.end;
}

export function rangesOverlap(start: IsoDate, end: IsoDate, window: DateWindow): boolean {
  return dayOf(start) <= window.end && dayOf(end) >= window.start;
}

const INTL_LOCALE: Record<CalendarLocale, string> = { es: "es-PE", en: "en-US" };
/**
 * One written form for every day a person reads: "viernes 9 de abril de 2027" / "Friday, April 9, 2027".
 * The start of a range drops what its end repeats (see `formatDateRange`).
 */
const LONG_FORMAT: Record<CalendarLocale, { full: string; dayMonth: string; day: string }> = {
  es: { full: "cccc d 'de' MMMM 'de' yyyy", dayMonth: "cccc d 'de' MMMM", day: "cccc d" },
  en: { full: "cccc, MMMM d, yyyy", dayMonth: "cccc, MMMM d", day: "cccc, MMMM d" },
};
// "MMMM" (format context) keeps es-PE month names in lower case, as written in running text.
const MONTH_FORMAT: Record<CalendarLocale, string> = { es: "MMMM 'de' yyyy", en: "MMMM yyyy" };

// Formatting is repeated for the same few hundred days: memoise to keep luxon off the hot path.
const formatCache = new Map<string, string>();
const FORMAT_CACHE_LIMIT = 5_000;

function cachedFormat(key: string, produce: () => string): string {
  const hit = formatCache.get(key);
  if (hit !== undefined) return hit;
  const value = produce();
  if (formatCache.size >= FORMAT_CACHE_LIMIT) formatCache.clear();
  formatCache.set(key, value);
  return value;
}

function luxonDay(date: IsoDate, locale: CalendarLocale): DateTime {
  return DateTime.fromISO(dayOf(date), { zone: LIMA_ZONE }).setLocale(INTL_LOCALE[locale]);
}

function formatDay(date: string, locale: CalendarLocale, form: keyof (typeof LONG_FORMAT)["es"]): string {
  const day = dayOf(date);
  return cachedFormat(`${locale}|${form}|${day}`, () => luxonDay(day, locale).toFormat(LONG_FORMAT[locale][form]));
}

/** "viernes 12 de junio de 2026" / "Friday, June 12, 2026". A time part, if any, is ignored (see `timeOf`). */
export function formatDate(date: string, locale: CalendarLocale): string {
  return formatDay(date, locale, "full");
}

/**
 * Both ends of a range, to be joined as "del { start } al { end }": the start leaves out the month and year its
 * end already says ("lunes 1" … "viernes 5 de junio de 2027"; "lunes 29 de junio" … "viernes 3 de julio de 2027").
 */
export function formatDateRange(start: string, end: string, locale: CalendarLocale): { start: string; end: string } {
  const a = dayOf(start);
  const b = dayOf(end);
  const form = a.slice(0, 7) === b.slice(0, 7) ? "day" : a.slice(0, 4) === b.slice(0, 4) ? "dayMonth" : "full";
  return { start: formatDay(a, locale, form), end: formatDate(b, locale) };
}

/** "junio de 2027" / "June 2027" for a "YYYY-MM" key. */
export function formatMonth(yearMonth: string, locale: CalendarLocale): string {
  return cachedFormat(`${locale}|month|${yearMonth}`, () =>
    luxonDay(`${yearMonth}-01`, locale).toFormat(MONTH_FORMAT[locale]),
  );
}

/** "Junio de 2027": a month as the heading of a list. */
export function formatMonthHeading(yearMonth: string, locale: CalendarLocale): string {
  const month = formatMonth(yearMonth, locale);
  return month.charAt(0).toLocaleUpperCase(locale) + month.slice(1);
}

const limaTimeFormatter = new Intl.DateTimeFormat("en-GB", { timeZone: LIMA_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** "15:30": the hour of an instant in Lima. */
export function formatLimaTime(instant: Date): string {
  return limaTimeFormatter.format(instant);
}

/** "viernes 12 de junio de 2026, 10:30": an instant as people in Pasco read it, in Lima time. */
export function formatLimaInstant(instant: Date, locale: CalendarLocale): string {
  return `${formatDate(todayInLima(instant), locale)}, ${formatLimaTime(instant)}`;
}
