/**
 * Plain, render-ready facts about contests and their dates, always copied from the data (never computed
 * dates), with the Lima-day status relative to today.
 */
import type { CalendarEntry, EntryKind } from "./calendar-entries.js";
import { dayOf, daysBetween } from "./lima-time.js";
import type { ContestArea, ContestData, IsoDate, Level, StageData, StageKind } from "./types.js";

export interface ContestRef {
  slug: string;
  year: number;
  name: string;
  /** Short name when there is one ("Eureka"), else the full name. */
  displayName: string;
  isSample: boolean;
}

export interface StageRef {
  kind: StageKind;
  name: string;
  order: number;
  place?: string;
}

export type FactStatus = "upcoming" | "today" | "ongoing" | "past";

export interface DateFact {
  kind: EntryKind;
  stage: StageRef;
  /** Exactly as in the data ("YYYY-MM-DD" or "YYYY-MM-DDTHH:mm"). */
  start: string;
  end: string;
  /** Single day (deadline or one-day event) vs a range of days. */
  singleDay: boolean;
  daysUntilStart: number;
  daysUntilEnd: number;
  status: FactStatus;
}

export interface ContestSummary {
  organizer: string;
  area: ContestArea;
  levels: Level[];
  grades?: string;
  categories: string[];
  basesUrl?: string;
}

export function contestRef(contest: ContestData): ContestRef {
  return {
    slug: contest.slug,
    year: contest.year,
    name: contest.name,
    displayName: contest.shortName ?? contest.name,
    isSample: contest.isSample,
  };
}

export function stageRef(stage: StageData): StageRef {
  const ref: StageRef = { kind: stage.kind, name: stage.name, order: stage.order };
  if (stage.place !== undefined) ref.place = stage.place;
  return ref;
}

export function contestSummary(contest: ContestData): ContestSummary {
  const summary: ContestSummary = {
    organizer: contest.organizer,
    area: contest.area,
    levels: [...contest.levels],
    categories: [...contest.categories],
  };
  if (contest.grades !== undefined) summary.grades = contest.grades;
  if (contest.basesUrl !== undefined) summary.basesUrl = contest.basesUrl;
  return summary;
}

export function factStatus(startDay: IsoDate, endDay: IsoDate, today: IsoDate): FactStatus {
  if (endDay < today) return "past";
  if (startDay > today) return "upcoming";
  return startDay === endDay ? "today" : "ongoing";
}

export function dateFact(entry: CalendarEntry, today: IsoDate): DateFact {
  return {
    kind: entry.kind,
    stage: stageRef(entry.stage),
    start: entry.start,
    end: entry.end,
    singleDay: dayOf(entry.start) === dayOf(entry.end),
    daysUntilStart: daysBetween(today, entry.startDay),
    daysUntilEnd: daysBetween(today, entry.endDay),
    status: factStatus(entry.startDay, entry.endDay, today),
  };
}
