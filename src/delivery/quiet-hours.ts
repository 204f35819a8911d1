/**
 * Quiet hours in Lima (default 21:00–07:00): nothing is sent while they last. Deliveries are delayed to the
 * end of the quiet period, never dropped. A range that does not wrap ("13:00-14:00") works the same way; an
 * empty range ("07:00-07:00") means no quiet hours.
 */
import { DateTime } from "luxon";
import { LIMA_ZONE } from "../domain/calendar/lima-time.js";

export interface QuietHours {
  /** Minutes after Lima midnight. */
  startMinute: number;
  endMinute: number;
}

export function parseQuietHours(text: string): QuietHours {
  const match = /^\s*(\d{1,2})(?::(\d{2}))?\s*-\s*(\d{1,2})(?::(\d{2}))?\s*$/.exec(text);
  if (!match) throw new Error(`quiet hours must look like 21:00-07:00, got "${text}"`);
  const minute = (hours: string | undefined, minutes: string | undefined) => Number(hours) * 60 + Number(minutes ?? 0);
  const startMinute = minute(match[1], match[2]);
  const endMinute = minute(match[3], match[4]);
  if (startMinute >= 24 * 60 || endMinute >= 24 * 60) throw new Error(`quiet hours out of range: "${text}"`);
  return { startMinute, endMinute };
}

function limaMinuteOfDay(now: Date): number {
  const lima = DateTime.fromJSDate(now, { zone: LIMA_ZONE });
  return lima.hour * 60 + lima.minute;
}

export function isQuiet(quiet: QuietHours | null, now: Date): boolean {
  if (!quiet || quiet.startMinute === quiet.endMinute) return false;
  const minute = limaMinuteOfDay(now);
  return quiet.startMinute < quiet.endMinute
    ? minute >= quiet.startMinute && minute < quiet.endMinute
    : minute >= quiet.startMinute || minute < quiet.endMinute;
}

/** `now` when sending is allowed, else the instant the quiet period ends. */
export function nextSendableAt(quiet: QuietHours | null, now: Date): Date {
  if (!quiet || !isQuiet(quiet, now)) return now;
  const lima = DateTime.fromJSDate(now, { zone: LIMA_ZONE });
  let end = lima.startOf("day").plus({ minutes: quiet.endMinute });
  if (end <= lima) end = end.plus({ days: 1 });
  return end.toJSDate();
}

/** The instant the last quiet period ended (at or before `now`); used to tell waiting from being stuck. */
export function lastQuietEnd(quiet: QuietHours | null, now: Date): Date | null {
  if (!quiet || quiet.startMinute === quiet.endMinute) return null;
  const lima = DateTime.fromJSDate(now, { zone: LIMA_ZONE });
  let end = lima.startOf("day").plus({ minutes: quiet.endMinute });
  if (end > lima) end = end.minus({ days: 1 });
  return end.toJSDate();
}
