/**
 * Which days before a date a person is reminded. Everyone follows REMINDER_OFFSETS_DAYS until they choose
 * their own in /recordatorios. The column's default ({7,3,1,0}, newest-first) marks "never chose"; a person's
 * own choice is stored in ascending order, so even a choice of exactly 7, 3, 1 and 0 reads as theirs.
 */
export const UNCHOSEN_OFFSETS: readonly number[] = [7, 3, 1, 0];

export function isUnchosen(stored: readonly number[]): boolean {
  return stored.length === UNCHOSEN_OFFSETS.length && stored.every((value, index) => value === UNCHOSEN_OFFSETS[index]);
}

export function effectiveOffsets(stored: readonly number[], defaults: readonly number[]): number[] {
  return isUnchosen(stored) ? [...defaults] : [...stored];
}

/** How a person's own choice is stored (ascending, no repeats). */
export function storedChoice(offsets: readonly number[]): number[] {
  return [...new Set(offsets)].sort((a, b) => a - b);
}

/** The choices /recordatorios offers: the usual ones plus whatever the operator configured. */
export function offeredOffsets(defaults: readonly number[]): number[] {
  return [...new Set([14, 7, 3, 2, 1, 0, ...defaults])].sort((a, b) => b - a);
}
