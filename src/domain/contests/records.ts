/**
 * Contest rows ↔ calendar data. Stage days are PostgreSQL DATE columns (read back as UTC midnight); an event's
 * optional Lima wall-clock time ("09:00") lives beside its day in eventStartTime / eventEndTime, so
 * "2027-04-23T09:00" survives the round trip.
 */
import type { Prisma } from "../../generated/prisma/client.js";
import type { ContestArea, ContestData, Level, StageData } from "../calendar/index.js";

export type ContestRow = Prisma.ContestGetPayload<{ include: { stages: true } }>;
type StageRow = ContestRow["stages"][number];

/** "slug|year": what identifies an edition in imports, diffs and the cache. */
export function editionKey(contest: { slug: string; year: number }): string {
  return `${contest.slug}|${contest.year}`;
}

export function dayToDate(day: string): Date {
  return new Date(`${day.slice(0, 10)}T00:00:00.000Z`);
}

function dateToDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function withTime(date: Date | null, time: string | null): string | undefined {
  if (date === null) return undefined;
  return time === null ? dateToDay(date) : `${dateToDay(date)}T${time}`;
}

function timeOfValue(value: string | undefined): string | null {
  return value !== undefined && value.length >= 16 ? value.slice(11, 16) : null;
}

export function toStageData(row: StageRow): StageData {
  const stage: StageData = { kind: row.kind, name: row.name, order: row.sortOrder };
  if (row.registrationOpens !== null) stage.registrationOpens = dateToDay(row.registrationOpens);
  if (row.registrationCloses !== null) stage.registrationCloses = dateToDay(row.registrationCloses);
  const eventStart = withTime(row.eventStart, row.eventStartTime);
  const eventEnd = withTime(row.eventEnd, row.eventEndTime);
  if (eventStart !== undefined) stage.eventStart = eventStart;
  if (eventEnd !== undefined) stage.eventEnd = eventEnd;
  if (row.place !== null) stage.place = row.place;
  if (row.revision > 0) stage.revision = row.revision;
  return stage;
}

export function toContestData(row: ContestRow): ContestData {
  const contest: ContestData = {
    slug: row.slug,
    year: row.year,
    name: row.name,
    aliases: [...row.aliases],
    organizer: row.organizer,
    area: row.area as ContestArea,
    levels: [...row.levels] as Level[],
    categories: [...row.categories],
    isSample: row.isSample,
    stages: [...row.stages].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id).map(toStageData),
  };
  if (row.shortName !== null) contest.shortName = row.shortName;
  if (row.grades !== null) contest.grades = row.grades;
  if (row.basesUrl !== null) contest.basesUrl = row.basesUrl;
  if (row.notes !== null) contest.notes = row.notes;
  return contest;
}

/** Columns of a stage row (without contestId). */
export function stageColumns(stage: StageData) {
  return {
    kind: stage.kind,
    name: stage.name,
    sortOrder: stage.order,
    registrationOpens: stage.registrationOpens === undefined ? null : dayToDate(stage.registrationOpens),
    registrationCloses: stage.registrationCloses === undefined ? null : dayToDate(stage.registrationCloses),
    eventStart: stage.eventStart === undefined ? null : dayToDate(stage.eventStart),
    eventStartTime: timeOfValue(stage.eventStart),
    eventEnd: stage.eventEnd === undefined ? null : dayToDate(stage.eventEnd),
    eventEndTime: timeOfValue(stage.eventEnd),
    place: stage.place ?? null,
  } satisfies Omit<Prisma.ContestStageUncheckedCreateInput, "contestId">;
}

/** Columns of a contest row (without its stages). */
export function contestColumns(contest: ContestData) {
  return {
    slug: contest.slug,
    year: contest.year,
    name: contest.name,
    shortName: contest.shortName ?? null,
    aliases: contest.aliases,
    organizer: contest.organizer,
    area: contest.area,
    levels: contest.levels,
    grades: contest.grades ?? null,
    categories: contest.categories,
    basesUrl: contest.basesUrl ?? null,
    notes: contest.notes ?? null,
    isSample: contest.isSample,
  } satisfies Omit<Prisma.ContestCreateInput, "stages">;
}
