/**
 * Flattens contests into dated calendar entries (registration opening, registration closing, stage event)
 * and selects the ones that fall in a window. Used by answers, the month listing and the ICS export.
 */
import { dayOf, rangesOverlap, type DateWindow } from "./lima-time.js";
import type { ContestArea, ContestData, IsoDate, Level, StageData } from "./types.js";

export type EntryKind = "registration-opens" | "registration-closes" | "event";

export interface CalendarEntry {
  contest: ContestData;
  stage: StageData;
  kind: EntryKind;
  /** As in the data: "YYYY-MM-DD", or "YYYY-MM-DDTHH:mm" for timed events. */
  start: string;
  end: string;
  startDay: IsoDate;
  endDay: IsoDate;
}

function entry(contest: ContestData, stage: StageData, kind: EntryKind, start: string, end: string): CalendarEntry {
  return { contest, stage, kind, start, end, startDay: dayOf(start), endDay: dayOf(end) };
}

/** Every dated fact of one stage. An event with only an end date is a one-day event on that date. */
export function stageEntries(contest: ContestData, stage: StageData): CalendarEntry[] {
  const entries: CalendarEntry[] = [];
  if (stage.registrationOpens !== undefined) {
    entries.push(entry(contest, stage, "registration-opens", stage.registrationOpens, stage.registrationOpens));
  }
  if (stage.registrationCloses !== undefined) {
    entries.push(entry(contest, stage, "registration-closes", stage.registrationCloses, stage.registrationCloses));
  }
  const start = stage.eventStart ?? stage.eventEnd;
  const end = stage.eventEnd ?? stage.eventStart;
  if (start !== undefined && end !== undefined) entries.push(entry(contest, stage, "event", start, end));
  return entries;
}

export function compareEntries(a: CalendarEntry, b: CalendarEntry): number {
  if (a.startDay !== b.startDay) return a.startDay < b.startDay ? -1 : 1;
  if (a.contest.name !== b.contest.name) return a.contest.name < b.contest.name ? -1 : 1;
  return a.stage.order - b.stage.order;
}

export function collectEntries(contests: readonly ContestData[]): CalendarEntry[] {
  const entries: CalendarEntry[] = [];
  for (const contest of contests) {
    for (const stage of contest.stages) entries.push(...stageEntries(contest, stage));
  }
  return entries.sort(compareEntries);
}

export type EntryFilter = "any" | "closes" | "opens" | "open-now";

export interface EntrySelection {
  /** Entries touching this window; when absent, everything from `today` on. */
  window?: DateWindow;
  today: IsoDate;
  filter?: EntryFilter;
  levels?: readonly Level[];
  areas?: readonly ContestArea[];
}

function contestAccepted(contest: ContestData, selection: EntrySelection): boolean {
  const { levels, areas } = selection;
  if (levels !== undefined && levels.length > 0 && !contest.levels.some((l) => levels.includes(l))) return false;
  if (areas !== undefined && areas.length > 0 && !areas.includes(contest.area)) return false;
  return true;
}

export interface WindowItem {
  entry: CalendarEntry;
  /** The day the item is listed under: its own start, or the window start when it began earlier. */
  day: IsoDate;
  /** The event, or the registration period, began before the window and is still running in it. */
  ongoing: boolean;
}

function item(entry: CalendarEntry, window: DateWindow): WindowItem {
  const ongoing = entry.startDay < window.start;
  return { entry, day: ongoing ? window.start : entry.startDay, ongoing };
}

/** A registration that opened before the window and closes after it is open during the whole window. */
function registrationSpans(entry: CalendarEntry, window: DateWindow): boolean {
  const opens = entry.stage.registrationOpens;
  return entry.kind === "registration-closes" && opens !== undefined && opens < window.start && entry.endDay > window.end;
}

/**
 * Items of the window in listing order. "open-now" keeps registration closings whose registration is open
 * today (opened on or before today, or with no opening date).
 */
export function selectEntries(entries: readonly CalendarEntry[], selection: EntrySelection): WindowItem[] {
  const window = selection.window ?? { start: selection.today, end: "9999-12-31" };
  const filter = selection.filter ?? "any";
  const items: WindowItem[] = [];
  for (const e of entries) {
    if (!contestAccepted(e.contest, selection)) continue;
    switch (filter) {
      case "closes":
        if (e.kind === "registration-closes" && rangesOverlap(e.startDay, e.endDay, window)) items.push(item(e, window));
        break;
      case "opens":
        if (e.kind === "registration-opens" && rangesOverlap(e.startDay, e.endDay, window)) items.push(item(e, window));
        break;
      case "open-now": {
        const opens = e.stage.registrationOpens;
        if (e.kind === "registration-closes" && e.endDay >= selection.today && (opens === undefined || opens <= selection.today)) {
          items.push({ entry: e, day: e.startDay, ongoing: false });
        }
        break;
      }
      default:
        if (rangesOverlap(e.startDay, e.endDay, window)) items.push(item(e, window));
        else if (registrationSpans(e, window)) items.push({ entry: e, day: window.start, ongoing: true });
    }
  }
  return items.sort((a, b) => (a.day !== b.day ? (a.day < b.day ? -1 : 1) : compareEntries(a.entry, b.entry)));
}
