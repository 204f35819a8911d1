/**
 * Who an ATA announcement goes to: UGELs, roles, levels (for teachers and directors) and optionally one school.
 * A UGEL specialist may only address their own UGEL; a DRE specialist or an admin any UGEL. Checked here, on
 * every draft and again on confirmation, whatever the buttons said.
 */
import type { Db, Level, Person, Role } from "../db-types.js";
import { LEVELS, isSpecialist, seesAllUgels } from "../roles.js";

export const AUDIENCE_ROLES = ["docente", "director", "especialista_ugel"] as const satisfies readonly Role[];

export interface AtaAudience {
  ugelIds: string[];
  roles: Role[];
  /** Empty: every level. Applies to teachers and directors only. */
  levels: Level[];
  schoolId: number | null;
}

export type AtaErrorReason =
  | "not-specialist"
  | "ugel-not-allowed"
  | "no-ugel"
  | "no-role"
  | "bad-role"
  | "bad-level"
  | "school-outside"
  | "not-found"
  | "not-yours"
  | "not-draft"
  | "already-going"
  | "cancelled"
  | "not-sent-yet"
  | "not-recipient"
  | "no-session";

export class AtaError extends Error {
  constructor(readonly reason: AtaErrorReason) {
    super(`ata: ${reason}`);
  }
}

/** The UGELs this person may address. */
export async function allowedUgelIds(db: Db, author: Pick<Person, "role" | "ugelId">): Promise<string[]> {
  if (!isSpecialist(author.role)) return [];
  const ugels = await db.ugel.findMany({ where: { isDre: false }, orderBy: { id: "asc" }, select: { id: true } });
  if (seesAllUgels(author.role)) return ugels.map((ugel) => ugel.id);
  return ugels.filter((ugel) => ugel.id === author.ugelId).map((ugel) => ugel.id);
}

export async function checkAudience(db: Db, author: Pick<Person, "role" | "ugelId">, audience: AtaAudience): Promise<void> {
  if (!isSpecialist(author.role)) throw new AtaError("not-specialist");
  if (audience.ugelIds.length === 0) throw new AtaError("no-ugel");
  const allowed = new Set(await allowedUgelIds(db, author));
  if (audience.ugelIds.some((ugelId) => !allowed.has(ugelId))) throw new AtaError("ugel-not-allowed");
  if (audience.roles.length === 0) throw new AtaError("no-role");
  if (audience.roles.some((role) => !(AUDIENCE_ROLES as readonly string[]).includes(role))) throw new AtaError("bad-role");
  if (audience.levels.some((level) => !(LEVELS as readonly string[]).includes(level))) throw new AtaError("bad-level");
  if (audience.schoolId !== null) {
    const school = await db.school.findUnique({ where: { id: audience.schoolId } });
    if (!school || !school.ugelId || !audience.ugelIds.includes(school.ugelId)) throw new AtaError("school-outside");
  }
}

/** SQL condition on `p` ("Person") for this audience, its parameters starting at $`first`. */
export function audienceCondition(audience: AtaAudience, first: number): { sql: string; params: unknown[] } {
  const [u, r, l, s] = [first, first + 1, first + 2, first + 3];
  return {
    sql: `p."onboardedAt" IS NOT NULL
      AND p."ugelId" = ANY($${u}::text[])
      AND p.role = ANY($${r}::text[]::"Role"[])
      AND (cardinality($${l}::text[]) = 0 OR p.role NOT IN ('docente', 'director') OR p.levels && $${l}::text[]::"Level"[])
      AND ($${s}::int IS NULL OR p."schoolId" = $${s}::int)`,
    params: [audience.ugelIds, audience.roles, audience.levels, audience.schoolId],
  };
}

export interface AudienceCount {
  ugelId: string;
  /** The channel the announcement would go through, "none" when the person has no reachable identity. */
  channel: string;
  count: number;
}

/** How many people the audience reaches, per UGEL and channel (the channel chosen as the dispatcher would). */
export async function countAudience(db: Db, audience: AtaAudience): Promise<AudienceCount[]> {
  const where = audienceCondition(audience, 1);
  return db.$queryRawUnsafe<AudienceCount[]>(
    `SELECT p."ugelId" AS "ugelId", COALESCE(ch.channel::text, 'none') AS channel, count(*)::int AS count
     FROM "Person" p
     LEFT JOIN LATERAL (
       SELECT i.channel FROM "ChannelIdentity" i
       WHERE i."personId" = p.id AND NOT i.unreachable
       ORDER BY CASE i.channel WHEN 'telegram' THEN 0 WHEN 'slack' THEN 1 ELSE 2 END, i."createdAt" DESC
       LIMIT 1
     ) ch ON true
     WHERE ${where.sql}
     GROUP BY 1, 2
     ORDER BY 1, 2`,
    ...where.params,
  );
}
