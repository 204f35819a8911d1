/**
 * Likely duplicates: the same school, the same kind and year, and a very similar title. Titles are compared
 * normalised (no accents, case or punctuation) by the Jaccard similarity of their character trigrams, the
 * measure pg_trgm uses; 0.8 and above is "very similar". A warning, never a block.
 */
import { normalizeForMatch } from "../../forms/format.js";
import { queryRows } from "../../db/rows.js";
import type { Db } from "../db-types.js";
import type { RegistrationKind } from "./kinds.js";

export const DUPLICATE_THRESHOLD = 0.8;

export function titleKey(title: string): string {
  return normalizeForMatch(title);
}

/** Trigrams of each word padded like pg_trgm ("  w", " wo", "wor", "ord", "rd "). */
export function trigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const word of titleKey(text).split(" ").filter(Boolean)) {
    const padded = `  ${word} `;
    for (let index = 0; index + 3 <= padded.length; index++) grams.add(padded.slice(index, index + 3));
  }
  return grams;
}

export function titleSimilarity(a: string, b: string): number {
  const left = trigrams(a);
  const right = trigrams(b);
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared++;
  return shared / (left.size + right.size - shared);
}

export interface DuplicateCandidate {
  id: number;
  code: string;
  title: string;
  similarity: number;
}

export interface DuplicateQuery {
  kind: RegistrationKind;
  year: number;
  codigoModular: string;
  title: string;
  /** The registration being corrected, which is not a duplicate of itself. */
  excludeId?: number;
}

export const DUPLICATE_CANDIDATES_SQL = `SELECT r.id, r.code, r.title FROM "Registration" r JOIN "School" s ON s.id = r."schoolId"
  WHERE r.kind = $1::"RegistrationKind" AND r.year = $2::int AND s."codigoModular" = $3::bpchar
    AND r.status <> 'retirada' AND ($4::int IS NULL OR r.id <> $4::int)`;

/** The most similar registration of the same school, kind and year (withdrawn ones aside), if any is similar enough. */
export async function findLikelyDuplicate(db: Db, query: DuplicateQuery): Promise<DuplicateCandidate | null> {
  // Asked at several steps of every registration, hence plain SQL (planned once on PGlite, see db/rows.ts).
  const candidates = await queryRows<{ id: number; code: string; title: string }>(db, DUPLICATE_CANDIDATES_SQL, [
    query.kind,
    query.year,
    query.codigoModular,
    query.excludeId ?? null,
  ]);
  let best: DuplicateCandidate | null = null;
  for (const candidate of candidates) {
    const similarity = titleSimilarity(candidate.title, query.title);
    if (similarity >= DUPLICATE_THRESHOLD && (!best || similarity > best.similarity)) best = { ...candidate, similarity };
  }
  return best;
}
