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

export async function audit(db: Db, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      actorId: entry.actorId ?? null,
      actorLabel: entry.actorLabel,
      action: entry.action,
      entity: entry.entity ?? null,
      entityId: entry.entityId === undefined ? null : String(entry.entityId),
      detail: entry.detail,
    },
  });
}
