/** The audit log: who did what to what, and when. Every privileged action writes here. */
import type { Db } from "./db-types.js";
import type { Prisma } from "../generated/prisma/client.js";

export interface AuditEntry {
  actorId?: number | null;
  actorLabel: string;
  action: string;
  entity?: string;
  entityId?: string | number;
  detail?: Prisma.InputJsonValue;
}

/** A lone UTF-16 surrogate (forged button data, a cut emoji) that PostgreSQL's jsonb refuses to store. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The detail as PostgreSQL can store it: every lone surrogate in its strings becomes U+FFFD. */
function storable(detail: Prisma.InputJsonValue | undefined): Prisma.InputJsonValue | undefined {
  if (detail === undefined) return undefined;
  return JSON.parse(JSON.stringify(detail, (_key, value: unknown) => (typeof value === "string" ? value.replace(LONE_SURROGATE, "\uFFFD") : value))) as Prisma.InputJsonValue;
}

export async function audit(db: Db, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      actorId: entry.actorId ?? null,
      actorLabel: entry.actorLabel,
      action: entry.action,
      entity: entry.entity ?? null,
      entityId: entry.entityId === undefined ? null : String(entry.entityId),
      detail: storable(entry.detail),
    },
  });
}
