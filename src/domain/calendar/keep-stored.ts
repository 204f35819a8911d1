/**
 * "Importar solo las filas válidas" must never take stored data away because of a bad row: for an edition with
 * a rejected row, each stored stage the file no longer brings (its row was the bad one) is kept as stored, and
 * an edition whose every row was rejected stays whole. What was kept is reported to the specialist.
 */
import { normalizeText } from "./normalize.js";
import type { ContestData, StageData } from "./types.js";

export interface KeptStage {
  contest: ContestData;
  stage: StageData;
}

function key(contest: { slug: string; year: number }): string {
  return `${contest.slug}|${contest.year}`;
}

function sameStage(a: StageData, b: StageData): boolean {
  return a.kind === b.kind && normalizeText(a.name) === normalizeText(b.name);
}

export function keepStoredForRejectedRows(
  stored: readonly ContestData[],
  incoming: readonly ContestData[],
  rejectedEditions: readonly string[],
): { contests: ContestData[]; kept: KeptStage[] } {
  const rejected = new Set(rejectedEditions);
  // Sample data is never kept as if it were official: official data replaces it, rejected rows or not.
  const official = stored.filter((c) => !c.isSample);
  const storedByKey = new Map(official.map((c) => [key(c), c]));
  const kept: KeptStage[] = [];
  const contests = incoming.map((contest) => {
    const before = storedByKey.get(key(contest));
    if (!rejected.has(key(contest)) || before === undefined) return contest;
    const missing = before.stages.filter((s) => !contest.stages.some((n) => sameStage(s, n)));
    if (missing.length === 0) return contest;
    for (const stage of missing) kept.push({ contest: before, stage });
    const stages = [...contest.stages, ...missing].sort((a, b) => a.order - b.order).map((s, i) => ({ ...s, order: i + 1 }));
    return { ...contest, stages };
  });
  const present = new Set(incoming.map(key));
  for (const contest of official) {
    if (!rejected.has(key(contest)) || present.has(key(contest))) continue;
    contests.push(contest);
    for (const stage of contest.stages) kept.push({ contest, stage });
  }
  return { contests, kept };
}
