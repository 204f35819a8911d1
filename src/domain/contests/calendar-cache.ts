/**
 * The contest calendar kept in memory, one per database client: every question is answered from a prepared
 * CalendarIndex with no query of its own. It holds the editions from last year on (in Lima), is dropped after
 * an import in this process (`invalidate`), and notices an import made by another process (the command-line
 * import, a second bot) through a cheap fingerprint query at most every `recheckMs`.
 */
import { buildCalendarIndex, todayInLima, type CalendarIndex, type ContestData } from "../calendar/index.js";
import type { Db } from "../db-types.js";
import { calendarFingerprint, loadContests } from "./load.js";
import { editionKey } from "./records.js";

export interface CalendarSnapshot {
  index: CalendarIndex;
  contests: readonly ContestData[];
  /** The Contest.id of an edition (for buttons), if it is in the database. */
  idOf(contest: { slug: string; year: number }): number | undefined;
  byId(id: number): ContestData | undefined;
  /** True when every edition in it is sample data (no official import yet). */
  onlySample: boolean;
}

export interface CalendarCacheOptions {
  /** How often the fingerprint is checked for another process's changes (default 30 s). */
  recheckMs?: number;
  clock?: () => number;
}

interface Loaded {
  snapshot: CalendarSnapshot;
  fromYear: number;
  fingerprint: string;
  checkedAt: number;
}

/** Official data wins: with any official edition loaded, sample editions neither answer, list nor export. */
function withoutRetiredSample(contests: ContestData[]): ContestData[] {
  return contests.some((c) => !c.isSample) ? contests.filter((c) => !c.isSample) : contests;
}

function snapshotOf(loaded: ContestData[], ids: Map<string, number>): CalendarSnapshot {
  const contests = withoutRetiredSample(loaded);
  const byId = new Map<number, ContestData>();
  for (const contest of contests) {
    const id = ids.get(editionKey(contest));
    if (id !== undefined) byId.set(id, contest);
  }
  return {
    index: buildCalendarIndex(contests),
    contests,
    idOf: (contest) => ids.get(editionKey(contest)),
    byId: (id) => byId.get(id),
    onlySample: contests.every((c) => c.isSample),
  };
}

export class ContestCalendar {
  private loaded: Loaded | undefined;
  private pending: Promise<Loaded> | undefined;
  private generation = 0;
  private readonly recheckMs: number;
  private readonly clock: () => number;

  constructor(
    private readonly db: Db,
    options: CalendarCacheOptions = {},
  ) {
    this.recheckMs = options.recheckMs ?? 30_000;
    this.clock = options.clock ?? Date.now;
  }

  /** The calendar for questions asked at `now` (editions from the previous Lima year on). */
  async snapshot(now: Date): Promise<CalendarSnapshot> {
    const fromYear = Number(todayInLima(now).slice(0, 4)) - 1;
    const loaded = this.loaded;
    if (loaded !== undefined && loaded.fromYear === fromYear && this.clock() - loaded.checkedAt < this.recheckMs) {
      return loaded.snapshot;
    }
    this.pending ??= this.refresh(fromYear).finally(() => (this.pending = undefined));
    return (await this.pending).snapshot;
  }

  /** Forget the calendar: the next question reloads it (called after an import). */
  invalidate(): void {
    this.generation += 1;
    this.loaded = undefined;
  }

  private async refresh(fromYear: number): Promise<Loaded> {
    const generation = this.generation;
    const previous = this.loaded;
    const fingerprint = await calendarFingerprint(this.db);
    if (previous !== undefined && previous.fromYear === fromYear && previous.fingerprint === fingerprint) {
      previous.checkedAt = this.clock();
      return previous;
    }
    const { contests, ids } = await loadContests(this.db, { fromYear });
    const loaded: Loaded = { snapshot: snapshotOf(contests, ids), fromYear, fingerprint, checkedAt: this.clock() };
    // An import finished while this was loading: do not keep what may predate it.
    if (generation === this.generation) this.loaded = loaded;
    return loaded;
  }
}

const calendars = new WeakMap<object, ContestCalendar>();

/** The shared in-memory calendar of this database client. */
export function contestCalendar(db: Db): ContestCalendar {
  let calendar = calendars.get(db);
  if (calendar === undefined) {
    calendar = new ContestCalendar(db);
    calendars.set(db, calendar);
  }
  return calendar;
}
