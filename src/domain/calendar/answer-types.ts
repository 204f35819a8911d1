/**
 * The structured answer to a calendar question. Dates in it are copied from the data; a missing date is
 * an absent field, never a guess.
 */
import type { ContestRef, ContestSummary, DateFact, StageRef } from "./facts.js";
import type { MonthGroup } from "./list-by-month.js";
import type { CalendarQuery, ListFilter, QueryWindow, StageTarget, UnknownReason } from "./parse-question.js";
import type { ContestArea, Level } from "./types.js";

interface ContestPartBase {
  contest: ContestRef;
  /** The question asked for an edition ("Eureka 2025") that the calendar does not have. */
  missingYear?: number;
}

export interface RegistrationPart extends ContestPartBase {
  type: "registration";
  focus: "close" | "open" | "both";
  /** The stage whose registration is reported; absent when the contest has no registration dates. */
  stage?: StageRef;
  opens?: DateFact;
  closes?: DateFact;
}

export interface StagePart extends ContestPartBase {
  type: "stage";
  target: StageTarget;
  /** Absent when the contest has no such stage. */
  stage?: StageRef;
  /** Absent when the stage has no event dates. */
  event?: DateFact;
}

export interface SchedulePart extends ContestPartBase {
  type: "schedule";
  facts: DateFact[];
  undated: StageRef[];
  next?: DateFact;
}

export interface DetailsPart extends ContestPartBase {
  type: "details";
  summary: ContestSummary;
  facts: DateFact[];
  undated: StageRef[];
  next?: DateFact;
  /** Levels the question mentioned, and whether the contest admits any of them. */
  askedLevels: Level[];
  levelsMatch?: boolean;
}

export interface ListPart {
  type: "list";
  window?: QueryWindow;
  filter: ListFilter;
  levels: Level[];
  areas: ContestArea[];
  months: MonthGroup[];
  total: number;
  shown: number;
}

export interface ContestListPart {
  type: "contest-list";
  levels: Level[];
  areas: ContestArea[];
  items: { contest: ContestRef; next?: DateFact }[];
}

export interface UnknownPart {
  type: "unknown";
  reason: UnknownReason;
  terms: string[];
  /** Names only: a suggestion never carries a date. */
  suggestions: ContestRef[];
}

export type AnswerPart =
  | RegistrationPart
  | StagePart
  | SchedulePart
  | DetailsPart
  | ListPart
  | ContestListPart
  | UnknownPart;

export interface CalendarAnswer {
  query: CalendarQuery;
  /** True when any contest the answer cites is sample data. */
  isSample: boolean;
  parts: AnswerPart[];
}
