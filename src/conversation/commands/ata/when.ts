/**
 * Dates and times as people type them in Peru: "12/06", "12/06/2026", "12-06-2026", "2026-06-12"; "15:00",
 * "3:30 pm", "15h", "12 de junio". A day without a year is this year's (Lima): one already past is refused by the
 * form with an explanation, never moved to next year silently.
 */
import { DateTime } from "luxon";
import { addDays, LIMA_ZONE, todayInLima } from "../../../domain/calendar/lima-time.js";
import { isRealIsoDate } from "../../../domain/calendar/types.js";

const pad = (value: number) => String(value).padStart(2, "0");

const MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "setiembre", "octubre", "noviembre", "diciembre"];

function monthNumber(name: string): number | undefined {
  const word = name.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
  const index = MONTHS.findIndex((month) => month === word || (word === "septiembre" && month === "setiembre"));
  return index < 0 ? undefined : index + 1;
}

/** A day as typed: its year when one was written; `yearGuessed` when it was left out (then this year). */
export interface TypedDay {
  day: string;
  yearGuessed: boolean;
}

/** "12/06", "12/06/2026", "12-06-26", "2026-06-12", "12 de junio (de 2026)"; without a year, this year's. */
export function readLimaDay(text: string, now: Date): TypedDay | null {
  const value = text.trim().toLowerCase();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const peruvian = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/.exec(value);
  const spelled = /^(?:\p{L}+\s+)?(\d{1,2})\s+de\s+(\p{L}+)(?:\s+(?:de|del)\s+(\d{4}))?$/u.exec(value);
  let year: number | undefined;
  let month: number | undefined;
  let day: number;
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (peruvian) {
    day = Number(peruvian[1]);
    month = Number(peruvian[2]);
    if (peruvian[3]) year = peruvian[3].length === 2 ? 2000 + Number(peruvian[3]) : Number(peruvian[3]);
  } else if (spelled) {
    day = Number(spelled[1]);
    month = monthNumber(spelled[2] as string);
    if (spelled[3]) year = Number(spelled[3]);
  } else return null;
  if (month === undefined) return null;
  const yearGuessed = year === undefined;
  const date = `${year ?? Number(todayInLima(now).slice(0, 4))}-${pad(month)}-${pad(day)}`;
  return isRealIsoDate(date) ? { day: date, yearGuessed } : null;
}

/**
 * The day typed, as an ISO date. A day without a year is this year's: one already past is not moved to next
 * year silently (the form explains and asks for the year instead).
 */
export function parseLimaDay(text: string, now: Date): string | null {
  return readLimaDay(text, now)?.day ?? null;
}

export function parseTime(text: string): string | null {
  const match = /^(\d{1,2})(?:[:.h](\d{2}))?\s*(h|hrs?|horas)?\s*(am|pm|a\.\s?m\.|p\.\s?m\.)?$/i.exec(text.trim());
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  const meridiem = match[4]?.toLowerCase().replace(/[\s.]/g, "");
  if (!match[2] && !match[3] && !meridiem) return null; // a bare "15" is not a time
  if (meridiem === "pm" && hours < 12) hours += 12;
  if (meridiem === "am" && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return null;
  return `${pad(hours)}:${pad(minutes)}`;
}

/** "12/06/2026 08:30" (Lima) → the instant; null when it does not parse. */
export function parseLimaDateTime(text: string, now: Date): Date | null {
  const match = /^(\S+)\s+(?:a\s+las\s+)?(.+)$/i.exec(text.trim());
  if (!match) return null;
  const day = parseLimaDay(match[1] as string, now);
  const time = parseTime(match[2] as string);
  if (!day || !time) return null;
  return DateTime.fromISO(`${day}T${time}`, { zone: LIMA_ZONE }).toJSDate();
}

/** "12/06/2026 08:30" for an instant, as the form shows and re-reads it. */
export function formatLimaDateTime(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: LIMA_ZONE }).toFormat("dd/MM/yyyy HH:mm");
}

export function formatLimaDay(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

/** Dates to show as examples, two weeks ahead so that they are never in the past: "17/12/2026" and "17/12". */
export function exampleDates(now: Date): { example: string; short: string } {
  const example = formatLimaDay(addDays(todayInLima(now), 14));
  return { example, short: example.slice(0, 5) };
}
