/** People and their channel identities: one person may talk through Telegram, Slack and the console. */
import type { Sender } from "../core/types.js";
import type { ChannelIdentity, Db, Person } from "./db-types.js";
import { isLocale, type Locale } from "../i18n.js";

export interface Who {
  person: Person;
  identity: ChannelIdentity;
}

/** Finds the person behind a channel identity, creating both on first contact (nothing personal is stored). */
export async function resolvePerson(db: Db, sender: Sender): Promise<Who> {
  const found = await db.channelIdentity.findUnique({
    where: { channel_externalId: { channel: sender.channel, externalId: sender.externalId } },
    include: { person: true },
  });
  if (found) {
    const { person, ...identity } = found;
    return { person, identity };
  }
  const locale: Locale = isLocale(sender.languageCode?.slice(0, 2)) ? (sender.languageCode?.slice(0, 2) as Locale) : "es";
  try {
    const identity = await db.channelIdentity.create({
      data: {
        channel: sender.channel,
        externalId: sender.externalId,
        chatRef: sender.chatRef ?? sender.externalId,
        person: { create: { locale } },
      },
      include: { person: true },
    });
    const { person, ...rest } = identity;
    return { person, identity: rest };
  } catch (error) {
    // Two first messages at once: the other one created it.
    const again = await db.channelIdentity.findUnique({
      where: { channel_externalId: { channel: sender.channel, externalId: sender.externalId } },
      include: { person: true },
    });
    if (!again) throw error;
    const { person, ...identity } = again;
    return { person, identity };
  }
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
