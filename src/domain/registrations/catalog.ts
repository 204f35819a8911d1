/**
 * The editions and categories registrations are filed under, read from RegistrationEdition and
 * RegistrationCategory so a specialist changes them without touching code.
 */
import { todayInLima } from "../calendar/lima-time.js";
import type { Db } from "../db-types.js";
import { catalogCacheOf, type CatalogCategoryRow } from "./catalog-cache.js";
import type { RegistrationKind } from "./kinds.js";

/** Years of the editions taking registrations today (Lima day), newest first. */
export async function openEditionYears(db: Db, kind: RegistrationKind, now: Date): Promise<number[]> {
  const today = todayInLima(now);
  const cache = catalogCacheOf(db);
  const editions = cache
    ? (await cache.editions()).filter((edition) => edition.kind === kind && edition.isOpen)
    : await db.registrationEdition.findMany({ where: { kind, isOpen: true }, orderBy: { year: "desc" } });
  return editions
    .filter((edition) => (!edition.opensOn || isoDay(edition.opensOn) <= today) && (!edition.closesOn || isoDay(edition.closesOn) >= today))
    .map((edition) => edition.year);
}

/** Whether the edition of this kind and year takes registrations (the flag a specialist sets). */
export async function editionIsOpen(db: Db, kind: RegistrationKind, year: number): Promise<boolean> {
  const cache = catalogCacheOf(db);
  const edition = cache
    ? (await cache.editions()).find((row) => row.kind === kind && row.year === year)
    : await db.registrationEdition.findUnique({ where: { kind_year: { kind, year } } });
  return edition?.isOpen === true;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export interface CategoryRow {
  id: number;
  name: string;
  code: string;
  practiceType: string | null;
  description: string | null;
  minYearsRunning: number | null;
  parentId: number | null;
}

const SELECT = { id: true, name: true, code: true, practiceType: true, description: true, minYearsRunning: true, parentId: true } as const;

/** Top-level categories of a kind and year (of one practice type for good practices), in their order. */
export async function topCategories(db: Db, kind: RegistrationKind, year: number, practiceType?: string): Promise<CategoryRow[]> {
  const cache = catalogCacheOf(db);
  if (cache) {
    const rows = await cache.categories();
    return rows.filter((row) => row.kind === kind && row.year === year && row.parentId === null && (!practiceType || row.practiceType === practiceType)).map(categoryRow);
  }
  return db.registrationCategory.findMany({
    where: { kind, year, parentId: null, active: true, ...(practiceType ? { practiceType } : {}) },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: SELECT,
  });
}

export async function subcategories(db: Db, parentId: number): Promise<CategoryRow[]> {
  const cache = catalogCacheOf(db);
  if (cache) return (await cache.categories()).filter((row) => row.parentId === parentId).map(categoryRow);
  return db.registrationCategory.findMany({ where: { parentId, active: true }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: SELECT });
}

/** The practice types that have categories this year (pedagógica, gestión escolar), in category order. */
export async function practiceTypes(db: Db, year: number): Promise<string[]> {
  const rows = await topCategories(db, "buena_practica", year);
  return [...new Set(rows.map((row) => row.practiceType).filter((type): type is string => Boolean(type)))];
}

/** A top-level category by its name as chosen in the form (names are what the person saw and chose). */
export async function findTopCategory(db: Db, kind: RegistrationKind, year: number, name: string, practiceType?: string): Promise<CategoryRow | null> {
  if (catalogCacheOf(db)) return (await topCategories(db, kind, year, practiceType)).find((row) => row.name === name) ?? null;
  return db.registrationCategory.findFirst({
    where: { kind, year, parentId: null, active: true, name, ...(practiceType ? { practiceType } : {}) },
    select: SELECT,
  });
}

export async function findSubcategory(db: Db, parentId: number, name: string): Promise<CategoryRow | null> {
  if (catalogCacheOf(db)) return (await subcategories(db, parentId)).find((row) => row.name === name) ?? null;
  return db.registrationCategory.findFirst({ where: { parentId, active: true, name }, select: SELECT });
}

function categoryRow({ id, name, code, practiceType, description, minYearsRunning, parentId }: CatalogCategoryRow): CategoryRow {
  return { id, name, code, practiceType, description, minYearsRunning, parentId };
}
