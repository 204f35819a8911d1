/**
 * Which reminders a day's run creates, before knowing who gets them: for every stage with a registration
 * deadline or an event date, the days on which someone reminded `offset` days before would get it. Pure.
 * A catch-up run covers several days at once; a stage already past gets nothing.
 */
import { addDays, daysBetween } from "../calendar/lima-time.js";
import type { DeliveryPayload } from "../../delivery/outbox.js";

export type ReminderKind = "closes" | "event";

export interface StageDates {
  stageId: number;
  contestId: number;
  contestName: string;
  stageName: string;
  /** The contest's levels; empty = every level. */
  levels: string[];
  closesDay: string | null;
  eventDay: string | null;
  place: string | null;
}

export interface Occasion {
  stageId: number;
  contestId: number;
  kind: ReminderKind;
  /** Days before the date: matched against each person's offsets. */
  offset: number;
  levels: string[];
  payload: DeliveryPayload;
}

/** The longest reminder offset anyone may choose. */
export const MAX_OFFSET_DAYS = 60;

export function reminderKey(personId: number, stageId: number, kind: ReminderKind, offset: number): string {
  return `reminder:${personId}:${stageId}:${kind}:${offset}`;
}

function payloadFor(stage: StageDates, kind: ReminderKind, date: string, today: string): DeliveryPayload {
  const days = daysBetween(today, date);
  const common = { contest: stage.contestName, stage: stage.stageName, days };
  const buttons = [
    [{ labelKey: "reminder-button-mute", data: `rem:m:${stage.contestId}` }],
    [{ labelKey: "reminder-button-settings", data: "cmd:recordatorios" }],
  ];
  if (kind === "closes") return { key: "reminder-closes", args: { ...common, closesDay: date }, buttons };
  return stage.place
    ? { key: "reminder-event-place", args: { ...common, eventDay: date, place: stage.place }, buttons }
    : { key: "reminder-event", args: { ...common, eventDay: date }, buttons };
}

/**
 * Occasions for the run days `days` (Lima days, ascending), written on `today`. Each (stage, kind, offset)
 * appears once; a person with several matching offsets gets only the nearest (see build.ts).
 */
export function planOccasions(stages: readonly StageDates[], days: readonly string[], today: string): Occasion[] {
  const occasions: Occasion[] = [];
  for (const stage of stages) {
    const dated: Array<[ReminderKind, string | null]> = [
      ["closes", stage.closesDay],
      ["event", stage.eventDay],
    ];
    for (const [kind, date] of dated) {
      if (!date || date < today) continue;
      const offsets = new Set<number>();
      for (const day of days) {
        const offset = daysBetween(day, date);
        if (offset >= 0 && offset <= MAX_OFFSET_DAYS) offsets.add(offset);
      }
      for (const offset of [...offsets].sort((a, b) => a - b)) {
        occasions.push({ stageId: stage.stageId, contestId: stage.contestId, kind, offset, levels: stage.levels, payload: payloadFor(stage, kind, date, today) });
      }
    }
  }
  return occasions;
}

/** Days from the one after `lastRun` to `latestDue`, at most `maxDays` of them (the most recent ones). */
export function missedDays(lastRun: string | null, latestDue: string, maxDays: number): string[] {
  if (lastRun !== null && lastRun >= latestDue) return [];
  const first = lastRun === null ? latestDue : addDays(lastRun, 1);
  const span = Math.min(daysBetween(first, latestDue) + 1, maxDays);
  return Array.from({ length: span }, (_, index) => addDays(latestDue, index - span + 1));
}
