/**
 * Linking identities: one human who talks to the bot on Telegram and on Slack becomes one person, with one
 * profile, one set of registrations and subscriptions. The person who creates the one-time code keeps their
 * person row; the person who enters it is merged into it. Codes are single use, expire, are stored only as a
 * SHA-256 hash (like invites) and every creation and use is audited.
 */
import { audit } from "./audit.js";
import { hashCode, newCode } from "./codes.js";
import type { Db, Person, PrismaClient, Role } from "./db-types.js";

export const LINK_CODE_TTL_MINUTES = 30;

export type LinkErrorReason = "invalid" | "expired" | "used" | "same-person" | "same-channel";

export class LinkError extends Error {
  constructor(readonly reason: LinkErrorReason) {
    super(`link ${reason}`);
  }
}

export interface CreatedLinkCode {
  code: string;
  expiresAt: Date;
}

/** A new code for this person; their earlier unused codes stop working. */
export async function createLinkCode(db: Db, input: { personId: number; actorLabel: string; now: Date }): Promise<CreatedLinkCode> {
  await db.linkCode.deleteMany({ where: { personId: input.personId, usedAt: null } });
  const code = newCode();
  const expiresAt = new Date(input.now.getTime() + LINK_CODE_TTL_MINUTES * 60_000);
  const row = await db.linkCode.create({ data: { codeHash: hashCode(code), personId: input.personId, expiresAt } });
  await audit(db, { actorId: input.personId, actorLabel: input.actorLabel, action: "link.code_created", entity: "link_code", entityId: row.id, detail: { expiresAt: expiresAt.toISOString() } });
  return { code, expiresAt };
}

export interface LinkResult {
  /** The person both identities now belong to (the code's creator). */
  personId: number;
  /** Channels of the identities that joined it. */
  joinedChannels: string[];
}

/**
 * Uses a code: the identities (and everything else) of `personId` move to the code's creator. The conditional
 * update makes two redemptions of one code end with one winner.
 */
export async function redeemLinkCode(db: PrismaClient, input: { code: string; personId: number; actorLabel: string; now: Date }): Promise<LinkResult> {
  return db.$transaction(async (tx) => {
    const row = await tx.linkCode.findUnique({ where: { codeHash: hashCode(input.code) } });
    if (!row) throw new LinkError("invalid");
    if (row.usedAt) throw new LinkError("used");
    if (row.expiresAt <= input.now) throw new LinkError("expired");
    if (row.personId === input.personId) throw new LinkError("same-person");
    const [keeper, joiner] = await Promise.all([
      tx.person.findUniqueOrThrow({ where: { id: row.personId }, include: { identities: true } }),
      tx.person.findUniqueOrThrow({ where: { id: input.personId }, include: { identities: true } }),
    ]);
    const keeperChannels = new Set(keeper.identities.map((identity) => identity.channel));
    if (joiner.identities.some((identity) => keeperChannels.has(identity.channel))) throw new LinkError("same-channel");
    const { count } = await tx.linkCode.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: input.now } }, data: { usedAt: input.now } });
    if (count !== 1) throw new LinkError("used");

    await mergePeople(tx, keeper, joiner);
    const joinedChannels = joiner.identities.map((identity) => identity.channel);
    await audit(tx, {
      actorId: keeper.id,
      actorLabel: input.actorLabel,
      action: "identity.linked",
      entity: "person",
      entityId: keeper.id,
      detail: { mergedPersonId: joiner.id, channels: joinedChannels },
    });
    return { personId: keeper.id, joinedChannels };
  });
}

const ROLE_RANK: Record<Role, number> = { docente: 1, director: 2, especialista_ugel: 3, especialista_dre: 4, admin: 5 };

/** Which profile the merged person keeps: an onboarded one, the more privileged one, else the keeper's. */
function profileRank(person: Person): number {
  if (!person.onboardedAt) return 0;
  return 10 + (person.role ? ROLE_RANK[person.role] : 0);
}

/** Moves every row of `joiner` to `keeper` (unique pairs keep one row) and deletes `joiner`. */
async function mergePeople(tx: Db, keeper: Person, joiner: Person): Promise<void> {
  const from = joiner.id;
  const to = keeper.id;
  if (profileRank(joiner) > profileRank(keeper)) {
    await tx.person.update({
      where: { id: to },
      data: {
        role: joiner.role,
        ugelId: joiner.ugelId,
        schoolId: joiner.schoolId,
        levels: joiner.levels,
        locale: joiner.locale,
        consentAt: joiner.consentAt,
        consentVersion: joiner.consentVersion,
        onboardedAt: joiner.onboardedAt,
        remindersMuted: joiner.remindersMuted,
        digestMuted: joiner.digestMuted,
        reminderOffsets: joiner.reminderOffsets,
        displayName: keeper.displayName ?? joiner.displayName,
      },
    });
    // The keeper may have been half-way through onboarding: that flow no longer applies.
    await tx.conversationState.deleteMany({ where: { personId: to } });
  } else if (!keeper.displayName && joiner.displayName) {
    await tx.person.update({ where: { id: to }, data: { displayName: joiner.displayName } });
  }

  await tx.channelIdentity.updateMany({ where: { personId: from }, data: { personId: to } });
  await tx.registration.updateMany({ where: { ownerId: from }, data: { ownerId: to } });
  await tx.registrationStatusChange.updateMany({ where: { actorId: from }, data: { actorId: to } });
  await tx.ataAnnouncement.updateMany({ where: { authorId: from }, data: { authorId: to } });
  await tx.delivery.updateMany({ where: { personId: from }, data: { personId: to } });
  await tx.invite.updateMany({ where: { createdById: from }, data: { createdById: to } });
  await tx.invite.updateMany({ where: { usedById: from }, data: { usedById: to } });
  await tx.linkCode.updateMany({ where: { personId: from }, data: { personId: to } });
  await tx.auditLog.updateMany({ where: { actorId: from }, data: { actorId: to } });

  const keptContests = new Set((await tx.subscription.findMany({ where: { personId: to } })).map((row) => row.contestId));
  for (const subscription of await tx.subscription.findMany({ where: { personId: from } })) {
    if (keptContests.has(subscription.contestId)) await tx.subscription.delete({ where: { id: subscription.id } });
    else await tx.subscription.update({ where: { id: subscription.id }, data: { personId: to } });
  }

  const keptAcks = new Map((await tx.ataAcknowledgement.findMany({ where: { personId: to } })).map((row) => [row.announcementId, row]));
  for (const ack of await tx.ataAcknowledgement.findMany({ where: { personId: from } })) {
    const kept = keptAcks.get(ack.announcementId);
    if (!kept) {
      await tx.ataAcknowledgement.update({ where: { id: ack.id }, data: { personId: to } });
      continue;
    }
    await tx.ataAcknowledgement.update({
      where: { id: kept.id },
      data: { receivedAt: kept.receivedAt ?? ack.receivedAt, attendance: ack.updatedAt > kept.updatedAt ? (ack.attendance ?? kept.attendance) : (kept.attendance ?? ack.attendance) },
    });
    await tx.ataAcknowledgement.delete({ where: { id: ack.id } });
  }

  // Drafts: the most recently touched one of each form survives.
  const keptDrafts = new Map((await tx.conversationDraft.findMany({ where: { personId: to } })).map((row) => [row.formId, row]));
  for (const draft of await tx.conversationDraft.findMany({ where: { personId: from } })) {
    const kept = keptDrafts.get(draft.formId);
    if (kept && kept.updatedAt >= draft.updatedAt) {
      await tx.conversationDraft.delete({ where: { id: draft.id } });
      continue;
    }
    if (kept) await tx.conversationDraft.delete({ where: { id: kept.id } });
    await tx.conversationDraft.update({ where: { id: draft.id }, data: { personId: to } });
  }

  await tx.conversationState.deleteMany({ where: { personId: from } });
  await tx.person.delete({ where: { id: from } });
}
