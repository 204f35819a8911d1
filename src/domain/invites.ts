/**
 * Invite codes: the only way to a specialist or admin role. Single use, expiring, stored hashed,
 * and every creation and use is audited.
 */
import { audit } from "./audit.js";
import { hashCode, newCode } from "./codes.js";
import type { Db, Invite, Role } from "./db-types.js";
import { INVITE_ROLES } from "./roles.js";

export type InviteRole = (typeof INVITE_ROLES)[number];

export interface CreateInviteInput {
  role: InviteRole;
  ugelId?: string | null;
  createdById?: number | null;
  createdByLabel: string;
  ttlHours: number;
  now: Date;
}

export class InviteError extends Error {
  constructor(readonly reason: "invalid" | "expired" | "used" | "needs-ugel") {
    super(`invite ${reason}`);
  }
}

export async function createInvite(db: Db, input: CreateInviteInput): Promise<{ code: string; invite: Invite }> {
  if (input.role === "especialista_ugel" && !input.ugelId) throw new InviteError("needs-ugel");
  const code = newCode();
  const invite = await db.invite.create({
    data: {
      codeHash: hashCode(code),
      role: input.role,
      ugelId: input.role === "especialista_ugel" ? (input.ugelId ?? null) : null,
      createdById: input.createdById ?? null,
      createdByLabel: input.createdByLabel,
      expiresAt: new Date(input.now.getTime() + input.ttlHours * 3_600_000),
    },
  });
  await audit(db, {
    actorId: input.createdById,
    actorLabel: input.createdByLabel,
    action: "invite.created",
    entity: "invite",
    entityId: invite.id,
    detail: { role: invite.role, ugelId: invite.ugelId, expiresAt: invite.expiresAt.toISOString() },
  });
  return { code, invite };
}

/** Looks a code up without using it (the onboarding step validates before the form is submitted). */
export async function findUsableInvite(db: Db, code: string, now: Date): Promise<Invite> {
  const invite = await db.invite.findUnique({ where: { codeHash: hashCode(code) } });
  if (!invite) throw new InviteError("invalid");
  if (invite.usedAt) throw new InviteError("used");
  if (invite.expiresAt <= now) throw new InviteError("expired");
  return invite;
}

/** Uses a code once: the conditional update makes two people racing for one code end with one winner. */
export async function redeemInvite(db: Db, code: string, personId: number, actorLabel: string, now: Date): Promise<{ role: Role; ugelId: string | null }> {
  const invite = await findUsableInvite(db, code, now);
  const { count } = await db.invite.updateMany({
    where: { id: invite.id, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now, usedById: personId },
  });
  if (count !== 1) throw new InviteError("used");
  await audit(db, {
    actorId: personId,
    actorLabel,
    action: "invite.used",
    entity: "invite",
    entityId: invite.id,
    detail: { role: invite.role, ugelId: invite.ugelId },
  });
  return { role: invite.role, ugelId: invite.ugelId };
}
