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
import { diffCalendars, normalizeText, type CalendarDiff, type ContestData, type StageData } from "../calendar/index.js";
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
  now: Date;
  /** Called after each contest written (large files from the command line). */
  onProgress?: (done: number, total: number) => void;
}

export interface SaveImportResult {
  diff: CalendarDiff;
  years: number[];
}

export function coveredYears(contests: readonly ContestData[]): number[] {
  return [...new Set(contests.map((c) => c.year))].sort((a, b) => a - b);
}

/** What saving these contests would change, without writing anything. */
export async function previewCalendarImport(db: Db, contests: readonly ContestData[]): Promise<CalendarDiff> {
  const { contests: existing } = await loadContests(db, { years: coveredYears(contests) });
  return diffCalendars(existing, contests);
}

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
    if (JSON.stringify(old.stage) === JSON.stringify(stage)) continue;
    await tx.contestStage.update({ where: { id: old.id }, data: stageColumns(stage) });
  }
  if (added.length > 0) await tx.contestStage.createMany({ data: added.map((stage) => ({ ...stageColumns(stage), contestId: id })) });
}

export async function saveCalendarImport(prisma: PrismaClient, input: SaveImportInput): Promise<SaveImportResult> {
  const years = coveredYears(input.contests);
  const stamp = { source: input.fileName, importedAt: input.now };
  const diff = await prisma.$transaction(
    async (tx) => {
      await lockCalendar(tx);
      const rows = await tx.contest.findMany({ where: { year: { in: years } }, include: { stages: true } });
      const stored = new Map(rows.map((row) => [editionKey(row), row]));
      const diff = diffCalendars(rows.map(toContestData), input.contests);
      const incoming = new Map(input.contests.map((c) => [editionKey(c), c]));

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
        },
      });
      return diff;
    },
    { maxWait: 30_000, timeout: 600_000 },
  );
  contestCalendar(prisma).invalidate();
  return { diff, years };
}
