/**
 * The registration catalog (editions and categories, a few dozen rows) kept in memory on the embedded
 * database, where every write passes the write observer: any write to either table drops the copy, and a copy
 * read while a write happened is not kept. Form questions ask the catalog at almost every step.
 * On PostgreSQL, where another process may change the catalog, the copy is used only inside a turn whose
 * read found the catalog unchanged (conversation/sessions/postgres.ts reads a fingerprint of both tables with
 * the turn and drops the copy when it moved); anywhere else every call reads the tables.
 */
import type { WriteObserver } from "../../db/write-observer.js";
import type { Db, PrismaClient } from "../db-types.js";
import type { CategoryRow } from "./catalog.js";
import type { RegistrationKind } from "./kinds.js";

export interface EditionRow {
  kind: RegistrationKind;
  year: number;
  isOpen: boolean;
  opensOn: Date | null;
  closesOn: Date | null;
}

/** A category with what the cache filters and orders by. */
export interface CatalogCategoryRow extends CategoryRow {
  kind: RegistrationKind;
  year: number;
  sortOrder: number;
}

const caches = new WeakMap<object, CatalogCache>();

export class CatalogCache {
  private generation = 0;
  private editionRows: Promise<EditionRow[]> | undefined;
  private categoryRows: Promise<CatalogCategoryRow[]> | undefined;

  constructor(
    private readonly db: PrismaClient,
    /** Whether the copy may be used now (PostgreSQL: only inside a turn that checked the fingerprint). */
    readonly usable: () => boolean = () => true,
  ) {}

  forget(): void {
    this.generation += 1;
    this.editionRows = undefined;
    this.categoryRows = undefined;
  }

  editions(): Promise<EditionRow[]> {
    return (this.editionRows ??= this.read(() => this.db.registrationEdition.findMany({ orderBy: [{ year: "desc" }] }), (rows) => (this.editionRows = rows)));
  }

  /** Active categories, in their order (sortOrder, then id). */
  categories(): Promise<CatalogCategoryRow[]> {
    return (this.categoryRows ??= this.read(
      () =>
        this.db.registrationCategory.findMany({
          where: { active: true },
          orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
          select: { id: true, kind: true, year: true, name: true, code: true, practiceType: true, description: true, minYearsRunning: true, parentId: true, sortOrder: true },
        }),
      (rows) => (this.categoryRows = rows),
    ));
  }

  /** Reads once; if a write came while reading, the rows are returned to this caller but not kept. */
  private read<T>(load: () => Promise<T>, keep: (rows: Promise<T> | undefined) => void): Promise<T> {
    const generation = this.generation;
    const rows = load();
    rows.then(
      () => {
        if (this.generation !== generation) keep(undefined);
      },
      () => keep(undefined),
    );
    return rows;
  }
}

/** Keeps the catalog of this client in memory, dropped on every write the observer sees to its tables. */
export function cacheCatalog(db: PrismaClient, observer: WriteObserver): CatalogCache {
  // Several apps may open on one client (tests do): one cache and one listener serve them all.
  const existing = caches.get(db);
  if (existing) return existing;
  const cache = new CatalogCache(db);
  observer.onWrite(["RegistrationEdition", "RegistrationCategory"], () => cache.forget());
  caches.set(db, cache);
  return cache;
}

/**
 * Keeps the catalog of this PostgreSQL client in memory for the turns: `usable` says when a turn has checked
 * the catalog's fingerprint; the caller drops the copy (forget) when the fingerprint changes.
 */
export function cacheCatalogForTurns(db: PrismaClient, usable: () => boolean): CatalogCache {
  const cache = new CatalogCache(db, usable);
  caches.set(db, cache);
  return cache;
}

/** The cache of this client, if it keeps one usable now (not inside a transaction: that reads the table itself). */
export function catalogCacheOf(db: Db): CatalogCache | undefined {
  const cache = caches.get(db);
  return cache?.usable() ? cache : undefined;
}

/**
 * A fingerprint of the catalog tables, as a SQL expression: it changes with any insert, update or delete
 * (every new row version has a new xmin; a delete changes the count).
 */
export const CATALOG_FINGERPRINT_SQL = `(SELECT count(*)::text || ':' || coalesce(sum(c.xmin::text::bigint), 0)::text
  FROM (SELECT xmin FROM "RegistrationEdition" UNION ALL SELECT xmin FROM "RegistrationCategory") c)`;
