/**
 * Dates and times as people type them in Peru: "12/06", "12/06/2026", "12-06-2026", "2026-06-12"; "15:00",
 * "3:30 pm", "15h". A day without a year is the next such day from today (Lima).
 */
import { DateTime } from "luxon";
import { LIMA_ZONE, todayInLima } from "../../../domain/calendar/lima-time.js";
import { isRealIsoDate } from "../../../domain/calendar/types.js";

const pad = (value: number) => String(value).padStart(2, "0");

export function parseLimaDay(text: string, now: Date): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const peruvian = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/.exec(value);
  let year: number;
  let month: number;
  let day: number;
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (peruvian) {
    day = Number(peruvian[1]);
    month = Number(peruvian[2]);
    const today = todayInLima(now);
    if (peruvian[3]) year = peruvian[3].length === 2 ? 2000 + Number(peruvian[3]) : Number(peruvian[3]);
    else {
      year = Number(today.slice(0, 4));
      if (`${year}-${pad(month)}-${pad(day)}` < today) year += 1;
    }
  } else return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return isRealIsoDate(date) ? date : null;
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
