/**
 * RFC 5545 export of contest dates: one VEVENT per registration opening, registration closing (all-day) and
 * stage event (all-day span with an exclusive DTEND, or timed in America/Lima when the data has a time). UIDs
 * are stable (contest, year, stage, kind of date); SEQUENCE is the stage's revision, bumped by imports that
 * move its dates.
 * Lima has kept UTC-05:00 without daylight saving since 1994, so a single STANDARD rule describes it.
 */
import { stageEntries, type CalendarEntry } from "./calendar-entries.js";
import { addDays, dayOf, LIMA_ZONE, timeOf } from "./lima-time.js";
import { slugify } from "./normalize.js";
import type { Translate } from "./render-answer.js";
import type { ContestData } from "./types.js";

export interface IcsOptions {
  /** DTSTAMP of every event. */
  now: Date;
  /** Fluent translator for summaries and descriptions (calendar-ics-* messages). */
  t: Translate;
  calendarName?: string;
  /** Also export "registration opens" days (default true). */
  includeRegistrationOpening?: boolean;
  /** Right-hand side of every UID. */
  uidDomain?: string;
}

const PRODID = "-//DRE Pasco//Pasco Educa Bot//ES";
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = MAX_OCTETS - 1; // the leading space of a continuation line counts
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function basicDate(day: string): string {
  return day.replace(/-/g, "");
}

function basicDateTime(value: string): string {
  return `${basicDate(dayOf(value))}T${timeOf(value)!.replace(":", "")}00`;
}

function utcStamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

const VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${LIMA_ZONE}`,
  `X-LIC-LOCATION:${LIMA_ZONE}`,
  "BEGIN:STANDARD",
  "TZOFFSETFROM:-0500",
  "TZOFFSETTO:-0500",
  "TZNAME:-05",
  "DTSTART:19700101T000000",
  "END:STANDARD",
  "END:VTIMEZONE",
];

/** How long a timed event with no end (or an end not after its start) lasts: an exam session, a ceremony. */
export const DEFAULT_TIMED_MINUTES = 120;

/** "YYYY-MM-DDTHH:mm" plus minutes, as Lima wall-clock time (no daylight saving, so plain arithmetic holds). */
function addMinutes(value: string, minutes: number): string {
  const date = new Date(`${value}:00Z`);
  date.setUTCMinutes(date.getUTCMinutes() + minutes);
  return date.toISOString().slice(0, 16);
}

function limaTime(property: "DTSTART" | "DTEND", value: string): string {
  return `${property};TZID=${LIMA_ZONE}:${basicDateTime(value)}`;
}

/**
 * DTSTART/DTEND of an entry (RFC 5545 §3.6.1, §3.8.2.2: DTEND is exclusive and later than DTSTART, and both
 * have the same value type). Registration days and untimed stages are all-day; a timed stage keeps its times
 * even over several days: a missing end time ends it with its last day, a missing or non-later end on the
 * same day gives it DEFAULT_TIMED_MINUTES.
 */
function timing(entry: CalendarEntry): string[] {
  const startTime = timeOf(entry.start);
  const endTime = timeOf(entry.end);
  if (entry.kind !== "event" || (startTime === undefined && endTime === undefined)) {
    return [`DTSTART;VALUE=DATE:${basicDate(entry.startDay)}`, `DTEND;VALUE=DATE:${basicDate(addDays(entry.endDay, 1))}`];
  }
  const start = startTime === undefined ? `${entry.startDay}T00:00` : entry.start;
  let end = endTime === undefined ? `${addDays(entry.endDay, 1)}T00:00` : entry.end;
  if (entry.endDay === entry.startDay && (endTime === undefined || end <= start)) end = addMinutes(start, DEFAULT_TIMED_MINUTES);
  if (end <= start) end = addMinutes(start, DEFAULT_TIMED_MINUTES);
  return [limaTime("DTSTART", start), limaTime("DTEND", end)];
}

function eventLines(entry: CalendarEntry, options: IcsOptions, stamp: string): string[] {
  const { contest, stage, kind } = entry;
  const t = options.t;
  const label = t("calendar-contest-edition", { name: contest.shortName ?? contest.name, year: String(contest.year) });
  // Each title names the stage, so two registration closings of one contest never look alike.
  const summary =
    kind === "registration-opens"
      ? t("calendar-ics-registration-opens", { contest: label, stage: stage.name })
      : kind === "registration-closes"
        ? t("calendar-ics-registration-closes", { contest: label, stage: stage.name })
        : t("calendar-ics-event", { contest: label, stage: stage.name });
  const description = [contest.name, stage.name, t("calendar-ics-organizer", { organizer: contest.organizer })];
  if (contest.basesUrl !== undefined) description.push(t("calendar-ics-bases", { url: contest.basesUrl }));
  if (contest.isSample) description.push(t("calendar-ics-sample"));
  const uid = [contest.slug, contest.year, stage.kind, slugify(stage.name) || String(stage.order), kind].join("-");
  const lines = [
    "BEGIN:VEVENT",
    `UID:${uid}@${options.uidDomain ?? "pasco-educa-bot"}`,
    `DTSTAMP:${stamp}`,
    // Grows each time an import moves this stage's dates: calendars replace the old event instead of keeping it.
    `SEQUENCE:${stage.revision ?? 0}`,
    ...timing(entry),
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description.join("\n"))}`,
  ];
  if (stage.place !== undefined) lines.push(`LOCATION:${escapeText(stage.place)}`);
  if (contest.basesUrl !== undefined) lines.push(`URL:${contest.basesUrl}`);
  lines.push("TRANSP:TRANSPARENT", "END:VEVENT");
  return lines;
}

/** An iCalendar file (CRLF line ends, folded) for one contest edition or many. */
export function buildIcs(source: ContestData | readonly ContestData[], options: IcsOptions): string {
  const contests: readonly ContestData[] = Array.isArray(source) ? source : [source as ContestData];
  const stamp = utcStamp(options.now);
  const lines = [
    "BEGIN:VCALENDAR",
    `PRODID:${PRODID}`,
    "VERSION:2.0",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(options.calendarName ?? options.t("calendar-ics-name"))}`,
    `X-WR-TIMEZONE:${LIMA_ZONE}`,
    ...VTIMEZONE,
  ];
  for (const contest of contests) {
    for (const stage of [...contest.stages].sort((a, b) => a.order - b.order)) {
      for (const entry of stageEntries(contest, stage)) {
        if (entry.kind === "registration-opens" && options.includeRegistrationOpening === false) continue;
        lines.push(...eventLines(entry, options, stamp));
      }
    }
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
