/** People and their channel identities: one person may talk through Telegram, Slack and the console. */
import type { Sender } from "../core/types.js";
import type { Db, Level, Role } from "./db-types.js";
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

/** Everything stored about a person, for the right of access (Ley 29733): the profile and every record tied to it. */
export async function exportPersonData(db: Db, personId: number) {
  return db.person.findUniqueOrThrow({
    where: { id: personId },
    include: {
      identities: { select: { channel: true, createdAt: true }, orderBy: { createdAt: "asc" } },
      ugel: { select: { name: true } },
      school: { select: { codigoModular: true, name: true } },
      drafts: { select: { formId: true, stepKey: true, answers: true, context: true, version: true, updatedAt: true }, orderBy: { updatedAt: "desc" } },
      registrations: {
        select: { code: true, kind: true, status: true, title: true, sentAt: true, members: { orderBy: { sortOrder: "asc" } } },
        orderBy: { sentAt: "desc" },
      },
      subscriptions: { select: { muted: true, contest: { select: { name: true, shortName: true, year: true } } } },
      acknowledgements: { select: { receivedAt: true, attendance: true, announcement: { select: { title: true } } } },
      _count: { select: { deliveries: true, announcements: true, auditEntries: true, invitesCreated: true, linkCodes: true } },
    },
  });
}

export type PersonData = Awaited<ReturnType<typeof exportPersonData>>;

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

export interface SchoolProfile {
  personId: number;
  locale: string;
  role: Role;
  ugelId: string;
  levels: Level[];
  displayName: string | null;
  consentVersion: string;
  now: Date;
  school: {
    codigoModular: string;
    name: string;
    /** The school was found when asked: its name on record stays as it is. */
    known: boolean;
  };
}

/**
 * Saves the profile of a teacher or director with their school, in one statement: the school is created (or
 * its name brought up to date, unless it was already known), then the person points at it. Consent and the
 * first onboarding date are kept when already set.
 */
export async function saveSchoolProfile(db: Db, profile: SchoolProfile): Promise<void> {
  const { school } = profile;
  await db.$executeRawUnsafe(
    `WITH s AS (
       INSERT INTO "School" ("codigoModular", name, "ugelId", "updatedAt") VALUES ($1, $2, $3, now())
       ON CONFLICT ("codigoModular") DO UPDATE SET
         name = CASE WHEN $4::boolean THEN "School".name ELSE EXCLUDED.name END,
         "ugelId" = CASE WHEN $4::boolean THEN "School"."ugelId" ELSE EXCLUDED."ugelId" END,
         "updatedAt" = CASE WHEN $4::boolean THEN "School"."updatedAt" ELSE now() END
       RETURNING id
     )
     UPDATE "Person" SET locale = $5, role = $6::"Role", "ugelId" = $3, "schoolId" = (SELECT id FROM s),
       levels = $7::text[]::"Level"[], "displayName" = $8, "consentAt" = COALESCE("consentAt", $9::timestamptz),
       "consentVersion" = $10, "onboardedAt" = COALESCE("onboardedAt", $9::timestamptz), "updatedAt" = now()
     WHERE id = $11
     RETURNING id`,
    school.codigoModular,
    school.name,
    profile.ugelId,
    school.known,
    profile.locale,
    profile.role,
    profile.levels,
    profile.displayName,
    profile.now,
    profile.consentVersion,
    profile.personId,
  );
}
