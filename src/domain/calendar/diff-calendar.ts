/**
 * What an import would change: contests (by slug and year) added, removed, changed or unchanged, and for a
 * changed contest which dates moved (old → new), which stages appeared or went away, and which other fields
 * differ. Stages are paired by kind and name, then by kind and position, so renaming a stage or inserting
 * one does not read as every date changing.
 */
import { normalizeText } from "./normalize.js";
import type { ContestData, StageData, StageKind } from "./types.js";

export const DATE_FIELDS = ["registrationOpens", "registrationCloses", "eventStart", "eventEnd"] as const;
export type DateField = (typeof DATE_FIELDS)[number];

export interface StageKey {
  kind: StageKind;
  name: string;
}

export interface DateChange {
  stage: StageKey;
  field: DateField;
  /** Absent when the date was not set before (or is no longer set). */
  old?: string;
  new?: string;
}

export interface ContestChange {
  slug: string;
  year: number;
  name: string;
  dateChanges: DateChange[];
  stagesAdded: StageKey[];
  stagesRemoved: StageKey[];
  /** Other contest or stage properties that differ ("name", "levels", "stage:place"...). */
  fieldsChanged: string[];
}

export interface CalendarDiff {
  added: ContestData[];
  removed: ContestData[];
  changed: ContestChange[];
  unchanged: ContestData[];
}

const CONTEST_FIELDS = [
  "name",
  "shortName",
  "aliases",
  "organizer",
  "area",
  "levels",
  "grades",
  "categories",
  "basesUrl",
  "notes",
  "isSample",
] as const satisfies readonly (keyof ContestData)[];

function key(contest: ContestData): string {
  return `${contest.slug}|${contest.year}`;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function stageKey(stage: StageData): StageKey {
  return { kind: stage.kind, name: stage.name };
}

/** Pairs old and new stages: same kind and name first, then same kind by order among the leftovers. */
function pairStages(before: readonly StageData[], after: readonly StageData[]): { pairs: [StageData, StageData][]; added: StageData[]; removed: StageData[] } {
  const left = [...before].sort((a, b) => a.order - b.order);
  const right = [...after].sort((a, b) => a.order - b.order);
  const pairs: [StageData, StageData][] = [];
  const take = (matches: (a: StageData, b: StageData) => boolean): void => {
    for (const a of [...left]) {
      const b = right.find((candidate) => matches(a, candidate));
      if (b === undefined) continue;
      pairs.push([a, b]);
      left.splice(left.indexOf(a), 1);
      right.splice(right.indexOf(b), 1);
    }
  };
  take((a, b) => a.kind === b.kind && normalizeText(a.name) === normalizeText(b.name));
  take((a, b) => a.kind === b.kind);
  return { pairs, added: right, removed: left };
}

function compare(before: ContestData, after: ContestData): ContestChange {
  const change: ContestChange = {
    slug: after.slug,
    year: after.year,
    name: after.name,
    dateChanges: [],
    stagesAdded: [],
    stagesRemoved: [],
    fieldsChanged: CONTEST_FIELDS.filter((field) => !same(before[field], after[field])),
  };
  const { pairs, added, removed } = pairStages(before.stages, after.stages);
  for (const [a, b] of pairs) {
    for (const field of DATE_FIELDS) {
      if (a[field] === b[field]) continue;
      const dateChange: DateChange = { stage: stageKey(b), field };
      if (a[field] !== undefined) dateChange.old = a[field];
      if (b[field] !== undefined) dateChange.new = b[field];
      change.dateChanges.push(dateChange);
    }
    for (const field of ["name", "place", "order"] as const) {
      const label = `stage:${field}`;
      if (!same(a[field], b[field]) && !change.fieldsChanged.includes(label)) change.fieldsChanged.push(label);
    }
  }
  change.stagesAdded = added.map(stageKey);
  change.stagesRemoved = removed.map(stageKey);
  return change;
}

function isEmpty(change: ContestChange): boolean {
  return (
    change.dateChanges.length === 0 &&
    change.stagesAdded.length === 0 &&
    change.stagesRemoved.length === 0 &&
    change.fieldsChanged.length === 0
  );
}

export function diffCalendars(existing: readonly ContestData[], incoming: readonly ContestData[]): CalendarDiff {
  const before = new Map(existing.map((c) => [key(c), c]));
  const diff: CalendarDiff = { added: [], removed: [], changed: [], unchanged: [] };
  const seen = new Set<string>();
  for (const contest of incoming) {
    const k = key(contest);
    seen.add(k);
    const old = before.get(k);
    if (old === undefined) {
      diff.added.push(contest);
      continue;
    }
    const change = compare(old, contest);
    if (isEmpty(change)) diff.unchanged.push(contest);
    else diff.changed.push(change);
  }
  for (const contest of existing) if (!seen.has(key(contest))) diff.removed.push(contest);
  return diff;
}
