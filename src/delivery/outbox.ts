/**
 * The outbox: everything the bot says on its own initiative is first a Delivery row with a unique
 * idempotency key, written in the same transaction as its cause. Dispatchers send the rows later.
 * The payload names Fluent messages, so each person reads it in their own language at send time.
 */
import type { Prisma } from "../generated/prisma/client.js";
import type { DeliveryKind } from "../generated/prisma/enums.js";
import type { Db } from "../domain/db-types.js";

export interface PayloadButton {
  /** Fluent id of the label. */
  labelKey: string;
  labelArgs?: Record<string, string | number>;
  data?: string;
  url?: string;
}

export interface DeliveryPayload {
  /**
   * Fluent id of the text, and its arguments. An argument named `…Day` holding a Lima day ("2026-06-12") is
   * written in the reader's language at send time ("viernes 12 de junio"); other dates arrive formatted.
   */
  key: string;
  args?: Record<string, string | number>;
  buttons?: PayloadButton[][];
}

export interface EnqueueInput {
  idempotencyKey: string;
  kind: DeliveryKind;
  personId: number;
  payload: DeliveryPayload;
  notBefore?: Date;
  registrationId?: number;
  announcementId?: number;
}

/**
 * Queues one delivery; a second call with the same key does nothing (returns false), whatever restarts or
 * replicas happen. The identity is chosen at send time, so a person who links Slack later gets it there too.
 */
export async function enqueue(db: Db, input: EnqueueInput): Promise<boolean> {
  return (await enqueueMany(db, [input])) === 1;
}

/** Many at once (a broadcast, a day's reminders); duplicates are skipped. Returns how many were new. */
export async function enqueueMany(db: Db, inputs: EnqueueInput[]): Promise<number> {
  if (inputs.length === 0) return 0;
  const rows = await db.delivery.createMany({
    data: inputs.map((input) => ({
      idempotencyKey: input.idempotencyKey,
      kind: input.kind,
      personId: input.personId,
      payload: input.payload as unknown as Prisma.InputJsonValue,
      notBefore: input.notBefore ?? new Date(),
      registrationId: input.registrationId ?? null,
      announcementId: input.announcementId ?? null,
    })),
    skipDuplicates: true,
  });
  return rows.count;
}
