/** People and their channel identities: one person may talk through Telegram, Slack and the console. */
import type { Sender } from "../core/types.js";
import type { Db } from "./db-types.js";
import { isLocale, type Locale } from "../i18n.js";

/** The locale a newcomer starts with: their app's language when we speak it, else Spanish. */
export function initialLocale(sender: Pick<Sender, "languageCode">): Locale {
  const code = sender.languageCode?.slice(0, 2);
  return isLocale(code) ? code : "es";
}

export async function markUnreachable(db: Db, channel: Sender["channel"], externalId: string, now: Date): Promise<void> {
  await db.channelIdentity.updateMany({
    where: { channel, externalId, unreachable: false },
    data: { unreachable: true, unreachableAt: now },
  });
}

export async function markReachable(db: Db, identityId: number): Promise<void> {
  await db.channelIdentity.update({ where: { id: identityId }, data: { unreachable: false, unreachableAt: null } });
}

/** Everything stored about a person, for the right of access (Ley 29733). */
export async function exportPersonData(db: Db, personId: number): Promise<Record<string, unknown>> {
  const person = await db.person.findUniqueOrThrow({
    where: { id: personId },
    include: {
      identities: { select: { channel: true, createdAt: true } },
      ugel: { select: { name: true } },
      school: { select: { codigoModular: true, name: true } },
      registrations: { select: { code: true, kind: true, status: true, title: true, sentAt: true } },
      subscriptions: { select: { contestId: true, muted: true } },
    },
  });
  return JSON.parse(JSON.stringify(person)) as Record<string, unknown>;
}

/**
 * Cancels a person's data. Their registrations belong to a contest's record and stay, tied to an
 * anonymous person; everything else about them is removed.
 */
export async function deletePersonData(db: Db, personId: number): Promise<void> {
  await db.conversationDraft.deleteMany({ where: { personId } });
  await db.conversationState.deleteMany({ where: { personId } });
  await db.subscription.deleteMany({ where: { personId } });
  await db.channelIdentity.deleteMany({ where: { personId } });
  await db.person.update({
    where: { id: personId },
    data: { displayName: null, schoolId: null, levels: [], consentAt: null, consentVersion: null, onboardedAt: null, role: null },
  });
}
