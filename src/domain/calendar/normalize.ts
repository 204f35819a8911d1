/**
 * Text normalisation and string distances for matching what people type (or dictate) against contest names.
 *
 * Damerau-Levenshtein (optimal string alignment variant) is written here rather than taken from a library:
 * it is twenty lines, the hot path needs an early exit at a small maximum distance, and the words compared
 * are short, so a bounded row-by-row table is both simpler and faster than a general-purpose package.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ALPHANUMERIC = /[^a-z0-9]+/g;

/** Lower case, accents stripped (ñ → n), punctuation to spaces, spaces collapsed and trimmed. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(NON_ALPHANUMERIC, " ")
    .trim();
}

export function tokenize(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === "" ? [] : normalized.split(" ");
}

// Reused rows: matching is single-threaded and words are short, so three shared buffers avoid allocation.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions, adjacent transpositions).
 * Returns `max + 1` as soon as the distance is known to exceed `max`.
 */
export function damerauLevenshtein(a: string, b: string, max = Number.MAX_SAFE_INTEGER): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0) return lb;
  if (lb === 0) return la;
  if (lb + 1 > rowA.length) {
    rowA = new Int32Array(lb + 1);
    rowB = new Int32Array(lb + 1);
    rowC = new Int32Array(lb + 1);
  }
  let prevPrev = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let value = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        value = Math.min(value, prevPrev[j - 2]! + 1);
      }
      cur[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const spare = prevPrev;
    prevPrev = prev;
    prev = cur;
    cur = spare;
  }
  const result = prev[lb]!;
  return result > max ? max + 1 : result;
}

/** How many edits a word of this length may carry and still count as the same word. */
export function allowedTypos(length: number): number {
  if (length <= 3) return 0;
  if (length <= 7) return 1;
  return 2;
}

/**
 * Similarity of a typed token to a known word in [0, 1]: 1 when equal, lower with each edit, 0 when the
 * distance exceeds what the known word's length allows.
 */
export function tokenSimilarity(typed: string, known: string): number {
  if (typed === known) return 1;
  const allowed = allowedTypos(known.length);
  if (allowed === 0) return 0;
  const distance = damerauLevenshtein(typed, known, allowed);
  if (distance > allowed) return 0;
  // A different first letter is a much weaker sign that it is the same word, except for c/s/z/k/qu slips.
  const firstOk = typed[0] === known[0] || (SOUND_ALIKE[typed[0] ?? ""] ?? "").includes(known[0] ?? "");
  const base = 1 - distance / Math.max(known.length, 4);
  return firstOk ? base : base - 0.15;
}

const SOUND_ALIKE: Record<string, string> = { c: "skq", s: "cz", z: "sc", k: "cq", q: "ck", b: "v", v: "b", h: "aeiou" };

/** Character trigrams of a word padded with spaces, for loose "looks like" suggestions. */
export function trigrams(word: string): Set<string> {
  const padded = ` ${word} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

/** Dice coefficient of two trigram sets. */
export function trigramSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** URL-safe identifier from free text: "Crea y Emprende" → "crea-y-emprende". */
export function slugify(text: string): string {
  return normalizeText(text).replace(/ /g, "-");
}
