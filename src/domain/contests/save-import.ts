/**
 * Saving an imported calendar, all or nothing, in one transaction:
 * - the file speaks for the years it covers (the years of its contests): an edition of a covered year that is
 *   not in the file is removed (a sample edition of that year included); other years are left alone;
 * - an edition already stored (same slug and year) is updated in place, so its id — and the follows and
 *   reminders that point at it — survive; its stages are paired with the new ones (same kind and name, then
 *   same kind in order) and updated in place too, so a stage keeps its id when only its dates move;
 * - unchanged editions are not written at all.
 * What changed is computed with diffCalendars against the stored editions of the covered years, and the import
 * is written to the audit log with who made it, from which file, and the counts.
 */
import {
  diffCalendars,
  keepStoredForRejectedRows,
  normalizeText,
  type CalendarDiff,
  type ContestData,
  type KeptStage,
  type StageData,
} from "../calendar/index.js";
import { audit } from "../audit.js";
import type { Db, PrismaClient } from "../db-types.js";
import { contestCalendar } from "./calendar-cache.js";
import { loadContests } from "./load.js";
import { contestColumns, editionKey, stageColumns, toContestData, toStageData } from "./records.js";

/** Serialises calendar writers (imports, the sample seed) across processes sharing a PostgreSQL server. */
export const CALENDAR_LOCK_KEY = 4_240_001;

export async function lockCalendar(tx: Db): Promise<void> {
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${CALENDAR_LOCK_KEY}::bigint)`;
}

export interface ImportActor {
  personId?: number | null;
  /** "telegram:12", "cli:operador". */
  label: string;
}

export interface SaveImportInput {
  contests: readonly ContestData[];
  fileName: string;
  actor: ImportActor;
  /** The specialist chose to import only the valid rows of a file with errors. */
  onlyValid: boolean;
  rowsRead: number;
  /** Rows left out because of errors (0 for a clean file). */
  rejectedRows: number;
  /** "slug|year" of editions with a rejected row: their stored stages stay (see keepStoredForRejectedRows). */
  rejectedEditions?: readonly string[];
  now: Date;
  /** Called after each contest written (large files from the command line). */
  onProgress?: (done: number, total: number) => void;
}

export interface SaveImportResult {
  diff: CalendarDiff;
  years: number[];
  /** Sample editions taken out because official data came in (every year, see retireSample). */
  retiredSample: number;
  /** Stored stages kept as they were because their row in the file was rejected. */
  kept: KeptStage[];
}

export interface ImportPreview {
  diff: CalendarDiff;
  kept: KeptStage[];
  /** Saving would retire the sample calendar still in the database. */
  retiresSample: boolean;
}

/** True when saving these contests retires the sample calendar: any official edition does. */
export function retiresSample(contests: readonly ContestData[]): boolean {
  return contests.some((contest) => !contest.isSample);
}

/** Whether the database still holds sample editions that an official import would retire. */
export async function hasSampleEditions(db: Db): Promise<boolean> {
  return (await db.contest.count({ where: { isSample: true } })) > 0;
}

/**
 * Official data wins: once an official edition exists, no sample edition answers, lists, exports or
 * reminds again, whatever its year (sample dates were never anyone's calendar, not even for past years).
 * Editions the incoming file itself marks as sample ("ejemplo") stay.
 */
/** Stored sample editions that the file rewrites as official ones (same slug and year). */
function converted(diff: CalendarDiff): number {
  return diff.changed.filter((change) => change.fieldsChanged.includes("isSample")).length;
}

async function retireSample(tx: Db, keep: ReadonlySet<string>): Promise<number> {
  const rows = await tx.contest.findMany({ where: { isSample: true }, select: { id: true, slug: true, year: true } });
  const ids = rows.filter((row) => !keep.has(editionKey(row))).map((row) => row.id);
  if (ids.length === 0) return 0;
  await tx.contest.deleteMany({ where: { id: { in: ids } } });
  return ids.length;
}

export function coveredYears(contests: readonly ContestData[]): number[] {
  return [...new Set(contests.map((c) => c.year))].sort((a, b) => a - b);
}

/** What saving these contests would change, without writing anything. */
export async function previewCalendarImport(db: Db, contests: readonly ContestData[], rejectedEditions: readonly string[] = []): Promise<ImportPreview> {
  const { contests: existing } = await loadContests(db, { years: coveredYears(contests) });
  const { contests: merged, kept } = keepStoredForRejectedRows(existing, contests, rejectedEditions);
  return { diff: diffCalendars(existing, merged), kept, retiresSample: retiresSample(contests) && (await hasSampleEditions(db)) };
}

const DATE_FIELDS = ["registrationOpens", "registrationCloses", "eventStart", "eventEnd"] as const satisfies readonly (keyof StageData)[];

interface StoredStage {
  id: number;
  stage: StageData;
}

/** Pairs stored stages with incoming ones as diffCalendars does: same kind and name, then same kind in order. */
function pairStages(stored: StoredStage[], incoming: readonly StageData[]) {
  const left = [...stored].sort((a, b) => a.stage.order - b.stage.order);
  const right = [...incoming].sort((a, b) => a.order - b.order);
  const pairs: [StoredStage, StageData][] = [];
  const take = (matches: (a: StageData, b: StageData) => boolean): void => {
    for (const a of [...left]) {
      const b = right.find((candidate) => matches(a.stage, candidate));
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

async function rewriteContest(tx: Db, id: number, storedStages: StoredStage[], contest: ContestData, stamp: { source: string; importedAt: Date }) {
  await tx.contest.update({ where: { id }, data: { ...contestColumns(contest), ...stamp } });
  const { pairs, added, removed } = pairStages(storedStages, contest.stages);
  if (removed.length > 0) await tx.contestStage.deleteMany({ where: { id: { in: removed.map((s) => s.id) } } });
  for (const [old, stage] of pairs) {
    const { revision: _stored, ...before } = old.stage;
    const { revision: _incoming, ...after } = stage;
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    // A date that moves must replace the event in people's phone calendars: same UID, higher SEQUENCE.
    const datesMoved = DATE_FIELDS.some((field) => before[field] !== after[field]);
    await tx.contestStage.update({ where: { id: old.id }, data: { ...stageColumns(stage), ...(datesMoved ? { revision: { increment: 1 } } : {}) } });
  }
  if (added.length > 0) await tx.contestStage.createMany({ data: added.map((stage) => ({ ...stageColumns(stage), contestId: id })) });
}

export async function saveCalendarImport(prisma: PrismaClient, input: SaveImportInput): Promise<SaveImportResult> {
  const years = coveredYears(input.contests);
  const stamp = { source: input.fileName, importedAt: input.now };
  const { diff, retiredSample, kept } = await prisma.$transaction(
    async (tx) => {
      await lockCalendar(tx);
      const rows = await tx.contest.findMany({ where: { year: { in: years } }, include: { stages: true } });
      const stored = new Map(rows.map((row) => [editionKey(row), row]));
      const before = rows.map(toContestData);
      const { contests: merged, kept } = keepStoredForRejectedRows(before, input.contests, input.rejectedEditions ?? []);
      const diff = diffCalendars(before, merged);
      const incoming = new Map(merged.map((c) => [editionKey(c), c]));

      const total = diff.added.length + diff.changed.length;
      let done = 0;
      for (const contest of diff.added) {
        await tx.contest.create({ data: { ...contestColumns(contest), ...stamp, stages: { create: contest.stages.map(stageColumns) } } });
        input.onProgress?.(++done, total);
      }
      for (const change of diff.changed) {
        const key = editionKey(change);
        const row = stored.get(key)!;
        const storedStages = row.stages.map((stage) => ({ id: stage.id, stage: toStageData(stage) }));
        await rewriteContest(tx, row.id, storedStages, incoming.get(key)!, stamp);
        input.onProgress?.(++done, total);
      }
      const removedIds = diff.removed.map((c) => stored.get(editionKey(c))!.id);
      if (removedIds.length > 0) await tx.contest.deleteMany({ where: { id: { in: removedIds } } });
      const sampleKeys = new Set(input.contests.filter((c) => c.isSample).map(editionKey));
      const retired = retiresSample(input.contests) ? await retireSample(tx, sampleKeys) : 0;
      // Sample editions removed, retired, or rewritten as official (same slug and year): all stop answering.
      const retiredSample = retired + diff.removed.filter((c) => c.isSample).length + converted(diff);

      await audit(tx, {
        actorId: input.actor.personId ?? null,
        actorLabel: input.actor.label,
        action: "calendar.import",
        entity: "calendar",
        entityId: years.join(","),
        detail: {
          fileName: input.fileName,
          onlyValid: input.onlyValid,
          rowsRead: input.rowsRead,
          rejectedRows: input.rejectedRows,
          years,
          contests: input.contests.length,
          added: diff.added.length,
          changed: diff.changed.length,
          removed: diff.removed.length,
          unchanged: diff.unchanged.length,
          dateChanges: diff.changed.reduce((sum, c) => sum + c.dateChanges.length, 0),
          addedEditions: diff.added.map(editionKey),
          changedEditions: diff.changed.map(editionKey),
          removedEditions: diff.removed.map(editionKey),
          retiredSample,
        },
      });
      return { diff, retiredSample, kept };
    },
    { maxWait: 30_000, timeout: 600_000 },
  );
  contestCalendar(prisma).invalidate();
  return { diff, years, retiredSample, kept };
}
